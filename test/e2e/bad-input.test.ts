import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { validateConfig } from '@feedwright/core/config.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { testRuntimeEnv } from '../support/publisher-harness.ts';
import { waitFor } from '../support/webhook-receiver.ts';

type LogLine = { level: number; code?: string; msg: string; url?: string; sourceId?: string };

describe('bad input never stops the pipeline: each failure is a coded error in logs and source health', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let newsroom: Newsroom;
  let services: RunningServices;
  let base: string;
  const { lines: logs, logger } = capturingLogger<LogLine>();

  beforeAll(async () => {
    redisCtx = await openTestRedis('badinput');
    newsroom = await startNewsroom();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = validateConfig({
      http: { allowPrivateNetworks: ['127.0.0.0/8'] },
      sources: [
        {
          id: 'newsroom',
          name: 'Newsroom',
          interval: { min: '1s', max: '10s' },
          discover: [{ feed: newsroom.feedUrl }, { feed: `${newsroom.origin}/no-such-feed.xml` }],
          recheck: [],
        },
      ],
      feeds: [{ id: 'all', title: 'All', sources: ['newsroom'] }],
    });
    if (!config.ok) throw new Error(JSON.stringify(config.problems));
    services = await startServices(config.config, testRuntimeEnv(redisCtx.prefix, port, null, 'info'), logger);
  });

  afterAll(async () => {
    await services?.close();
    await newsroom?.close();
    await redisCtx?.cleanup();
  });

  it('logs FETCH_NOT_FOUND for a 404 article, FETCH_NOT_HTML for a PDF, and still publishes the good story', async () => {
    newsroom.respondWith('/zhongwen/articles/c404aaaaaaao/simp', { status: 404, body: 'not here' });
    newsroom.respondWith('/zhongwen/articles/cpdfaaaaaaao/simp', {
      status: 200,
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 1, 2, 3]),
    });
    newsroom.publish({ id: 'c404aaaaaaao' });
    newsroom.publish({ id: 'cpdfaaaaaaao' });
    const good = newsroom.publish();

    await waitFor(async () => {
      const feed = (await (await fetch(`${base}/feeds/all.json`)).json()) as { items: Array<{ title: string }> };
      return feed.items.some((item) => item.title === good.title);
    }, 'the good story in the feed');
    await waitFor(
      () => logs.some((l) => l.code === 'FETCH_NOT_FOUND' && l.url?.includes('c404')) && logs.some((l) => l.code === 'FETCH_NOT_HTML'),
      'both coded errors in the log',
    );

    // Permanent failures are not retried: one request each.
    expect(newsroom.requests.count('/zhongwen/articles/c404aaaaaaao/simp')).toBe(1);
    expect(newsroom.requests.count('/zhongwen/articles/cpdfaaaaaaao/simp')).toBe(1);
    const feed = (await (await fetch(`${base}/feeds/all.json`)).json()) as { items: unknown[] };
    expect(feed.items).toHaveLength(1);
  });

  it('shows the failing route and the last article error in source health, and keeps polling', async () => {
    const health = async () =>
      (
        (await (await fetch(`${base}/api/sources`)).json()) as {
          sources: Array<{ health: { lastErrorCode: string | null; routes: Array<{ route: string; errorCode: string | null }>; consecutiveFailures: number } }>;
        }
      ).sources[0]!.health;
    await waitFor(async () => (await health()).routes.some((r) => r.errorCode === 'FETCH_NOT_FOUND'), 'the broken route in health');
    const current = await health();
    expect(current.routes.find((r) => r.route.includes('no-such-feed'))?.errorCode).toBe('FETCH_NOT_FOUND');
    expect(current.routes.find((r) => r.route.includes('rss.xml'))?.errorCode).toBeNull();
    // One good route means the source as a whole is healthy.
    expect(current.consecutiveFailures).toBe(0);
    const polls = newsroom.requests.count('/zhongwen/simp/rss.xml');
    await waitFor(() => newsroom.requests.count('/zhongwen/simp/rss.xml') > polls, 'another poll');
    expect(logs.filter((l) => l.level >= 50 && !l.code)).toEqual([]);
  });
});
