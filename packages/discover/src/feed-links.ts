import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { parseFeed } from 'feedsmith';
import type { DiscoveredLink } from './discovered-link.ts';

type Dated = {
  link?: string;
  url?: string;
  links?: Array<{ href?: string; rel?: string }>;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  date_modified?: string;
  dc?: { date?: string; dates?: string[] };
};

function toIso(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Pure: the article links of an RSS, Atom, RDF or JSON feed, canonicalised and de-duplicated, in feed order. */
export function linksFromFeed(text: string, feedUrl: string): DiscoveredLink[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new FeedwrightError('DISCOVER_PARSE', `not a feed: ${(error as Error).message}`, { cause: error, details: { url: feedUrl } });
  }
  const feed = parsed.feed as { items?: Dated[]; entries?: Dated[] };
  const items: Dated[] = feed.items ?? feed.entries ?? [];
  const out = new Map<string, DiscoveredLink>();
  for (const item of items) {
    const href = item.link ?? item.url ?? item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? item.links?.[0]?.href;
    if (!href) continue;
    const url = canonicalizeUrl(href, feedUrl);
    if (!url || out.has(url)) continue;
    const date = toIso(item.updated ?? item.date_modified ?? item.pubDate ?? item.published ?? item.date_published ?? item.dc?.date ?? item.dc?.dates?.[0]);
    out.set(url, { url, date });
  }
  return [...out.values()];
}
