import { createHmac } from 'node:crypto';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { deliveryId } from '@feedwright/core/ids.ts';
import { parseRetryAfter } from '@feedwright/http/retry-after.ts';
import type { DeliverJob } from '@feedwright/core/jobs.ts';
import { signingSecrets, type Subscription } from '@feedwright/store/subscription-repository.ts';
import type { WebSubSubscription } from '@feedwright/store/websub-repository.ts';
import { Webhook } from 'standardwebhooks';
import { fetch, type Dispatcher } from 'undici';

export type DeliveryAttempt = { webhookId: string; status: number | null; durationMs: number };

type PostIo = { now: Date; timeoutMs: number; userAgent: string; dispatcher?: Dispatcher };

/** Longest `Retry-After` honoured (a receiver cannot park a delivery for longer than this). */
const MAX_RETRY_AFTER_MS = 86_400_000;

/** A receiver's `Retry-After` in ms (the one parser, packages/http), capped at MAX_RETRY_AFTER_MS; null when absent or invalid. */
function receiverRetryAfter(value: string | null, now: Date): number | null {
  const ms = parseRetryAfter(value, now.getTime());
  return ms === undefined ? null : Math.min(ms, MAX_RETRY_AFTER_MS);
}

/** The URL with any user:password replaced by `***`. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '***';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * POSTs `body` and classifies the answer: 2xx is success; 410 is permanent (DELIVERY_GONE);
 * anything else, including 3xx (redirects are not followed), timeouts and network errors, is a
 * transient DELIVERY_FAILED whose details carry `retryAfterMs` when a 429/503 said when to return.
 */
async function post(url: string, body: string, headers: Record<string, string>, io: PostIo, id: string): Promise<{ status: number; durationMs: number }> {
  const started = performance.now();
  // Error details reach logs and the delivery log: never with the endpoint's user:password.
  const shownUrl = withoutCredentials(url);
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(io.timeoutMs),
      headers: { 'user-agent': io.userAgent, ...headers },
      ...(io.dispatcher ? { dispatcher: io.dispatcher } : {}),
    });
    // Drain the body so the connection can be reused; receivers' answers are not used.
    await response.arrayBuffer().catch(() => undefined);
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const blocked = cause?.code === 'FETCH_BLOCKED_ADDRESS';
    const message = timedOut
      ? `no answer within ${io.timeoutMs} ms`
      : blocked
        ? `blocked by the SSRF guard (FETCH_BLOCKED_ADDRESS): ${cause.message}`
        : `network error: ${cause?.message ?? (error as Error).message}`;
    throw new FeedwrightError('DELIVERY_FAILED', message, {
      cause: error,
      details: { webhookId: id, url: shownUrl, status: null, ...(cause?.code ? { causeCode: cause.code } : {}) },
    });
  }
  const durationMs = Math.round(performance.now() - started);
  if (response.status >= 200 && response.status < 300) return { status: response.status, durationMs };
  const details = { webhookId: id, url: shownUrl, status: response.status, durationMs };
  if (response.status === 410) throw new FeedwrightError('DELIVERY_GONE', 'endpoint answered 410 Gone', { details });
  const retryAfterMs = response.status === 429 || response.status === 503 ? receiverRetryAfter(response.headers.get('retry-after'), io.now) : null;
  throw new FeedwrightError(
    'DELIVERY_FAILED',
    `endpoint answered ${response.status}${retryAfterMs !== null ? ` (Retry-After ${Math.round(retryAfterMs / 1000)} s)` : ''}`,
    {
      details: { ...details, ...(retryAfterMs !== null ? { retryAfterMs } : {}) },
    },
  );
}

/**
 * POSTs one event to one subscription, signed per Standard Webhooks. The `webhook-id` is the same
 * on every retry, so receivers can dedupe. During a secret rotation's grace period the
 * `webhook-signature` header carries one signature per valid secret, space-separated (as the
 * Standard Webhooks spec allows), so receivers verify with either the old or the new secret.
 */
export async function deliverWebhook(job: DeliverJob, subscription: Subscription, io: PostIo): Promise<DeliveryAttempt> {
  const webhookId = deliveryId(subscription.id, job.eventId);
  const signatures = signingSecrets(subscription, io.now).map((secret) => new Webhook(secret).sign(webhookId, io.now, job.payload));
  const { status, durationMs } = await post(
    subscription.url,
    job.payload,
    {
      'content-type': 'application/json',
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(io.now.getTime() / 1000)),
      'webhook-signature': signatures.join(' '),
    },
    io,
    webhookId,
  );
  return { webhookId, status, durationMs };
}

/**
 * WebSub content distribution (W3C WebSub §7): POSTs the feed document with the topic's media
 * type and `Link` headers (self = topic, hub), signed with `X-Hub-Signature: sha256=<hex HMAC of
 * the body>` when the subscriber gave a `hub.secret`.
 */
export async function distributeWebSub(
  job: DeliverJob & { websub: NonNullable<DeliverJob['websub']> },
  subscription: WebSubSubscription,
  hubUrl: string,
  io: PostIo,
): Promise<DeliveryAttempt> {
  const webhookId = deliveryId(subscription.id, job.eventId);
  const headers: Record<string, string> = {
    'content-type': job.websub.contentType,
    link: `<${job.websub.topic}>; rel="self", <${hubUrl}>; rel="hub"`,
  };
  if (subscription.secret) headers['x-hub-signature'] = `sha256=${createHmac('sha256', subscription.secret).update(job.payload).digest('hex')}`;
  const { status, durationMs } = await post(subscription.callback, job.payload, headers, io, webhookId);
  return { webhookId, status, durationMs };
}
