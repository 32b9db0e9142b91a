import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from './create-store.ts';
import { testArticle } from './testing/test-article.ts';
import { openTestRedis } from './testing/test-redis.ts';

const article = testArticle;

describe('article repository (real Redis)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let store: Store;
  beforeEach(async () => {
    ctx = await openTestRedis('articles');
    store = createStore(ctx.redis, ctx.prefix);
  });
  afterEach(async () => ctx.cleanup());

  it('writes what the worker fetched in the same script: seen ids, the URL validators, and one created count in the source health', async () => {
    const t0 = new Date('2026-02-05T05:00:00Z');
    const fetched = { urlId: 'url-1', etag: '"v1"', lastModified: null };
    expect((await store.articles.upsert(article(), 's1', t0, { fetched })).status).toBe('created');
    expect(await store.seen.filterUnseen(['url-1', 'a1b2c3', 'other'], t0)).toEqual(['other']);
    expect(await store.validators.get('url-1')).toEqual({ etag: '"v1"', lastModified: null });
    expect(await ctx.redis.ttl(store.keys.validators('url-1'))).toBeGreaterThan(86_400);
    expect((await store.health.get('s1')).articlesStored).toBe(1);
    // A re-check: unchanged content, new validators (the old ETag is replaced, not merged); an edit: updated. Neither counts as stored.
    expect(
      (await store.articles.upsert(article(), 's1', t0, { fetched: { urlId: 'url-1', etag: null, lastModified: 'Thu, 05 Feb 2026 05:00:00 GMT' } })).status,
    ).toBe('unchanged');
    expect(await store.validators.get('url-1')).toEqual({ etag: null, lastModified: 'Thu, 05 Feb 2026 05:00:00 GMT' });
    expect((await store.articles.upsert(article({ contentHash: 'h2' }), 's1', t0, { fetched })).status).toBe('updated');
    expect((await store.health.get('s1')).articlesStored).toBe(1);
  });

  it('a re-check (onlyIfStored) of an article retention removed comes back evicted and writes nothing: no article, event, seen entry or validators', async () => {
    const t0 = new Date('2026-02-05T05:00:00Z');
    const fetched = { urlId: 'url-9', etag: '"v9"', lastModified: null };
    expect((await store.articles.upsert(article(), 's1', t0, { fetched })).status).toBe('created');
    expect((await store.articles.upsert(article(), 's1', t0, { fetched, onlyIfStored: true })).status).toBe('unchanged');
    await store.articles.remove('s1', ['a1b2c3']);
    const eventsBefore = (await store.events.replay(null, 10)).length;
    expect(
      await store.articles.upsert(article({ contentHash: 'h2' }), 's1', t0, {
        onlyIfStored: true,
        fetched: { urlId: 'url-other', etag: '"v2"', lastModified: null },
      }),
    ).toEqual({ status: 'evicted', article: null });
    expect(await store.articles.get('a1b2c3')).toBeNull();
    expect((await store.events.replay(null, 10)).length).toBe(eventsBefore);
    expect(await store.seen.filterUnseen(['url-other'], t0)).toEqual(['url-other']);
    expect(await store.validators.get('url-other')).toEqual({ etag: null, lastModified: null });
  });

  it('creates, then ignores an unchanged copy, then updates in place with one event each', async () => {
    const t0 = new Date('2026-02-05T05:00:00Z');
    const created = await store.articles.upsert(article(), 'src', t0);
    expect(created.status).toBe('created');
    const again = await store.articles.upsert(article(), 'src', new Date('2026-02-05T06:00:00Z'));
    expect(again.status).toBe('unchanged');
    const updated = await store.articles.upsert(article({ contentHash: 'h2', contentText: 'Body 2' }), 'src', new Date('2026-02-05T07:00:00Z'));
    expect(updated.status).toBe('updated');
    if (updated.status !== 'updated') throw new Error('expected an update');
    expect(updated.article.version).toBe(2);
    expect(updated.article.firstSeenAt).toBe(t0.toISOString());
    expect(updated.event.data.changedFields).toEqual(['contentText']);

    const log = await store.events.replay(null, 10);
    expect(log.map((e) => e.event.type)).toEqual(['article.created', 'article.updated']);
    expect(new Set(log.map((e) => e.event.data.article.id))).toEqual(new Set(['a1b2c3']));
    expect(await store.articles.listBySources(['src'], 10)).toHaveLength(1);
  });

  it('emits exactly one event when the same article is written concurrently', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => store.articles.upsert(article(), 'src', new Date())));
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    expect(await store.events.replay(null, 100)).toHaveLength(1);
  });

  it('lists the newest articles of several sources, newest first, and versions change on writes', async () => {
    const v0 = await store.articles.sourcesVersion(['s1', 's2']);
    await store.articles.upsert(article({ id: 'old', publishedAt: '2026-01-01T00:00:00.000Z' }), 's1', new Date());
    await store.articles.upsert(article({ id: 'new', publishedAt: '2026-03-01T00:00:00.000Z' }), 's2', new Date());
    await store.articles.upsert(article({ id: 'mid', publishedAt: '2026-02-01T00:00:00.000Z' }), 's1', new Date());
    expect((await store.articles.listBySources(['s1', 's2'], 2)).map((a) => a.id)).toEqual(['new', 'mid']);
    expect(await store.articles.sourcesVersion(['s1', 's2'])).not.toBe(v0);
  });

  it('replays the event log after a cursor', async () => {
    await store.articles.upsert(article({ id: 'x1' }), 's', new Date());
    await store.articles.upsert(article({ id: 'x2' }), 's', new Date());
    const [first] = await store.events.replay(null, 1);
    const rest = await store.events.replay(first!.cursor, 10);
    expect(rest.map((e) => e.event.data.article.id)).toEqual(['x2']);
  });
});
