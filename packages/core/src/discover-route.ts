import type { DiscoverRoute, SourceConfig } from './config.ts';

/**
 * Discovery routes as a discriminated union. The YAML names a route by its key (`feed:`,
 * `listing:`…); `classifyRoute` is the one place that looks at which key is present, and
 * everything else (pollers, names, URLs) switches on `kind`.
 */

export const ROUTE_KINDS = ['feed', 'listing', 'sitemap', 'pageData', 'site'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export type FeedRoute = { kind: 'feed'; url: string };
export type ListingRoute = { kind: 'listing'; urls: string[]; links?: string | undefined; pattern?: string | undefined };
export type SitemapRoute = { kind: 'sitemap'; url: string; pattern?: string | undefined; follow: number };
export type PageDataRoute = { kind: 'pageData'; url: string; script?: string | undefined; pattern?: string | undefined };
export type SiteRoute = { kind: 'site'; url: string; pattern?: string | undefined };
export type Route = FeedRoute | ListingRoute | SitemapRoute | PageDataRoute | SiteRoute;

/** The typed form of a configured route (the only place that tells routes apart by key). */
export function classifyRoute(route: DiscoverRoute): Route {
  if ('feed' in route) return { kind: 'feed', url: route.feed };
  if ('listing' in route)
    return { kind: 'listing', urls: typeof route.listing === 'string' ? [route.listing] : [...route.listing], links: route.links, pattern: route.pattern };
  if ('sitemap' in route) return { kind: 'sitemap', url: route.sitemap, pattern: route.pattern, follow: route.follow };
  if ('pageData' in route) return { kind: 'pageData', url: route.pageData, script: route.script, pattern: route.pattern };
  return { kind: 'site', url: route.site, pattern: route.pattern };
}

/** The routes a source is polled with: its configured ones, else its site. */
export function sourceRoutes(source: Pick<SourceConfig, 'discover' | 'site'>): Route[] {
  if (source.discover.length > 0) return source.discover.map(classifyRoute);
  return source.site ? [{ kind: 'site', url: source.site }] : [];
}

/** The URLs a route starts from (a listing may name several pages). */
export function routeUrls(route: Route): string[] {
  return route.kind === 'listing' ? route.urls : [route.url];
}

/** Names a route for logs and health: `feed https://…`, `listing https://… (+1 pages)`, `sitemap …`, `pageData …`, `site …`. */
export function describeRoute(route: Route): string {
  if (route.kind === 'listing') return `listing ${route.urls[0]}${route.urls.length > 1 ? ` (+${route.urls.length - 1} pages)` : ''}`;
  return `${route.kind} ${route.url}`;
}
