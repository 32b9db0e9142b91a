import type { Config } from '@feedwright/core/config.ts';
import { deliveryId } from '@feedwright/core/ids.ts';
import { webhookPayload, type ArticleEvent, type DeliverJob } from '@feedwright/core/jobs.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { LoggedEvent } from '@feedwright/store/event-log.ts';
import type { Subscription } from '@feedwright/store/subscription-repository.ts';

/** The consumer group of the event log that fans events out to webhook deliveries. */
export const FANOUT_GROUP = 'publisher-fanout';

/** True when `subscription` wants `event` (enabled, event type, feeds covering the article's source, created before the event). */
export function wantsEvent(subscription: Subscription, event: ArticleEvent, config: Config): boolean {
  if (!subscription.enabled || !subscription.events.includes(event.type)) return false;
  if (event.timestamp < subscription.createdAt) return false;
  if (subscription.feeds === null) return true;
  const sourceId = event.data.article.sourceId;
  return config.feeds.some((feed) => subscription.feeds!.includes(feed.id) && feed.sources.includes(sourceId));
}

/**
 * One round of fan-out: read a batch of events (pending first, then new), add one deliver job per
 * interested subscription (job id = delivery id, so a crash between add and ack never duplicates),
 * then ack. Returns how many events were handled.
 */
export async function fanOutOnce(
  io: {
    store: Store;
    config: Config;
    enqueue: (jobs: Array<{ data: DeliverJob; jobId: string }>) => Promise<void>;
    /** Told how long a batch took from read to ack (the publish stage's metric). */
    observe?: (seconds: number) => void;
    /** More jobs for the same batch (WebSub content distribution). */
    moreJobs?: (batch: LoggedEvent[]) => Promise<Array<{ data: DeliverJob; jobId: string }>>;
  },
  consumer: string,
  options: { blockMs: number; count?: number },
): Promise<number> {
  const batch = await io.store.events.readGroup(FANOUT_GROUP, consumer, { count: options.count ?? 100, blockMs: options.blockMs, claimIdleMs: 60_000 });
  if (batch.length === 0) return 0;
  const started = performance.now();
  const subscriptions = await io.store.subscriptions.list();
  const jobs: Array<{ data: DeliverJob; jobId: string }> = [];
  for (const { cursor, event, correlationId } of batch) {
    const payload = webhookPayload(event);
    for (const subscription of subscriptions) {
      if (!wantsEvent(subscription, event, io.config)) continue;
      const jobId = deliveryId(subscription.id, event.id);
      jobs.push({ jobId, data: { subscriptionId: subscription.id, eventId: event.id, cursor, payload, ...(correlationId ? { correlationId } : {}) } });
    }
  }
  if (io.moreJobs) jobs.push(...(await io.moreJobs(batch)));
  await io.enqueue(jobs);
  await io.store.events.ack(FANOUT_GROUP, batch.map((e) => e.cursor));
  io.observe?.((performance.now() - started) / 1000);
  return batch.length;
}
