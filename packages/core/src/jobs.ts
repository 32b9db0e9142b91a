import type { StoredArticle } from './article.ts';
import { articleId, deliveryId } from './ids.ts';

/**
 * The stage contract: every message that crosses a service boundary, in one place. For each queue
 * its data type, result type (what metrics read), job id and job options; for the event stream
 * its event types. docs/architecture.md carries the same table.
 *
 * | producer                  | channel                      | data / result                    | consumer                  |
 * |---------------------------|------------------------------|----------------------------------|---------------------------|
 * | poller (job scheduler)    | queue `discover`             | PollJob → PollJobResult          | poller                    |
 * | poller, worker (rechecks) | queue `fetch`                | FetchJob → FetchJobResult        | worker                    |
 * | worker (store upsert)     | stream `events`              | ArticleEvent                     | publisher (consumer group)|
 * | publisher (fan-out, API)  | queue `deliver`              | DeliverJob → DeliverJobResult    | publisher delivery worker |
 * | retention (job scheduler) | queue `maintenance`          | MaintenanceJob → MaintenanceJobResult | retention (beside the poller) |
 */

export const QUEUES = { discover: 'discover', fetch: 'fetch', deliver: 'deliver', maintenance: 'maintenance' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Poll one source's discovery routes. Job id: the scheduler's, `pollJobId(sourceId)`. */
export type PollJob = { sourceId: string };

/** Housekeeping on a schedule: `retention` runs one bounded retention step. Job id: the scheduler's, `RETENTION_SCHEDULER_ID`. */
export type MaintenanceJob = { task: 'retention' };

/** Fetch and extract one article page. Job id: `fetchJobId(url)` for discoveries, `recheckJobId` for re-checks. */
export type FetchJob = {
  sourceId: string;
  /** Canonical URL as discovered. */
  url: string;
  reason: 'discovered' | 'recheck';
  /** Index into the source's `recheck` schedule of this re-check (re-checks only). */
  recheckIndex?: number;
  /** Follows a story from discovery to webhook in the logs. */
  correlationId: string;
};

/** The webhook event types, declared once: config, the admin API and the store read this list. */
export const ARTICLE_EVENT_TYPES = ['article.created', 'article.updated'] as const;
export type ArticleEventType = (typeof ARTICLE_EVENT_TYPES)[number];

/** What webhooks carry (Standard Webhooks payload shape: type, timestamp, data). */
export type ArticleEvent = {
  type: ArticleEventType;
  /** Stable per article version: the same job re-run yields the same id. */
  id: string;
  timestamp: string;
  data: {
    article: StoredArticle;
    /** For updates: which top-level fields changed. */
    changedFields?: string[];
  };
};

/** The JSON body of a webhook delivery of `event`, exactly as signed (Standard Webhooks: type, timestamp, data). */
export function webhookPayload(event: ArticleEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
}

/** Deliver one event to one subscription. Job id: `deliveryId(subscriptionId, eventId)`. */
export type DeliverJob = {
  subscriptionId: string;
  eventId: string;
  /** The Redis Stream entry id of the event (the replay cursor). */
  cursor: string;
  /** The JSON body to POST, exactly as signed. */
  payload: string;
  correlationId?: string;
  /** Set for WebSub content distribution: the topic (feed URL) and the payload's media type. */
  websub?: { topic: string; contentType: string };
};

/** How one discovery route of a poll ended, per host (the `feedwright_fetch_outcomes_total` labels). */
export type RouteOutcome = { host: string; outcome: string };

/** What a poll job returns. `durationMs` and `routes` are absent when the poll was skipped (not due). */
export type PollJobResult = { enqueued: number; skipped?: boolean; durationMs?: number; routes?: RouteOutcome[] };

/**
 * What a fetch job returns: the store's verdict (`evicted`: a re-check of a story retention removed;
 * `expired`: a story already past its source's `maxAge`, remembered as seen but not stored), the
 * host fetched and milliseconds per stage.
 */
export type FetchJobResult = {
  status: 'created' | 'updated' | 'unchanged' | 'not-modified' | 'evicted' | 'expired';
  articleId: string | null;
  host: string;
  timings: { fetch: number; extract?: number; store?: number };
};

/** What a delivery job returns: the attempt that succeeded, or why nothing was sent. */
export type DeliverJobResult = { webhookId: string; status: number | null; durationMs: number } | { skipped: string };

/** What a retention step returns: items removed, by kind (articles, events, deliveries, health, seen). */
export type MaintenanceJobResult = { removed: Record<string, number> };

/** Per queue: its data and its result. */
export type StageJobs = {
  discover: { data: PollJob; result: PollJobResult };
  fetch: { data: FetchJob; result: FetchJobResult };
  deliver: { data: DeliverJob; result: DeliverJobResult };
  maintenance: { data: MaintenanceJob; result: MaintenanceJobResult };
};
export type StageData<Q extends QueueName> = StageJobs[Q]['data'];
export type StageResult<Q extends QueueName> = StageJobs[Q]['result'];
/** The one typed union of job payloads: a queue name with its data. */
export type StagePayload = { [Q in QueueName]: { queue: Q; data: StageData<Q> } }[QueueName];

/** The job scheduler id of a source's polls. */
export function pollJobId(sourceId: string): string {
  return `poll-${sourceId}`;
}

/** The job id of a discovered article: its URL's id, so BullMQ ignores a second add (in-flight dedupe). */
export function fetchJobId(url: string): string {
  return articleId(url);
}

/**
 * The job id of the n-th re-check of a story. A 304 answer carries no article id, so the URL's id
 * stands in: a raw URL would put ":" in the job id, which BullMQ refuses.
 */
export function recheckJobId(articleIdValue: string | null, url: string, index: number): string {
  return `recheck-${articleIdValue ?? articleId(url)}-${index}`;
}

/** The job id of an automatic delivery (the `webhook-id` receivers dedupe on). */
export function deliverJobId(subscriptionId: string, eventIdValue: string): string {
  return deliveryId(subscriptionId, eventIdValue);
}

/** The job id of a manual redelivery: a fresh job, so it runs even when the automatic one completed. */
export function redeliverJobId(subscriptionId: string, eventIdValue: string, now: Date): string {
  return `${deliveryId(subscriptionId, eventIdValue)}-manual-${now.getTime()}`;
}

/** Job name of a manual redelivery (an admin asked for it); automatic deliveries are "deliver". */
export const REDELIVER_JOB = 'redeliver';

/** The job scheduler id of the retention steps (one scheduler, cluster-wide). */
export const RETENTION_SCHEDULER_ID = 'retention';

/** Options of the maintenance jobs the retention scheduler creates. */
export const MAINTENANCE_JOB_OPTIONS = { removeOnComplete: 100, removeOnFail: 100 } as const;

/** Options of the poll jobs the schedulers create. */
export const POLL_JOB_OPTIONS = { removeOnComplete: 100, removeOnFail: 100 } as const;

/** Options every discovered fetch job gets: transient failures retry with exponential back-off. */
export const FETCH_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  // Failed jobs are kept a week: their job id keeps the URL from being re-enqueued every poll.
  removeOnFail: { age: 7 * 86_400 },
} as const;

/** Options of re-check jobs. */
export const RECHECK_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

/**
 * Options of a delivery job: one attempt per `delivery.retry` delay plus the first, on the `webhook`
 * back-off. Finished jobs (their payload included) are kept for `keepMs`, the installation's
 * `retention.deliveries`, like the delivery log; at most 100,000 completed ones. While a job is
 * kept, its id (subscription + event) stops a second fan-out of the same event from delivering it
 * again.
 */
export function deliverJobOptions(retry: readonly number[], jobId: string, keepMs: number) {
  const age = Math.max(1, Math.ceil(keepMs / 1000));
  return {
    jobId,
    attempts: retry.length + 1,
    backoff: { type: 'webhook' },
    removeOnComplete: { age, count: 100_000 },
    removeOnFail: { age },
  };
}
