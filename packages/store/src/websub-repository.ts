import { createHash } from 'node:crypto';
import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** A verified WebSub subscription: content for `topic` is POSTed to `callback` until `expiresAt`. */
export type WebSubSubscription = {
  id: string;
  topic: string;
  callback: string;
  /** `hub.secret` when the subscriber gave one (then every distribution carries X-Hub-Signature). */
  secret: string | null;
  leaseSeconds: number;
  expiresAt: string;
  verifiedAt: string;
};

export type WebSubRepository = ReturnType<typeof createWebSubRepository>;

/** The id of a (topic, callback) pair: WebSub identifies a subscription by both. No ":" (job ids). */
export function webSubId(topic: string, callback: string): string {
  return `ws_${createHash('sha256').update(`${topic}\n${callback}`).digest('hex').slice(0, 24)}`;
}

/** WebSub subscriptions of the hub, one hash field each. */
export function createWebSubRepository(redis: RedisClient, keys: StoreKeys) {
  async function save(subscription: WebSubSubscription): Promise<void> {
    await redis.hset(keys.websubSubscriptions, subscription.id, JSON.stringify(subscription));
  }

  async function get(id: string): Promise<WebSubSubscription | null> {
    const json = await redis.hget(keys.websubSubscriptions, id);
    return json === null ? null : (JSON.parse(json) as WebSubSubscription);
  }

  /** Subscriptions whose lease has not expired at `now`; expired ones are removed on the way. */
  async function listActive(now: Date): Promise<WebSubSubscription[]> {
    const all = (await redis.hvals(keys.websubSubscriptions)).map((json) => JSON.parse(json) as WebSubSubscription);
    const expired = all.filter((s) => Date.parse(s.expiresAt) <= now.getTime());
    if (expired.length > 0) await redis.hdel(keys.websubSubscriptions, ...expired.map((s) => s.id));
    return all.filter((s) => Date.parse(s.expiresAt) > now.getTime());
  }

  async function remove(id: string): Promise<boolean> {
    return (await redis.hdel(keys.websubSubscriptions, id)) === 1;
  }

  return { save, get, listActive, remove };
}
