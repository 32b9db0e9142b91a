import { randomUUID } from 'node:crypto';
import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** What one host may receive from the whole installation (all pollers and workers together). */
export type HostLimits = {
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests started per minute (spread out: one every 60 000 / perMinute ms, with a burst of `burst`). */
  perMinute: number;
  /** Requests that may start back to back before the spacing applies (default 1). */
  burst?: number;
  /** At least this long between request starts (robots.txt Crawl-delay); 0 = none. */
  minIntervalMs?: number;
  /** A slot not released within this long is freed anyway (a crashed process cannot hold it forever). */
  leaseMs: number;
};

export type HostSlot = { granted: true; lease: string } | { granted: false; reason: 'deferred' | 'busy' | 'rate'; waitMs: number };

/**
 * Who asks: `priority: 'high'` (a poll: it finds the new stories, so it must not wait behind the
 * article fetches it caused) with a `waiter` id that stays the same across one request's attempts.
 */
export type HostRequest = { priority?: 'high' | 'normal'; waiter?: string };

export type HostState = { host: string; blockedUntil: number | null; inFlight: number; nextStartAt: number | null };

export type HostBudgetRepository = ReturnType<typeof createHostBudgetRepository>;

// One script decides atomically, on Redis' own clock (so every process agrees on "now"):
// Retry-After deferral → waiting polls first → in-flight limit (a sorted set of leases scored by
// expiry) → rate, as a generic cell rate algorithm (the theoretical arrival time `tat` moves by
// `spacing` per request). A high-priority request that is refused marks itself waiting (a sorted
// set of waiter ids scored by when the mark lapses: just after its next look, so a waiter that gave
// up or died stops holding others back within a second); while any mark lives, normal requests
// are refused as busy, so the next free slot goes to the poll.
const ACQUIRE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrency = tonumber(ARGV[2])
local spacing = tonumber(ARGV[3])
local burst = tonumber(ARGV[4])
local leaseMs = tonumber(ARGV[5])
local high = ARGV[6] == 'high'
local blocked = tonumber(redis.call('HGET', KEYS[1], 'blockedUntil') or '0')
if blocked > now then return {0, 'deferred', blocked - now} end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if not high and redis.call('ZCARD', KEYS[3]) > 0 then return {0, 'busy', 0} end
local function wait(reason, ms)
  if high then
    redis.call('ZADD', KEYS[3], now + ms + 1000, ARGV[7])
    redis.call('PEXPIRE', KEYS[3], ms + 1000)
  end
  return {0, reason, ms}
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= concurrency then return wait('busy', 0) end
local tat = tonumber(redis.call('HGET', KEYS[1], 'tat') or '0')
if tat < now then tat = now end
local tolerance = spacing * (burst - 1)
if tat - now > tolerance then return wait('rate', tat - tolerance - now) end
if high then redis.call('ZREM', KEYS[3], ARGV[7]) end
redis.call('HSET', KEYS[1], 'tat', tat + spacing)
redis.call('ZADD', KEYS[2], now + leaseMs, ARGV[1])
if redis.call('PTTL', KEYS[1]) < 86400000 then redis.call('PEXPIRE', KEYS[1], 86400000) end
redis.call('PEXPIRE', KEYS[2], leaseMs)
return {1, 'ok', 0}
`;

const DEFER_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local blocked = tonumber(redis.call('HGET', KEYS[1], 'blockedUntil') or '0')
if untilMs > blocked then
  redis.call('HSET', KEYS[1], 'blockedUntil', untilMs)
  blocked = untilMs
end
if redis.call('PTTL', KEYS[1]) < blocked - now + 86400000 then redis.call('PEXPIRE', KEYS[1], blocked - now + 86400000) end
return blocked
`;

/**
 * The per-host politeness budget shared by every poller and worker process: requests in flight,
 * requests per minute (and Crawl-delay), and the time before which a host asked us (Retry-After)
 * to send nothing. Why not BullMQ's limiter: it limits a whole queue, not a host, and the poller's
 * and the worker's requests to one site travel through different queues (group limits are BullMQ Pro).
 */
export function createHostBudgetRepository(redis: RedisClient, keys: StoreKeys) {
  /** Tries to take a request slot for `host` now; when refused, says why and how long to wait. */
  async function acquire(host: string, limits: HostLimits, request: HostRequest = {}): Promise<HostSlot> {
    const lease = randomUUID();
    const spacing = Math.max(Math.ceil(60_000 / limits.perMinute), limits.minIntervalMs ?? 0);
    // A Crawl-delay means one request per delay: no burst.
    const burst = (limits.minIntervalMs ?? 0) > 0 ? 1 : Math.max(1, limits.burst ?? 1);
    const [granted, reason, waitMs] = (await redis.eval(
      ACQUIRE_SCRIPT,
      3,
      keys.host(host),
      keys.hostInFlight(host),
      keys.hostWaiting(host),
      lease,
      String(limits.concurrency),
      String(spacing),
      String(burst),
      String(limits.leaseMs),
      request.priority ?? 'normal',
      request.waiter ?? lease,
    )) as [number, string, number];
    if (granted === 1) return { granted: true, lease };
    return { granted: false, reason: reason as 'deferred' | 'busy' | 'rate', waitMs: Number(waitMs) };
  }

  /** Gives a slot back as soon as its request is over. */
  async function release(host: string, lease: string): Promise<void> {
    await redis.zrem(keys.hostInFlight(host), lease);
  }

  /** Sends nothing more to `host` for `delayMs` (Retry-After); never shortens an existing deferral. Returns the epoch ms it ends. */
  async function defer(host: string, delayMs: number): Promise<number> {
    return Number(await redis.eval(DEFER_SCRIPT, 1, keys.host(host), String(Math.max(0, Math.round(delayMs)))));
  }

  /** The stored state of a host (for health pages and tests). */
  async function state(host: string): Promise<HostState> {
    const [[, fields], [, inFlight]] = (await redis
      .multi()
      .hmget(keys.host(host), 'blockedUntil', 'tat')
      .zcount(keys.hostInFlight(host), String(Date.now()), '+inf')
      .exec()) as [[null, Array<string | null>], [null, number]];
    const [blockedUntil, tat] = fields;
    return { host, blockedUntil: blockedUntil ? Number(blockedUntil) : null, inFlight: Number(inFlight), nextStartAt: tat ? Number(tat) : null };
  }

  return { acquire, release, defer, state };
}
