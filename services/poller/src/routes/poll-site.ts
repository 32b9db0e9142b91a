import type { SiteRoute } from '@feedwright/core/discover-route.ts';
import { alternateFeeds, storyLikeLinks } from '@feedwright/discover/alternate-feeds.ts';
import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import { linksFromListing } from '@feedwright/discover/listing-links.ts';
import { pollFeed } from './poll-feed.ts';
import { pollSitemap } from './poll-sitemap.ts';
import type { RouteContext, RouteRun } from './route-run.ts';

/** A route a site resolved to; recorded in health under its own name. */
export type SubRoute = { name: string; url: string; run: () => Promise<RouteRun> };

type SiteMemo = { feeds: string[] };

/** A site with no configured route: its advertised feeds, else its robots.txt sitemaps, else story-like links. */
export async function resolveSite(route: SiteRoute, name: string, ctx: RouteContext): Promise<SubRoute[]> {
  const { url: site, pattern } = route;
  const page = await ctx.read(site);
  let memo: SiteMemo | null;
  let fallbackLinks: DiscoveredLink[] = [];
  if (page.notModified) {
    memo = await ctx.store.sourceState.recall<SiteMemo>(ctx.sourceId, `site:${site}`);
  } else {
    memo = { feeds: alternateFeeds(page.text, page.url) };
    const sameHost = linksFromListing(page.text, page.url, pattern ? { pattern } : {});
    const storyUrls = new Set(
      pattern
        ? sameHost.map((l) => l.url)
        : storyLikeLinks(
            sameHost.map((l) => l.url),
            page.url,
          ),
    );
    fallbackLinks = sameHost.filter((l) => storyUrls.has(l.url));
    await ctx.store.sourceState.remember(ctx.sourceId, `site:${site}`, memo);
    await page.commit();
  }
  const filter = (run: RouteRun): RouteRun => (pattern ? { ...run, links: run.links.filter((l) => new RegExp(pattern).test(l.url)) } : run);
  const subRoutes: SubRoute[] = (memo?.feeds ?? []).map((feed) => ({
    name: `${name} → feed ${feed}`,
    url: feed,
    run: async () => filter(await pollFeed({ url: feed }, ctx)),
  }));
  if (subRoutes.length === 0) {
    for (const sitemap of await ctx.sitemapsOf(site)) {
      subRoutes.push({ name: `${name} → sitemap ${sitemap}`, url: sitemap, run: () => pollSitemap({ url: sitemap, pattern, follow: 5 }, ctx) });
    }
  }
  if (subRoutes.length === 0) {
    subRoutes.push({ name: `${name} → links`, url: site, run: async () => ({ links: fallbackLinks, notModified: page.notModified }) });
  }
  return subRoutes;
}
