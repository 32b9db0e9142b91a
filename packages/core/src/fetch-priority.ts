/**
 * Fairness on the fetch queue. Every fetch job gets a BullMQ priority (lower runs first) equal to
 * its source's backlog — its jobs queued and not yet finished — plus its place in the batch. A
 * source that just found one story queues it at priority 1; a source with 20,000 waiting queues
 * behind it, so no source's backlog delays another source's new story.
 */

/** The largest priority BullMQ accepts (2^21). */
export const MAX_FETCH_PRIORITY = 2_097_152;

/** The priority of the `index`-th job of a batch from a source with `backlog` jobs pending. */
export function fetchPriority(backlog: number, index: number): number {
  return Math.min(MAX_FETCH_PRIORITY, 1 + Math.max(0, backlog) + index);
}
