import type { StoredArticle } from './article.ts';

/**
 * Every message that crosses a service boundary, in one place.
 *
 * | producer                  | channel                      | consumer                  |
 * |---------------------------|------------------------------|---------------------------|
 * | poller (job scheduler)    | queue `discover` PollJob     | poller                    |
 * | poller, worker (rechecks) | queue `fetch` FetchJob       | worker                    |
 * | worker (store upsert)     | stream `events` ArticleEvent | publisher (consumer group)|
 * | publisher (fan-out)       | queue `deliver` DeliverJob   | publisher delivery worker |
 * | poller (job scheduler)    | queue `maintenance` MaintenanceJob | poller              |
 */

export const QUEUES = { discover: 'discover', fetch: 'fetch', deliver: 'deliver', maintenance: 'maintenance' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Poll one source's discovery routes. Job id: the scheduler's (`poll-<sourceId>`). */
export type PollJob = { sourceId: string };

/** Housekeeping on a schedule: `retention` runs one bounded retention step. Job id: the scheduler's (`retention`). */
export type MaintenanceJob = { task: 'retention' };

/** Fetch and extract one article page. Job id: articleId(url) for discoveries, `recheck-<id>-<n>` for re-checks. */
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

export type ArticleEventType = 'article.created' | 'article.updated';
export const ARTICLE_EVENT_TYPES: readonly ArticleEventType[] = ['article.created', 'article.updated'];

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

/** Deliver one event to one subscription. Job id: deliveryId(subscriptionId, eventId). */
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
