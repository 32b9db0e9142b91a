import { randomBytes } from 'node:crypto';
import type { ArticleEventType } from '@feedwright/core/jobs.ts';
import type { RedisClient } from './redis-client.ts';
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
  /** Secrets replaced by a rotation that still sign deliveries until `expiresAt`. */
  previousSecrets?: Array<{ secret: string; expiresAt: string }>;
  /** When deliveries started failing without a success since (null while healthy). Read-only: kept apart from the record. */
  failingSince?: string | null;
};

/** The public view of a subscription: never a secret. */
export type PublicSubscription = Omit<Subscription, 'secret' | 'previousSecrets'> & { failingSince: string | null; secretRotatedUntil: string | null };

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>;

/** Creates a Standard Webhooks signing secret: `whsec_` + 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Webhook subscriptions, one hash field each. */
export function createSubscriptionRepository(redis: RedisClient, keys: StoreKeys) {
  async function create(input: {
    url: string;
    feeds: string[] | null;
    events: ArticleEventType[];
    now: Date;
    id?: string;
    secret?: string;
  }): Promise<Subscription> {
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
    const [json, failingSince] = await redis
      .pipeline()
      .hget(keys.subscriptions, id)
      .hget(keys.subscriptionsFailingSince, id)
      .exec()
      .then((rows) => (rows ?? []).map(([, v]) => v as string | null));
    return json == null ? null : { ...(JSON.parse(json) as Subscription), failingSince: failingSince ?? null };
  }

  async function list(): Promise<Subscription[]> {
    const [all, failing] = await Promise.all([redis.hvals(keys.subscriptions), redis.hgetall(keys.subscriptionsFailingSince)]);
    return all
      .map((json) => JSON.parse(json) as Subscription)
      .map((s) => ({ ...s, failingSince: failing[s.id] ?? null }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async function remove(id: string): Promise<boolean> {
    const [[, removed] = [null, 0]] =
      (await redis.multi().hdel(keys.subscriptions, id).hdel(keys.subscriptionsFailingSince, id).del(keys.deliveries(id)).exec()) ?? [];
    return removed === 1;
  }

  /** Writes a subscription as given (its failure streak is kept apart and left alone). */
  async function save(subscription: Subscription): Promise<void> {
    const { failingSince: _failingSince, ...record } = subscription;
    await redis.hset(keys.subscriptions, subscription.id, JSON.stringify(record));
  }

  async function disable(id: string, reason: string): Promise<void> {
    const current = await get(id);
    if (current) await save({ ...current, enabled: false, disabledReason: reason });
  }

  /** Enables a subscription again and forgets its failure streak. */
  async function enable(id: string): Promise<Subscription | null> {
    const current = await get(id);
    if (!current) return null;
    await save({ ...current, enabled: true, disabledReason: null });
    await redis.hdel(keys.subscriptionsFailingSince, id);
    return { ...current, enabled: true, disabledReason: null, failingSince: null };
  }

  /**
   * Replaces the secret; the old one keeps signing (beside the new one) for `graceMs`, so
   * receivers can switch without losing a delivery. Expired previous secrets are dropped.
   */
  async function rotateSecret(id: string, now: Date, graceMs: number): Promise<Subscription | null> {
    const current = await get(id);
    if (!current) return null;
    const stillValid = (current.previousSecrets ?? []).filter((p) => Date.parse(p.expiresAt) > now.getTime());
    const rotated: Subscription = {
      ...current,
      secret: newWebhookSecret(),
      previousSecrets: [...stillValid, { secret: current.secret, expiresAt: new Date(now.getTime() + graceMs).toISOString() }],
    };
    await save(rotated);
    return rotated;
  }

  /** Records a failed delivery; returns the start of the failure streak (kept from the first failure). */
  async function noteFailure(id: string, now: Date): Promise<Date> {
    await redis.hsetnx(keys.subscriptionsFailingSince, id, now.toISOString());
    const since = await redis.hget(keys.subscriptionsFailingSince, id);
    return new Date(since ?? now.toISOString());
  }

  /** Records a successful delivery: the failure streak ends. */
  async function noteSuccess(id: string): Promise<void> {
    await redis.hdel(keys.subscriptionsFailingSince, id);
  }

  return { create, get, list, save, remove, disable, enable, rotateSecret, noteFailure, noteSuccess };
}

/** The secrets that sign a delivery at `now`: the current one, then previous ones still in their grace period. */
export function signingSecrets(subscription: Subscription, now: Date): string[] {
  return [subscription.secret, ...(subscription.previousSecrets ?? []).filter((p) => Date.parse(p.expiresAt) > now.getTime()).map((p) => p.secret)];
}

/** Strips the secrets for API responses. */
export function publicSubscription({ secret: _secret, previousSecrets, ...rest }: Subscription): PublicSubscription {
  const rotatedUntil =
    (previousSecrets ?? [])
      .map((p) => p.expiresAt)
      .sort()
      .at(-1) ?? null;
  return { ...rest, failingSince: rest.failingSince ?? null, secretRotatedUntil: rotatedUntil };
}
