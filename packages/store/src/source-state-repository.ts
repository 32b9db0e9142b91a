import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** What the poller remembers about a source between polls. */
export type SourceState = {
  /** Epoch ms before which the source is not polled again (adaptive interval, back-off, Retry-After). */
  nextPollAt: number | null;
  /** The interval chosen after the last poll (ms). */
  intervalMs: number | null;
};

export type SourceStateRepository = ReturnType<typeof createSourceStateRepository>;

// Due-check and claim in one step, so two pollers woken by the same schedule never both poll.
const CLAIM_SCRIPT = `
local next = tonumber(redis.call('HGET', KEYS[1], 'nextPollAt') or '0')
local now = tonumber(ARGV[1])
if next > now then return 0 end
redis.call('HSET', KEYS[1], 'nextPollAt', now + tonumber(ARGV[2]))
return 1
`;

/** Poll scheduling state and discovery memory (e.g. what a site advertises) per source. */
export function createSourceStateRepository(redis: RedisClient, keys: StoreKeys) {
  /** Claims the poll of `sourceId` at `now` if it is due, holding it for `holdMs` until `schedule` sets the real next time. */
  async function claimPoll(sourceId: string, now: number, holdMs: number): Promise<boolean> {
    return (await redis.eval(CLAIM_SCRIPT, 1, keys.sourceState(sourceId), String(now), String(holdMs))) === 1;
  }

  /** Sets when the source is polled next and the interval that led there. */
  async function schedule(sourceId: string, nextPollAt: number, intervalMs: number): Promise<void> {
    await redis.hset(keys.sourceState(sourceId), { nextPollAt: String(nextPollAt), intervalMs: String(intervalMs) });
  }

  async function get(sourceId: string): Promise<SourceState> {
    const [nextPollAt, intervalMs] = await redis.hmget(keys.sourceState(sourceId), 'nextPollAt', 'intervalMs');
    return { nextPollAt: nextPollAt ? Number(nextPollAt) : null, intervalMs: intervalMs ? Number(intervalMs) : null };
  }

  /** A remembered JSON value (e.g. `site:<url>` → the feeds a site advertises). */
  async function recall<T>(sourceId: string, name: string): Promise<T | null> {
    const raw = await redis.hget(keys.sourceState(sourceId), `memo:${name}`);
    return raw ? (JSON.parse(raw) as T) : null;
  }

  async function remember(sourceId: string, name: string, value: unknown): Promise<void> {
    await redis.hset(keys.sourceState(sourceId), `memo:${name}`, JSON.stringify(value));
  }

  return { claimPoll, schedule, get, recall, remember };
}
