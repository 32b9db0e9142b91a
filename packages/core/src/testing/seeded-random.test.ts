import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

describe('seededRandom', () => {
  it('repeats its sequence for a seed, stays in range and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 50 }, () => a(10));
    expect(Array.from({ length: 50 }, () => b(10))).toEqual(first);
    expect(Array.from({ length: 50 }, () => c(10))).not.toEqual(first);
    expect(first.every((value) => Number.isInteger(value) && value >= 0 && value < 10)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('reaches every value of a small range, with no short cycle', () => {
    for (const n of [2, 3, 4, 10, 16]) {
      const random = seededRandom(11);
      const draws = Array.from({ length: 400 }, () => random(n));
      expect(new Set(draws).size).toBe(n);
      // A period-2 or period-4 cycle (the low bits of a power-of-two LCG) would repeat exactly.
      expect(draws.slice(0, 200)).not.toEqual(draws.slice(4, 204));
    }
  });
});
