import { createRequire } from 'node:module';
import { assertValidAtom, parseWithFeedsmith } from '@feedwright/feeds/testing/validators.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { freePort } from '../support/free-port.ts';
import { publisherConfig, startPublisherHarness } from '../support/publisher-harness.ts';
import { waitFor } from '../support/webhook-receiver.ts';
import { startStrictSubscriber, verifyHubSignature } from '../support/websub-subscriber.ts';

type Harness = Awaited<ReturnType<typeof startPublisherHarness>>;

describe('the WebSub hub at /hub (W3C WebSub), through the real publisher on real Redis', () => {
  let h: Harness;
  let n = 0;
  beforeAll(async () => {
    h = await startPublisherHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  const publish = async (title = `第${++n}条`) => h.store.articles.upsert(sampleArticle({ url: `https://news.example/ws/${++n}`, title }), 'simp', new Date());
  const activeSubscriptions = () => h.store.websub.listActive(new Date());

  it('a strict subscriber discovers the hub, subscribes with a secret, gets each new entry signed, then unsubscribes', async () => {
    const subscriber = await startStrictSubscriber();
    try {
      const { hub, self } = await subscriber.discover(`${h.base}/feeds/news.atom`);
      expect(hub).toBe(`${h.base}/hub`);
      expect(self).toBe(`${h.base}/feeds/news.atom`);
      expect(await subscriber.subscribe(hub, self, { secret: 'a shared secret' })).toBe(202);
      await waitFor(() => subscriber.verified.length === 1, 'verification of intent');
      // Default lease: 10 days, never permanent.
      expect(subscriber.verified[0]).toMatchObject({ mode: 'subscribe', topic: self, leaseSeconds: 864_000 });
      await waitFor(async () => (await activeSubscriptions()).length === 1, 'the subscription stored');

      const first = await publish('第一条：香港新闻');
      await waitFor(() => subscriber.distributions.length === 1, 'content distribution');
      const [delivery] = subscriber.distributions;
      expect(delivery!.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(delivery!.signatureValid).toBe(true);
      expect(String(delivery!.headers['x-hub-signature'])).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifyHubSignature(delivery!.headers['x-hub-signature'] as string, delivery!.body.replace('香港', '九龍'), 'a shared secret')).toBe(false);
      await assertValidAtom(delivery!.body);
      const parsed = await parseWithFeedsmith(delivery!.body);
      expect(parsed.entries.map((e) => e.id)).toEqual([`urn:feedwright:article:${first.article.id}`]);

      await publish();
      await waitFor(() => subscriber.distributions.length === 2, 'a second distribution (one per change)');

      expect(await subscriber.unsubscribe(hub, self)).toBe(202);
      await waitFor(() => subscriber.verified.length === 2, 'unsubscribe verification');
      expect(subscriber.verified[1]).toMatchObject({ mode: 'unsubscribe', leaseSeconds: null });
      await waitFor(async () => (await activeSubscriptions()).length === 0, 'the subscription removed');
      await publish();
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(subscriber.distributions).toHaveLength(2);
      expect(subscriber.violations).toEqual([]);
    } finally {
      await subscriber.close();
    }
  });

  it('does not subscribe a callback that fails the verification of intent, and caps the lease', async () => {
    const liar = await startStrictSubscriber({ echoChallenge: false });
    const honest = await startStrictSubscriber();
    try {
      const topic = `${h.base}/feeds/trad.rss`;
      expect(await liar.subscribe(`${h.base}/hub`, topic)).toBe(202);
      expect(await honest.subscribe(`${h.base}/hub`, topic, { leaseSeconds: 10 * 365 * 86_400 })).toBe(202);
      await waitFor(() => liar.verified.length === 1 && honest.verified.length === 1, 'both verifications');
      await waitFor(async () => (await activeSubscriptions()).length === 1, 'one subscription');
      const [stored] = await activeSubscriptions();
      expect(stored!.callback).toBe(honest.callback);
      expect(honest.verified[0]!.leaseSeconds).toBe(30 * 86_400);
      expect(Date.parse(stored!.expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);
      await honest.unsubscribe(`${h.base}/hub`, topic);
      await waitFor(async () => (await activeSubscriptions()).length === 0, 'unsubscribed');
    } finally {
      await liar.close();
      await honest.close();
    }
  });

  it('works with the npm pubsubhubbub client (unsigned)', async () => {
    const require = createRequire(import.meta.url);
    const pubsubhubbub = require('pubsubhubbub') as {
      createServer(options: { callbackUrl: string }): {
        listen(port: number): void;
        server?: { close(cb: () => void): void };
        on(event: string, listener: (data: any) => void): void;
        subscribe(topic: string, hub: string, callback: (error: Error | null) => void): void;
        unsubscribe(topic: string, hub: string, callback: (error: Error | null) => void): void;
      };
    };
    const port = await freePort();
    const client = pubsubhubbub.createServer({ callbackUrl: `http://127.0.0.1:${port}/pubsub` });
    const events: Array<{ type: string; data: any }> = [];
    for (const type of ['subscribe', 'unsubscribe', 'feed', 'denied', 'error']) client.on(type, (data) => events.push({ type, data }));
    client.listen(port);
    try {
      const topic = `${h.base}/feeds/news.json`;
      await new Promise<void>((resolve, reject) => client.subscribe(topic, `${h.base}/hub`, (error) => (error ? reject(error) : resolve())));
      await waitFor(() => events.some((e) => e.type === 'subscribe'), 'pubsubhubbub verified the subscription');
      await waitFor(async () => (await activeSubscriptions()).length === 1, 'the subscription stored');
      const { article } = await publish('给 pubsubhubbub 的新闻');
      await waitFor(() => events.some((e) => e.type === 'feed'), 'pubsubhubbub received the feed');
      const feed = events.find((e) => e.type === 'feed')!.data as { topic: string; hub: string; feed: Buffer };
      expect(feed.topic).toBe(topic);
      const document = JSON.parse(feed.feed.toString('utf8')) as { items: Array<{ id: string; title: string }> };
      expect(document.items).toEqual([expect.objectContaining({ id: `urn:feedwright:article:${article.id}`, title: '给 pubsubhubbub 的新闻' })]);
      await new Promise<void>((resolve, reject) => client.unsubscribe(topic, `${h.base}/hub`, (error) => (error ? reject(error) : resolve())));
      await waitFor(async () => (await activeSubscriptions()).length === 0, 'unsubscribed');
      expect(events.filter((e) => e.type === 'error' || e.type === 'denied')).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => (client.server ? client.server.close(() => resolve()) : resolve()));
    }
  });
});

describe('WebSub leases expire', () => {
  it('stops distributing to a subscriber once its lease is over (capped by websub.maxLease)', async () => {
    const h = await startPublisherHarness(publisherConfig({ websub: { lease: '1s', maxLease: '1s' } }));
    const subscriber = await startStrictSubscriber();
    try {
      const topic = `${h.base}/feeds/news.rss`;
      expect(await subscriber.subscribe(`${h.base}/hub`, topic, { leaseSeconds: 86_400 })).toBe(202);
      await waitFor(async () => (await h.store.websub.listActive(new Date())).length === 1, 'subscribed');
      expect(subscriber.verified[0]!.leaseSeconds).toBe(1);
      await h.store.articles.upsert(sampleArticle({ url: 'https://news.example/lease/1' }), 'simp', new Date());
      await waitFor(() => subscriber.distributions.length === 1, 'a distribution within the lease');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await h.store.articles.upsert(sampleArticle({ url: 'https://news.example/lease/2' }), 'simp', new Date());
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(subscriber.distributions).toHaveLength(1);
      expect(await h.store.websub.listActive(new Date())).toEqual([]);
      expect(subscriber.violations).toEqual([]);
    } finally {
      await subscriber.close();
      await h.close();
    }
  });
});
