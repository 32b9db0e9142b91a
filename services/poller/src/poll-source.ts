import { randomUUID } from 'node:crypto';
import type { SourceConfig } from '@feedwright/core/config.ts';
import { describeRoute, routeUrls, sourceRoutes, type Route } from '@feedwright/core/discover-route.ts';
import { toFeedwrightError } from '@feedwright/core/errors.ts';
import { articleId } from '@feedwright/core/ids.ts';
import type { FetchJob, RouteOutcome } from '@feedwright/core/jobs.ts';
import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { RouteHealth } from '@feedwright/store/health-repository.ts';
import { newestNewLinks } from './newest-new-links.ts';
import { createPageReader } from './page-reader.ts';
import { pollFeed } from './routes/poll-feed.ts';
import { pollListing } from './routes/poll-listing.ts';
import { pollPageData } from './routes/poll-page-data.ts';
import { resolveSite } from './routes/poll-site.ts';
import { pollSitemap } from './routes/poll-sitemap.ts';
import type { RouteContext, RouteRun } from './routes/route-run.ts';

export type PollOutcome = {
  routes: RouteHealth[];
  /** Per route (same order as `routes`): the host it read and how it ended (ok, not-modified or the error code). */
  outcomes: RouteOutcome[];
  enqueued: FetchJob[];
  /** Epoch ms before which the site asked us not to come back (Retry-After), if any route was told so. */
  resumeAt: number | null;
  /** New links found but left for later polls (a route found more than `maxNewPerPoll`). */
  held: number;
  /**
   * Stores the validators (ETag, Last-Modified) of the pages this poll read, so the next poll can get a 304; a no-op when links
   * were held back. The caller runs it only once `enqueued` is queued: stored first, a failed enqueue (Redis lost mid-poll, a
   * primary killed before the jobs reached its replica) would leave the next poll a 304 and those stories undiscovered until the
   * page changed again.
   */
  commit: () => Promise<void>;
};

export type PollIo = {
  http: HttpClient;
  store: Store;
  /** The sitemaps a site's robots.txt names (for `site` routes). */
  sitemapsOf: (url: string) => Promise<string[]>;
  now: Date;
  /** Route health of the previous poll (to notice a route that stopped finding anything). */
  previous?: RouteHealth[];
  /** The ids among `ids` that already have a fetch job queued (so the per-route cap moves on to the next batch). */
  queued?: (ids: readonly string[]) => Promise<Set<string>>;
};

/** The poller of each route kind (a `site` route resolves to sub-routes, polled by the caller). */
function pollRoute(route: Exclude<Route, { kind: 'site' }>, ctx: RouteContext): Promise<RouteRun> {
  switch (route.kind) {
    case 'feed':
      return pollFeed(route, ctx);
    case 'listing':
      return pollListing(route, ctx);
    case 'sitemap':
      return pollSitemap(route, ctx);
    case 'pageData':
      return pollPageData(route, ctx);
  }
}

/**
 * Polls every discovery route of a source (conditional GET), collects candidate URLs and returns
 * the fetch jobs for those never seen before. A failing route is recorded, never fatal: the other
 * routes still count.
 */
export async function pollSource(source: SourceConfig, io: PollIo): Promise<PollOutcome> {
  const routes: RouteHealth[] = [];
  const outcomes: RouteOutcome[] = [];
  const found = new Map<string, DiscoveredLink>();
  const linksPerRoute: string[][] = [];
  let resumeAt: number | null = null;
  const previous = new Map((io.previous ?? []).map((r) => [r.route, r]));
  const counters = { requests: 0 };
  const commits: Array<() => Promise<void>> = [];
  const ctx: RouteContext = { sourceId: source.id, read: createPageReader(io, counters, commits), store: io.store, sitemapsOf: io.sitemapsOf };

  /** Runs one route and records its health (found, status, error, rotted). */
  async function record(name: string, url: string, body: () => Promise<RouteRun>): Promise<RouteHealth> {
    const before = counters.requests;
    const last = previous.get(name);
    let health: RouteHealth;
    try {
      const run = await body();
      const seen = new Set<string>();
      const links = run.links.filter((l) => !seen.has(l.url) && (seen.add(l.url), true));
      for (const link of links) if (!found.has(link.url)) found.set(link.url, link);
      linksPerRoute.push(links.map((l) => l.url));
      const lastFoundAt = links.length > 0 ? io.now.toISOString() : (last?.lastFoundAt ?? null);
      // Parsed fine, found nothing, but used to: the selector or pattern has probably rotted. A 304 changes nothing.
      const rotted = run.notModified ? (last?.rotted ?? false) : links.length === 0 && lastFoundAt !== null;
      health = {
        route: name,
        found: links.length,
        newItems: 0,
        errorCode: null,
        errorMessage: null,
        status: run.notModified ? 'not-modified' : 'ok',
        requests: counters.requests - before,
        lastFoundAt,
        rotted,
      };
    } catch (error) {
      const coded = toFeedwrightError(error);
      const retryAfterMs = typeof coded.details.retryAfterMs === 'number' ? coded.details.retryAfterMs : null;
      const pausedUntil = typeof coded.details.hostPausedUntil === 'string' ? Date.parse(coded.details.hostPausedUntil) : null;
      const until = pausedUntil ?? (coded.code === 'FETCH_HOST_DEFERRED' && retryAfterMs !== null ? io.now.getTime() + retryAfterMs : null);
      if (until !== null) resumeAt = Math.max(resumeAt ?? 0, until);
      linksPerRoute.push([]);
      health = {
        route: name,
        found: 0,
        newItems: 0,
        errorCode: coded.code,
        errorMessage: coded.message,
        status: coded.code === 'FETCH_HOST_DEFERRED' ? 'deferred' : 'error',
        requests: counters.requests - before,
        lastFoundAt: last?.lastFoundAt ?? null,
        rotted: last?.rotted ?? false,
      };
    }
    routes.push(health);
    outcomes.push({ host: hostOf(url), outcome: health.errorCode ?? health.status ?? 'ok' });
    return health;
  }

  for (const route of sourceRoutes(source)) {
    const name = describeRoute(route);
    if (route.kind !== 'site') {
      await record(name, routeUrls(route)[0]!, () => pollRoute(route, ctx));
      continue;
    }
    let subRoutes: Awaited<ReturnType<typeof resolveSite>> = [];
    const siteEntry = await record(name, route.url, async () => {
      subRoutes = await resolveSite(route, name, ctx);
      return { links: [], notModified: false };
    });
    // The site entry itself records the home page and robots.txt; what it found is on the sub-routes.
    if (siteEntry.errorCode === null) {
      siteEntry.status = 'ok';
      siteEntry.rotted = false;
      outcomes[outcomes.length - 1]!.outcome = 'ok';
      for (const sub of subRoutes) await record(sub.name, sub.url, sub.run);
    }
  }

  const candidates = [...found.values()];
  const unseen = new Set(
    await io.store.seen.filterUnseen(
      candidates.map((link) => articleId(link.url)),
      io.now,
    ),
  );
  // Each route enqueues at most maxNewPerPoll new links, newest first; the rest wait for later polls.
  // Links that already have a fetch job queued are skipped, so each poll takes the next batch; the
  // queue is asked in chunks, only as far down the list as the batch needs.
  const picked = new Map<string, DiscoveredLink>();
  let held = 0;
  const max = source.maxNewPerPoll;
  for (const urls of linksPerRoute) {
    const links = urls.map((url) => found.get(url)!);
    const ranked = newestNewLinks(links, (link) => !picked.has(link.url) && unseen.has(articleId(link.url)), Number.MAX_SAFE_INTEGER).picked;
    let taken = 0;
    let scanned = 0;
    while (scanned < ranked.length && taken < max) {
      const chunk = ranked.slice(scanned, scanned + max);
      const inQueue = io.queued ? await io.queued(chunk.map((link) => articleId(link.url))) : new Set<string>();
      for (const link of chunk) {
        if (taken >= max) break;
        scanned++;
        if (inQueue.has(articleId(link.url))) continue;
        picked.set(link.url, link);
        taken++;
      }
    }
    held += ranked.length - scanned;
  }
  const enqueued = [...picked.values()].map((link): FetchJob => ({ sourceId: source.id, url: link.url, reason: 'discovered', correlationId: randomUUID() }));
  const enqueuedUrls = new Set(enqueued.map((job) => job.url));
  routes.forEach((health, i) => {
    health.newItems = (linksPerRoute[i] ?? []).filter((url) => enqueuedUrls.has(url)).length;
  });
  // A route with links held back must be read in full next time (no 304), so no validators are stored.
  const commit = async (): Promise<void> => {
    if (held === 0) for (const storeValidators of commits) await storeValidators();
  };
  return { routes, outcomes, enqueued, resumeAt, held, commit };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid';
  }
}
