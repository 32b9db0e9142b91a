import type { ArticleEvent } from '@feedwright/core/jobs.ts';
import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** One event-log entry: the event, its cursor (the Redis Stream entry id) and the correlation id of the job that wrote it. */
export type LoggedEvent = { cursor: string; event: ArticleEvent; correlationId?: string };

export type EventLog = ReturnType<typeof createEventLog>;

/** An entry of the log that is not a readable event (not JSON, or no event): fan-out fails it alone. */
export type UnreadableEvent = { cursor: string; unreadable: string };

type StreamEntry = [id: string, fields: string[]];

function parseEntry([cursor, fields]: StreamEntry): LoggedEvent | UnreadableEvent {
  let json: string | null = null;
  let correlationId: string | undefined;
  for (let i = 0; i < fields.length; i += 2) {
    if (fields[i] === 'event') json = fields[i + 1] ?? null;
    else if (fields[i] === 'correlationId' && fields[i + 1]) correlationId = fields[i + 1];
  }
  if (json === null) return { cursor, unreadable: 'the entry has no event field' };
  let event: ArticleEvent;
  try {
    event = JSON.parse(json) as ArticleEvent;
  } catch (error) {
    return { cursor, unreadable: `the event is not JSON: ${(error as Error).message}` };
  }
  if (event === null || typeof event !== 'object') return { cursor, unreadable: 'the event is not a JSON object' };
  return correlationId ? { cursor, event, correlationId } : { cursor, event };
}

/** True for a readable entry. */
export function isReadable(entry: LoggedEvent | UnreadableEvent): entry is LoggedEvent {
  return !('unreadable' in entry);
}

function toLogged(entry: StreamEntry): LoggedEvent | null {
  const parsed = parseEntry(entry);
  return isReadable(parsed) ? parsed : null;
}

const CURSOR = /^\d+-\d+$|^\d+$/;

// Whole stream nodes first (cheap, bounded by LIMIT); when none is entirely old, the old rest of the
// first node (at most stream-node-max-entries, 100 by default) exactly.
const TRIM_SCRIPT = `
local removed = redis.call('XTRIM', KEYS[1], 'MINID', '~', ARGV[1], 'LIMIT', ARGV[2])
if removed == 0 then removed = redis.call('XTRIM', KEYS[1], 'MINID', ARGV[1]) end
return removed
`;

/**
 * The event log: a Redis Stream that the store appends to atomically with each article change.
 * Consumers read it through a consumer group (at-least-once: an entry stays pending until acked),
 * and anyone can replay it by cursor.
 */
export function createEventLog(redis: RedisClient, keys: StoreKeys) {
  /** Creates the consumer group (from the start of the log, so nothing written before is missed). */
  async function ensureGroup(group: string): Promise<void> {
    try {
      await redis.xgroup('CREATE', keys.events, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
  }

  /**
   * Reads entries for `consumer`: first its own pending ones (left by a crash), then entries idle
   * for `claimIdleMs` at other consumers (dead replicas), then new ones, blocking up to `blockMs`.
   * An entry that is not a readable event comes back as `UnreadableEvent`, so it cannot stop the batch.
   */
  async function readGroup(
    group: string,
    consumer: string,
    options: { count: number; blockMs: number; claimIdleMs: number },
  ): Promise<Array<LoggedEvent | UnreadableEvent>> {
    const pending = (await redis.xreadgroup('GROUP', group, consumer, 'COUNT', options.count, 'STREAMS', keys.events, '0')) as [string, StreamEntry[]][] | null;
    const own = pending?.[0]?.[1] ?? [];
    if (own.length > 0) return own.map(parseEntry);
    const claimed = (await redis.xautoclaim(keys.events, group, consumer, options.claimIdleMs, '0-0', 'COUNT', options.count)) as [string, StreamEntry[]];
    const stolen = (claimed[1] ?? []).filter((entry) => entry && entry[1]);
    if (stolen.length > 0) return stolen.map(parseEntry);
    const fresh = (await redis.xreadgroup('GROUP', group, consumer, 'COUNT', options.count, 'BLOCK', options.blockMs, 'STREAMS', keys.events, '>')) as
      [string, StreamEntry[]][] | null;
    return (fresh?.[0]?.[1] ?? []).map(parseEntry);
  }

  async function ack(group: string, cursors: readonly string[]): Promise<void> {
    if (cursors.length > 0) await redis.xack(keys.events, group, ...cursors);
  }

  /** Replays events strictly after `after` (a cursor; "0" or null for the beginning). */
  async function replay(after: string | null, limit: number): Promise<LoggedEvent[]> {
    const start = after && CURSOR.test(after) ? `(${after}` : '-';
    const entries = (await redis.xrange(keys.events, start, '+', 'COUNT', limit)) as StreamEntry[];
    return entries.map(toLogged).filter((e): e is LoggedEvent => e !== null);
  }

  /** The event at exactly `cursor`, or null (never logged, or trimmed away). */
  async function get(cursor: string): Promise<LoggedEvent | null> {
    if (!CURSOR.test(cursor)) return null;
    const entries = (await redis.xrange(keys.events, cursor, cursor)) as StreamEntry[];
    return entries[0] ? toLogged(entries[0]) : null;
  }

  /** True when `cursor` has the shape of a stream id. */
  function isCursor(cursor: string): boolean {
    return CURSOR.test(cursor);
  }

  /** Removes entries written before `before` (their cursor is the writer's clock), about `limit` at most; returns how many. */
  async function trimBefore(before: Date, limit: number): Promise<number> {
    return Number(await redis.eval(TRIM_SCRIPT, 1, keys.events, String(Math.max(0, before.getTime())), String(Math.max(limit, 100))));
  }

  return { ensureGroup, readGroup, ack, replay, get, isCursor, trimBefore };
}
