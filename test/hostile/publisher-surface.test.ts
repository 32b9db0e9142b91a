import { connect } from 'node:net';
import { QUEUES } from '@feedwright/core/jobs.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, publisherConfig, startPublisherHarness } from '../support/publisher-harness.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

type Harness = Awaited<ReturnType<typeof startPublisherHarness>>;

/** Sends raw bytes over one loopback connection and returns what the server answered (or '' on close). */
function rawRequest(port: number, chunks: string[], gapMs = 0, waitMs = 5000): Promise<{ text: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ text, ms: Date.now() - started });
    };
    socket.on('data', (data) => (text += data.toString()));
    socket.on('close', finish);
    socket.on('error', finish);
    setTimeout(finish, waitMs);
    let i = 0;
    const next = () => {
      if (done || i >= chunks.length) return;
      socket.write(chunks[i++]!);
      setTimeout(next, gapMs);
    };
    socket.on('connect', next);
  });
}

describe('hostile clients against the publisher (real service on loopback, real Redis)', () => {
  let harness: Harness | undefined;
  const closers: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await harness?.close();
    harness = undefined;
  });

  it('row 2: the public page names webhook hosts only, never credentials, paths or queries', async () => {
    const receiver = await startWebhookReceiver();
    closers.push(receiver.close);
    const origin = new URL(receiver.url).origin;
    harness = await startPublisherHarness(
      publisherConfig({ webhooks: [{ url: `${origin.replace('http://', 'http://hookuser:hookpass@')}/cfg/CFGPATHTOKEN` }] }),
    );
    const created = await harness.api('POST', '/api/subscriptions', { url: `${origin}/in/PATHTOKEN?key=QUERYSECRET` });
    expect(created.status).toBe(201);
    const page = await (await fetch(`${harness.base}/`)).text();
    expect(page).toContain(new URL(receiver.url).host);
    for (const secret of ['PATHTOKEN', 'QUERYSECRET', 'CFGPATHTOKEN', 'hookuser', 'hookpass', created.json.id]) expect(page).not.toContain(secret);
    // The admin API still shows the full URL to the token holder.
    expect((await harness.api('GET', `/api/subscriptions/${created.json.id}`)).json.url).toContain('PATHTOKEN');
  });

  it('row 3: one admin gate: guessing on /admin/queues and the API gets 429, failures are logged with a code, a cross-site form post changes nothing', async () => {
    const { lines, logger } = capturingLogger();
    harness = await startPublisherHarness(publisherConfig(), { logger });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await fetch(`${harness.base}/admin/queues/api/queues`, { headers: { authorization: `Bearer guess-${i}` } })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // The same address is refused on the other admin surface too, right token or not.
    const api = await fetch(`${harness.base}/api/subscriptions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(api.status).toBe(429);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('API_RATE_LIMITED');
    expect(lines.filter((line) => line.code === 'API_UNAUTHORIZED' && line.path === '/admin/queues/api/queues')).toHaveLength(10);
    expect(JSON.stringify(lines)).not.toContain('guess-');
  });

  it('row 3: a cross-site form post with cached Basic credentials adds no job; Bearer and same-origin requests still work', async () => {
    harness = await startPublisherHarness();
    const fetchQueue = new Queue(QUEUES.fetch, { connection: harness.redis, prefix: harness.prefix });
    closers.push(() => fetchQueue.close());
    const basic = `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}`;
    const crossSite = await fetch(`${harness.base}/admin/queues/api/queues/fetch/add`, {
      method: 'POST',
      headers: { authorization: basic, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=fetch&data=%7B%7D',
    });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('API_CROSS_SITE');
    expect(await fetchQueue.count()).toBe(0);
    // Reading with Basic auth (a browser opening the dashboard) still works.
    expect((await fetch(`${harness.base}/admin/queues/api/queues`, { headers: { authorization: basic } })).status).toBe(200);
  });

  it('row 5: rotating ?limit= and ?variant= cannot multiply renderings', async () => {
    harness = await startPublisherHarness();
    for (let i = 0; i < 30; i++)
      await harness.store.articles.upsert(
        sampleArticle({ url: `https://news.example/a/${i}`, title: `标题 ${i}`, publishedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() }),
        'simp',
        new Date(),
      );
    const etags = new Set<string>();
    const started = performance.now();
    for (let limit = 1; limit <= 50; limit++) {
      for (const variant of ['', '&variant=simp', '&variant=trad']) {
        const response = await fetch(`${harness.base}/feeds/news.atom?limit=${limit}${variant}`);
        expect(response.status).toBe(200);
        etags.add(response.headers.get('etag')!);
        await response.arrayBuffer();
      }
    }
    const perRequestMs = (performance.now() - started) / 150;
    // Three sizes (10, 25, 50) × three variants, whatever was asked.
    expect(etags.size).toBeLessThanOrEqual(9);
    expect((await fetch(`${harness.base}/feeds/news.atom?variant=other`)).status).toBe(400);
    const healthStarted = performance.now();
    expect((await fetch(`${harness.base}/healthz`)).status).toBe(200);
    console.log(
      JSON.stringify({
        figure: 'limit-rotation',
        distinctRenderings: etags.size,
        meanMsPerRequest: Math.round(perRequestMs * 10) / 10,
        healthzMs: Math.round(performance.now() - healthStarted),
      }),
    );
  });

  it('row 5/8: a trickled request body is cut off by the request timeout', async () => {
    harness = await startPublisherHarness(publisherConfig({ server: { requestTimeout: '2s' } }));
    const port = Number(new URL(harness.base).port);
    const head = 'POST /hub HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n';
    const answer = await rawRequest(port, [head, ...Array.from({ length: 40 }, () => 'a')], 250, 9000);
    expect(answer.ms).toBeLessThan(6000);
    expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('row 8: POST /hub is rate limited, a non-string field is a coded 400, and 431 uses the error shape', async () => {
    harness = await startPublisherHarness();
    const bad = await fetch(`${harness.base}/hub`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        'hub.mode': 'subscribe',
        'hub.topic': `${harness.base}/feeds/news.atom`,
        'hub.callback': 'http://127.0.0.1:9/cb',
        'hub.secret': 123,
      }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'API_BAD_REQUEST',
      message: expect.stringContaining('hub.secret'),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) {
      const response = await fetch(`${harness.base}/hub`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'hub.mode=bogus',
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(30);
    expect(statuses.at(-1)).toBe(429);
    const port = Number(new URL(harness.base).port);
    const huge = await rawRequest(port, [`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`]);
    expect(huge.text).toMatch(/^HTTP\/1\.1 431/);
    const body = JSON.parse(huge.text.slice(huge.text.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('API_BAD_REQUEST');
  });

  it('row 7: subscription URLs with credentials, metadata addresses, odd ports, CR/LF or 60 KB are refused with coded 400s', async () => {
    harness = await startPublisherHarness(publisherConfig({ http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: 'Feedwright-test/0.1' } }));
    const cases: Array<[string, string]> = [
      ['http://u:p@hooks.example.org/in', 'credentials'],
      ['http://169.254.169.254/latest/meta-data/', 'private-address'],
      ['http://10.1.2.3/hook', 'private-address'],
      ['http://hooks.example.org:6379/', 'port'],
      ['gopher://hooks.example.org/', 'scheme'],
      ['http://hooks.example.org/a\r\nInjected: 1', 'control-characters'],
      [`http://hooks.example.org/${'a'.repeat(60_000)}`, 'too-long'],
    ];
    for (const [url, problem] of cases) {
      const answer = await harness.api('POST', '/api/subscriptions', { url });
      expect(answer.status, url.slice(0, 60)).toBe(400);
      expect(answer.json.error).toMatchObject({ code: 'SUBSCRIPTION_URL_REFUSED', details: { problem } });
    }
    expect((await harness.api('GET', '/api/subscriptions')).json.subscriptions).toEqual([]);
    // Loopback receivers stay possible where the config allows them (tests, the demo).
    expect((await harness.api('POST', '/api/subscriptions', { url: 'http://127.0.0.1:41234/hook' })).status).toBe(201);
  });
});
