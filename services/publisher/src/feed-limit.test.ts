import { describe, expect, it } from 'vitest';
import { feedLimitSizes, servedFeedLimit } from './feed-limit.ts';

describe('servedFeedLimit', () => {
  it('rounds an asked limit up to a cached size, at most the feed limit', () => {
    expect(servedFeedLimit(null, 50)).toBe(50);
    expect(servedFeedLimit(1, 50)).toBe(10);
    expect(servedFeedLimit(11, 50)).toBe(25);
    expect(servedFeedLimit(26, 50)).toBe(50);
    expect(servedFeedLimit(999, 50)).toBe(50);
    expect(servedFeedLimit(3, 5)).toBe(5);
    expect(servedFeedLimit(120, 200)).toBe(200);
  });

  it('leaves only a handful of sizes however many limits are asked', () => {
    const sizes = new Set(Array.from({ length: 1000 }, (_, i) => servedFeedLimit(i + 1, 50)));
    expect([...sizes].sort((a, b) => a - b)).toEqual([10, 25, 50]);
    expect(feedLimitSizes(50)).toBe(3);
  });
});
