import type { SitemapRoute } from '@feedwright/core/discover-route.ts';
import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import { parseSitemap, sitemapsToFollow } from '@feedwright/discover/sitemap-links.ts';
import type { RouteContext, RouteRun } from './route-run.ts';

const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, */*;q=0.5';
/** Sitemap index → child sitemaps: one level of nesting is what news sites use; more is a loop or an archive. */
const MAX_SITEMAP_DEPTH = 2;

/** Polls a sitemap route: a urlset's links, or an index's newest `follow` child sitemaps (one level deep). */
export async function pollSitemap(route: Pick<SitemapRoute, 'url' | 'pattern' | 'follow'>, ctx: RouteContext, depth = 1): Promise<RouteRun> {
  const page = await ctx.read(route.url, SITEMAP_ACCEPT);
  let children: string[];
  if (page.notModified) {
    // An unchanged index still names children that may have changed: remembered from the last full read.
    const remembered = await ctx.store.sourceState.recall<string[]>(ctx.sourceId, `sitemap:${route.url}`);
    if (!remembered) return { links: [], notModified: true };
    children = remembered;
  } else {
    const sitemap = parseSitemap(page.text, page.url, { pattern: route.pattern });
    if (sitemap.kind === 'urlset') {
      await page.commit();
      return { links: sitemap.links, notModified: false };
    }
    children = sitemapsToFollow(sitemap.sitemaps, route.follow);
    await ctx.store.sourceState.remember(ctx.sourceId, `sitemap:${route.url}`, children);
    await page.commit();
  }
  if (depth >= MAX_SITEMAP_DEPTH) return { links: [], notModified: page.notModified };
  const links: DiscoveredLink[] = [];
  let allNotModified = page.notModified;
  for (const child of children) {
    const run = await pollSitemap({ ...route, url: child }, ctx, depth + 1);
    links.push(...run.links);
    allNotModified &&= run.notModified;
  }
  return { links, notModified: allNotModified };
}
