import { randomBytes } from 'node:crypto';
import { openRedis } from '@feedwright/cli/redis-connection.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import type { RetentionPlan } from '@feedwright/store/retention.ts';
import { testArticle } from '@feedwright/store/testing/test-article.ts';
import { Cluster as IORedisCluster, type Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingLostOrRepeated, runFailoverScenario } from '../support/failover-scenario.ts';
import { startRedisCluster, type RedisClusterRig } from '../support/redis-processes.ts';

describe('on a real Redis Cluster (3 masters, 3 replicas, on loopback)', () => {
  let cluster: RedisClusterRig;
  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 180_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  // ioredis's own Cluster ends a disconnect in `close` (a later drain undoes its `end`); the
  // connections Feedwright opens (cli/redis-connection.ts) end in `end` and stay there, which is
  // what BullMQ's Worker.close() waits for.
  it('a disconnected cluster client ends, and stays ended (ioredis alone falls back to close)', async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
    const ours = openRedis({ kind: 'cluster', nodes: cluster.nodes, username: null, password: null }) as Cluster;
    const theirs = new IORedisCluster(cluster.nodes);
    for (const client of [ours, theirs]) {
      client.on('error', () => undefined);
      await client.ping();
      expect(client.nodes().length).toBeGreaterThanOrEqual(3);
    }
    const ended = new Promise((resolve) => ours.once('end', resolve));
    ours.disconnect();
    theirs.disconnect();
    await ended;
    await settle();
    expect(ours.status).toBe('end');
    expect(theirs.status).toBe('close');
    // A duplicate (BullMQ's blocking connection) is the same kind of client.
    const duplicate = openRedis({ kind: 'cluster', nodes: cluster.nodes, username: null, password: null }).duplicate() as Cluster;
    duplicate.on('error', () => undefined);
    await duplicate.ping();
    duplicate.disconnect();
    await settle();
    expect(duplicate.status).toBe('end');
  });

  // Before the failover (a fresh cluster): any script or pipeline whose keys span slots fails here (CROSSSLOT, or ioredis refusing a pipeline across nodes).
  it('runs retention on the cluster: the extended upsert script, seen pipelines, per-article removal, trims and the seen sweep each stay in one slot', async () => {
    const DAY = 86_400_000;
    const at = (days: number) => new Date(Date.parse('2026-06-01T00:00:00Z') + days * DAY);
    const redis = openRedis({ kind: 'cluster', nodes: cluster.nodes, username: null, password: null }) as Cluster;
    const prefix = `fwret-${randomBytes(3).toString('hex')}`;
    const store = createStore(redis, prefix, { replicaAcks: true });
    const plan = (overrides: Partial<RetentionPlan>): RetentionPlan => ({
      sources: [
        { id: 'src', maxAgeMs: 30 * DAY, maxArticles: 2 },
        { id: 'gone', maxAgeMs: 30 * DAY, maxArticles: 100 },
      ],
      retired: { maxAgeMs: 30 * DAY, maxArticles: 100 },
      seenForMs: 14 * DAY,
      eventsMaxAgeMs: 7 * DAY,
      deliveriesMaxAgeMs: 7 * DAY,
      healthMaxAgeMs: 7 * DAY,
      batch: 500,
      seenBuckets: 4096,
      ...overrides,
    });
    try {
      const urls = Array.from({ length: 6 }, (_, i) => `https://example.org/story-${i}`);
      const stories = urls.map((url, i) => testArticle({ id: articleId(`${url}#canonical`), url, contentHash: `h${i}`, publishedAt: at(i).toISOString() }));
      for (const [i, story] of stories.entries()) {
        const fetched = { urlId: articleId(urls[i]!), etag: `"e${i}"`, lastModified: null };
        expect((await store.articles.upsert(story, 'src', at(i), { fetched })).status).toBe('created');
      }
      expect((await store.health.get('src')).articlesStored).toBe(6);
      const fresh = articleId('https://example.org/fresh');
      expect(await store.seen.filterUnseen([...urls.map((u) => articleId(u)), ...stories.map((s) => s.id), fresh], at(6))).toEqual([fresh]);
      await store.seen.markSeen([fresh], at(6));
      await redis.sadd(store.keys.seenLegacy, articleId('https://example.org/legacy'));
      const subscription = await store.subscriptions.create({ url: 'https://example.org/hook', feeds: null, events: ['article.created'], now: at(0) });
      await store.deliveries.record(subscription.id, {
        at: at(0).toISOString(),
        webhookId: 'msg_1',
        eventId: 'evt_1',
        cursor: '1-0',
        attempt: 1,
        manual: false,
        outcome: 'delivered',
        status: 204,
        durationMs: 3,
        code: null,
        message: null,
        nextAttemptAt: null,
      });
      await store.health.recordPoll('gone', at(0), [], null);

      const first = await store.retention.step(plan({}), at(6));
      expect(first.articles).toBe(4);
      // A pending re-check of a removed story stores nothing and announces nothing.
      const recheck = await store.articles.upsert({ ...stories[0]!, contentHash: 'edited' }, 'src', at(6), {
        onlyIfStored: true,
        fetched: { urlId: articleId(urls[0]!), etag: null, lastModified: null },
      });
      expect(recheck.status).toBe('evicted');
      expect(await store.seen.filterUnseen([articleId(urls[0]!), articleId('https://example.org/legacy')], at(6))).toEqual([]);

      const later = await store.retention.step(plan({ sources: [{ id: 'src', maxAgeMs: 30 * DAY, maxArticles: 2 }] }), at(60));
      // 6 URL ids + 6 article ids + the fresh one + the folded legacy one, none listed for 14 days.
      expect(later).toEqual({ articles: 2, events: 6, deliveries: 1, health: 1, seen: 14 });
      expect(await store.seen.filterUnseen([fresh], at(60))).toEqual([fresh]);
      expect(await store.retention.removedTotals()).toEqual({ articles: 6, events: 6, deliveries: 1, health: 1, seen: 14 });
    } finally {
      // Leave the cluster as found, so the failover below picks its busiest master by its own keys.
      for (const node of redis.nodes('master')) {
        let cursor = '0';
        do {
          const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
          cursor = next;
          for (const key of keys) await node.del(key);
        } while (cursor !== '0');
      }
      redis.disconnect();
    }
  }, 60_000);

  it('stores and serves every story, and killing the busiest master mid-run loses nothing and repeats nothing', async () => {
    let killed = 0;
    const outcome = await runFailoverScenario({ kind: 'cluster', nodes: cluster.nodes, username: null, password: null }, async () => {
      killed = await cluster.busiestMaster();
      await cluster.killMaster(killed);
    });
    expect(killed).toBeGreaterThan(0);
    expect(await cluster.masters()).not.toContain(killed);
    expectNothingLostOrRepeated(outcome);
  }, 300_000);
});
