import { CLOSE_BOUNDS } from '@feedwright/cli/bounded-close.ts';
import { startServices } from '@feedwright/cli/start-services.ts';
import { openRedis } from '@feedwright/cli/redis-connection.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { validateConfig } from '@feedwright/core/config.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import type { RedisTopology } from '@feedwright/core/redis-topology.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { expect } from 'vitest';
import { freePort } from './free-port.ts';
import { createSubscription, startWebhookReceiver, waitFor } from './webhook-receiver.ts';

export type FailoverOutcome = {
  published: number;
  /** Stories the source index holds that were published (each once: the index is a set). */
  stored: number;
  lost: string[];
  /** Articles with more than one article.created event in the log. */
  createdTwice: number;
  /** Items in the served JSON feed, and how many of them repeat an id. */
  feedItems: number;
  feedRepeats: number;
  /** Created events whose webhook reached the receiver, of all created events. */
  delivered: number;
  createdEvents: number;
  /** Webhook ids that arrived with two different bodies (a repeat that is not a redelivery). */
  conflictingWebhookIds: number;
  /** /readyz status before the failure (Redis answers and workers consume the queues, read from the topology). */
  readyBefore: number;
  /** How long `services.close()` took after the failover, and the shutdown's own warnings (SHUTDOWN_SLOW / SHUTDOWN_FORCED, naming what it waited for). */
  closeMs: number;
  shutdownWarnings: Array<Record<string, unknown>>;
  logs: Array<Record<string, unknown>>;
};

/**
 * Awaits `work`, failing with the scenario's step `what` after `ms` instead of waiting for ever: a
 * hung await (a service that cannot close, a client stuck after the failover) shows up as a named
 * failure, not as a test that never ends.
 */
function bounded<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`failover scenario: ${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The failover story on a real topology: all services in this process on `topology`, the fixture
 * newsroom publishing, a webhook subscriber. Half the stories are stored, then `fail()` kills a
 * Redis process (the caller's choice) while the second half is being published and processed;
 * the outcome says, from the outside, what was lost or repeated.
 */
export async function runFailoverScenario(
  topology: RedisTopology,
  fail: () => Promise<void>,
  options: { stories?: number; settleMs?: number } = {},
): Promise<FailoverOutcome> {
  const stories = options.stories ?? 20;
  const prefix = `fwfail-${Math.random().toString(16).slice(2, 8)}`;
  const newsroom = await startNewsroom();
  const receiver = await startWebhookReceiver();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const token = 'failover-token';
  const validated = validateConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], perHost: { concurrency: 8, perMinute: 1_000_000 } },
    delivery: { retry: ['200ms', '500ms', '1s', '2s', '4s'] },
    sources: [
      { id: 'newsroom', name: 'Newsroom', language: 'zh-Hans', interval: { min: '1s', max: '2s' }, discover: [{ feed: newsroom.feedUrl }], recheck: [] },
    ],
    feeds: [{ id: 'all', title: 'All', sources: ['newsroom'], limit: 200 }],
  });
  if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
  const { lines: logs, logger } = capturingLogger('warn');
  const services = await startServices(
    validated.config,
    {
      configPath: '(test)',
      redisUrl: 'redis://unused',
      redis: topology,
      prefix,
      port,
      host: '127.0.0.1',
      logLevel: 'warn',
      adminToken: token,
      publicUrl: base,
    },
    logger,
  );
  const probe = openRedis(topology);
  probe.on('error', () => undefined);
  const store = createStore(probe, prefix);
  let closed = false;
  try {
    await bounded('creating the webhook subscription', 45_000, createSubscription(base, token, receiver.url));
    const idOf = (storyId: string) => articleId(canonicalizeUrl(newsroom.articleUrl(storyId))!);
    const published: string[] = [];
    const half = Math.floor(stories / 2);
    for (let i = 0; i < half; i++) published.push(idOf(newsroom.publish().id));
    // Each read is bounded too: waitFor cannot time out while its predicate hangs.
    const countStored = async () => bounded('a ZCARD of the source index', 10_000, probe.zcard(store.keys.sourceArticles('newsroom'))).catch(() => -1);
    await waitFor(async () => (await countStored()) >= half, 'the first half stored', 90_000);
    const readyBefore = (await bounded('GET /readyz', 30_000, fetch(`${base}/readyz`))).status;
    // The second half goes out while Redis loses a process: jobs are queued, running and completing.
    for (let i = half; i < stories; i++) published.push(idOf(newsroom.publish().id));
    // Kill once the second half is being worked on: some stored, the rest queued or running.
    await waitFor(async () => (await countStored()) > half, 'the second half under way', 90_000);
    await bounded('the Redis failure and the promotion', 120_000, fail());
    const settleMs = options.settleMs ?? 90_000;
    await waitFor(
      async () => (await countStored()) >= stories && receiver.received.length >= stories,
      'every story stored and announced after the failover',
      settleMs,
    ).catch(() => undefined);
    // Whatever is still in flight settles (a repeat would show up now).
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const indexed = new Set(await bounded('reading the source index', 30_000, probe.zrange(store.keys.sourceArticles('newsroom'), 0, -1)));
    const lost = published.filter((id) => !indexed.has(id));
    const entries = (await bounded('reading the event log', 30_000, probe.xrange(store.keys.events, '-', '+'))) as Array<[string, string[]]>;
    const createdPerArticle = new Map<string, number>();
    const createdIds = new Set<string>();
    for (const [, fields] of entries) {
      const event = JSON.parse(fields[fields.indexOf('event') + 1]!) as { id: string; type: string; data: { article: { id: string } } };
      if (event.type !== 'article.created') continue;
      createdIds.add(event.id);
      createdPerArticle.set(event.data.article.id, (createdPerArticle.get(event.data.article.id) ?? 0) + 1);
    }
    const bodies = new Map<string, Set<string>>();
    const deliveredEventIds = new Set<string>();
    for (const r of receiver.received) {
      const id = String(r.headers['webhook-id']);
      bodies.set(id, (bodies.get(id) ?? new Set()).add(r.body));
      deliveredEventIds.add((JSON.parse(r.body) as { data: { article: { id: string } } }).data.article.id);
    }
    const feed = (await bounded(
      'GET /feeds/all.json',
      30_000,
      fetch(`${base}/feeds/all.json?limit=200`).then((r) => r.json()),
    )) as { items: Array<{ id: string }> };
    // The services must also shut down cleanly after the failover: an operator's restart must not hang.
    const closing = Date.now();
    await bounded('closing the services after the failover (services.close())', 60_000, services.close());
    const closeMs = Date.now() - closing;
    closed = true;
    return {
      published: published.length,
      stored: published.length - lost.length,
      lost,
      createdTwice: [...createdPerArticle.values()].filter((n) => n > 1).length,
      feedItems: feed.items.length,
      feedRepeats: feed.items.length - new Set(feed.items.map((i) => i.id)).size,
      delivered: [...createdPerArticle.keys()].filter((id) => deliveredEventIds.has(id)).length,
      createdEvents: createdIds.size,
      conflictingWebhookIds: [...bodies.values()].filter((b) => b.size > 1).length,
      readyBefore,
      closeMs,
      shutdownWarnings: logs.filter((line) => typeof line.code === 'string' && line.code.startsWith('SHUTDOWN_')),
      logs,
    };
  } finally {
    // After a failure above, still close (bounded, so a second hang cannot hide the first error).
    if (!closed) await bounded('closing the services', 60_000, services.close()).catch(() => undefined);
    probe.disconnect();
    await newsroom.close();
    await receiver.close();
  }
}

/** The promise of a failover, checked from the outside: every story stored, served, announced and delivered once. */
export function expectNothingLostOrRepeated(outcome: FailoverOutcome): void {
  expect(outcome.readyBefore).toBe(200);
  expect(outcome.lost).toEqual([]);
  expect(outcome.stored).toBe(outcome.published);
  expect(outcome.createdTwice).toBe(0);
  expect(outcome.createdEvents).toBe(outcome.published);
  expect(outcome.feedItems).toBe(outcome.published);
  expect(outcome.feedRepeats).toBe(0);
  expect(outcome.delivered).toBe(outcome.published);
  expect(outcome.conflictingWebhookIds).toBe(0);
  // A clean shutdown: no step waited past the warning (10 s), nothing had to be force-disconnected.
  expect(outcome.shutdownWarnings).toEqual([]);
  expect(outcome.closeMs).toBeLessThan(CLOSE_BOUNDS.warnAfterMs);
}
