import { createHash } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

export type SeenRepository = ReturnType<typeof createSeenRepository>;

const DAY_MS = 86_400_000;
/**
 * Buckets: the first 3 hex digits of an id (4,096 keys at most). Few enough that the retention job
 * sweeps them all often at little cost; a bucket stays a compact listpack up to Redis'
 * `hash-max-listpack-entries` (512 in infra/redis.conf: about 2 million URLs in all).
 */
export const SEEN_BUCKETS = 0x1000;

/**
 * Where an id lives: bucket = its first 3 hex digits, field = the next 13 (64 bits in all, so two
 * different URLs share a slot with odds of about 1 in 10^7 at 20 million URLs). Ids that are not
 * long hex strings are hashed first.
 */
export function seenSlot(id: string): { bucket: string; field: string } {
  const hex = /^[0-9a-f]{16,}$/.test(id) ? id : createHash('sha256').update(id).digest('hex');
  return { bucket: hex.slice(0, 3), field: hex.slice(3, 16) };
}

/** Days since 1970 (UTC) at `now`: what a seen entry stores. */
export function dayNumber(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS);
}

// Deletes the entries of one bucket last seen before day ARGV[1]; at most one bucket (≤ a few hundred fields) per call.
const SWEEP_BUCKET_SCRIPT = `
local flat = redis.call('HGETALL', KEYS[1])
local stale = {}
for i = 1, #flat, 2 do
  if tonumber(flat[i + 1]) < tonumber(ARGV[1]) then stale[#stale + 1] = flat[i] end
end
if #stale > 0 then redis.call('HDEL', KEYS[1], unpack(stale)) end
return #stale
`;

/**
 * The "seen" record: URL ids that were fetched once, remembered for `retention.seenFor` after a
 * listing last named them. Together with BullMQ's job-id dedupe (in-flight work) it makes discovery
 * enqueue every story exactly once, and it outlives the article itself, so a story evicted by
 * retention that the site still lists is never fetched and announced again. Compact: small hashes
 * stay listpack-encoded (about 15 bytes a URL, docs/operations.md).
 */
export function createSeenRepository(redis: RedisClient, keys: StoreKeys) {
  // A defined command runs by EVALSHA (the script is sent once, not with each of many buckets).
  // Every key of these pipelines (buckets, sweep cursor) is in the `{P:content}` slot, so each
  // pipeline goes to one node on a cluster as well.
  redis.defineCommand('feedwrightSweepSeenBucket', { numberOfKeys: 1, lua: SWEEP_BUCKET_SCRIPT });

  /**
   * Returns the ids among `ids` that are not remembered. Remembered ones a listing names again are
   * refreshed (at most once a day each), so a story is forgotten only `seenFor` after the site stopped listing it.
   */
  async function filterUnseen(ids: readonly string[], now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const slots = ids.map(seenSlot);
    const reads = redis.pipeline();
    for (const { bucket, field } of slots) reads.hget(keys.seenBucket(bucket), field);
    const days = ((await reads.exec()) ?? []).map(([error, day]) => {
      if (error) throw error;
      return day as string | null;
    });
    // Ids not in the buckets may still be in the seen set of earlier versions (until the retention job folds it in).
    const missing = ids.filter((_, i) => days[i] === null);
    const legacy = missing.length > 0 ? await redis.smismember(keys.seenLegacy, ...missing) : [];
    const inLegacy = new Set(missing.filter((_, i) => legacy[i] === 1));
    const today = dayNumber(now);
    const refresh = redis.pipeline();
    ids.forEach((id, i) => {
      const day = days[i];
      if ((day === null || day === undefined) && inLegacy.has(id)) refresh.hset(keys.seenBucket(slots[i]!.bucket), slots[i]!.field, today);
      else if (day !== null && day !== undefined && Number(day) < today) refresh.hset(keys.seenBucket(slots[i]!.bucket), slots[i]!.field, today);
    });
    if (refresh.length > 0) await refresh.exec();
    return ids.filter((id, i) => (days[i] === null || days[i] === undefined) && !inLegacy.has(id));
  }

  /** Remembers ids as seen on `now`'s day. */
  async function markSeen(ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    const today = dayNumber(now);
    const writes = redis.pipeline();
    for (const id of ids) {
      const { bucket, field } = seenSlot(id);
      writes.hset(keys.seenBucket(bucket), field, today);
    }
    await writes.exec();
  }

  /**
   * Forgets entries not listed since before `now - seenForMs`, sweeping `buckets` buckets from a
   * cursor kept in Redis (a full pass takes 4,096 / `buckets` calls). Returns the entries removed.
   */
  async function sweep(now: Date, seenForMs: number, buckets: number): Promise<number> {
    const start = Number((await redis.get(keys.seenSweepCursor)) ?? 0) % SEEN_BUCKETS;
    const cutoff = String(dayNumber(new Date(now.getTime() - seenForMs)));
    const calls = redis.pipeline() as ChainableCommander & { feedwrightSweepSeenBucket(key: string, cutoff: string): ChainableCommander };
    const count = Math.min(buckets, SEEN_BUCKETS);
    for (let i = 0; i < count; i++) {
      const bucket = ((start + i) % SEEN_BUCKETS).toString(16).padStart(3, '0');
      calls.feedwrightSweepSeenBucket(keys.seenBucket(bucket), cutoff);
    }
    calls.set(keys.seenSweepCursor, String((start + count) % SEEN_BUCKETS));
    let removed = 0;
    for (const [error, n] of (await calls.exec()) ?? []) {
      if (error) throw error;
      if (typeof n === 'number') removed += n;
    }
    return removed;
  }

  /** Folds up to `batch` ids of the earlier single seen set into the buckets (a no-op once it is empty). Returns how many moved. */
  async function migrateLegacy(now: Date, batch: number): Promise<number> {
    const ids = (await redis.srandmember(keys.seenLegacy, batch)) as string[];
    if (ids.length === 0) return 0;
    // Written before removed: a crash in between leaves an id in both, never in neither.
    await markSeen(ids, now);
    await redis.srem(keys.seenLegacy, ...ids);
    return ids.length;
  }

  return { filterUnseen, markSeen, sweep, migrateLegacy };
}
