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
    seen: `${p}:seen`,
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
    /** source id → fetch jobs queued and not yet started (fetch-queue fairness). */
    fetchBacklog: `${p}:fetch-backlog`,
  };
}
