import { validateConfig } from '@feedwright/core/config.ts';
import { describe, expect, it } from 'vitest';
import { retentionPlanOf, seenBucketsPerStep } from './retention-schedule.ts';

const DAY = 86_400_000;

describe('retention plan', () => {
  it('gives each source its own limits (else the top-level ones) and sweeps the seen record once a day', () => {
    const result = validateConfig({
      retention: { maxAge: '10d', events: '2d' },
      sources: [
        { id: 'a', name: 'A', discover: [{ feed: 'https://example.org/a.xml' }] },
        { id: 'b', name: 'B', discover: [{ feed: 'https://example.org/b.xml' }], retention: { maxArticles: 4 } },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const plan = retentionPlanOf(result.config);
    expect(plan.sources).toEqual([
      { id: 'a', maxAgeMs: 10 * DAY, maxArticles: 2000 },
      { id: 'b', maxAgeMs: 10 * DAY, maxArticles: 4 },
    ]);
    expect(plan.retired).toEqual({ maxAgeMs: 10 * DAY, maxArticles: 2000 });
    expect(plan.eventsMaxAgeMs).toBe(2 * DAY);
    // Every minute, a day per pass: 4,096 buckets / 1,440 steps.
    expect(plan.seenBuckets).toBe(3);
    // A short seenFor sweeps faster (a pass per seenFor / 20); never more than all buckets a step.
    expect(seenBucketsPerStep(3_600_000, 14 * DAY)).toBe(244);
    expect(seenBucketsPerStep(DAY, 14 * DAY)).toBe(4096);
  });
});
