import { describe, expect, it } from 'vitest';
import { articleRetentionOf, validateConfig } from './config.ts';
import { deliverJobOptions } from './jobs.ts';

const DAY = 86_400_000;
const source = (extra: Record<string, unknown> = {}) => ({ id: 's1', name: 'S1', discover: [{ feed: 'https://example.org/rss.xml' }], ...extra });

describe('retention config', () => {
  it('has documented defaults, and a source overrides maxAge and maxArticles field by field', () => {
    const result = validateConfig({ retention: { maxArticles: 300 }, sources: [source(), source({ id: 's2', retention: { maxAge: '7d' } })] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { config } = result;
    expect(config.retention).toEqual({
      maxAge: 30 * DAY,
      maxArticles: 300,
      seenFor: 400 * DAY,
      events: 7 * DAY,
      deliveries: 30 * DAY,
      health: 30 * DAY,
      every: 60_000,
      batch: 500,
    });
    expect(articleRetentionOf(config, config.sources[0]!)).toEqual({ maxAgeMs: 30 * DAY, maxArticles: 300 });
    expect(articleRetentionOf(config, config.sources[1]!)).toEqual({ maxAgeMs: 7 * DAY, maxArticles: 300 });
    const defaults = validateConfig({ sources: [source()] });
    expect(defaults.ok && defaults.config.retention.maxArticles).toBe(2000);
  });

  it('keeps finished delivery jobs (BullMQ) as long as the delivery log: retention.deliveries', () => {
    for (const [deliveries, seconds] of [
      [undefined, 30 * 86_400],
      ['2d', 2 * 86_400],
      ['90m', 5400],
    ] as const) {
      const result = validateConfig({ ...(deliveries ? { retention: { deliveries } } : {}), sources: [source()] });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const options = deliverJobOptions([1000, 5000], 'job', result.config.retention.deliveries);
      expect(options.removeOnComplete).toEqual({ age: seconds, count: 100_000 });
      expect(options.removeOnFail).toEqual({ age: seconds });
      expect(options.attempts).toBe(3);
    }
  });

  it('names every bad retention value with its path', () => {
    const result = validateConfig({
      retention: { maxAge: 'soon', batch: 0, every: '10ms', forever: true },
      sources: [source({ retention: { maxArticles: 0, maxAge: '500ms' } })],
    });
    expect(result.ok).toBe(false);
    const paths = (result.ok ? [] : result.problems).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['retention.maxAge', 'retention.batch', 'retention', 'sources[0].retention.maxArticles']));
    const source0 = validateConfig({ sources: [source({ retention: { maxAge: '500ms' } })] });
    expect(source0.ok ? [] : source0.problems).toEqual([{ path: 'sources[0].retention.maxAge', message: 'maxAge must be at least 1s' }]);
    const every = validateConfig({ retention: { every: '10ms' }, sources: [source()] });
    expect(every.ok ? [] : every.problems).toEqual([{ path: 'retention.every', message: 'must be at least 1s' }]);
  });
});
