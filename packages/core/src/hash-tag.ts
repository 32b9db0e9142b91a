/**
 * Redis Cluster hash tags. Redis Cluster hashes only the part of a key between the first `{` and
 * the next `}`, so keys that a Lua script or a MULTI touches together must share that part, and
 * keys that never meet should not (they spread over the masters). The layout is in docs/redis.md.
 * The same key names are used on every topology, so a single node runs exactly what a cluster runs.
 */

/** The hash tag of one group of keys that must share a slot, e.g. `{fw:content}`. */
export function hashTag(prefix: string, group: string): string {
  // Braces inside the tag would end it early; an installation prefix that has its own braces
  // (`{fw}`) already pins every key to one slot, and this tag then changes nothing.
  return `{${prefix.replace(/[{}]/g, '')}:${group}}`;
}

/**
 * The BullMQ `prefix` option of one queue: every key of a queue must live in one slot (BullMQ's
 * scripts build job keys from the prefix), and each queue gets its own slot so queues spread.
 */
export function queuePrefix(prefix: string, queue: string): string {
  return `${prefix}:${hashTag(prefix, queue)}`;
}
