import { hash } from 'node:crypto';

/**
 * Stable identifiers. An article id is derived from its canonical URL only, so the same story
 * keeps the same feed GUID / Atom id / webhook payload id forever. Ids never contain ":" (BullMQ
 * job ids may not).
 */

/*
 * ONE_SHOT_HASH: crypto.hash (Node >= 20.12 / 21.7) digests a string in one native call, without
 * the Hash object and three calls of createHash().update().digest(); same digest (UTF-8 bytes, lone
 * surrogates as U+FFFD; ids.test.ts pins values made the old way). Every extracted article hashes
 * its content once.
 */
function digest(text: string, length: number): string {
  return hash('sha256', text, 'hex').slice(0, length);
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
  return hash('sha256', text, 'hex');
}
