import { randomUUID } from 'node:crypto';
import robotsParserModule from 'robots-parser';
import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import type { FetchRequest, FetchResult, HttpClient } from './http-client.ts';

/**
 * Politeness around the outbound client: robots.txt (allow/disallow, Crawl-delay, sitemaps),
 * a per-host budget shared by every process (in flight, per minute, Retry-After), through ports
 * the store implements. This package does no Redis itself.
 */

/** The per-host budget port (implemented by `@feedwright/store` host-budget-repository). */
export type HostBudget = {
  acquire(
    host: string,
    limits: { concurrency: number; perMinute: number; burst?: number; minIntervalMs?: number; leaseMs: number },
    /** `high` (a poll) goes before `normal` requests waiting for the same host; `waiter` is the same id for every attempt of one request. */
    request?: { priority?: 'high' | 'normal'; waiter?: string },
  ): Promise<{ granted: true; lease: string } | { granted: false; reason: 'deferred' | 'busy' | 'rate'; waitMs: number }>;
  release(host: string, lease: string): Promise<void>;
  defer(host: string, delayMs: number): Promise<number>;
};

/** The robots.txt cache port (implemented by `@feedwright/store` robots-repository). */
export type RobotsCache = {
  get(origin: string): Promise<{ text: string; fetchedAt: string } | { errorCode: string; errorMessage: string; fetchedAt: string } | null>;
  set(
    origin: string,
    value: { text: string; fetchedAt: string } | { errorCode: string; errorMessage: string; fetchedAt: string },
    ttlMs: number,
  ): Promise<void>;
};

export type PoliteOptions = {
  http: HttpClient;
  budget: HostBudget;
  robots: RobotsCache;
  /** The User-Agent sent; its product token (before `/`) is what robots.txt groups are matched against. */
  userAgent: string;
  perHost: { concurrency: number; perMinute: number };
  /** Longest a request waits for its host's turn before failing with FETCH_HOST_DEFERRED (default 10 s). */
  maxWaitMs?: number;
  /** A slot not released within this long is freed (default 60 s; keep it above the fetch timeout). */
  leaseMs?: number;
  /** robots.txt is re-read after this long (default 24 h); an unreachable one is retried after `robotsErrorTtlMs` (default 5 min). */
  robotsTtlMs?: number;
  robotsErrorTtlMs?: number;
  /** Pause after a 429 without Retry-After (default 60 s). */
  defaultRateLimitPauseMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

export type PoliteHttpClient = HttpClient & {
  /** The sitemaps a site's robots.txt names (read through the same cache). */
  sitemapsOf(url: string): Promise<string[]>;
};

type Robot = {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
};
// The package's typings declare an ambient module without a callable default; this is its real shape.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;
type RobotsAnswer = { robot: Robot } | { error: FeedwrightError };

// robots.txt answers that mean "no rules" (RFC 9309 §2.3.1.3: 4xx = unavailable = allow all).
const ROBOTS_ALLOW_ALL_CODES = new Set(['FETCH_NOT_FOUND', 'FETCH_GONE', 'FETCH_HTTP_4XX']);
const LOCAL_ROBOTS_MS = 60_000;

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Wraps the outbound client with robots.txt and the shared per-host budget. */
export function createPoliteHttpClient(options: PoliteOptions): PoliteHttpClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const robotsTtlMs = options.robotsTtlMs ?? 86_400_000;
  const robotsErrorTtlMs = options.robotsErrorTtlMs ?? 300_000;
  const rateLimitPauseMs = options.defaultRateLimitPauseMs ?? 60_000;
  const agentToken = options.userAgent.split('/')[0]!.trim() || '*';
  // Parsed robots.txt per origin, kept briefly in memory in front of the shared cache.
  const local = new Map<string, { answer: RobotsAnswer; until: number }>();
  const loading = new Map<string, Promise<RobotsAnswer>>();

  /**
   * Runs `fn` holding one of `host`'s slots; waits for its turn up to maxWaitMs. A `high` request
   * (a poll, robots.txt) takes the next free slot before any `normal` one (an article fetch) waiting
   * for the same host, in every process.
   */
  async function withHostSlot<T>(
    url: URL,
    minIntervalMs: number,
    priority: 'high' | 'normal',
    signal: AbortSignal | undefined,
    fn: () => Promise<T>,
  ): Promise<T> {
    const host = url.host;
    const started = now();
    const request = { priority, waiter: randomUUID() };
    let lease: string | null = null;
    for (let attempt = 0; lease === null; attempt++) {
      const slot = await options.budget.acquire(host, { ...options.perHost, burst: options.perHost.concurrency, minIntervalMs, leaseMs }, request);
      if (slot.granted) {
        lease = slot.lease;
        break;
      }
      // A busy host frees a slot when some request ends: look again soon, with jitter against herds.
      const wait = slot.reason === 'busy' ? 20 + Math.random() * 30 * Math.min(attempt + 1, 4) : slot.waitMs;
      if (now() - started + wait > maxWaitMs) {
        const retryAfterMs = Math.max(wait, 1000);
        throw new FeedwrightError(
          'FETCH_HOST_DEFERRED',
          `${host} is ${slot.reason === 'deferred' ? 'paused (it asked us to retry later)' : 'at its request budget'}; not fetching ${url.href} for ${Math.ceil(retryAfterMs / 1000)} s`,
          {
            details: { url: url.href, host, reason: slot.reason, retryAfterMs },
          },
        );
      }
      await sleep(wait, signal);
    }
    try {
      return await fn();
    } catch (error) {
      // The caller's cancellation is handed back untouched, as the client does.
      if (signal?.aborted || !(error instanceof FeedwrightError)) throw error;
      const coded = error;
      const status = coded.details.status;
      if (coded.code === 'FETCH_RATE_LIMITED' || status === 503) {
        const retryAfterMs =
          typeof coded.details.retryAfterMs === 'number' ? coded.details.retryAfterMs : coded.code === 'FETCH_RATE_LIMITED' ? rateLimitPauseMs : 0;
        if (retryAfterMs > 0) {
          const until = await options.budget.defer(host, retryAfterMs);
          coded.details.hostPausedUntil = new Date(until).toISOString();
        }
      }
      throw coded;
    } finally {
      await options.budget.release(host, lease);
    }
  }

  async function loadRobots(origin: string): Promise<RobotsAnswer> {
    const robotsUrl = `${origin}/robots.txt`;
    const cached = await options.robots.get(origin);
    if (cached) {
      if ('text' in cached) return { robot: robotsParser(robotsUrl, cached.text) };
      return { error: new FeedwrightError(cached.errorCode as FeedwrightError['code'], cached.errorMessage, { details: { url: robotsUrl } }) };
    }
    const fetchedAt = new Date(now()).toISOString();
    try {
      const response = await withHostSlot(new URL(robotsUrl), 0, 'high', undefined, () =>
        options.http.fetch({ url: robotsUrl, accept: 'text/plain, */*;q=0.5' }),
      );
      const text = response.notModified ? '' : new TextDecoder('utf-8').decode(response.body.subarray(0, 512 * 1024));
      await options.robots.set(origin, { text, fetchedAt }, robotsTtlMs);
      return { robot: robotsParser(robotsUrl, text) };
    } catch (error) {
      const coded = toFeedwrightError(error);
      if (ROBOTS_ALLOW_ALL_CODES.has(coded.code)) {
        await options.robots.set(origin, { text: '', fetchedAt }, robotsTtlMs);
        return { robot: robotsParser(robotsUrl, '') };
      }
      // Unreachable (5xx, network, timeout, blocked address, deferral): RFC 9309 says assume
      // complete disallow; we fail every request to the site with the same coded error for a
      // few minutes, so health shows the real cause and the site is not hammered.
      const message = `robots.txt of ${origin} could not be read: ${coded.message}`;
      const failure = new FeedwrightError(coded.code, message, { cause: coded, details: { ...coded.details, url: robotsUrl } });
      if (coded.code !== 'FETCH_HOST_DEFERRED') {
        await options.robots.set(origin, { errorCode: coded.code, errorMessage: message, fetchedAt }, robotsErrorTtlMs);
      }
      return { error: failure };
    }
  }

  async function robotsFor(url: URL): Promise<RobotsAnswer> {
    const origin = url.origin;
    const hit = local.get(origin);
    if (hit && hit.until > now()) return hit.answer;
    let pending = loading.get(origin);
    if (!pending) {
      pending = loadRobots(origin).finally(() => loading.delete(origin));
      loading.set(origin, pending);
    }
    const answer = await pending;
    // Errors are not kept locally: the shared cache decides how long they last.
    if ('robot' in answer) local.set(origin, { answer, until: now() + LOCAL_ROBOTS_MS });
    return answer;
  }

  function parseUrl(text: string): URL {
    try {
      return new URL(text);
    } catch (error) {
      throw new FeedwrightError('FETCH_BAD_URL', `"${text}" is not a valid URL`, { cause: error, details: { url: text } });
    }
  }

  /** The robots.txt rules for `url`, throwing when they disallow it (or could not be read). */
  async function allowedRobot(url: URL): Promise<Robot> {
    const answer = await robotsFor(url);
    if ('error' in answer) throw answer.error;
    if (answer.robot.isDisallowed(url.href, agentToken) === true) {
      throw new FeedwrightError('FETCH_ROBOTS_DISALLOWED', `${url.href} is disallowed for ${agentToken} by ${url.origin}/robots.txt`, {
        details: { url: url.href, line: answer.robot.getMatchingLineNumber(url.href, agentToken) },
      });
    }
    return answer.robot;
  }

  return {
    async fetch(req: FetchRequest): Promise<FetchResult> {
      const url = parseUrl(req.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return options.http.fetch(req);
      const robot = await allowedRobot(url);
      const crawlDelayS = robot.getCrawlDelay(agentToken);
      const minIntervalMs = crawlDelayS !== undefined && crawlDelayS > 0 ? Math.min(crawlDelayS, 120) * 1000 : 0;
      // A redirect is a request too: its target must be allowed by its own site's robots.txt.
      const beforeRedirect = async (next: string) => {
        await req.beforeRedirect?.(next);
        const target = parseUrl(next);
        if (target.protocol === 'http:' || target.protocol === 'https:') await allowedRobot(target);
      };
      return withHostSlot(url, minIntervalMs, req.priority ?? 'normal', req.signal, () => options.http.fetch({ ...req, beforeRedirect }));
    },
    async sitemapsOf(text: string): Promise<string[]> {
      const answer = await robotsFor(parseUrl(text));
      if ('error' in answer) throw answer.error;
      return answer.robot.getSitemaps();
    },
    close: () => options.http.close(),
  };
}
