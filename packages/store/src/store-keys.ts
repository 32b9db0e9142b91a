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
    /** Sources added at run time (`POST /api/sources`): id → JSON. */
    sources: `${p}:sources`,
    /** Ids of paused sources (from YAML or the API). */
    sourcesPaused: `${p}:sources:paused`,
    /** Pub/sub channel: a source was added, changed, removed, paused or resumed. */
    sourcesChanged: `${p}:sources:changed`,
  };
}
