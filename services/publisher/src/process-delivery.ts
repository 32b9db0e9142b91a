import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import type { Config } from '@feedwright/core/config.ts';
import { REDELIVER_JOB, type DeliverJob, type DeliverJobResult } from '@feedwright/core/jobs.ts';
import type { StageJob } from '@feedwright/core/stage-worker.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { DeliveryRecord } from '@feedwright/store/delivery-log.ts';
import type { Subscription } from '@feedwright/store/subscription-repository.ts';
import type { Dispatcher } from 'undici';
import { deliverWebhook, distributeWebSub } from './deliver-webhook.ts';

const SUBSCRIPTION_CACHE_MS = 1000;

/**
 * The delay before attempt `attemptsMade + 1`: the configured schedule with ±10 % jitter (so the
 * retries of many events spread out), never sooner than a 429/503's `Retry-After`.
 */
export function retryDelay(retry: readonly number[], attemptsMade: number, retryAfterMs: number | null, random = Math.random): number {
  const base = retry[Math.min(Math.max(attemptsMade - 1, 0), retry.length - 1)] ?? retry[0]!;
  const jittered = Math.round(base * (0.9 + random() * 0.2));
  return retryAfterMs === null ? jittered : Math.max(jittered, retryAfterMs);
}

/** BullMQ custom backoff: the delay the processor computed and put on the error, else the schedule. */
export function deliveryBackoff(retry: readonly number[]) {
  return (attemptsMade: number, _type?: string, error?: Error) => {
    const planned = error instanceof FeedwrightError ? error.details.delayMs : undefined;
    return typeof planned === 'number' ? planned : retryDelay(retry, attemptsMade, null);
  };
}

/** The ports of the deliver stage: the store, the clock and the outbound connection pool. */
export type DeliveryPorts = {
  store: Store;
  config: Config;
  clock: () => Date;
  dispatcher?: Dispatcher;
  hubUrl: string;
};

/**
 * The deliver queue's processor: one attempt of one delivery. Records every attempt in the
 * subscription's delivery log; 410 disables (webhooks) or unsubscribes (WebSub); a subscription
 * with no success for `delivery.disableAfter` is disabled with a reason saying so. Transient
 * failures rethrow (BullMQ retries on the schedule); permanent ones are non-transient codes, which
 * the stage worker fails at once.
 */
export function createDeliveryProcessor(io: DeliveryPorts) {
  const { store, config } = io;
  const post = { timeoutMs: config.delivery.timeout, userAgent: config.http.userAgent, ...(io.dispatcher ? { dispatcher: io.dispatcher } : {}) };

  async function processWebSub(job: StageJob<'deliver'>, websub: NonNullable<DeliverJob['websub']>): Promise<DeliverJobResult> {
    const now = io.clock();
    const subscription = await store.websub.get(job.data.subscriptionId);
    if (!subscription || Date.parse(subscription.expiresAt) <= now.getTime()) return { skipped: subscription ? 'lease expired' : 'unsubscribed' };
    try {
      return await distributeWebSub({ ...job.data, websub }, subscription, io.hubUrl, { ...post, now });
    } catch (error) {
      const coded = toFeedwrightError(error);
      if (coded.code === 'DELIVERY_GONE') {
        await store.websub.remove(subscription.id);
        throw coded;
      }
      coded.details.delayMs = retryDelay(config.delivery.retry, job.attempt, (coded.details.retryAfterMs as number | undefined) ?? null);
      throw coded;
    }
  }

  // An enabled subscription is read at most once a second per process: at 100 subscribers × many
  // events the lookup would otherwise be a Redis round trip per delivery. A rotation, disable or
  // delete takes effect within that second; a disabled or missing one is always read afresh, so
  // `enable` + `redeliver` work at once. Failure streaks are never cached (read on each failure).
  const cache = new Map<string, { at: number; subscription: Subscription }>();
  async function subscriptionFor(id: string, now: Date): Promise<Subscription | null> {
    const hit = cache.get(id);
    const age = hit ? now.getTime() - hit.at : Infinity;
    if (hit && age >= 0 && age < SUBSCRIPTION_CACHE_MS) return hit.subscription;
    const subscription = await store.subscriptions.get(id);
    if (cache.size > 10_000) cache.clear();
    if (subscription?.enabled) cache.set(id, { at: now.getTime(), subscription });
    else cache.delete(id);
    return subscription;
  }

  return async function processDelivery(job: StageJob<'deliver'>): Promise<DeliverJobResult> {
    if (job.data.websub) return processWebSub(job, job.data.websub);
    const now = io.clock();
    const attempt = job.attempt;
    const subscription = await subscriptionFor(job.data.subscriptionId, now);
    if (!subscription) return { skipped: 'deleted' };
    const base: Pick<DeliveryRecord, 'at' | 'eventId' | 'cursor' | 'attempt' | 'manual'> = {
      at: now.toISOString(),
      eventId: job.data.eventId,
      cursor: job.data.cursor,
      attempt,
      manual: job.name === REDELIVER_JOB,
    };
    if (!subscription.enabled) {
      const reason = `subscription disabled: ${subscription.disabledReason ?? 'by an admin'}`;
      await store.deliveries.record(subscription.id, {
        ...base,
        webhookId: '',
        outcome: 'skipped',
        status: null,
        durationMs: null,
        code: null,
        message: reason,
        nextAttemptAt: null,
      });
      return { skipped: reason };
    }
    try {
      const result = await deliverWebhook(job.data, subscription, { ...post, now });
      // Recording a delivered attempt also ends the failure streak (one round trip).
      await store.deliveries.record(subscription.id, {
        ...base,
        webhookId: result.webhookId,
        outcome: 'delivered',
        status: result.status,
        durationMs: result.durationMs,
        code: null,
        message: null,
        nextAttemptAt: null,
      });
      job.log.info({ webhookId: result.webhookId, status: result.status, attempt }, 'webhook delivered');
      return result;
    } catch (error) {
      const coded = toFeedwrightError(error);
      const since = await store.subscriptions.noteFailure(subscription.id, now);
      const failingMs = now.getTime() - since.getTime();
      const record = (extra: Partial<DeliveryRecord>) =>
        store.deliveries.record(subscription.id, {
          ...base,
          webhookId: String(coded.details.webhookId ?? ''),
          outcome: 'failed',
          status: (coded.details.status as number | null | undefined) ?? null,
          durationMs: (coded.details.durationMs as number | undefined) ?? null,
          code: coded.code,
          message: coded.message,
          nextAttemptAt: null,
          ...extra,
        });
      if (coded.code === 'DELIVERY_GONE') {
        cache.delete(subscription.id);
        await store.subscriptions.disable(subscription.id, `endpoint answered 410 Gone at ${now.toISOString()}`);
        await record({});
        throw coded;
      }
      if (failingMs >= config.delivery.disableAfter) {
        const disabled = new FeedwrightError(
          'DELIVERY_DISABLED',
          `no successful delivery since ${since.toISOString()} (${Math.floor(failingMs / 3_600_000)} h); last error: ${coded.message}`,
          { cause: coded },
        );
        const reason = `${disabled.code}: ${disabled.message}`;
        cache.delete(subscription.id);
        await store.subscriptions.disable(subscription.id, reason);
        await record({ code: 'DELIVERY_DISABLED', message: reason });
        throw disabled;
      }
      const willRetry = attempt < job.attempts;
      if (willRetry) coded.details.delayMs = retryDelay(config.delivery.retry, attempt, (coded.details.retryAfterMs as number | undefined) ?? null);
      await record({ nextAttemptAt: willRetry ? new Date(now.getTime() + (coded.details.delayMs as number)).toISOString() : null });
      throw coded;
    }
  };
}
