import { createHttpClient } from '@feedwright/http/http-client.ts';
import { createPoliteHttpClient } from '@feedwright/http/polite-http-client.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { startPoller } from '@feedwright/poller/poller.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { Redis } from 'ioredis';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../support/discovery-rig.ts';
import { waitFor } from '../support/webhook-receiver.ts';

describe('poll scheduling', () => {
  it('two pollers poll a source once per interval; idle stretches the interval, a new story brings it back to the minimum', async () => {
    const newsroom = await startNewsroom({ seed: true });
    const ctx = await openTestRedis('schedule');
    const connections: Redis[] = [];
    const connect = () => {
      const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
      connections.push(redis);
      return redis;
    };
    const config = testConfig({
      http: { allowPrivateNetworks: ['127.0.0.0/8'], perHost: { concurrency: 2, perMinute: 6000 } },
      sources: [{ id: 'adaptive', name: 'Adaptive', interval: { min: '1s', max: '3s' }, discover: [{ feed: newsroom.feedUrl }], recheck: [] }],
    });
    const store = createStore(connect(), ctx.prefix);
    const http = createPoliteHttpClient({
      http: createHttpClient({ userAgent: config.http.userAgent, allowPrivateNetworks: true }),
      budget: store.hosts,
      robots: store.robots,
      userAgent: config.http.userAgent,
      perHost: config.http.perHost,
    });
    const deps = { config, prefix: ctx.prefix, connect, store, http, logger: pino({ level: 'silent' }) };
    const pollers = [await startPoller(deps), await startPoller(deps)];
    try {
      const feedPolls = () => newsroom.requests.log.filter((r) => r.path === '/zhongwen/simp/rss.xml');
      const intervals: number[] = [];
      let lastPoll: string | null = null;
      await waitFor(
        async () => {
          const health = await store.health.get('adaptive');
          if (health.lastPollAt !== lastPoll && health.intervalMs !== null) {
            lastPoll = health.lastPollAt;
            intervals.push(health.intervalMs);
          }
          return intervals.length >= 4;
        },
        'four polls',
        20_000,
      );
      // First poll found the seed (minimum), then each idle poll stretches by half up to the maximum.
      expect(intervals.slice(0, 4)).toEqual([1000, 1500, 2250, 3000]);
      // Never two polls in one tick, however many pollers. A poll may start half a tick early (the claim's
      // slack), and the first one also reads robots.txt first, so on a loaded machine a gap between feed
      // requests can shrink towards 500 ms; two polls in one tick would be a few ms apart.
      const at = feedPolls().map((r) => r.at);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThan(350);

      newsroom.publish();
      await waitFor(async () => (await store.health.get('adaptive')).intervalMs === 1000, 'back to the minimum after a new story', 10_000);
    } finally {
      for (const poller of pollers) await poller.close();
      await http.close();
      for (const redis of connections) redis.disconnect();
      await ctx.cleanup();
      await newsroom.close();
    }
  });
});
