/**
 * `?limit=` on a feed picks one of a few cached sizes, never an arbitrary one: a client rotating
 * `limit=1..50` would otherwise force a fresh rendering per request (141 ms each) and slow every
 * route. The answer holds at least the asked number of entries (or the feed's whole limit).
 */

/** The sizes a feed is rendered in (each at most the feed's own limit, which is always one). */
export const FEED_LIMIT_STEPS = [10, 25, 50, 100, 250, 500, 1000] as const;

/** The size served for an asked limit: the smallest step ≥ asked, never above `feedLimit`. */
export function servedFeedLimit(asked: number | null, feedLimit: number): number {
  if (asked === null || asked >= feedLimit) return feedLimit;
  return Math.min(FEED_LIMIT_STEPS.find((step) => step >= asked) ?? feedLimit, feedLimit);
}

/** How many renderings of one feed format and variant can exist: the steps under its limit, plus the limit. */
export function feedLimitSizes(feedLimit: number): number {
  return FEED_LIMIT_STEPS.filter((step) => step < feedLimit).length + 1;
}
