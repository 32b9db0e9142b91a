import type { ListingRoute } from '@feedwright/core/discover-route.ts';
import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import { linksFromListing } from '@feedwright/discover/listing-links.ts';
import type { RouteContext, RouteRun } from './route-run.ts';

/** Polls a listing route: the story links of each of its pages. */
export async function pollListing(route: ListingRoute, ctx: RouteContext): Promise<RouteRun> {
  const links: DiscoveredLink[] = [];
  let allNotModified = true;
  for (const url of route.urls) {
    const page = await ctx.read(url);
    if (page.notModified) continue;
    allNotModified = false;
    links.push(...linksFromListing(page.text, page.url, { links: route.links, pattern: route.pattern }));
    await page.commit();
  }
  return { links, notModified: allNotModified };
}
