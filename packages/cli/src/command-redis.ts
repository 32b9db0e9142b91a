import { FeedwrightError } from '@feedwright/core/errors.ts';
import { describeRedisTopology } from '@feedwright/core/redis-topology.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import { openRedis } from './redis-connection.ts';

/**
 * A Redis connection for a one-shot command (`add`, `config export`), on the same topology as the
 * services: it fails with REDIS_UNAVAILABLE when Redis does not answer within `timeoutMs`, instead
 * of waiting for it the way the services do.
 */
export async function connectForCommand(env: RuntimeEnv, timeoutMs = 5000): Promise<RedisClient> {
  const topology = env.redis ?? { kind: 'single' as const, url: env.redisUrl };
  const redis = openRedis(topology);
  redis.on('error', () => undefined);
  try {
    await Promise.race([redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref())]);
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new FeedwrightError('REDIS_UNAVAILABLE', `Redis (${describeRedisTopology(topology)}) did not answer: ${(error as Error).message}`, { cause: error });
  }
}
