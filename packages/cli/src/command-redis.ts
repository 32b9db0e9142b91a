import { FeedwrightError } from '@feedwright/core/errors.ts';
import { Redis } from 'ioredis';

/**
 * A Redis connection for a one-shot command (`add`, `config export`): it fails fast with
 * REDIS_UNAVAILABLE instead of waiting for Redis the way the services do.
 */
export async function connectForCommand(url: string): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: (times) => (times > 2 ? null : 200), lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new FeedwrightError('REDIS_UNAVAILABLE', `Redis did not answer at ${url.replace(/\/\/[^@]*@/, '//***@')}`, { cause: error });
  }
}
