import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** One delivery attempt to one subscription, as `GET /api/subscriptions/<id>/deliveries` shows it. */
export type DeliveryRecord = {
  at: string;
  /** The `webhook-id`: the same for every attempt of one event. */
  webhookId: string;
  eventId: string;
  /** Event-log cursor of the event (what manual redelivery takes). */
  cursor: string;
  /** 1 for the first attempt. */
  attempt: number;
  manual: boolean;
  outcome: 'delivered' | 'failed' | 'skipped';
  /** HTTP status, or null for a timeout or network error. */
  status: number | null;
  durationMs: number | null;
  code: string | null;
  message: string | null;
  /** When the next attempt is due (failed attempts that will be retried). */
  nextAttemptAt: string | null;
};

export type DeliveryLog = ReturnType<typeof createDeliveryLog>;

// Pops attempts older than ARGV[1] (ISO time) from the old end of one log, at most ARGV[2].
const TRIM_SCRIPT = `
local removed = 0
while removed < tonumber(ARGV[2]) do
  local last = redis.call('LINDEX', KEYS[1], -1)
  if not last then break end
  local ok, entry = pcall(cjson.decode, last)
  if ok and type(entry.at) == 'string' and entry.at >= ARGV[1] then break end
  redis.call('RPOP', KEYS[1])
  removed = removed + 1
end
return removed
`;

/** Per-subscription log of delivery attempts, newest first, capped at `maxEntries`. */
export function createDeliveryLog(redis: RedisClient, keys: StoreKeys, maxEntries = 1000) {
  /**
   * Appends an attempt. A delivered one also ends the subscription's failure streak, in the same
   * round trip (the hot path of every successful delivery).
   */
  async function record(subscriptionId: string, entry: DeliveryRecord): Promise<void> {
    const key = keys.deliveries(subscriptionId);
    const multi = redis
      .multi()
      .lpush(key, JSON.stringify(entry))
      .ltrim(key, 0, maxEntries - 1);
    if (entry.outcome === 'delivered') multi.hdel(keys.subscriptionsFailingSince, subscriptionId);
    await multi.exec();
  }

  /** The newest `limit` attempts, newest first. */
  async function list(subscriptionId: string, limit: number): Promise<DeliveryRecord[]> {
    const rows = await redis.lrange(keys.deliveries(subscriptionId), 0, limit - 1);
    return rows.map((json) => JSON.parse(json) as DeliveryRecord);
  }

  /** Removes attempts recorded before `before`, at most `limit`; returns how many. */
  async function trimBefore(subscriptionId: string, before: Date, limit: number): Promise<number> {
    return Number(await redis.eval(TRIM_SCRIPT, 1, keys.deliveries(subscriptionId), before.toISOString(), String(limit)));
  }

  return { record, list, trimBefore };
}
