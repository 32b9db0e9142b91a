import type { PageDataRoute } from '@feedwright/core/discover-route.ts';
import { linksFromPageData } from '@feedwright/discover/page-data-links.ts';
import type { RouteContext, RouteRun } from './route-run.ts';

/** Polls a pageData route: story links in the JSON the page embeds for its front end. */
export async function pollPageData(route: PageDataRoute, ctx: RouteContext): Promise<RouteRun> {
  const page = await ctx.read(route.url);
  if (page.notModified) return { links: [], notModified: true };
  const links = linksFromPageData(page.text, page.url, { script: route.script, pattern: route.pattern });
  await page.commit();
  return { links, notModified: false };
}
