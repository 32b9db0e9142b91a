import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { PageReader } from '../page-reader.ts';

/** What polling one route found; `notModified` when every page it read answered 304. */
export type RouteRun = { links: DiscoveredLink[]; notModified: boolean };

/** What a route poller may use: the poll's page reader, the source's remembered state, robots.txt sitemaps. */
export type RouteContext = {
  sourceId: string;
  read: PageReader;
  store: Pick<Store, 'sourceState'>;
  /** The sitemaps a site's robots.txt names (for `site` routes). */
  sitemapsOf: (url: string) => Promise<string[]>;
};
