import type { Article } from '@feedwright/core/article.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from './create-store.ts';
import type { DeliveryRecord } from './delivery-log.ts';
import type { RetentionPlan } from './retention.ts';
import { testArticle } from './testing/test-article.ts';
import { openTestRedis } from './testing/test-redis.ts';

const DAY = 86_400_000;
const T0 = new Date('2026-06-01T00:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

function article(id: string, publishedAt: Date): Article {
  return testArticle({ id, url: `https://example.org/${id}`, title: `Story ${id}`, publishedAt: publishedAt.toISOString(), contentHash: `h-${id}` });
}

function plan(overrides: Partial<RetentionPlan> = {}): RetentionPlan {
  return {
    sources: [{ id: 'src', maxAgeMs: 30 * DAY, maxArticles: 1000 }],
    retired: { maxAgeMs: 30 * DAY, maxArticles: 1000 },
    seenForMs: 400 * DAY,
    eventsMaxAgeMs: 7 * DAY,
    deliveriesMaxAgeMs: 30 * DAY,
    healthMaxAgeMs: 30 * DAY,
    batch: 500,
    seenBuckets: 64,
    ...overrides,
  };
}

function delivery(at: Date, attempt: number): DeliveryRecord {
  return {
    at: at.toISOString(),
    webhookId: 'msg_1',
    eventId: 'evt_1',
    cursor: '1-0',
    attempt,
    manual: false,
    outcome: 'failed',
    status: 500,
    durationMs: 3,
    code: 'DELIVERY_FAILED',
    message: 'x',
    nextAttemptAt: null,
  };
}

describe('retention (real Redis)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let store: Store;
  beforeEach(async () => {
    ctx = await openTestRedis('retention');
    store = createStore(ctx.redis, ctx.prefix);
  });
  afterEach(async () => ctx.cleanup());

  it('removes articles older than maxAge from every index and bumps the feed version', async () => {
    for (const [id, day] of [
      ['old1', 0],
      ['old2', 1],
      ['new1', 20],
      ['new2', 25],
    ] as const) {
      await store.articles.upsert(article(id, at(day)), 'src', at(day));
      await store.validators.set(id, { etag: '"e"', lastModified: null });
    }
    const version = await store.articles.sourcesVersion(['src']);
    const removed = await store.retention.step(plan(), at(31.5));
    expect(removed.articles).toBe(2);
    expect((await store.articles.listBySources(['src'], 10)).map((a) => a.id)).toEqual(['new2', 'new1']);
    expect(await store.articles.get('old1')).toBeNull();
    expect(await ctx.redis.exists(store.keys.article('old2'), store.keys.validators('old2'))).toBe(0);
    expect(await store.validators.get('new1')).toEqual({ etag: '"e"', lastModified: null });
    expect(await store.articles.sourcesVersion(['src'])).not.toBe(version);
    // Nothing more is due: a second step removes nothing and leaves the version alone.
    const settled = await store.articles.sourcesVersion(['src']);
    expect((await store.retention.step(plan(), at(31.5))).articles).toBe(0);
    expect(await store.articles.sourcesVersion(['src'])).toBe(settled);
  });

  it('keeps the newest maxArticles per source (a source override wins) and removes in bounded batches', async () => {
    for (let i = 0; i < 25; i++) await store.articles.upsert(article(`a${String(i).padStart(2, '0')}`, at(i / 24)), 'src', at(1));
    for (let i = 0; i < 3; i++) await store.articles.upsert(article(`b${i}`, at(i / 24)), 'other', at(1));
    const limits = plan({
      sources: [
        { id: 'src', maxAgeMs: 30 * DAY, maxArticles: 5 },
        { id: 'other', maxAgeMs: 30 * DAY, maxArticles: 10 },
      ],
      batch: 7,
    });
    const steps: number[] = [];
    for (let i = 0; i < 5; i++) steps.push((await store.retention.step(limits, at(2))).articles);
    expect(steps).toEqual([7, 7, 6, 0, 0]);
    expect((await store.articles.listBySources(['src'], 100)).map((a) => a.id)).toEqual(['a24', 'a23', 'a22', 'a21', 'a20']);
    expect(await store.articles.count('other')).toBe(3);
  });

  it('trims the event log by the writer clock, and a source that is no longer configured ages out by the top-level limits', async () => {
    await store.articles.upsert(article('e1', at(0)), 'gone', at(0));
    await store.articles.upsert(article('e2', at(5)), 'src', at(5));
    await store.articles.upsert(article('e3', at(9)), 'src', at(9));
    const [first] = await store.events.replay(null, 1);
    expect(first!.cursor.split('-')[0]).toBe(String(at(0).getTime()));
    // 'gone' was configured once (known), then removed from the config.
    await store.retention.step(
      plan({
        sources: [
          { id: 'src', maxAgeMs: 30 * DAY, maxArticles: 1000 },
          { id: 'gone', maxAgeMs: 30 * DAY, maxArticles: 1000 },
        ],
      }),
      at(0),
    );
    await store.health.recordPoll('gone', at(0), [], null);
    const removed = await store.retention.step(plan({ retired: { maxAgeMs: 3 * DAY, maxArticles: 1000 } }), at(10));
    expect(removed.events).toBe(1);
    expect((await store.events.replay(null, 10)).map((e) => e.event.data.article.id)).toEqual(['e2', 'e3']);
    expect(removed.articles).toBe(1);
    expect(await store.articles.get('e1')).toBeNull();
    // Its health goes once it has not been polled for healthMaxAge; then the source is forgotten.
    expect(await ctx.redis.sismember(store.keys.knownSources, 'gone')).toBe(1);
    expect((await store.retention.step(plan(), at(31))).health).toBe(1);
    expect(await ctx.redis.exists(store.keys.sourceHealth('gone'))).toBe(0);
    expect(await ctx.redis.sismember(store.keys.knownSources, 'gone')).toBe(0);
  });

  it('trims delivery logs and stale health errors by age', async () => {
    await store.subscriptions.create({ id: 'sub_1', url: 'https://example.org/hook', feeds: null, events: ['article.created'], now: at(0) });
    for (let day = 0; day < 40; day++) await store.deliveries.record('sub_1', delivery(at(day), day + 1));
    await store.health.recordArticleError('src', at(1), 'FETCH_GONE', 'gone');
    await store.health.recordPoll('src', at(39), [], null);
    const removed = await store.retention.step(plan({ batch: 6 }), at(40));
    expect(removed.deliveries).toBe(6);
    expect(removed.health).toBe(1);
    for (let i = 0; i < 3; i++) await store.retention.step(plan({ batch: 6 }), at(40));
    const kept = await store.deliveries.list('sub_1', 100);
    expect(kept.map((d) => d.attempt)).toEqual(Array.from({ length: 30 }, (_, i) => 40 - i));
    const health = await store.health.get('src');
    expect(health.lastErrorCode).toBeNull();
    expect(health.lastPollAt).toBe(at(39).toISOString());
  });

  it('remembers seen URLs past their articles, refreshes those still listed, and forgets the rest after seenFor', async () => {
    const ids = ['aaaa0000000000a100000000', 'aaaa0000000000b200000000', 'bbbb00000000000000000001', 'plain-id'];
    await store.seen.markSeen(ids, at(0));
    expect(await store.seen.filterUnseen([...ids, 'cccc00000000000000000001'], at(0))).toEqual(['cccc00000000000000000001']);
    // Day 300: a listing still names the first id, so it is written again.
    expect(await store.seen.filterUnseen([ids[0]!], at(300))).toEqual([]);
    const removed = await store.retention.step(plan({ seenBuckets: 4096 }), at(450));
    expect(removed.seen).toBe(3);
    expect(await store.seen.filterUnseen(ids, at(450))).toEqual(ids.slice(1));
  });

  it('folds the seen set of earlier versions into the buckets without forgetting any id', async () => {
    await ctx.redis.sadd(store.keys.seenLegacy, 'dddd00000000000000000001', 'dddd00000000000000000002', 'eeee00000000000000000003');
    expect(await store.seen.filterUnseen(['dddd00000000000000000001', 'ffff00000000000000000009'], at(0))).toEqual(['ffff00000000000000000009']);
    await store.retention.step(plan({ batch: 2 }), at(0));
    await store.retention.step(plan({ batch: 2 }), at(0));
    expect(await ctx.redis.exists(store.keys.seenLegacy)).toBe(0);
    expect(await store.seen.filterUnseen(['dddd00000000000000000001', 'dddd00000000000000000002', 'eeee00000000000000000003'], at(1))).toEqual([]);
  });

  it('adds up removed counts by kind in Redis (what /metrics reports)', async () => {
    for (let i = 0; i < 4; i++) await store.articles.upsert(article(`m${i}`, at(i)), 'src', at(i));
    await store.retention.step(plan({ sources: [{ id: 'src', maxAgeMs: 30 * DAY, maxArticles: 1 }] }), at(4));
    await store.retention.step(plan(), at(40));
    expect(await store.retention.removedTotals()).toEqual({ articles: 4, events: 4, deliveries: 0, health: 0, seen: 0 });
  });
});
