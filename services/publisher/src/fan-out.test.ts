import { validateConfig } from '@feedwright/core/config.ts';
import type { ArticleEvent } from '@feedwright/core/jobs.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { DeliveryRecord } from '@feedwright/store/delivery-log.ts';
import type { LoggedEvent, UnreadableEvent } from '@feedwright/store/event-log.ts';
import type { Subscription } from '@feedwright/store/subscription-repository.ts';
import { describe, expect, it } from 'vitest';
import { fanOutOnce } from './fan-out.ts';
import { sampleArticle } from './testing/sample-article.ts';

const config = (() => {
  const result = validateConfig({
    sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://x.example/rss' }] }],
    feeds: [{ id: 'news', title: 'News', sources: ['s'], exclude: ['广告'] }],
  });
  if (!result.ok) throw new Error('config');
  return result.config;
})();

function subscription(id: string, feeds: string[] | null): Subscription {
  return {
    id,
    url: `https://hooks.example/${id}`,
    feeds,
    events: ['article.created', 'article.updated'],
    secret: 'whsec_x',
    createdAt: '2026-01-01T00:00:00.000Z',
    enabled: true,
    disabledReason: null,
  };
}

function event(n: number, title: string): LoggedEvent {
  const article = {
    ...sampleArticle({ url: `https://x.example/${n}`, title }),
    sourceId: 's',
    firstSeenAt: '2026-02-05T00:00:00.000Z',
    lastChangedAt: '2026-02-05T00:00:00.000Z',
    version: 1,
  };
  const value: ArticleEvent = { type: 'article.created', id: `evt_${n}`, timestamp: '2026-02-05T00:00:00.000Z', data: { article } };
  return { cursor: `${n}-0`, event: value };
}

/** A fake store holding one batch; records what the fan-out writes. */
function fakeStore(batch: Array<LoggedEvent | UnreadableEvent>, subscriptions: Subscription[]) {
  const acked: string[] = [];
  const records: Array<{ subscriptionId: string; entry: DeliveryRecord }> = [];
  const store = {
    events: { readGroup: async () => batch, ack: async (_group: string, cursors: readonly string[]) => void acked.push(...cursors) },
    subscriptions: { list: async () => subscriptions },
    deliveries: { record: async (subscriptionId: string, entry: DeliveryRecord) => void records.push({ subscriptionId, entry }) },
  } as unknown as Store;
  return { store, acked, records };
}

describe('fanOutOnce (fake store and queue)', () => {
  it("applies the feed's keywords: an excluded story reaches only subscribers of every feed", async () => {
    const fake = fakeStore([event(1, '商业广告'), event(2, '新闻')], [subscription('feed', ['news']), subscription('all', null)]);
    const enqueued: string[] = [];
    await fanOutOnce(
      { store: fake.store, config, enqueue: async (jobs) => void enqueued.push(...jobs.map((j) => `${j.data.subscriptionId}:${j.data.eventId}`)) },
      'c',
      { blockMs: 0 },
    );
    expect(enqueued.sort()).toEqual(['all:evt_1', 'all:evt_2', 'feed:evt_2']);
    expect(fake.acked).toEqual(['1-0', '2-0']);
  });

  it('fails poisoned events alone: each is recorded and counted, acked, and the good ones are enqueued', async () => {
    const broken = {
      cursor: '3-0',
      event: { type: 'article.created', id: 'evt_broken', timestamp: '2026-02-05T00:00:00.000Z', data: {} },
    } as unknown as LoggedEvent;
    const fake = fakeStore(
      [event(1, '新闻一'), { cursor: '2-0', unreadable: 'the event is not JSON' }, broken, event(4, '新闻二')],
      [subscription('feed', ['news'])],
    );
    const enqueued: string[] = [];
    const counted: string[] = [];
    const handled = await fanOutOnce(
      {
        store: fake.store,
        config,
        enqueue: async (jobs) => void enqueued.push(...jobs.map((j) => j.data.eventId)),
        onEventFailed: (code) => void counted.push(code),
      },
      'c',
      { blockMs: 0 },
    );
    expect(handled).toBe(4);
    expect(enqueued).toEqual(['evt_1', 'evt_4']);
    expect(counted).toEqual(['FANOUT_EVENT_FAILED', 'FANOUT_EVENT_FAILED']);
    expect(fake.records.map((r) => [r.subscriptionId, r.entry.cursor, r.entry.eventId, r.entry.outcome, r.entry.code])).toEqual([
      ['feed', '2-0', '', 'failed', 'FANOUT_EVENT_FAILED'],
      ['feed', '3-0', 'evt_broken', 'failed', 'FANOUT_EVENT_FAILED'],
    ]);
    expect(fake.acked).toEqual(['1-0', '2-0', '3-0', '4-0']);
  });

  it('isolates an event that breaks the WebSub rendering of the batch', async () => {
    const fake = fakeStore([event(1, '新闻一'), event(2, '新闻二')], []);
    const websub: string[] = [];
    await fanOutOnce(
      {
        store: fake.store,
        config,
        enqueue: async () => undefined,
        moreJobs: async (batch) => {
          if (batch.some((e) => e.event.id === 'evt_2')) throw new TypeError('cannot render');
          websub.push(...batch.map((e) => e.event.id));
          return [];
        },
      },
      'c',
      { blockMs: 0 },
    );
    expect(websub).toEqual(['evt_1']);
    expect(fake.acked).toEqual(['1-0', '2-0']);
  });
});
