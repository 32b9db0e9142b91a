import type { FeedRoute } from '@feedwright/core/discover-route.ts';
import { linksFromFeed } from '@feedwright/discover/feed-links.ts';
import type { RouteContext, RouteRun } from './route-run.ts';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5';

/** Polls a feed route: its items' links. */
export async function pollFeed(route: Pick<FeedRoute, 'url'>, ctx: RouteContext): Promise<RouteRun> {
  const page = await ctx.read(route.url, FEED_ACCEPT);
  if (page.notModified) return { links: [], notModified: true };
  const links = linksFromFeed(page.text, page.url);
  await page.commit();
  return { links, notModified: false };
}
