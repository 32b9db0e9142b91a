import { randomUUID } from 'node:crypto';
import type { DiscoverRoute, SourceConfig } from '@feedwright/core/config.ts';
import { toFeedwrightError } from '@feedwright/core/errors.ts';
import { articleId } from '@feedwright/core/ids.ts';
import type { FetchJob } from '@feedwright/core/jobs.ts';
import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import { linksFromFeed } from '@feedwright/discover/feed-links.ts';
import { linksFromListing } from '@feedwright/discover/listing-links.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { RouteHealth } from '@feedwright/store/health-repository.ts';
import type { Store } from '@feedwright/store/create-store.ts';

export type PollOutcome = { routes: RouteHealth[]; enqueued: FetchJob[] };

/** Names a route for logs and health: `feed https://…` / `listing https://…`. */
export function describeRoute(route: DiscoverRoute): string {
  return 'feed' in route ? `feed ${route.feed}` : `listing ${route.listing}`;
}

/**
 * Polls every discovery route of a source (conditional GET), collects candidate URLs and returns
 * the fetch jobs for those never seen before. A failing route is recorded, never fatal: the other
 * routes still count.
 */
export async function pollSource(source: SourceConfig, io: { http: HttpClient; store: Store }): Promise<PollOutcome> {
  const routes: RouteHealth[] = [];
  const found = new Map<string, DiscoveredLink>();
  const linksPerRoute: string[][] = [];
  for (const route of source.discover) {
    const routeUrl = 'feed' in route ? route.feed : route.listing;
    const urlId = articleId(routeUrl);
    try {
      const validators = await io.store.validators.get(urlId);
      const response = await io.http.fetch({
        url: routeUrl,
        etag: validators.etag,
        lastModified: validators.lastModified,
        ...('feed' in route ? { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5' } : {}),
      });
      if (response.notModified) {
        linksPerRoute.push([]);
        routes.push({ route: describeRoute(route), found: 0, newItems: 0, errorCode: null, errorMessage: null });
        continue;
      }
      const text = new TextDecoder('utf-8').decode(response.body);
      const links = 'feed' in route ? linksFromFeed(text, response.url) : linksFromListing(text, response.url, { links: route.links, pattern: route.pattern });
      for (const link of links) if (!found.has(link.url)) found.set(link.url, link);
      linksPerRoute.push(links.map((link) => link.url));
      // Store validators only after a successful parse, so a broken page is fetched in full next time.
      await io.store.validators.set(urlId, { etag: response.etag, lastModified: response.lastModified });
      routes.push({ route: describeRoute(route), found: links.length, newItems: 0, errorCode: null, errorMessage: null });
    } catch (error) {
      const coded = toFeedwrightError(error);
      linksPerRoute.push([]);
      routes.push({ route: describeRoute(route), found: 0, newItems: 0, errorCode: coded.code, errorMessage: coded.message });
    }
  }
  const candidates = [...found.values()];
  const unseen = new Set(await io.store.seen.filterUnseen(candidates.map((link) => articleId(link.url))));
  const enqueued = candidates
    .filter((link) => unseen.has(articleId(link.url)))
    .map((link): FetchJob => ({ sourceId: source.id, url: link.url, reason: 'discovered', correlationId: randomUUID() }));
  const enqueuedUrls = new Set(enqueued.map((job) => job.url));
  routes.forEach((health, i) => {
    health.newItems = (linksPerRoute[i] ?? []).filter((url) => enqueuedUrls.has(url)).length;
  });
  return { routes, enqueued };
}
