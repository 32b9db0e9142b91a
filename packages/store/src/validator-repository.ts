import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

export type HttpValidators = { etag: string | null; lastModified: string | null };
/** How long a URL's ETag / Last-Modified are kept after its last fetch (30 days). */
export const VALIDATOR_TTL_SECONDS = 30 * 86_400;

export type ValidatorRepository = ReturnType<typeof createValidatorRepository>;

/** ETag / Last-Modified per URL fetched repeatedly, so the next request can be conditional. */
export function createValidatorRepository(redis: RedisClient, keys: StoreKeys, options: { ttlSeconds?: number } = {}) {
  const ttl = options.ttlSeconds ?? VALIDATOR_TTL_SECONDS;

  async function get(urlId: string): Promise<HttpValidators> {
    const [etag, lastModified] = await redis.hmget(keys.validators(urlId), 'etag', 'lastModified');
    return { etag: etag ?? null, lastModified: lastModified ?? null };
  }

  async function set(urlId: string, validators: HttpValidators): Promise<void> {
    const key = keys.validators(urlId);
    const fields: string[] = [];
    if (validators.etag) fields.push('etag', validators.etag);
    if (validators.lastModified) fields.push('lastModified', validators.lastModified);
    if (fields.length === 0) {
      await redis.del(key);
      return;
    }
    await redis
      .multi()
      .del(key)
      .hset(key, ...fields)
      .expire(key, ttl)
      .exec();
  }

  return { get, set };
}
