import { validateConfig } from '@feedwright/core/config.ts';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from './create-store.ts';
import { openSourceCatalog, type SourceCatalog } from './source-catalog.ts';
import { openTestRedis, TEST_REDIS_URL } from './testing/test-redis.ts';

const parsed = validateConfig({
  sources: [{ id: 'yaml-one', name: 'YAML one', discover: [{ feed: 'https://one.example/rss' }] }],
  feeds: [{ id: 'all', title: 'All', sources: ['yaml-one'] }],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const yaml = parsed.config;

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
};

describe('source repository and live catalog (real Redis)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let store: Store;
  let subscriber: Redis;
  let catalog: SourceCatalog;

  beforeEach(async () => {
    ctx = await openTestRedis('sources');
    store = createStore(ctx.redis, ctx.prefix);
    subscriber = new Redis(TEST_REDIS_URL);
    catalog = await openSourceCatalog({ config: yaml, sources: store.sources, subscriber });
  });

  afterEach(async () => {
    await catalog.close();
    subscriber.disconnect();
    await ctx.cleanup();
  });

  it('sees a source added by another process at once, with its own feed, and forgets it when removed', async () => {
    const changes: string[] = [];
    catalog.onChange((change) => void changes.push(`${change?.change} ${change?.id}`));
    expect(await store.sources.add({ id: 'gazette', name: 'Gazette', site: 'https://gazette.example/' }, new Date('2026-02-05T00:00:00Z'))).toBe(true);
    expect(await waitFor(() => catalog.get('gazette') !== undefined)).toBe(true);
    expect(catalog.get('gazette')).toMatchObject({ origin: 'api', paused: false, addedAt: '2026-02-05T00:00:00.000Z' });
    expect(catalog.get('gazette')?.config.interval).toEqual({ min: 120_000, max: 1_800_000 });
    expect(catalog.config().feeds.map((f) => f.id)).toEqual(['all', 'gazette']);
    expect(catalog.config().sources.map((s) => s.id)).toEqual(['yaml-one', 'gazette']);
    expect(await store.sources.add({ id: 'gazette', name: 'Again', site: 'https://gazette.example/' }, new Date())).toBe(false);

    await store.sources.setPaused('yaml-one', true);
    expect(await waitFor(() => catalog.get('yaml-one')?.paused === true)).toBe(true);
    expect(await store.sources.remove('gazette')).toBe(true);
    expect(await waitFor(() => catalog.get('gazette') === undefined)).toBe(true);
    expect(catalog.config().feeds.map((f) => f.id)).toEqual(['all']);
    expect(changes).toEqual(['added gazette', 'paused yaml-one', 'removed gazette']);
    expect(await store.sources.remove('gazette')).toBe(false);
  });

  it('keeps stored sources across a new catalog (a restart), and skips one that no longer validates', async () => {
    await store.sources.add({ id: 'kept', name: 'Kept', site: 'https://kept.example/' }, new Date());
    await ctx.redis.hset(
      store.keys.sources,
      'broken',
      JSON.stringify({ input: { id: 'broken', name: 'B', timezone: 'Mars/Base', site: 'https://b.example/' }, addedAt: '', updatedAt: '' }),
    );
    const again = await openSourceCatalog({ config: yaml, sources: store.sources });
    expect(again.get('kept')?.origin).toBe('api');
    expect(again.get('broken')).toBeUndefined();
    expect(again.invalid()).toEqual([{ id: 'broken', problems: [{ path: 'timezone', message: 'unknown IANA time zone' }] }]);
    await again.close();
  });
});
