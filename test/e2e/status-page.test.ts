import { mkdirSync } from 'node:fs';
import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { validateConfig } from '@feedwright/core/config.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS as artifacts, launchChromium } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import { testRuntimeEnv } from '../support/publisher-harness.ts';
import { createSubscription, startWebhookReceiver, waitFor } from '../support/webhook-receiver.ts';

const TOKEN = 'status-token';

describe('the status page in a real headless Chromium', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let newsroom: Newsroom;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let services: RunningServices;
  let browser: Browser;
  let base: string;
  let seedTitle: string;

  beforeAll(async () => {
    redisCtx = await openTestRedis('status');
    newsroom = await startNewsroom();
    receiver = await startWebhookReceiver();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = validateConfig({
      http: { allowPrivateNetworks: ['127.0.0.0/8'] },
      // The seed story is a real page of 2026-02-05: keep it (retention neither stores nor keeps a story past maxAge).
      retention: { maxAge: '3650d' },
      sources: [
        {
          id: 'newsroom-simp',
          name: 'BBC News 中文 (fixture newsroom)',
          language: 'zh-Hans',
          interval: { min: '1s', max: '5s' },
          discover: [{ feed: newsroom.feedUrl }],
          recheck: [],
        },
      ],
      feeds: [{ id: 'zhongwen', title: 'BBC News 中文', sources: ['newsroom-simp'] }],
    });
    if (!config.ok) throw new Error(JSON.stringify(config.problems));
    services = await startServices(config.config, testRuntimeEnv(redisCtx.prefix, port, TOKEN), pino({ level: 'silent' }));
    await createSubscription(base, TOKEN, receiver.url);
    seedTitle = newsroom.publishSeed().title;
    newsroom.publish();
    newsroom.publish();
    await waitFor(() => receiver.received.length >= 3, 'three stories through the pipeline');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await services?.close();
    await newsroom?.close();
    await receiver?.close();
    await redisCtx?.cleanup();
  });

  it('loads on a phone-sized screen, shows sources, articles, feeds and webhooks, and its links work', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Feedwright status');
    const source = page.locator('#source-newsroom-simp');
    await expect(source.locator('h3').innerText()).resolves.toContain('BBC News 中文 (fixture newsroom)');
    await expect(source.locator('.pill').innerText()).resolves.toBe('ok');
    const articles = await page.locator('#articles + ol li').allInnerTexts();
    expect(articles).toHaveLength(3);
    expect(articles.some((text) => text.includes(seedTitle))).toBe(true);
    // Hosts only: a webhook's path (often a token) stays in the admin API.
    await expect(page.locator('#webhooks + ul').innerText()).resolves.toContain(new URL(receiver.url).host);
    await expect(page.locator('#webhooks + ul').innerText()).resolves.not.toContain('/hooks/feedwright');
    await expect(page.locator('#webhooks + ul').innerText()).resolves.toContain('delivered (204)');
    // Nothing wider than the phone's screen.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}status-page.png`, fullPage: true });

    // Autodiscovery for readers, and the subscribe links lead to real feeds.
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => l.getAttribute('type')));
    expect(alternates).toEqual(['application/atom+xml', 'application/rss+xml', 'application/feed+json']);
    const [feedResponse] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/feeds/zhongwen.json')),
      page.locator('#feeds + ul a', { hasText: 'JSON Feed' }).click(),
    ]);
    expect(feedResponse.status()).toBe(200);
    expect(((await feedResponse.json()) as { items: unknown[] }).items).toHaveLength(3);
    await page.close();
  });
});
