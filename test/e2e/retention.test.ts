import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { validateConfig, type Config } from '@feedwright/core/config.ts';
import type { ArticleEvent } from '@feedwright/core/jobs.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { startWebhookReceiver, subscribeWebhook, waitFor } from '../support/webhook-receiver.ts';

const ADMIN_TOKEN = 'e2e-retention-token';

function retentionConfig(newsroom: Newsroom): Config {
  const result = validateConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: 'Feedwright-e2e/0.1', perHost: { concurrency: 4, perMinute: 6000 } },
    delivery: { retry: ['200ms', '400ms'] },
    retention: { every: '1s' },
    sources: [
      {
        id: 'newsroom-simp',
        name: 'Newsroom',
        language: 'zh-Hans',
        interval: { min: '1s', max: '2s' },
        // The newsroom's feed lists every story it ever published.
        discover: [{ feed: newsroom.feedUrl }],
        // Re-checks every second: an evicted story's pending re-check must not bring it back.
        recheck: Array.from({ length: 10 }, () => '1s'),
        retention: { maxArticles: 4 },
      },
    ],
    feeds: [{ id: 'zhongwen', title: 'Newsroom', sources: ['newsroom-simp'], limit: 20 }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe('retention end to end: a site that keeps listing 8 stories, maxArticles 4', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let newsroom: Newsroom;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let services: RunningServices;
  let base: string;
  let secret: string;

  beforeAll(async () => {
    redisCtx = await openTestRedis('e2e-retention');
    newsroom = await startNewsroom();
    receiver = await startWebhookReceiver();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env: RuntimeEnv = {
      configPath: '(test)',
      redisUrl: TEST_REDIS_URL,
      prefix: redisCtx.prefix,
      port,
      host: '127.0.0.1',
      logLevel: 'silent',
      adminToken: ADMIN_TOKEN,
      publicUrl: base,
    };
    services = await startServices(retentionConfig(newsroom), env, pino({ level: 'silent' }));
    secret = await subscribeWebhook(base, ADMIN_TOKEN, receiver.url, ['zhongwen']);
  });

  afterAll(async () => {
    await services?.close();
    await newsroom?.close();
    await receiver?.close();
    await redisCtx?.cleanup();
  });

  const events = () => receiver.received.map((r) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as Omit<ArticleEvent, 'id'>);

  it('keeps the 4 newest, and never fetches or announces the other 4 again while the site lists them', async () => {
    const hour = 3_600_000;
    const now = Date.now();
    const stories = Array.from({ length: 8 }, (_, i) => newsroom.publish({ publishedAt: new Date(now - (8 - i) * hour) }));
    const newest = stories.slice(4).map((s) => newsroom.articleUrl(s.id));
    const evicted = stories.slice(0, 4).map((s) => newsroom.articleUrl(s.id));

    await waitFor(() => events().filter((e) => e.type === 'article.created').length >= 8, 'eight article.created webhooks', 60_000);
    const store = createStore(redisCtx.redis, redisCtx.prefix);
    await waitFor(async () => (await store.articles.count('newsroom-simp')) === 4, 'retention down to 4 articles', 30_000);

    // The site keeps listing all 8: let several polls and every pending re-check pass.
    const feedPolls = () => newsroom.requests.log.filter((r) => r.path === '/zhongwen/simp/rss.xml').length;
    const fetchesOf = (url: string) => newsroom.requests.count(new URL(url).pathname);
    const pollsBefore = feedPolls();
    await waitFor(() => feedPolls() >= pollsBefore + 4, 'four more polls of the feed', 30_000);
    const evictedFetches = evicted.map(fetchesOf);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // An evicted story's last re-check (if one was pending) ends it: no further fetches.
    expect(evicted.map(fetchesOf)).toEqual(evictedFetches);

    const created = events().filter((e) => e.type === 'article.created');
    expect(created).toHaveLength(8);
    expect(new Set(created.map((e) => e.data.article.url))).toEqual(new Set([...newest, ...evicted]));
    expect(events().filter((e) => e.type === 'article.updated')).toHaveLength(0);

    const feed = JSON.parse(await (await fetch(`${base}/feeds/zhongwen.json`)).text()) as { items: Array<{ url: string }> };
    expect(feed.items.map((item) => item.url)).toEqual([...newest].reverse());
    expect(await store.articles.count('newsroom-simp')).toBe(4);

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('feedwright_retention_removed_total{kind="articles"} 4');
  });
});
