import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

export type SeenRepository = ReturnType<typeof createSeenRepository>;

/**
 * The permanent "seen" record: URL ids that were fetched and stored once. Together with BullMQ's
 * job-id dedupe (in-flight work) it makes discovery enqueue every story exactly once.
 */
export function createSeenRepository(redis: RedisClient, keys: StoreKeys) {
  /** Returns the ids among `ids` that were never marked seen. */
  async function filterUnseen(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const flags = await redis.smismember(keys.seen, ...ids);
    return ids.filter((_, i) => flags[i] === 0);
  }

  /** Marks ids as seen forever. */
  async function markSeen(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await redis.sadd(keys.seen, ...ids);
  }

  return { filterUnseen, markSeen };
}
