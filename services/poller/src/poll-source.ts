import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { DiscoverRoute, SourceConfig } from '@feedwright/core/config.ts';
import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import { articleId } from '@feedwright/core/ids.ts';
import type { FetchJob } from '@feedwright/core/jobs.ts';
import { alternateFeeds, storyLikeLinks } from '@feedwright/discover/alternate-feeds.ts';
import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import { linksFromFeed } from '@feedwright/discover/feed-links.ts';
import { linksFromListing } from '@feedwright/discover/listing-links.ts';
import { linksFromPageData } from '@feedwright/discover/page-data-links.ts';
import { parseSitemap, sitemapsToFollow } from '@feedwright/discover/sitemap-links.ts';
import { decodeHtml } from '@feedwright/extract/charset.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { RouteHealth } from '@feedwright/store/health-repository.ts';
import { newestNewLinks } from './newest-new-links.ts';

export type PollOutcome = {
  routes: RouteHealth[];
  enqueued: FetchJob[];
  /** Epoch ms before which the site asked us not to come back (Retry-After), if any route was told so. */
  resumeAt: number | null;
  /** New links found but left for later polls (a route found more than `maxNewPerPoll`). */
  held: number;
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

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5';
const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, */*;q=0.5';
/** Sitemap index → child sitemaps: one level of nesting is what news sites use; more is a loop or an archive. */
const MAX_SITEMAP_DEPTH = 2;
const MAX_GUNZIPPED_BYTES = 50 * 1024 * 1024;

/** Names a route for logs and health: `feed https://…`, `listing https://…`, `sitemap …`, `pageData …`, `site …`. */
export function describeRoute(route: DiscoverRoute): string {
  if ('feed' in route) return `feed ${route.feed}`;
  if ('listing' in route) {
    const pages = typeof route.listing === 'string' ? [route.listing] : route.listing;
    return `listing ${pages[0]}${pages.length > 1 ? ` (+${pages.length - 1} pages)` : ''}`;
  }
  if ('sitemap' in route) return `sitemap ${route.sitemap}`;
  if ('pageData' in route) return `pageData ${route.pageData}`;
  return `site ${route.site}`;
}

/** The routes a source is polled with: its configured ones, else its site. */
export function effectiveRoutes(source: SourceConfig): DiscoverRoute[] {
  if (source.discover.length > 0) return [...source.discover];
  return source.site ? [{ site: source.site }] : [];
}

type Page = { notModified: true } | { notModified: false; text: string; url: string };

/**
 * One poll's fetches: conditional GET per URL, each URL fetched once however many routes read it.
 * Validators are collected in `commits` and stored by the caller at the end of the poll.
 */
function createPageReader(io: PollIo, counters: { requests: number }, commits: Array<() => Promise<void>>) {
  const pages = new Map<string, Promise<Page & { commit: () => Promise<void> }>>();
  return (url: string, accept?: string) => {
    let pending = pages.get(url);
    if (!pending) {
      pending = (async () => {
        const urlId = articleId(url);
        const validators = await io.store.validators.get(urlId);
        counters.requests++;
        const response = await io.http.fetch({ url, etag: validators.etag, lastModified: validators.lastModified, ...(accept ? { accept } : {}) });
        if (response.notModified) return { notModified: true as const, commit: async () => undefined };
        let bytes = response.body;
        // Sitemaps are often served as .xml.gz files (gzip as the content, not as a transfer coding).
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
          try {
            bytes = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED_BYTES });
          } catch (error) {
            if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
              throw new FeedwrightError('FETCH_TOO_LARGE', `${url}: unpacks to more than ${MAX_GUNZIPPED_BYTES} bytes`, { cause: error, details: { url, maxBytes: MAX_GUNZIPPED_BYTES } });
            }
            throw new FeedwrightError('DISCOVER_PARSE', `${url}: broken gzip: ${(error as Error).message}`, { cause: error, details: { url } });
          }
        }
        const text = decodeHtml(bytes, response.contentType).html;
        return {
          notModified: false as const,
          text,
          url: response.url,
          // Validators are stored only after a successful parse, so a broken page is fetched in full next time.
          commit: async () => {
            commits.push(() => io.store.validators.set(urlId, { etag: response.etag, lastModified: response.lastModified }));
          },
        };
      })();
      pages.set(url, pending);
    }
    return pending;
  };
}

type RouteRun = { links: DiscoveredLink[]; notModified: boolean };

/**
 * Polls every discovery route of a source (conditional GET), collects candidate URLs and returns
 * the fetch jobs for those never seen before. A failing route is recorded, never fatal: the other
 * routes still count.
 */
export async function pollSource(source: SourceConfig, io: PollIo): Promise<PollOutcome> {
  const routes: RouteHealth[] = [];
  const found = new Map<string, DiscoveredLink>();
  const linksPerRoute: string[][] = [];
  let resumeAt: number | null = null;
  const previous = new Map((io.previous ?? []).map((r) => [r.route, r]));
  const counters = { requests: 0 };
  const commits: Array<() => Promise<void>> = [];
  const read = createPageReader(io, counters, commits);

  async function pollFeed(url: string): Promise<RouteRun> {
    const page = await read(url, FEED_ACCEPT);
    if (page.notModified) return { links: [], notModified: true };
    const links = linksFromFeed(page.text, page.url);
    await page.commit();
    return { links, notModified: false };
  }

  async function pollSitemap(url: string, rule: { pattern?: string | undefined; follow: number }, depth = 1): Promise<RouteRun> {
    const page = await read(url, SITEMAP_ACCEPT);
    let children: string[];
    if (page.notModified) {
      // An unchanged index still names children that may have changed: remembered from the last full read.
      const remembered = await io.store.sourceState.recall<string[]>(source.id, `sitemap:${url}`);
      if (!remembered) return { links: [], notModified: true };
      children = remembered;
    } else {
      const sitemap = parseSitemap(page.text, page.url, { pattern: rule.pattern });
      if (sitemap.kind === 'urlset') {
        await page.commit();
        return { links: sitemap.links, notModified: false };
      }
      children = sitemapsToFollow(sitemap.sitemaps, rule.follow);
      await io.store.sourceState.remember(source.id, `sitemap:${url}`, children);
      await page.commit();
    }
    if (depth >= MAX_SITEMAP_DEPTH) return { links: [], notModified: page.notModified };
    const links: DiscoveredLink[] = [];
    let allNotModified = page.notModified;
    for (const child of children) {
      const run = await pollSitemap(child, rule, depth + 1);
      links.push(...run.links);
      allNotModified &&= run.notModified;
    }
    return { links, notModified: allNotModified };
  }

  async function pollListing(urls: string[], rule: { links?: string | undefined; pattern?: string | undefined }): Promise<RouteRun> {
    const links: DiscoveredLink[] = [];
    let allNotModified = true;
    for (const url of urls) {
      const page = await read(url);
      if (page.notModified) continue;
      allNotModified = false;
      links.push(...linksFromListing(page.text, page.url, rule));
      await page.commit();
    }
    return { links, notModified: allNotModified };
  }

  async function pollPageData(url: string, rule: { script?: string | undefined; pattern?: string | undefined }): Promise<RouteRun> {
    const page = await read(url);
    if (page.notModified) return { links: [], notModified: true };
    const links = linksFromPageData(page.text, page.url, rule);
    await page.commit();
    return { links, notModified: false };
  }

  /** A site with no configured route: its advertised feeds, else its robots.txt sitemaps, else story-like links. */
  async function pollSite(site: string, pattern: string | undefined): Promise<Array<{ name: string; run: () => Promise<RouteRun> }>> {
    const page = await read(site);
    type SiteMemo = { feeds: string[] };
    let memo: SiteMemo | null;
    let fallbackLinks: DiscoveredLink[] = [];
    if (page.notModified) {
      memo = await io.store.sourceState.recall<SiteMemo>(source.id, `site:${site}`);
    } else {
      memo = { feeds: alternateFeeds(page.text, page.url) };
      const sameHost = linksFromListing(page.text, page.url, pattern ? { pattern } : {});
      const storyUrls = new Set(pattern ? sameHost.map((l) => l.url) : storyLikeLinks(sameHost.map((l) => l.url), page.url));
      fallbackLinks = sameHost.filter((l) => storyUrls.has(l.url));
      await io.store.sourceState.remember(source.id, `site:${site}`, memo);
      await page.commit();
    }
    const filter = (run: RouteRun): RouteRun => (pattern ? { ...run, links: run.links.filter((l) => new RegExp(pattern).test(l.url)) } : run);
    const subRoutes: Array<{ name: string; run: () => Promise<RouteRun> }> = (memo?.feeds ?? []).map((feed) => ({
      name: `site ${site} → feed ${feed}`,
      run: async () => filter(await pollFeed(feed)),
    }));
    if (subRoutes.length === 0) {
      for (const sitemap of await io.sitemapsOf(site)) {
        subRoutes.push({ name: `site ${site} → sitemap ${sitemap}`, run: () => pollSitemap(sitemap, { pattern, follow: 5 }) });
      }
    }
    if (subRoutes.length === 0) {
      subRoutes.push({ name: `site ${site} → links`, run: async () => ({ links: fallbackLinks, notModified: page.notModified }) });
    }
    return subRoutes;
  }

  const record = (name: string, body: () => Promise<RouteRun>) => async () => {
    const before = counters.requests;
    const last = previous.get(name);
    try {
      const run = await body();
      const seen = new Set<string>();
      const links = run.links.filter((l) => !seen.has(l.url) && (seen.add(l.url), true));
      for (const link of links) if (!found.has(link.url)) found.set(link.url, link);
      linksPerRoute.push(links.map((l) => l.url));
      const lastFoundAt = links.length > 0 ? io.now.toISOString() : (last?.lastFoundAt ?? null);
      // Parsed fine, found nothing, but used to: the selector or pattern has probably rotted. A 304 changes nothing.
      const rotted = run.notModified ? (last?.rotted ?? false) : links.length === 0 && lastFoundAt !== null;
      routes.push({
        route: name,
        found: links.length,
        newItems: 0,
        errorCode: null,
        errorMessage: null,
        status: run.notModified ? 'not-modified' : 'ok',
        requests: counters.requests - before,
        lastFoundAt,
        rotted,
      });
    } catch (error) {
      const coded = toFeedwrightError(error);
      const retryAfterMs = typeof coded.details.retryAfterMs === 'number' ? coded.details.retryAfterMs : null;
      const pausedUntil = typeof coded.details.hostPausedUntil === 'string' ? Date.parse(coded.details.hostPausedUntil) : null;
      const until = pausedUntil ?? (coded.code === 'FETCH_HOST_DEFERRED' && retryAfterMs !== null ? io.now.getTime() + retryAfterMs : null);
      if (until !== null) resumeAt = Math.max(resumeAt ?? 0, until);
      linksPerRoute.push([]);
      routes.push({
        route: name,
        found: 0,
        newItems: 0,
        errorCode: coded.code,
        errorMessage: coded.message,
        status: coded.code === 'FETCH_HOST_DEFERRED' ? 'deferred' : 'error',
        requests: counters.requests - before,
        lastFoundAt: last?.lastFoundAt ?? null,
        rotted: last?.rotted ?? false,
      });
    }
  };

  for (const route of effectiveRoutes(source)) {
    const name = describeRoute(route);
    if ('feed' in route) await record(name, () => pollFeed(route.feed))();
    else if ('listing' in route) await record(name, () => pollListing(typeof route.listing === 'string' ? [route.listing] : [...route.listing], route))();
    else if ('sitemap' in route) await record(name, () => pollSitemap(route.sitemap, route))();
    else if ('pageData' in route) await record(name, () => pollPageData(route.pageData, route))();
    else {
      const site: { subRoutes: Awaited<ReturnType<typeof pollSite>> } = { subRoutes: [] };
      await record(name, async () => {
        site.subRoutes = await pollSite(route.site, route.pattern);
        return { links: [], notModified: false };
      })();
      // The site entry itself records the home page and robots.txt; what it found is on the sub-routes.
      const siteEntry = routes.at(-1)!;
      if (siteEntry.errorCode === null) {
        siteEntry.status = 'ok';
        siteEntry.rotted = false;
        for (const sub of site.subRoutes) await record(sub.name, sub.run)();
      }
    }
  }

  const candidates = [...found.values()];
  const unseen = new Set(await io.store.seen.filterUnseen(candidates.map((link) => articleId(link.url))));
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
  // A route with links held back must be read in full next time (no 304), so its validators are not stored.
  if (held === 0) for (const commit of commits) await commit();
  const enqueued = [...picked.values()].map((link): FetchJob => ({ sourceId: source.id, url: link.url, reason: 'discovered', correlationId: randomUUID() }));
  const enqueuedUrls = new Set(enqueued.map((job) => job.url));
  routes.forEach((health, i) => {
    health.newItems = (linksPerRoute[i] ?? []).filter((url) => enqueuedUrls.has(url)).length;
  });
  return { routes, enqueued, resumeAt, held };
}
