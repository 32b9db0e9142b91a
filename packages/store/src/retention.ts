import type { RedisClient } from './redis-client.ts';
import type { ArticleRepository } from './article-repository.ts';
import type { DeliveryLog } from './delivery-log.ts';
import type { EventLog } from './event-log.ts';
import type { HealthRepository } from './health-repository.ts';
import type { SeenRepository } from './seen-repository.ts';
import type { StoreKeys } from './store-keys.ts';

/** What one retention step keeps (all ages in ms). Built from `retention` in feedwright.yaml. */
export type RetentionPlan = {
  /** Configured sources with their article limits. */
  sources: ReadonlyArray<{ id: string; maxAgeMs: number; maxArticles: number }>;
  /** Limits for sources that stored articles but are no longer configured. */
  retired: { maxAgeMs: number; maxArticles: number };
  seenForMs: number;
  eventsMaxAgeMs: number;
  deliveriesMaxAgeMs: number;
  healthMaxAgeMs: number;
  /** At most this many removals of each kind per source (articles), per subscription (deliveries), per step (events, legacy seen ids). */
  batch: number;
  /** Seen buckets swept per step (4,096 in all). */
  seenBuckets: number;
};

export const REMOVED_KINDS = ['articles', 'events', 'deliveries', 'health', 'seen'] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];
export type RemovedCounts = Record<RemovedKind, number>;

export type Retention = ReturnType<typeof createRetention>;

/**
 * Retention: one bounded step removes what the plan no longer keeps, by the injected clock `now`.
 * Every Redis call is small (one article, one bucket, one log, one stream node range), so a step
 * never blocks Redis, however much is due; what is left waits for the next step. Counts of removed
 * items are added up in Redis for /metrics.
 */
export function createRetention(
  redis: RedisClient,
  keys: StoreKeys,
  parts: { articles: ArticleRepository; events: EventLog; deliveries: DeliveryLog; health: HealthRepository; seen: SeenRepository },
) {
  /** Runs one step at `now`; returns what it removed. */
  async function step(plan: RetentionPlan, now: Date): Promise<RemovedCounts> {
    const removed: RemovedCounts = { articles: 0, events: 0, deliveries: 0, health: 0, seen: 0 };
    const at = (ageMs: number) => new Date(now.getTime() - ageMs);
    const configured = new Map(plan.sources.map((s) => [s.id, s]));
    if (configured.size > 0) await redis.sadd(keys.knownSources, ...configured.keys());
    const known = await redis.smembers(keys.knownSources);

    for (const sourceId of known) {
      const policy = configured.get(sourceId) ?? plan.retired;
      const ids = await parts.articles.expiredIds(sourceId, at(policy.maxAgeMs).getTime(), policy.maxArticles, plan.batch);
      removed.articles += await parts.articles.remove(sourceId, ids);
      const retired = !configured.has(sourceId);
      removed.health += await parts.health.trimBefore(sourceId, at(plan.healthMaxAgeMs), retired);
      // A retired source is forgotten once it has no articles and no health left.
      if (retired && (await parts.articles.count(sourceId)) === 0 && (await redis.exists(keys.sourceHealth(sourceId))) === 0)
        await redis.srem(keys.knownSources, sourceId);
    }

    removed.events += await parts.events.trimBefore(at(plan.eventsMaxAgeMs), plan.batch);
    for (const subscriptionId of await redis.hkeys(keys.subscriptions)) {
      removed.deliveries += await parts.deliveries.trimBefore(subscriptionId, at(plan.deliveriesMaxAgeMs), plan.batch);
    }
    await parts.seen.migrateLegacy(now, plan.batch);
    removed.seen += await parts.seen.sweep(now, plan.seenForMs, plan.seenBuckets);

    const counted = redis.multi();
    for (const kind of REMOVED_KINDS) if (removed[kind] > 0) counted.hincrby(keys.retentionRemoved, kind, removed[kind]);
    if (counted.length > 0) await counted.exec();
    return removed;
  }

  /** Removed items so far, by kind (since the installation began; for /metrics). */
  async function removedTotals(): Promise<RemovedCounts> {
    const totals = await redis.hgetall(keys.retentionRemoved);
    return Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, Number(totals[kind] ?? 0)])) as RemovedCounts;
  }

  return { step, removedTotals };
}
