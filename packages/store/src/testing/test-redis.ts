import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { deleteKeys } from '../delete-keys.ts';

/** The Redis the tests talk to (a real one; `.ci/run` starts it when none answers). */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A unique key prefix per test, a connection, and a cleanup that deletes every key under it. */
export async function openTestRedis(label = 'test'): Promise<{ redis: Redis; prefix: string; cleanup: () => Promise<void> }> {
  const prefix = `fwtest-${label}-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: false });
  await redis.ping();
  return {
    redis,
    prefix,
    async cleanup() {
      await deleteKeys(redis, `${prefix}:*`);
      redis.disconnect();
    },
  };
}
