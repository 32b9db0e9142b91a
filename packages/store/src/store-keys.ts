import { hashTag } from '@feedwright/core/hash-tag.ts';

/**
 * Every Redis key the store uses, in one place. `prefix` separates installations (and tests).
 * Keys that one Lua script or MULTI touches together share a Redis Cluster hash tag (docs/redis.md):
 * - `{P:content}`: articles, per-source indexes and versions, the event log, the seen buckets (and
 *   their sweep cursor), HTTP validators and per-source health. The upsert script writes an article,
 *   its index entry and its event atomically, and the event log is one ordered stream, so these
 *   cannot be spread without partitioning the log; the worker's seen/validator/health writes ride in
 *   the same script, and the seen reads, writes and sweeps are pipelines within this one slot.
 * - `{P:subscriptions}`: subscriptions, their failing-since times and delivery logs (one MULTI removes all three).
 * - `{P:host:<host>}`: one host's politeness budget, its in-flight leases and its waiting polls (one script), per host.
 * - `{P:sources}`: run-time sources and the paused set (one MULTI removes a source from both).
 * Keys no script shares (robots per origin, poll state per source, WebSub subscriptions, the fetch
 * backlog, the seen set of earlier versions, retention's known sources and removed counts) carry no
 * tag and spread over the cluster by their own name.
 */
export type StoreKeys = ReturnType<typeof storeKeys>;

/** Builds the key names for one installation prefix. */
export function storeKeys(prefix: string) {
  const p = `${prefix}:store`;
  const content = `${p}:${hashTag(prefix, 'content')}`;
  const subscriptions = `${p}:${hashTag(prefix, 'subscriptions')}`;
  const host = (name: string) => `${p}:${hashTag(prefix, `host:${name}`)}`;
  const sources = `${p}:${hashTag(prefix, 'sources')}`;
  return {
    article: (id: string) => `${content}:article:${id}`,
    sourceArticles: (sourceId: string) => `${content}:source:${sourceId}:articles`,
    sourceVersion: (sourceId: string) => `${content}:source:${sourceId}:version`,
    sourceHealth: (sourceId: string) => `${content}:source:${sourceId}:health`,
    /** Seen URLs, bucketed by the first 3 hex digits of the id: field = the next 13 digits, value = the day (since 1970) it was last listed or fetched. */
    seenBucket: (bucket: string) => `${content}:seen:${bucket}`,
    /** The seen set of earlier versions (one SET of ids, untagged as they wrote it), folded into the buckets by the retention job. */
    seenLegacy: `${p}:seen`,
    /** The next seen bucket the retention job sweeps for expired entries (set in the same pipeline as the sweep, so beside the buckets). */
    seenSweepCursor: `${content}:retention:seen-cursor`,
    /** Every source id that ever stored an article or was configured (so removed sources are retired too). */
    knownSources: `${p}:retention:sources`,
    /** Removed item counts by kind (articles, events, deliveries, health, seen), for /metrics. */
    retentionRemoved: `${p}:retention:removed`,
    validators: (urlId: string) => `${content}:validators:${urlId}`,
    events: `${content}:events`,
    subscriptions: `${subscriptions}:subscriptions`,
    deliveries: (subscriptionId: string) => `${subscriptions}:subscription:${subscriptionId}:deliveries`,
    /** subscription id → ISO time of the first failure since the last success. */
    subscriptionsFailingSince: `${subscriptions}:failing-since`,
    /** Per-host politeness: `blockedUntil` (Retry-After) and the rate limiter's next start time. */
    host: (name: string) => `${host(name)}:budget`,
    /** Per-host requests in flight: lease id → expiry (epoch ms). */
    hostInFlight: (name: string) => `${host(name)}:inflight`,
    /** Per-host polls waiting for a slot (they go first): waiter id → when its mark lapses (epoch ms). */
    hostWaiting: (name: string) => `${host(name)}:waiting`,
    robots: (origin: string) => `${p}:robots:${origin}`,
    sourceState: (sourceId: string) => `${p}:source:${sourceId}:state`,
    websubSubscriptions: `${p}:websub:subscriptions`,
    /** Sources added at run time (`POST /api/sources`): id → JSON. */
    sources: `${sources}:sources`,
    /** Ids of paused sources (from YAML or the API); removed with their source in one MULTI. */
    sourcesPaused: `${sources}:paused`,
    /** Pub/sub channel (not a key): a source was added, changed, removed, paused or resumed. */
    sourcesChanged: `${p}:sources:changed`,
    /** source id → fetch jobs queued and not yet started (fetch-queue fairness). */
    fetchBacklog: `${p}:fetch-backlog`,
  };
}
