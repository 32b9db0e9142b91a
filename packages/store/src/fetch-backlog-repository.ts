import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

export type FetchBacklogRepository = ReturnType<typeof createFetchBacklogRepository>;

// Never below zero: a job removed by hand, then started, must not leave a negative backlog.
const TAKE_SCRIPT = `
local n = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if n > 0 then return redis.call('HINCRBY', KEYS[1], ARGV[1], -1) end
return 0
`;

/**
 * Per source, the number of its fetch jobs that are queued and not yet started. The fetch queue's
 * priorities are derived from it, so a source with a large backlog queues behind one without.
 */
export function createFetchBacklogRepository(redis: RedisClient, keys: StoreKeys) {
  /** The backlog of a source (0 when unknown). */
  async function get(sourceId: string): Promise<number> {
    return Number((await redis.hget(keys.fetchBacklog, sourceId)) ?? 0);
  }

  /** Counts `count` jobs added for a source. */
  async function add(sourceId: string, count: number): Promise<void> {
    if (count > 0) await redis.hincrby(keys.fetchBacklog, sourceId, count);
  }

  /** Counts one job of a source as started (never below zero). */
  async function take(sourceId: string): Promise<void> {
    await redis.eval(TAKE_SCRIPT, 1, keys.fetchBacklog, sourceId);
  }

  /** Caps a source's backlog at `max` (the jobs actually waiting): heals a count that drifted up. */
  async function clamp(sourceId: string, max: number): Promise<number> {
    const current = await get(sourceId);
    if (current <= max) return current;
    await redis.hset(keys.fetchBacklog, sourceId, max);
    return max;
  }

  return { get, add, take, clamp };
}
