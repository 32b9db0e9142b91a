import { describe, expect, it } from 'vitest';
import { nextInterval } from './adaptive-interval.ts';

const bounds = { min: 60_000, max: 600_000 };

describe('adaptive poll intervals', () => {
  it('polls at the minimum while the source publishes', () => {
    expect(nextInterval(bounds, 400_000, { newItems: 3, failed: false, consecutiveFailures: 0 })).toBe(60_000);
  });

  it('slows down by half an interval per idle poll, never beyond the maximum', () => {
    let interval: number | null = null;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      interval = nextInterval(bounds, interval, { newItems: 0, failed: false, consecutiveFailures: 0 });
      seen.push(interval);
    }
    expect(seen.slice(0, 3)).toEqual([90_000, 135_000, 202_500]);
    expect(seen.at(-1)).toBe(600_000);
  });

  it('backs off exponentially while every route fails, within the bounds', () => {
    const failing = (n: number) => nextInterval(bounds, 60_000, { newItems: 0, failed: true, consecutiveFailures: n });
    expect([1, 2, 3, 4, 10].map(failing)).toEqual([120_000, 240_000, 480_000, 600_000, 600_000]);
  });
});
