import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { publisherConfig, startPublisherHarness } from '../support/publisher-harness.ts';
import { startWebhookReceiver, waitFor } from '../support/webhook-receiver.ts';

type Harness = Awaited<ReturnType<typeof startPublisherHarness>>;
type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

describe('webhook delivery through the real publisher on real Redis', () => {
  let h: Harness;
  const receivers: Receiver[] = [];
  let n = 0;

  beforeAll(async () => {
    // Retries every ~150 ms; a subscription failing for 1.2 s without a success is disabled.
    h = await startPublisherHarness(publisherConfig({ delivery: { retry: Array.from({ length: 12 }, () => '150ms'), timeout: '2s', disableAfter: '1200ms' } }));
  });
  afterAll(async () => {
    await h?.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  async function subscribe(respond?: (index: number) => number | { status: number; headers?: Record<string, string> }) {
    const receiver = await startWebhookReceiver(respond);
    receivers.push(receiver);
    const created = await h.api('POST', '/api/subscriptions', { url: receiver.url, feeds: ['news'] });
    expect(created.status).toBe(201);
    return { receiver, id: created.json.id as string, secret: created.json.secret as string };
  }
  async function publish() {
    n += 1;
    const result = await h.store.articles.upsert(sampleArticle({ url: `https://news.example/story/${n}`, title: `第${n}条新闻` }), 'simp', new Date());
    if (result.status === 'unchanged') throw new Error('expected a new article');
    return result;
  }
  const settle = (ms = 800) => new Promise((resolve) => setTimeout(resolve, ms));

  it('retries a receiver that fails 3 times with the same webhook-id, then delivers once and sends nothing more', async () => {
    const { receiver, id, secret } = await subscribe((i) => (i < 3 ? 500 : 204));
    const { event } = await publish();
    await waitFor(() => receiver.received.length >= 4, 'four attempts');
    await settle();
    expect(receiver.received).toHaveLength(4);
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    for (const r of receiver.received) {
      const verified = new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string; data: { article: { id: string } } };
      expect(verified.data.article.id).toBe(event!.data.article.id);
    }
    // Retries are spaced by the schedule (150 ms ± 10 %).
    for (let i = 1; i < 4; i++) expect(receiver.received[i]!.at - receiver.received[i - 1]!.at).toBeGreaterThanOrEqual(120);
    const log = await h.api('GET', `/api/subscriptions/${id}/deliveries`);
    expect(log.json.deliveries.map((d: { outcome: string; attempt: number }) => `${d.outcome}#${d.attempt}`)).toEqual([
      'delivered#4',
      'failed#3',
      'failed#2',
      'failed#1',
    ]);
    expect(log.json.deliveries[1]).toMatchObject({ status: 500, code: 'DELIVERY_FAILED', webhookId: [...ids][0] });
    expect(log.json.deliveries[1].nextAttemptAt).not.toBeNull();
    expect((await h.api('GET', `/api/subscriptions/${id}`)).json).toMatchObject({ enabled: true, failingSince: null });
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });

  it('rejects a tampered body: standardwebhooks verification fails', async () => {
    const { receiver, id, secret } = await subscribe();
    await publish();
    await waitFor(() => receiver.received.length >= 1, 'a delivery');
    const [delivery] = receiver.received;
    const headers = delivery!.headers as Record<string, string>;
    expect(() => new Webhook(secret).verify(delivery!.body, headers)).not.toThrow();
    const tampered = delivery!.body.replace('第', '弟');
    expect(tampered).not.toBe(delivery!.body);
    expect(() => new Webhook(secret).verify(tampered, headers)).toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(delivery!.body, headers)).toThrow();
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });

  it('after a secret rotation signs with both the old and the new secret', async () => {
    const { receiver, id, secret } = await subscribe();
    const rotated = await h.api('POST', `/api/subscriptions/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    await publish();
    await waitFor(() => receiver.received.length >= 1, 'a delivery');
    const [delivery] = receiver.received;
    expect(String(delivery!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const key of [secret, rotated.json.secret as string])
      expect(() => new Webhook(key).verify(delivery!.body, delivery!.headers as Record<string, string>)).not.toThrow();
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });

  it('disables a subscription whose endpoint answers 410 Gone, and sends it nothing more', async () => {
    const { receiver, id } = await subscribe(() => 410);
    await publish();
    await waitFor(async () => (await h.api('GET', `/api/subscriptions/${id}`)).json.enabled === false, 'the subscription disabled');
    const shown = (await h.api('GET', `/api/subscriptions/${id}`)).json;
    expect(shown.disabledReason).toContain('410 Gone');
    await publish();
    await settle();
    expect(receiver.received).toHaveLength(1);
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });

  it('treats a 3xx as a failure (never follows it) and honours Retry-After on 503', async () => {
    const answers: Array<{ status: number; headers?: Record<string, string> }> = [
      { status: 302, headers: { location: 'http://127.0.0.1:9/elsewhere' } },
      { status: 503, headers: { 'retry-after': '1' } },
    ];
    const { receiver, id } = await subscribe((i) => answers[i] ?? 204);
    await publish();
    await waitFor(() => receiver.received.length >= 3, 'three attempts');
    const [first, second, third] = receiver.received;
    expect(second!.at - first!.at).toBeLessThan(900);
    // The schedule says ~150 ms; the receiver said 1 s.
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(950);
    const log = (await h.api('GET', `/api/subscriptions/${id}/deliveries`)).json.deliveries as Array<{ status: number; outcome: string }>;
    expect(log.map((d) => `${d.outcome}:${d.status}`)).toEqual(['delivered:204', 'failed:503', 'failed:302']);
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });

  it('disables a subscription that keeps failing for delivery.disableAfter and says so; enable and redeliver bring the event back', async () => {
    let healthy = false;
    const { receiver, id, secret } = await subscribe(() => (healthy ? 204 : 500));
    const { cursor } = await publish();
    await waitFor(async () => (await h.api('GET', `/api/subscriptions/${id}`)).json.enabled === false, 'the subscription disabled', 10_000);
    const shown = (await h.api('GET', `/api/subscriptions/${id}`)).json;
    expect(shown.disabledReason).toMatch(/^DELIVERY_DISABLED: no successful delivery since \S+ \(0 h\); last error: endpoint answered 500/);
    expect(shown.failingSince).not.toBeNull();
    const log = (await h.api('GET', `/api/subscriptions/${id}/deliveries`)).json.deliveries as Array<{ code: string }>;
    expect(log[0]!.code).toBe('DELIVERY_DISABLED');
    const attempts = receiver.received.length;
    await settle(500);
    expect(receiver.received).toHaveLength(attempts);

    // The receiver is fixed: an admin enables the subscription and redelivers the missed event.
    healthy = true;
    expect((await h.api('POST', `/api/subscriptions/${id}/enable`)).json).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    const redelivered = await h.api('POST', `/api/subscriptions/${id}/redeliver`, { cursor });
    expect(redelivered.status).toBe(202);
    await waitFor(() => receiver.received.length === attempts + 1, 'the manual redelivery');
    const last = receiver.received.at(-1)!;
    expect(last.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);
    expect(() => new Webhook(secret).verify(last.body, last.headers as Record<string, string>)).not.toThrow();
    const after = (await h.api('GET', `/api/subscriptions/${id}/deliveries`)).json.deliveries as Array<{ outcome: string; manual: boolean }>;
    expect(after[0]).toMatchObject({ outcome: 'delivered', manual: true });
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });

  it('replays the event log by cursor, page by page, for a consumer that was away', async () => {
    const start = (await h.api('GET', '/api/events?limit=1000')).json.next as string | null;
    const written = [await publish(), await publish(), await publish()];
    const seen: string[] = [];
    let after = start ?? '0';
    for (let page = 0; page < 5; page++) {
      const response = await fetch(`${h.base}/api/events?after=${after}&limit=2`);
      const body = (await response.json()) as { events: Array<{ cursor: string; id: string; type: string }>; next: string };
      if (body.events.length === 0) break;
      seen.push(...body.events.map((e) => e.id));
      after = body.next;
    }
    expect(seen).toEqual(written.map((w) => w.event!.id));
    expect(written.every((w) => w.event!.type === 'article.created')).toBe(true);
  });
});

describe('the SSRF guard on webhook endpoints and WebSub callbacks', () => {
  it('never connects to a loopback endpoint unless http.allowPrivateNetworks allows it, and logs why', async () => {
    const receiver = await startWebhookReceiver();
    // A static webhook skips the subscribe-time check, so this reaches the connect-time guard.
    const h = await startPublisherHarness(
      publisherConfig({ http: { allowPrivateNetworks: false }, delivery: { retry: ['100ms'], timeout: '2s' }, webhooks: [{ url: receiver.url }] }),
    );
    try {
      // Through the API the same URL is refused before anything is stored.
      const refused = await h.api('POST', '/api/subscriptions', { url: receiver.url });
      expect(refused.status).toBe(400);
      expect(refused.json.error).toMatchObject({ code: 'SUBSCRIPTION_URL_REFUSED', details: { problem: 'private-address' } });
      const [subscription] = (await h.api('GET', '/api/subscriptions')).json.subscriptions as Array<{ id: string }>;
      await h.store.articles.upsert(sampleArticle({ url: 'https://news.example/ssrf/1' }), 'simp', new Date());
      await waitFor(async () => (await h.api('GET', `/api/subscriptions/${subscription!.id}/deliveries`)).json.deliveries.length >= 2, 'two attempts logged');
      const log = (await h.api('GET', `/api/subscriptions/${subscription!.id}/deliveries`)).json.deliveries as Array<{
        outcome: string;
        code: string;
        message: string;
      }>;
      expect(log[0]).toMatchObject({ outcome: 'failed', code: 'DELIVERY_FAILED' });
      expect(log[0]!.message).toMatch(/blocked|FETCH_BLOCKED_ADDRESS|loopback|private/i);
      // A WebSub callback on loopback is refused at once and never asked to verify.
      const hub = await fetch(`${h.base}/hub`, {
        method: 'POST',
        body: new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.topic': `${h.base}/feeds/news.atom`, 'hub.callback': receiver.url }),
      });
      expect(hub.status).toBe(400);
      expect(((await hub.json()) as { error: { message: string } }).error.message).toContain('private-address');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.received).toHaveLength(0);
      expect(await h.store.websub.listActive(new Date())).toEqual([]);
    } finally {
      await receiver.close();
      await h.close();
    }
  });
});
