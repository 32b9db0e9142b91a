import { createHash } from 'node:crypto';

/**
 * Stable identifiers. An article id is derived from its canonical URL only, so the same story
 * keeps the same feed GUID / Atom id / webhook payload id forever. Ids never contain ":" (BullMQ
 * job ids may not).
 */

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** The article id for a canonical URL: 24 hex characters of its SHA-256. */
export function articleId(canonicalUrl: string): string {
  return digest(canonicalUrl, 24);
}

/** The event id for an article version: stable when the same job is re-run after a crash. */
export function eventId(articleIdValue: string, contentHash: string): string {
  return `evt_${articleIdValue}_${contentHash.slice(0, 16)}`;
}

/** The delivery id (`webhook-id`) of one event for one subscription: stable across retries. */
export function deliveryId(subscriptionId: string, eventIdValue: string): string {
  return `msg_${digest(`${subscriptionId}/${eventIdValue}`, 24)}`;
}

/** A SHA-256 content hash (hex) of arbitrary text. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
