import { randomBytes } from 'node:crypto';
import type { Config, FeedConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { deliveryId } from '@feedwright/core/ids.ts';
import type { DeliverJob } from '@feedwright/core/jobs.ts';
import { FEED_FORMAT_NAMES, FEED_FORMATS, parseFeedFile, type FeedFormat } from '@feedwright/feeds/feed-formats.ts';
import { isInFeed } from '@feedwright/feeds/feed-membership.ts';
import type { LoggedEvent } from '@feedwright/store/event-log.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { webSubId, type WebSubSubscription } from '@feedwright/store/websub-repository.ts';
import { checkTargetUrl, type TargetUrlOptions } from '@feedwright/http/target-url-policy.ts';
import { fetch, type Dispatcher } from 'undici';
import { CHINESE_VARIANTS, type ChineseVariant } from './chinese-variant.ts';
import { renderFeedDocument } from './render-feed-document.ts';

/** A topic of this hub: one of our feed documents. */
export type Topic = { url: string; feed: FeedConfig; format: FeedFormat; variant: ChineseVariant | null };

/** A validated hub request (W3C WebSub §5.1). */
export type HubRequest = { mode: 'subscribe' | 'unsubscribe'; callback: string; topic: Topic; leaseSeconds: number; secret: string | null };

/** Resolves a topic URL to one of our feeds: `<publicUrl>/feeds/<id>.<ext>` with an optional `?variant=`. */
export function resolveTopic(url: string, publicUrl: string, feeds: ReadonlyMap<string, FeedConfig>): Topic | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const prefix = `${publicUrl}/feeds/`;
  const path = `${parsed.origin}${parsed.pathname}`;
  if (!path.startsWith(prefix)) return null;
  const file = parseFeedFile(path.slice(prefix.length));
  const feed = file ? feeds.get(file.feedId) : undefined;
  const params = [...parsed.searchParams.keys()];
  const variant = parsed.searchParams.get('variant');
  if (!file || !feed || params.some((p) => p !== 'variant') || (variant !== null && !CHINESE_VARIANTS.includes(variant as ChineseVariant))) return null;
  return { url, feed, format: file.format, variant: (variant as ChineseVariant | null) ?? null };
}

/** Validates a form-encoded hub request; returns the request or the reason it is invalid (→ 400). */
export function parseHubRequest(
  form: Record<string, unknown>,
  ctx: { publicUrl: string; feeds: ReadonlyMap<string, FeedConfig>; lease: number; maxLease: number; targets?: TargetUrlOptions },
): HubRequest | { problem: string } {
  // A JSON body can carry numbers, arrays or objects where the form has strings: refuse them by name.
  for (const [key, value] of Object.entries(form)) {
    if (key.startsWith('hub.') && value !== undefined && typeof value !== 'string') return { problem: `${key} must be a string` };
  }
  const field = (key: string) => form[key] as string | undefined;
  const mode = field('hub.mode');
  if (mode !== 'subscribe' && mode !== 'unsubscribe') return { problem: 'hub.mode must be "subscribe" or "unsubscribe"' };
  const callback = field('hub.callback');
  if (!callback) return { problem: 'hub.callback must be an absolute http(s) URL' };
  // The same subscribe-time check as webhook URLs: no credentials, private addresses, odd ports.
  const target = checkTargetUrl(callback, ctx.targets ?? { allowPrivateNetworks: false });
  if (!target.ok) return { problem: `hub.callback refused (${target.problem}): ${target.message}` };
  const topicUrl = field('hub.topic');
  if (!topicUrl) return { problem: 'hub.topic is required' };
  const topic = resolveTopic(topicUrl, ctx.publicUrl, ctx.feeds);
  if (!topic)
    return { problem: `hub.topic ${topicUrl} is not a feed of this hub (${ctx.publicUrl}/feeds/<id>.${FEED_FORMAT_NAMES.join('|')}[?variant=simp|trad])` };
  const secret = field('hub.secret') ?? null;
  // §5.1: the secret MUST be under 200 bytes; hubs MUST NOT accept one over plain http.
  if (secret !== null && (secret === '' || Buffer.byteLength(secret) >= 200)) return { problem: 'hub.secret must be 1–199 bytes' };
  // Leases are never permanent: absent or invalid → default, over the maximum → the maximum.
  const asked = Number(field('hub.lease_seconds'));
  const maxSeconds = Math.max(1, Math.floor(ctx.maxLease / 1000));
  const leaseSeconds = Math.min(Number.isInteger(asked) && asked > 0 ? asked : Math.floor(ctx.lease / 1000), maxSeconds);
  return { mode, callback, topic, leaseSeconds, secret };
}

/**
 * Verification of intent (§5.3): GET the callback with mode, topic, a random challenge and (for
 * subscribe) the lease; the subscriber confirms by answering 2xx with exactly the challenge.
 * Throws HUB_VERIFY_FAILED otherwise.
 */
export async function verifyIntent(request: HubRequest, io: { timeoutMs: number; userAgent: string; dispatcher?: Dispatcher }): Promise<void> {
  const challenge = randomBytes(24).toString('base64url');
  const url = new URL(request.callback);
  url.searchParams.set('hub.mode', request.mode);
  url.searchParams.set('hub.topic', request.topic.url);
  url.searchParams.set('hub.challenge', challenge);
  if (request.mode === 'subscribe') url.searchParams.set('hub.lease_seconds', String(request.leaseSeconds));
  let status: number;
  let body: string;
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(io.timeoutMs),
      headers: { 'user-agent': io.userAgent },
      ...(io.dispatcher ? { dispatcher: io.dispatcher } : {}),
    });
    status = response.status;
    body = (await response.text()).slice(0, 4096);
  } catch (error) {
    throw new FeedwrightError('HUB_VERIFY_FAILED', `verification GET failed: ${(error as { cause?: Error }).cause?.message ?? (error as Error).message}`, {
      cause: error,
      details: { callback: request.callback },
    });
  }
  if (status < 200 || status >= 300 || body.trim() !== challenge) {
    throw new FeedwrightError(
      'HUB_VERIFY_FAILED',
      `callback answered ${status} ${status >= 200 && status < 300 ? 'without echoing hub.challenge' : ''}`.trim(),
      {
        details: { callback: request.callback, status },
      },
    );
  }
}

/** Applies a verified request to the store. */
export async function applyHubRequest(store: Store, request: HubRequest, now: Date): Promise<WebSubSubscription | null> {
  const id = webSubId(request.topic.url, request.callback);
  if (request.mode === 'unsubscribe') {
    await store.websub.remove(id);
    return null;
  }
  const subscription: WebSubSubscription = {
    id,
    topic: request.topic.url,
    callback: request.callback,
    secret: request.secret,
    leaseSeconds: request.leaseSeconds,
    expiresAt: new Date(now.getTime() + request.leaseSeconds * 1000).toISOString(),
    verifiedAt: now.toISOString(),
  };
  await store.websub.save(subscription);
  return subscription;
}

/**
 * Content distribution jobs for a batch of events: for every active WebSub subscription and every
 * event of an article its topic's feed shows, the topic document holding just that entry. The job
 * id is derived from (subscription, event) like a webhook's, so a replayed fan-out adds nothing.
 */
export async function webSubJobs(
  store: Store,
  config: Config,
  publicUrl: string,
  batch: LoggedEvent[],
  now: Date,
): Promise<Array<{ data: DeliverJob; jobId: string }>> {
  const subscriptions = await store.websub.listActive(now);
  if (subscriptions.length === 0) return [];
  const feeds = new Map(config.feeds.map((f) => [f.id, f]));
  const jobs: Array<{ data: DeliverJob; jobId: string }> = [];
  const rendered = new Map<string, string>();
  for (const subscription of subscriptions) {
    const topic = resolveTopic(subscription.topic, publicUrl, feeds);
    if (!topic) continue;
    for (const { cursor, event } of batch) {
      const article = event.data.article;
      if (event.timestamp < subscription.verifiedAt) continue;
      if (!isInFeed(topic.feed, article)) continue;
      // Many subscribers share a topic: render each (topic, event) document once per batch.
      const key = `${subscription.topic}\n${event.id}`;
      const payload = rendered.get(key) ?? (await renderFeedDocument(store, publicUrl, topic.feed, topic.format, [article], topic.variant));
      rendered.set(key, payload);
      jobs.push({
        jobId: deliveryId(subscription.id, event.id),
        data: {
          subscriptionId: subscription.id,
          eventId: event.id,
          cursor,
          payload,
          websub: { topic: subscription.topic, contentType: FEED_FORMATS[topic.format].mediaType },
        },
      });
    }
  }
  return jobs;
}
