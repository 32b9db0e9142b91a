import { randomBytes } from 'node:crypto';
import type { ArticleEventType } from '@feedwright/core/jobs.ts';
import type { Redis } from 'ioredis';
import type { StoreKeys } from './store-keys.ts';

/** A webhook subscription. `secret` is a Standard Webhooks secret (`whsec_` + base64). */
export type Subscription = {
  id: string;
  url: string;
  /** Feed ids whose events are delivered; null = all. */
  feeds: string[] | null;
  events: ArticleEventType[];
  secret: string;
  createdAt: string;
  enabled: boolean;
  disabledReason: string | null;
};

/** The public view of a subscription: never the secret. */
export type PublicSubscription = Omit<Subscription, 'secret'>;

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>;

/** Creates a Standard Webhooks signing secret: `whsec_` + 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Webhook subscriptions, one hash field each. */
export function createSubscriptionRepository(redis: Redis, keys: StoreKeys) {
  async function create(input: { url: string; feeds: string[] | null; events: ArticleEventType[]; now: Date; id?: string; secret?: string }): Promise<Subscription> {
    const subscription: Subscription = {
      id: input.id ?? `sub_${randomBytes(12).toString('hex')}`,
      url: input.url,
      feeds: input.feeds,
      events: input.events,
      secret: input.secret ?? newWebhookSecret(),
      createdAt: input.now.toISOString(),
      enabled: true,
      disabledReason: null,
    };
    await redis.hset(keys.subscriptions, subscription.id, JSON.stringify(subscription));
    return subscription;
  }

  async function get(id: string): Promise<Subscription | null> {
    const json = await redis.hget(keys.subscriptions, id);
    return json === null ? null : (JSON.parse(json) as Subscription);
  }

  async function list(): Promise<Subscription[]> {
    const all = await redis.hvals(keys.subscriptions);
    return all.map((json) => JSON.parse(json) as Subscription).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async function remove(id: string): Promise<boolean> {
    return (await redis.hdel(keys.subscriptions, id)) === 1;
  }

  async function disable(id: string, reason: string): Promise<void> {
    const current = await get(id);
    if (current) await redis.hset(keys.subscriptions, id, JSON.stringify({ ...current, enabled: false, disabledReason: reason }));
  }

  return { create, get, list, remove, disable };
}

/** Strips the secret for API responses. */
export function publicSubscription({ secret: _secret, ...rest }: Subscription): PublicSubscription {
  return rest;
}
