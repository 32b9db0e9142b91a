import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** Per-route outcome of the last poll. */
export type RouteHealth = {
  route: string;
  /** Candidate story URLs the route listed (0 when its pages answered 304). */
  found: number;
  /** Of those, never seen before (enqueued). */
  newItems: number;
  errorCode: string | null;
  errorMessage: string | null;
  /** ok | not-modified (every page answered 304) | deferred (the host asked us to wait) | error. */
  status?: 'ok' | 'not-modified' | 'deferred' | 'error';
  /** Requests the route made this poll. */
  requests?: number;
  /** When the route last found at least one URL (ISO). */
  lastFoundAt?: string | null;
  /** The route used to find URLs and now parses fine but finds none: its selector or pattern has probably rotted. */
  rotted?: boolean;
};

/** What an operator sees per source on /api/sources. */
export type SourceHealth = {
  sourceId: string;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  consecutiveFailures: number;
  itemsFound: number;
  articlesStored: number;
  nextPollAt: string | null;
  /** The adaptive poll interval now in use (ms), between the source's interval.min and interval.max. */
  intervalMs: number | null;
  routes: RouteHealth[];
};

export type HealthRepository = ReturnType<typeof createHealthRepository>;

// A configured source forgets an error older than ARGV[1] (ISO); a retired one (ARGV[2] = '1') loses
// its health once it has not been polled since then. Returns {records removed, retired and stale}.
// Health keys only: the poll state (another slot on a cluster) is removed by the caller.
const TRIM_SCRIPT = `
local h = redis.call('HMGET', KEYS[1], 'lastErrorAt', 'lastPollAt')
if ARGV[2] == '1' then
  if (h[2] or '') < ARGV[1] then return {redis.call('DEL', KEYS[1]), 1} end
  return {0, 0}
end
if h[1] and h[1] ~= '' and h[1] < ARGV[1] then
  redis.call('HDEL', KEYS[1], 'lastErrorAt', 'lastErrorCode', 'lastErrorMessage')
  return {1, 0}
end
return {0, 0}
`;

/** Source health, written by the poller (polls) and the worker (article fetch errors; stored articles are counted by the upsert script). */
export function createHealthRepository(redis: RedisClient, keys: StoreKeys) {
  /** Records a poll: success when at least one route answered. */
  async function recordPoll(sourceId: string, at: Date, routes: RouteHealth[], nextPollAt: Date | null, options: { intervalMs?: number } = {}): Promise<void> {
    const key = keys.sourceHealth(sourceId);
    // A route the host told us to hold back (Retry-After) neither failed nor succeeded this time.
    const judged = routes.filter((r) => r.status !== 'deferred');
    const failed = pollFailed(routes);
    const firstError = judged.find((r) => r.errorCode !== null);
    const tx = redis.multi();
    tx.hset(key, {
      lastPollAt: at.toISOString(),
      itemsFound: String(routes.reduce((n, r) => n + r.found, 0)),
      routes: JSON.stringify(routes),
      nextPollAt: nextPollAt?.toISOString() ?? '',
      ...(options.intervalMs === undefined ? {} : { intervalMs: String(options.intervalMs) }),
    });
    if (firstError) tx.hset(key, { lastErrorAt: at.toISOString(), lastErrorCode: firstError.errorCode ?? '', lastErrorMessage: firstError.errorMessage ?? '' });
    if (failed) tx.hincrby(key, 'consecutiveFailures', 1);
    else if (judged.length > 0) tx.hset(key, { lastSuccessAt: at.toISOString(), consecutiveFailures: '0' });
    await tx.exec();
  }

  /** Records an article-level failure (fetch or extraction) against its source. */
  async function recordArticleError(sourceId: string, at: Date, code: string, message: string): Promise<void> {
    await redis.hset(keys.sourceHealth(sourceId), { lastErrorAt: at.toISOString(), lastErrorCode: code, lastErrorMessage: message });
  }

  async function get(sourceId: string): Promise<SourceHealth> {
    const h = await redis.hgetall(keys.sourceHealth(sourceId));
    const s = (v: string | undefined) => (v ? v : null);
    return {
      sourceId,
      lastPollAt: s(h.lastPollAt),
      lastSuccessAt: s(h.lastSuccessAt),
      lastErrorAt: s(h.lastErrorAt),
      lastErrorCode: s(h.lastErrorCode),
      lastErrorMessage: s(h.lastErrorMessage),
      consecutiveFailures: Number(h.consecutiveFailures ?? 0),
      itemsFound: Number(h.itemsFound ?? 0),
      articlesStored: Number(h.articlesStored ?? 0),
      nextPollAt: s(h.nextPollAt),
      intervalMs: h.intervalMs ? Number(h.intervalMs) : null,
      routes: h.routes ? (JSON.parse(h.routes) as RouteHealth[]) : [],
    };
  }

  /**
   * Trims a source's health by age: an error recorded before `before` is forgotten; a source no
   * longer configured (`retired`) loses its health and poll state once not polled since `before`.
   */
  async function trimBefore(sourceId: string, before: Date, retired: boolean): Promise<number> {
    const [removed, stale] = (await redis.eval(TRIM_SCRIPT, 1, keys.sourceHealth(sourceId), before.toISOString(), retired ? '1' : '0')) as [number, number];
    // The poll state has no tag (it spreads by name), so it goes in its own command, after the health it belongs to.
    return stale === 1 ? removed + (await redis.del(keys.sourceState(sourceId))) : removed;
  }

  return { recordPoll, recordArticleError, get, trimBefore };
}

/** Did this poll fail: every route that was tried (a deferred one was not) ended in an error. */
export function pollFailed(routes: readonly RouteHealth[]): boolean {
  const judged = routes.filter((r) => r.status !== 'deferred');
  return judged.length > 0 && judged.every((r) => r.errorCode !== null);
}
