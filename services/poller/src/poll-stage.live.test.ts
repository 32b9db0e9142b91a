import type { FetchJob } from '@feedwright/core/jobs.ts';
import { validateConfig } from '@feedwright/core/config.ts';
import { createHttpClient } from '@feedwright/http/http-client.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createPollStage } from './poll-stage.ts';

describe('poll stage (real Redis, the newsroom on loopback)', () => {
  it("stores a feed's validators only once its new stories are queued: a failed enqueue is not followed by a 304 that hides them", async () => {
    const newsroom = await startNewsroom();
    const ctx = await openTestRedis('poll-stage');
    try {
      const parsed = validateConfig({
        http: { allowPrivateNetworks: ['127.0.0.0/8'] },
        sources: [{ id: 'newsroom', name: 'Newsroom', discover: [{ feed: newsroom.feedUrl }], recheck: [] }],
      });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const source = parsed.config.sources[0]!;
      const story = newsroom.publish();
      const queued: FetchJob[] = [];
      let failNext = true;
      const poll = createPollStage({
        sources: new Map([[source.id, source]]),
        store: createStore(ctx.redis, ctx.prefix),
        http: createHttpClient({ userAgent: 'feedwright-test', allowPrivateNetworks: true }),
        clock: () => new Date(),
        // The first enqueue fails as one does when Redis is lost mid-poll (a killed primary); the second goes through.
        enqueueFetches: async (jobs) => {
          if (failNext) {
            failNext = false;
            throw new Error('Connection is closed.');
          }
          queued.push(...jobs);
        },
        log: pino({ level: 'silent' }),
      });
      await expect(poll(source.id, true)).rejects.toThrow('Connection is closed.');
      // The retried poll reads the feed in full (no validators were stored) and queues the story.
      expect(await poll(source.id, true)).toMatchObject({ enqueued: 1 });
      expect(queued.map((job) => job.url)).toEqual([newsroom.articleUrl(story.id)]);
      // Once queued, the validators are stored: the next poll of the unchanged feed is a 304 and queues nothing.
      expect(await poll(source.id, true)).toMatchObject({ enqueued: 0, routes: [expect.objectContaining({ outcome: 'not-modified' })] });
      const feedRequests = newsroom.requests.log.filter((r) => r.path === new URL(newsroom.feedUrl).pathname);
      expect(feedRequests).toHaveLength(3);
    } finally {
      await ctx.cleanup();
      await newsroom.close();
    }
  });
});
