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
    /** subscription id → ISO time of the first failure since the last success. */
    subscriptionsFailingSince: `${p}:subscriptions:failing-since`,
    websubSubscriptions: `${p}:websub:subscriptions`,
  };
}
