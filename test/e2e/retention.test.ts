import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { validateConfig, type Config } from '@feedwright/core/config.ts';
import type { ArticleEvent } from '@feedwright/core/jobs.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { testRuntimeEnv } from '../support/publisher-harness.ts';
import { startWebhookReceiver, subscribeWebhook, waitFor } from '../support/webhook-receiver.ts';

const ADMIN_TOKEN = 'e2e-retention-token';

/** Services on real Redis fed by the newsroom's feed, polled every 1–2 s, with retention every second and `sourceRetention` on the source. */
function retentionConfig(newsroom: Newsroom, sourceRetention: { maxAge?: string; maxArticles?: number }): Config {
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
        retention: sourceRetention,
      },
    ],
    feeds: [{ id: 'zhongwen', title: 'Newsroom', sources: ['newsroom-simp'], limit: 20 }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

type Stack = {
  redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  newsroom: Newsroom;
  receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  services: RunningServices;
  base: string;
  secret: string;
};

/** Starts the newsroom, a webhook receiver subscribed to the feed, and all services (`closeStack` stops them). */
async function startStack(name: string, sourceRetention: { maxAge?: string; maxArticles?: number }): Promise<Stack> {
  const redisCtx = await openTestRedis(name);
  const newsroom = await startNewsroom();
  const receiver = await startWebhookReceiver();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = testRuntimeEnv(redisCtx.prefix, port, ADMIN_TOKEN);
  const services = await startServices(retentionConfig(newsroom, sourceRetention), env, pino({ level: 'silent' }));
  const secret = await subscribeWebhook(base, ADMIN_TOKEN, receiver.url, ['zhongwen']);
  return { redisCtx, newsroom, receiver, services, base, secret };
}

async function closeStack(stack: Partial<Stack> | undefined): Promise<void> {
  await stack?.services?.close();
  await stack?.newsroom?.close();
  await stack?.receiver?.close();
  await stack?.redisCtx?.cleanup();
}

const feedPolls = (newsroom: Newsroom) => newsroom.requests.log.filter((r) => r.path === '/zhongwen/simp/rss.xml').length;
const fetchesOf = (newsroom: Newsroom, url: string) => newsroom.requests.count(new URL(url).pathname);
const feedUrls = async (base: string) =>
  (JSON.parse(await (await fetch(`${base}/feeds/zhongwen.json`)).text()) as { items: Array<{ url: string }> }).items.map((item) => item.url);

/** The webhooks `stack`'s receiver got, signatures verified. */
const eventsOf = (stack: Stack) =>
  stack.receiver.received.map((r) => new Webhook(stack.secret).verify(r.body, r.headers as Record<string, string>) as Omit<ArticleEvent, 'id'>);

describe('retention end to end: a site that keeps listing 8 stories, maxArticles 4', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('e2e-retention', { maxArticles: 4 });
  });
  afterAll(() => closeStack(stack));

  it('keeps the 4 newest, and never fetches or announces the other 4 again while the site lists them', async () => {
    const { newsroom, redisCtx, base } = stack;
    const events = () => eventsOf(stack);
    const hour = 3_600_000;
    const now = Date.now();
    const stories = Array.from({ length: 8 }, (_, i) => newsroom.publish({ publishedAt: new Date(now - (8 - i) * hour) }));
    const newest = stories.slice(4).map((s) => newsroom.articleUrl(s.id));
    const evicted = stories.slice(0, 4).map((s) => newsroom.articleUrl(s.id));

    await waitFor(() => events().filter((e) => e.type === 'article.created').length >= 8, 'eight article.created webhooks', 60_000);
    const store = createStore(redisCtx.redis, redisCtx.prefix);
    await waitFor(async () => (await store.articles.count('newsroom-simp')) === 4, 'retention down to 4 articles', 30_000);

    // The site keeps listing all 8: let several polls and every pending re-check pass.
    const pollsBefore = feedPolls(newsroom);
    await waitFor(() => feedPolls(newsroom) >= pollsBefore + 4, 'four more polls of the feed', 30_000);
    const evictedFetches = evicted.map((url) => fetchesOf(newsroom, url));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // An evicted story's last re-check (if one was pending) ends it: no further fetches.
    expect(evicted.map((url) => fetchesOf(newsroom, url))).toEqual(evictedFetches);

    const created = events().filter((e) => e.type === 'article.created');
    expect(created).toHaveLength(8);
    expect(new Set(created.map((e) => e.data.article.url))).toEqual(new Set([...newest, ...evicted]));
    expect(events().filter((e) => e.type === 'article.updated')).toHaveLength(0);

    expect(await feedUrls(base)).toEqual([...newest].reverse());
    expect(await store.articles.count('newsroom-simp')).toBe(4);

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('feedwright_retention_removed_total{kind="articles"} 4');
  });
});

// test:compose found this: the fixture newsroom's seed story (a real page of February 2026) was
// stored and announced, then removed by the next retention step, so a webhook subscriber got an
// article.created for a story no feed ever kept.
describe('retention end to end: a story already past maxAge when first fetched (maxAge 30d)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('e2e-retention-age', { maxAge: '30d' });
  });
  afterAll(() => closeStack(stack));

  it('is fetched once and remembered, but never stored, announced or served; a fresh story beside it is', async () => {
    const { newsroom, redisCtx, base } = stack;
    const day = 86_400_000;
    const old = newsroom.publish({ publishedAt: new Date(Date.now() - 40 * day), updatedAt: new Date(Date.now() - 40 * day) });
    const fresh = newsroom.publish();
    const oldUrl = newsroom.articleUrl(old.id);
    const freshUrl = newsroom.articleUrl(fresh.id);

    await waitFor(() => eventsOf(stack).some((e) => e.data.article.url === freshUrl), "the fresh story's article.created", 60_000);
    await waitFor(() => fetchesOf(newsroom, oldUrl) >= 1, 'the old story fetched', 30_000);
    // The site keeps listing both, and retention runs every second: let several polls and steps pass.
    const pollsBefore = feedPolls(newsroom);
    await waitFor(() => feedPolls(newsroom) >= pollsBefore + 4, 'four more polls of the feed', 30_000);

    expect(eventsOf(stack).map((e) => `${e.type} ${e.data.article.url}`)).toEqual([`article.created ${freshUrl}`]);
    expect(fetchesOf(newsroom, oldUrl)).toBe(1);
    expect(await feedUrls(base)).toEqual([freshUrl]);
    const store = createStore(redisCtx.redis, redisCtx.prefix);
    expect(await store.articles.count('newsroom-simp')).toBe(1);
    expect(await store.events.replay(null, 100)).toHaveLength(1);

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('feedwright_articles_total{result="expired"} 1');
    expect(metrics).toContain('feedwright_articles_total{result="created"} 1');
    expect(metrics).toContain('feedwright_retention_removed_total{kind="articles"} 0');
  });
});
