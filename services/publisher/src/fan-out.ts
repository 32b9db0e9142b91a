import type { Config } from '@feedwright/core/config.ts';
import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import { deliverJobId, webhookPayload, type ArticleEvent, type DeliverJob } from '@feedwright/core/jobs.ts';
import { isInFeed } from '@feedwright/feeds/feed-membership.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { isReadable, type LoggedEvent } from '@feedwright/store/event-log.ts';
import type { Subscription } from '@feedwright/store/subscription-repository.ts';
import type { Logger } from 'pino';

/** The consumer group of the event log that fans events out to webhook deliveries. */
export const FANOUT_GROUP = 'publisher-fanout';

type DeliveryJob = { data: DeliverJob; jobId: string };

/**
 * True when `subscription` wants `event`: enabled, the event type, created before the event, and
 * (when it names feeds) the article is in one of them by the feed rule (`isInFeed`: sources and
 * include/exclude keywords, the same rule the feed documents and WebSub use).
 */
export function wantsEvent(subscription: Subscription, event: ArticleEvent, config: Pick<Config, 'feeds'>): boolean {
  if (!subscription.enabled || !subscription.events.includes(event.type)) return false;
  if (event.timestamp < subscription.createdAt) return false;
  if (subscription.feeds === null) return true;
  const article = event.data.article;
  return config.feeds.some((feed) => subscription.feeds!.includes(feed.id) && isInFeed(feed, article));
}

/** The delivery jobs of one event: one per interested subscription (job id = delivery id). */
function jobsFor({ cursor, event, correlationId }: LoggedEvent, subscriptions: Subscription[], config: Pick<Config, 'feeds'>): DeliveryJob[] {
  const jobs: DeliveryJob[] = [];
  let payload: string | null = null;
  for (const subscription of subscriptions) {
    if (!wantsEvent(subscription, event, config)) continue;
    payload ??= webhookPayload(event);
    jobs.push({
      jobId: deliverJobId(subscription.id, event.id),
      data: { subscriptionId: subscription.id, eventId: event.id, cursor, payload, ...(correlationId ? { correlationId } : {}) },
    });
  }
  return jobs;
}

export type FanOutIo = {
  store: Store;
  config: Pick<Config, 'feeds'>;
  enqueue: (jobs: DeliveryJob[]) => Promise<void>;
  /** Told how long a batch took from read to ack (the publish stage's metric). */
  observe?: (seconds: number) => void;
  /** More jobs for the same events (WebSub content distribution). */
  moreJobs?: (batch: LoggedEvent[]) => Promise<DeliveryJob[]>;
  /** Told of each event that failed alone (FANOUT_EVENT_FAILED), for the metrics. */
  onEventFailed?: (code: string) => void;
  log?: Logger;
  clock?: () => Date;
};

/**
 * One round of fan-out: read a batch of events (pending first, then new), add one deliver job per
 * interested subscription (job id = delivery id, so a crash between add and ack never duplicates),
 * then ack. An event that cannot be fanned out (unreadable, or matching/rendering it throws) fails
 * alone: it is logged as FANOUT_EVENT_FAILED, counted, written to every enabled subscription's
 * deliveries log and acked with the rest, so it never holds the batch back. Returns how many
 * entries were handled.
 */
export async function fanOutOnce(io: FanOutIo, consumer: string, options: { blockMs: number; count?: number }): Promise<number> {
  const batch = await io.store.events.readGroup(FANOUT_GROUP, consumer, { count: options.count ?? 100, blockMs: options.blockMs, claimIdleMs: 60_000 });
  if (batch.length === 0) return 0;
  const started = performance.now();
  const subscriptions = await io.store.subscriptions.list();
  const jobs: DeliveryJob[] = [];
  const failed: Array<{ cursor: string; eventId: string; error: FeedwrightError }> = [];
  const good: LoggedEvent[] = [];
  for (const entry of batch) {
    if (!isReadable(entry)) {
      failed.push({ cursor: entry.cursor, eventId: '', error: new FeedwrightError('FANOUT_EVENT_FAILED', `unreadable event: ${entry.unreadable}`) });
      continue;
    }
    try {
      jobs.push(...jobsFor(entry, subscriptions, io.config));
      good.push(entry);
    } catch (error) {
      failed.push({ cursor: entry.cursor, eventId: String(entry.event?.id ?? ''), error: eventFailure(error) });
    }
  }
  if (io.moreJobs && good.length > 0) {
    try {
      jobs.push(...(await io.moreJobs(good)));
    } catch {
      // One event broke the batch's WebSub rendering: redo it event by event to find it.
      for (const entry of good) {
        try {
          jobs.push(...(await io.moreJobs([entry])));
        } catch (error) {
          failed.push({ cursor: entry.cursor, eventId: entry.event.id, error: eventFailure(error) });
        }
      }
    }
  }
  await io.enqueue(jobs);
  if (failed.length > 0) await recordFailures(io, subscriptions, failed);
  await io.store.events.ack(
    FANOUT_GROUP,
    batch.map((e) => e.cursor),
  );
  io.observe?.((performance.now() - started) / 1000);
  return batch.length;
}

function eventFailure(error: unknown): FeedwrightError {
  const coded = toFeedwrightError(error);
  return new FeedwrightError('FANOUT_EVENT_FAILED', `fan-out of the event failed: ${coded.message}`, { cause: error });
}

/** Logs, counts and records each failed event, once per event. */
async function recordFailures(io: FanOutIo, subscriptions: Subscription[], failed: Array<{ cursor: string; eventId: string; error: FeedwrightError }>) {
  const at = (io.clock?.() ?? new Date()).toISOString();
  for (const { cursor, eventId, error } of failed) {
    io.log?.error({ err: error.cause ?? error, code: error.code, cursor, eventId }, `${error.message}; skipped, the other events go on`);
    io.onEventFailed?.(error.code);
    for (const subscription of subscriptions.filter((s) => s.enabled)) {
      await io.store.deliveries.record(subscription.id, {
        at,
        webhookId: '',
        eventId,
        cursor,
        attempt: 1,
        manual: false,
        outcome: 'failed',
        status: null,
        durationMs: null,
        code: error.code,
        message: error.message,
        nextAttemptAt: null,
      });
    }
  }
}
