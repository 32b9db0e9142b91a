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

const TOKEN = 'admin-page-token';

describe('the admin page in a real headless Chromium', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let newsroom: Newsroom;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let services: RunningServices;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    redisCtx = await openTestRedis('admin-page');
    newsroom = await startNewsroom({ seed: true });
    newsroom.publish();
    newsroom.publish();
    receiver = await startWebhookReceiver();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The seed story is a real page of 2026-02-05: keep it (retention neither stores nor keeps a story past maxAge).
    const config = validateConfig({
      http: { allowPrivateNetworks: ['127.0.0.0/8'], perHost: { concurrency: 2, perMinute: 6000 } },
      retention: { maxAge: '3650d' },
      sources: [],
    });
    if (!config.ok) throw new Error(JSON.stringify(config.problems));
    const env = testRuntimeEnv(redisCtx.prefix, port, TOKEN);
    services = await startServices(config.config, env, pino({ level: process.env.E2E_LOG_LEVEL ?? 'silent' }));
    await createSubscription(base, TOKEN, receiver.url);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await services?.close();
    await newsroom?.close();
    await receiver?.close();
    await redisCtx?.cleanup();
  });

  it('asks for the admin token, then adds a site from the form on a phone and shows its stories', async () => {
    // Without the token: 401 with a Basic challenge, so a browser prompts for it.
    const refused = await fetch(`${base}/admin`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Basic');

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      httpCredentials: { username: 'admin', password: TOKEN },
    });
    const page = await context.newPage();
    expect((await page.goto(`${base}/admin`))?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Feedwright admin');
    await expect(page.locator('#sources-heading + p').innerText()).resolves.toContain('No sources yet');

    // Paste a URL (the field is labelled), preview.
    await page.getByLabel('Site or section URL').fill(newsroom.frontUrl);
    await page.getByLabel('Id (optional)').fill('newsroom');
    await Promise.all([page.waitForURL(`${base}/admin/preview`), page.getByRole('button', { name: 'Preview' }).click()]);
    const preview = page.locator('#preview');
    await expect(preview.locator('h2').innerText()).resolves.toContain('Preview of');
    const previewed = await preview.locator('ol.preview li').allInnerTexts();
    expect(previewed.length).toBeGreaterThanOrEqual(3);
    for (const story of newsroom.stories()) expect(previewed.some((text) => text.includes(story.title))).toBe(true);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}admin-preview.png`, fullPage: true });

    // Add it: back on /admin with a notice, and the source's stories arrive on the page.
    await Promise.all([page.waitForURL(/\/admin\?ok=/), page.getByRole('button', { name: 'Add this source' }).click()]);
    await expect(page.locator('.notice').innerText()).resolves.toContain('Added');
    const card = page.locator('#source-newsroom');
    await waitFor(
      async () => {
        await page.reload();
        return (await card.locator('ul.stories li').count()) === 3;
      },
      'the new source’s stories on the admin page',
      30_000,
    );
    const stories = await card.locator('ul.stories li').allInnerTexts();
    for (const story of newsroom.stories()) expect(stories.some((text) => text.includes(story.title))).toBe(true);
    // Nothing wider than the phone's screen; every input has a label.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await page.evaluate('[...document.querySelectorAll("input:not([type=hidden])")].every((i) => i.labels.length > 0)')).toBe(true);

    // Webhook deliveries are listed with a redeliver button that works.
    await waitFor(() => receiver.received.length >= 3, 'three deliveries', 20_000);
    await page.reload();
    const hooks = page.locator('#webhooks-heading + ul');
    await expect(hooks.innerText()).resolves.toContain(receiver.url);
    await expect(hooks.innerText()).resolves.toContain('delivered (204)');
    const delivered = receiver.received.length;
    await Promise.all([page.waitForURL(/\/admin\?ok=/), hooks.getByRole('button', { name: 'Redeliver' }).first().click()]);
    await expect(page.locator('.notice').innerText()).resolves.toContain('Redelivery');
    await waitFor(() => receiver.received.length === delivered + 1, 'the redelivery', 10_000);

    // Pause, resume.
    await Promise.all([page.waitForURL(/\/admin\?ok=/), card.getByRole('button', { name: 'Pause' }).click()]);
    await expect(card.locator('.pill').first().innerText()).resolves.toBe('paused');
    await Promise.all([page.waitForURL(/\/admin\?ok=/), card.getByRole('button', { name: 'Resume' }).click()]);
    await expect(card.locator('.pill').first().innerText()).resolves.not.toBe('paused');
    await page.screenshot({ path: `${artifacts}admin-page.png`, fullPage: true });

    // Keyboard: on a fresh load the first Tab reaches the skip link.
    await page.goto(`${base}/admin`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');

    // Delete.
    await Promise.all([page.waitForURL(/\/admin\?ok=/), card.getByRole('button', { name: 'Delete' }).click()]);
    await expect(page.locator('#source-newsroom').count()).resolves.toBe(0);
    await context.close();
  }, 120_000);

  it('refuses a cross-site form post (CSRF) and a post without the form token, changing nothing', async () => {
    const basic = `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`;
    const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: basic };
    const crossSite = await fetch(`${base}/admin/sources`, {
      method: 'POST',
      headers: { ...form, origin: 'https://evil.example' },
      body: new URLSearchParams({ source: JSON.stringify({ site: newsroom.frontUrl, id: 'evil', discover: [{ feed: newsroom.feedUrl }] }) }),
    });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('API_CROSS_SITE');
    const noToken = await fetch(`${base}/admin/sources`, {
      method: 'POST',
      headers: { ...form, origin: base },
      body: new URLSearchParams({ source: JSON.stringify({ site: newsroom.frontUrl, id: 'evil', discover: [{ feed: newsroom.feedUrl }] }) }),
    });
    expect(noToken.status).toBe(403);
    const listed = (await (await fetch(`${base}/api/sources`)).json()) as { sources: Array<{ id: string }> };
    expect(listed.sources.map((s) => s.id)).not.toContain('evil');
  });
});
