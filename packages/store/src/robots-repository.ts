import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** A cached robots.txt answer: the text, or the coded failure that kept us from reading it. */
export type CachedRobots = { text: string; fetchedAt: string } | { errorCode: string; errorMessage: string; fetchedAt: string };

export type RobotsRepository = ReturnType<typeof createRobotsRepository>;

/** robots.txt per origin, shared by every process, kept for a TTL (a day for answers, minutes for failures). */
export function createRobotsRepository(redis: RedisClient, keys: StoreKeys) {
  async function get(origin: string): Promise<CachedRobots | null> {
    const raw = await redis.get(keys.robots(origin));
    return raw ? (JSON.parse(raw) as CachedRobots) : null;
  }

  async function set(origin: string, value: CachedRobots, ttlMs: number): Promise<void> {
    await redis.set(keys.robots(origin), JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)));
  }

  return { get, set };
}
