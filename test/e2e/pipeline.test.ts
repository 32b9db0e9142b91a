import { readFileSync } from 'node:fs';
import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { validateConfig, type Config } from '@feedwright/core/config.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import type { ArticleEvent } from '@feedwright/core/jobs.ts';
import { assertValidAtom, assertValidJsonFeed, assertWellFormedXml, parseWithFeedparser, parseWithFeedsmith } from '@feedwright/feeds/testing/validators.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { testRuntimeEnv } from '../support/publisher-harness.ts';
import { startWebhookReceiver, subscribeWebhook, waitFor } from '../support/webhook-receiver.ts';

type Expected = {
  url: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  bodyBlocks: Array<{ type: string; text: string }>;
  bodyText: string;
  mustNotContain: string[];
};
const expected = JSON.parse(readFileSync(new URL('../../packages/newsroom/data/seed-article-simp.expected.json', import.meta.url), 'utf8')) as Expected;
const ADMIN_TOKEN = 'e2e-admin-token';

function e2eConfig(newsroom: Newsroom): Config {
  const result = validateConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: 'Feedwright-e2e/0.1' },
    delivery: { retry: ['200ms', '400ms'] },
    // The seed story is a real page of 2026-02-05: keep it (retention neither stores nor keeps a story past maxAge).
    retention: { maxAge: '3650d' },
    sources: [
      {
        id: 'newsroom-simp',
        name: 'Newsroom',
        language: 'zh-Hans',
        interval: { min: '1s', max: '10s' },
        discover: [
          { feed: newsroom.feedUrl },
          { listing: newsroom.frontUrl, links: 'a[href*="/zhongwen/articles/"]', pattern: '/zhongwen/articles/[a-z0-9]+/simp$' },
        ],
        // Re-check every second for a while, so the edit below is noticed quickly.
        recheck: Array.from({ length: 30 }, () => '1s'),
      },
    ],
    feeds: [{ id: 'zhongwen', title: 'BBC News 中文 (fixture)', sources: ['newsroom-simp'], limit: 20 }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe('the whole pipeline on real Redis: newsroom → poller → worker → feeds + webhooks', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let newsroom: Newsroom;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let services: RunningServices;
  let base: string;
  let secret: string;
  const { lines: logs, logger } = capturingLogger();

  beforeAll(async () => {
    redisCtx = await openTestRedis('e2e');
    newsroom = await startNewsroom();
    receiver = await startWebhookReceiver();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    services = await startServices(e2eConfig(newsroom), testRuntimeEnv(redisCtx.prefix, port, ADMIN_TOKEN), logger);
    secret = await subscribeWebhook(base, ADMIN_TOKEN, receiver.url, ['zhongwen']);
  });

  afterAll(async () => {
    await services?.close();
    await newsroom?.close();
    await receiver?.close();
    await redisCtx?.cleanup();
  });

  const verified = () => receiver.received.map((r) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as Omit<ArticleEvent, 'id'>);
  const feed = async (ext: string) => {
    const response = await fetch(`${base}/feeds/zhongwen.${ext}`);
    expect(response.status).toBe(200);
    return { text: await response.text(), type: response.headers.get('content-type'), etag: response.headers.get('etag') };
  };

  it('publishes the seed story once in RSS, Atom and JSON Feed and sends one signed article.created', async () => {
    const publishedAt = Date.now();
    newsroom.publishSeed();
    await waitFor(() => receiver.received.length >= 1, 'the article.created webhook');
    const latencyMs = receiver.received[0]!.at - publishedAt;
    console.log(`e2e latency, publication → signed webhook received: ${latencyMs} ms`);

    const [event] = verified();
    expect(event!.type).toBe('article.created');
    const article = event!.data.article;
    expect(article.title).toBe(expected.title);
    expect(article.publishedAt).toBe(expected.publishedAt);
    expect(article.url).toBe(newsroom.articleUrl('cx2p8v0k4q1o'));
    expect(receiver.received[0]!.headers['webhook-id']).toMatch(/^msg_/);

    // One correlation id follows the story from the worker's log line to the webhook's.
    await waitFor(() => logs.some((l) => l.msg === 'webhook delivered'), 'the delivery log line');
    const stored = logs.find((l) => l.msg === 'article created' && l.articleId === article.id);
    const delivered = logs.find((l) => l.msg === 'webhook delivered');
    expect(stored?.correlationId).toEqual(expect.any(String));
    expect(delivered?.correlationId).toBe(stored?.correlationId);
    expect(stored).toMatchObject({ sourceId: 'newsroom-simp', jobId: expect.any(String) });

    // The metrics saw the whole pipeline (read from the queues' event streams).
    await waitFor(
      async () => (await (await fetch(`${base}/metrics`)).text()).includes('feedwright_articles_total{result="created"} 1'),
      'the created article in /metrics',
    );
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/feedwright_stage_duration_seconds_count\{stage="extract"\} [1-9]/);
    expect(metrics).toMatch(/feedwright_stage_outcomes_total\{stage="deliver",outcome="ok"\} 1/);
    expect(metrics).toMatch(/feedwright_stage_duration_seconds_count\{stage="publish"\} [1-9]/);
    // The discover stage: its durations and per-host route outcomes come from the poll jobs' typed results.
    expect(metrics).toMatch(/feedwright_stage_duration_seconds_count\{stage="discover"\} [1-9]/);
    expect(metrics).toMatch(new RegExp(`feedwright_discovery_outcomes_total\\{host="${new URL(newsroom.feedUrl).host}",outcome="(ok|not-modified)"\\} [1-9]`));

    // JSON Feed: exactly one item carrying the whole body text.
    const json = await feed('json');
    expect(json.type).toContain('application/feed+json');
    assertValidJsonFeed(json.text);
    const items = (JSON.parse(json.text) as { items: Array<{ id: string; title: string; content_text: string; date_published: string }> }).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe(expected.title);
    expect(new Date(items[0]!.date_published).toISOString()).toBe(expected.publishedAt);
    expect(items[0]!.content_text).toBe(expected.bodyText);
    for (const bad of expected.mustNotContain) expect(items[0]!.content_text).not.toContain(bad);

    // RSS and Atom, read by real parsers.
    for (const ext of ['rss', 'atom'] as const) {
      const xml = await feed(ext);
      assertWellFormedXml(xml.text);
      if (ext === 'atom') assertValidAtom(xml.text);
      const second = parseWithFeedsmith(xml.text);
      expect(second.entries).toHaveLength(1);
      expect(second.entries[0]!.title).toBe(expected.title);
      const parsed = parseWithFeedparser(xml.text);
      if (parsed) {
        expect(parsed.bozo).toBe(0);
        expect(parsed.entries).toHaveLength(1);
        const entry = parsed.entries[0]!;
        expect(entry.title).toBe(expected.title);
        expect(entry.link).toBe(article.url);
        expect(entry.published).toBe(expected.publishedAt.replace('.000Z', 'Z'));
        const content = entry.content[0]?.value ?? '';
        let at = 0;
        for (const block of expected.bodyBlocks) {
          const found = content.indexOf(block.text, at);
          expect(found, `"${block.text.slice(0, 20)}…" in order in the ${ext} content`).toBeGreaterThanOrEqual(at);
          at = found + block.text.length;
        }
      }
    }
  });

  it('adds nothing when the site is polled again and the page re-fetched unchanged', async () => {
    const polls = () => newsroom.requests.log.filter((r) => r.path === '/zhongwen/simp/rss.xml').length;
    const pollsBefore = polls();
    const articleBefore = newsroom.requests.count('/zhongwen/articles/cx2p8v0k4q1o/simp');
    await waitFor(
      () => polls() >= pollsBefore + 2 && newsroom.requests.count('/zhongwen/articles/cx2p8v0k4q1o/simp') >= articleBefore + 1,
      'two more polls and a re-check of the article',
    );
    expect(receiver.received).toHaveLength(1);
    const events = (await (await fetch(`${base}/api/events`)).json()) as { events: unknown[] };
    expect(events.events).toHaveLength(1);
    expect((JSON.parse((await feed('json')).text) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('turns an edit into one article.updated with the same id, and updates the feed entry in place', async () => {
    const before = JSON.parse((await feed('json')).text) as { items: Array<{ id: string; date_modified: string }> };
    const atomBefore = parseWithFeedsmith((await feed('atom')).text).entries[0]!;
    const added = '编辑补充：本文在发布后更新了一段内容。';
    newsroom.edit('cx2p8v0k4q1o', { appendParagraph: added });
    await waitFor(() => receiver.received.length >= 2, 'the article.updated webhook');
    const events = verified();
    expect(events.map((e) => e.type)).toEqual(['article.created', 'article.updated']);
    expect(events[1]!.data.article.id).toBe(events[0]!.data.article.id);
    expect(events[1]!.data.changedFields).toContain('contentText');
    expect(receiver.received[1]!.headers['webhook-id']).not.toBe(receiver.received[0]!.headers['webhook-id']);

    const after = JSON.parse((await feed('json')).text) as { items: Array<{ id: string; content_text: string; date_modified: string }> };
    expect(after.items).toHaveLength(1);
    expect(after.items[0]!.id).toBe(before.items[0]!.id);
    expect(after.items[0]!.content_text).toContain(added);
    expect(after.items[0]!.date_modified).not.toBe(before.items[0]!.date_modified);
    const atomAfter = parseWithFeedsmith((await feed('atom')).text).entries;
    expect(atomAfter).toHaveLength(1);
    expect(atomAfter[0]!.id).toBe(atomBefore.id);

    // And nothing more arrives afterwards.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(receiver.received).toHaveLength(2);
  });
});
