/**
 * A deterministic pseudo-random source for generated test inputs (tag soup, fuzz cases): the
 * same seed gives the same sequence on every run, so a failure names an input that reproduces.
 * Returns a function giving a whole number in [0, n), taken from the generator's high bits: the low
 * bits of a power-of-two linear congruential generator have short periods (`state % 10` cycled
 * through only 5 of the 10 values).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return Math.floor((state / 0x80000000) * n);
  };
}
