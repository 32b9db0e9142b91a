import { storeKeys } from '@feedwright/store/store-keys.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { publisherConfig, startPublisherHarness } from '../support/publisher-harness.ts';
import { startWebhookReceiver, waitFor } from '../support/webhook-receiver.ts';

type Harness = Awaited<ReturnType<typeof startPublisherHarness>>;
type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

const articleIdOf = (body: string) => (JSON.parse(body) as { data: { article: { id: string } } }).data.article.id;

describe('fan-out: one feed rule for webhooks, and a poisoned event fails alone (real publisher, real Redis, loopback receivers)', () => {
  let h: Harness;
  const receivers: Receiver[] = [];
  let n = 0;

  beforeAll(async () => {
    h = await startPublisherHarness(
      publisherConfig({
        feeds: [
          { id: 'news', title: 'News', sources: ['simp'], exclude: ['广告'] },
          { id: 'trad', title: '新聞', sources: ['trad'] },
        ],
      }),
    );
  });
  afterAll(async () => {
    await h?.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  async function subscribe(feeds?: string[]) {
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const created = await h.api('POST', '/api/subscriptions', { url: receiver.url, ...(feeds ? { feeds } : {}) });
    expect(created.status).toBe(201);
    return { receiver, id: created.json.id as string };
  }
  async function publish(title: string) {
    n += 1;
    const result = await h.store.articles.upsert(sampleArticle({ url: `https://news.example/fan-out/${n}`, title }), 'simp', new Date());
    if (result.status === 'unchanged') throw new Error('expected a new article');
    return result.article;
  }

  it("never delivers a story the feed excludes to the feed's subscribers, while an all-feeds subscriber gets it", async () => {
    const feedSubscriber = await subscribe(['news']);
    const everything = await subscribe();
    const excluded = await publish('商业广告：买一送一');
    const kept = await publish('经济学家说，发展与改革');
    await waitFor(() => feedSubscriber.receiver.received.length >= 1 && everything.receiver.received.length >= 2, 'the deliveries');
    // The excluded event was fanned out before the kept one: once the kept one arrived, the excluded one had its chance.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(feedSubscriber.receiver.received.map((r) => articleIdOf(r.body))).toEqual([kept.id]);
    expect(everything.receiver.received.map((r) => articleIdOf(r.body)).sort()).toEqual([excluded.id, kept.id].sort());
    // The feed document applies the same rule.
    const feed = await fetch(`${h.base}/feeds/news.json`).then((r) => r.json() as Promise<{ items: Array<{ id: string; url: string }> }>);
    expect(feed.items.some((item) => item.url === excluded.url)).toBe(false);
    expect(feed.items.some((item) => item.url === kept.url)).toBe(true);
    await h.api('DELETE', `/api/subscriptions/${feedSubscriber.id}`);
    await h.api('DELETE', `/api/subscriptions/${everything.id}`);
  });

  it('fails a poisoned event alone (own code, counted, in the deliveries log) and keeps every other delivery flowing', async () => {
    const { receiver, id } = await subscribe(['news']);
    const events = storeKeys(h.prefix).events;
    const before = await publish('第一条：改革之前');
    // Two poisoned entries between good events: one not JSON, one JSON without an article.
    const notJson = await h.redis.xadd(events, '*', 'event', '{not json');
    const noArticle = await h.redis.xadd(
      events,
      '*',
      'event',
      JSON.stringify({ type: 'article.created', id: 'evt_broken', timestamp: '2999-01-01T00:00:00.000Z', data: {} }),
    );
    const after = await publish('第二条：改革之后');
    await waitFor(() => receiver.received.length >= 2, 'both good events');
    expect(receiver.received.map((r) => articleIdOf(r.body))).toEqual([before.id, after.id]);

    const log = (await h.api('GET', `/api/subscriptions/${id}/deliveries`)).json.deliveries as Array<{
      outcome: string;
      code: string | null;
      cursor: string;
      eventId: string;
    }>;
    const failed = log.filter((d) => d.outcome === 'failed');
    expect(failed.map((d) => d.code)).toEqual(['FANOUT_EVENT_FAILED', 'FANOUT_EVENT_FAILED']);
    expect(failed.map((d) => d.cursor).sort()).toEqual([notJson, noArticle].sort());
    expect(failed.find((d) => d.cursor === noArticle)?.eventId).toBe('evt_broken');
    expect(log.filter((d) => d.outcome === 'delivered')).toHaveLength(2);

    const metrics = await fetch(`${h.base}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/feedwright_stage_outcomes_total\{stage="publish",outcome="FANOUT_EVENT_FAILED"\} 2/);
    // Acked: the group has nothing pending, so the poisoned entries are never re-read.
    const pending = (await h.redis.xpending(events, 'publisher-fanout')) as [number, ...unknown[]];
    expect(pending[0]).toBe(0);
    await h.api('DELETE', `/api/subscriptions/${id}`);
  });
});
