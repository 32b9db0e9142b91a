/**
 * Every Redis key the store uses, in one place. `prefix` separates installations (and tests);
 * wrap it in braces (`{fw}`) to keep all keys in one Redis Cluster slot.
 */
export type StoreKeys = ReturnType<typeof storeKeys>;

/** Builds the key names for one installation prefix. */
export function storeKeys(prefix: string) {
  const p = `${prefix}:store`;
  return {
    article: (id: string) => `${p}:article:${id}`,
    sourceArticles: (sourceId: string) => `${p}:source:${sourceId}:articles`,
    sourceVersion: (sourceId: string) => `${p}:source:${sourceId}:version`,
    sourceHealth: (sourceId: string) => `${p}:source:${sourceId}:health`,
    /** Seen URLs, bucketed by the first 3 hex digits of the id: field = the next 13 digits, value = the day (since 1970) it was last listed or fetched. */
    seenBucket: (bucket: string) => `${p}:seen:${bucket}`,
    /** The seen set of earlier versions (one SET of ids), folded into the buckets by the retention job. */
    seenLegacy: `${p}:seen`,
    /** The next seen bucket the retention job sweeps for expired entries. */
    seenSweepCursor: `${p}:retention:seen-cursor`,
    /** Every source id that ever stored an article or was configured (so removed sources are retired too). */
    knownSources: `${p}:retention:sources`,
    /** Removed item counts by kind (articles, events, deliveries, health, seen), for /metrics. */
    retentionRemoved: `${p}:retention:removed`,
    validators: (urlId: string) => `${p}:validators:${urlId}`,
    events: `${p}:events`,
    subscriptions: `${p}:subscriptions`,
    deliveries: (subscriptionId: string) => `${p}:subscription:${subscriptionId}:deliveries`,
    /** Per-host politeness: `blockedUntil` (Retry-After) and the rate limiter's next start time. */
    host: (host: string) => `${p}:host:${host}`,
    /** Per-host requests in flight: lease id → expiry (epoch ms). */
    hostInFlight: (host: string) => `${p}:host:${host}:inflight`,
    robots: (origin: string) => `${p}:robots:${origin}`,
    sourceState: (sourceId: string) => `${p}:source:${sourceId}:state`,
    /** subscription id → ISO time of the first failure since the last success. */
    subscriptionsFailingSince: `${p}:subscriptions:failing-since`,
    websubSubscriptions: `${p}:websub:subscriptions`,
  };
}
