import { validateConfig } from '@feedwright/core/config.ts';
import { createStore, type Store } from '@feedwright/store/create-store.ts';
import { testArticle } from '@feedwright/store/testing/test-article.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRetentionSchedule } from './retention-schedule.ts';

const parsed = validateConfig({ sources: [{ id: 'yaml-one', name: 'YAML one', discover: [{ feed: 'https://one.example/rss' }] }] });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const config = parsed.config;
const now = new Date('2026-06-10T00:00:00Z');

describe('retention schedule over the live sources (real Redis)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let store: Store;
  beforeEach(async () => {
    ctx = await openTestRedis('retention-live');
    store = createStore(ctx.redis, ctx.prefix);
  });
  afterEach(async () => ctx.cleanup());

  it("applies a run-time source's own retention, added after the schedule started", async () => {
    const schedule = await startRetentionSchedule({
      config,
      prefix: ctx.prefix,
      connect: () => ctx.redis,
      store,
      http: {} as never,
      logger: pino({ level: 'silent' }),
      clock: () => now,
      schedule: false,
    });
    try {
      for (let i = 0; i < 5; i++) {
        const day = new Date(now.getTime() - (5 - i) * 3_600_000);
        await store.articles.upsert(
          testArticle({ id: `g${i}`, url: `https://gazette.example/${i}`, title: `Story ${i}`, publishedAt: day.toISOString(), contentHash: `h${i}` }),
          'gazette',
          day,
        );
      }
      // Under the top-level limits (2,000 articles, 30 days) nothing is due.
      expect((await schedule.runNow()).articles).toBe(0);
      expect(await store.sources.add({ id: 'gazette', name: 'Gazette', site: 'https://gazette.example/', retention: { maxArticles: 2 } }, now)).toBe(true);
      expect((await schedule.runNow()).articles).toBe(3);
      expect((await store.articles.listBySources(['gazette'], 10)).map((a) => a.id)).toEqual(['g4', 'g3']);
    } finally {
      await schedule.close();
    }
  });
});
