import { FeedwrightError } from '@feedwright/core/errors.ts';
import { deliveryId } from '@feedwright/core/ids.ts';
import type { DeliverJob } from '@feedwright/core/jobs.ts';
import type { Subscription } from '@feedwright/store/subscription-repository.ts';
import { Webhook } from 'standardwebhooks';
import { fetch, type Dispatcher } from 'undici';

export type DeliveryAttempt = { webhookId: string; status: number | null; durationMs: number };

/**
 * POSTs one event to one subscription, signed per Standard Webhooks. The `webhook-id` is the same
 * on every retry, so receivers can dedupe. 2xx is success; 410 is permanent (DELIVERY_GONE);
 * anything else, including 3xx and timeouts, is a transient DELIVERY_FAILED.
 */
export async function deliverWebhook(
  job: DeliverJob,
  subscription: Subscription,
  io: { now: Date; timeoutMs: number; userAgent: string; dispatcher?: Dispatcher },
): Promise<DeliveryAttempt> {
  const webhookId = deliveryId(subscription.id, job.eventId);
  const signature = new Webhook(subscription.secret).sign(webhookId, io.now, job.payload);
  const started = performance.now();
  let response;
  try {
    response = await fetch(subscription.url, {
      method: 'POST',
      body: job.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(io.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': io.userAgent,
        'webhook-id': webhookId,
        'webhook-timestamp': String(Math.floor(io.now.getTime() / 1000)),
        'webhook-signature': signature,
      },
      ...(io.dispatcher ? { dispatcher: io.dispatcher } : {}),
    });
    // Drain the body so the connection can be reused; receivers' answers are not used.
    await response.arrayBuffer().catch(() => undefined);
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new FeedwrightError('DELIVERY_FAILED', timedOut ? `no answer within ${io.timeoutMs} ms` : `network error: ${(error as Error).message}`, {
      cause: error,
      details: { webhookId, url: subscription.url },
    });
  }
  const durationMs = Math.round(performance.now() - started);
  if (response.status >= 200 && response.status < 300) return { webhookId, status: response.status, durationMs };
  if (response.status === 410) {
    throw new FeedwrightError('DELIVERY_GONE', `endpoint answered 410 Gone`, { details: { webhookId, url: subscription.url, status: 410 } });
  }
  throw new FeedwrightError('DELIVERY_FAILED', `endpoint answered ${response.status}`, { details: { webhookId, url: subscription.url, status: response.status } });
}
