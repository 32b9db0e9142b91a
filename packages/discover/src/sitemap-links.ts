import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { load } from 'cheerio/slim';
import type { DiscoveredLink } from './discovered-link.ts';

/** A parsed sitemap: an index naming other sitemaps, or a URL set of pages. */
export type Sitemap = { kind: 'index'; sitemaps: Array<{ url: string; lastmod: string | null }> } | { kind: 'urlset'; links: DiscoveredLink[] };

export type SitemapRule = {
  /** Regular expression the canonical page URL must match. */
  pattern?: string | undefined;
};

function toIso(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The local name of an XML tag (`news:publication_date` → `publication_date`), lowercased. */
function localName(tag: string): string {
  return tag.slice(tag.lastIndexOf(':') + 1).toLowerCase();
}

/**
 * Pure: parses a sitemap (sitemaps.org 0.9, with Google News `news:publication_date`). A URL set's
 * links are canonicalised, de-duplicated and dated by `news:publication_date`, else `lastmod`;
 * an index lists its child sitemaps with their `lastmod`.
 */
export function parseSitemap(xml: string, sitemapUrl: string, rule: SitemapRule = {}): Sitemap {
  const $ = load(xml, { xml: true });
  const root = $.root()
    .children()
    .filter((_, el) => el.type === 'tag')
    .first();
  const rootName = root.length > 0 ? localName((root[0] as { name: string }).name) : '';
  if (rootName !== 'urlset' && rootName !== 'sitemapindex') {
    throw new FeedwrightError('DISCOVER_PARSE', `not a sitemap (root element <${rootName || 'none'}>)`, { details: { url: sitemapUrl } });
  }
  const fields = (entry: Parameters<typeof $>[0]) => {
    const out: Record<string, string> = {};
    $(entry)
      .find('*')
      .each((_, el) => {
        const name = localName((el as { name: string }).name);
        if (!(name in out)) out[name] = $(el).text().trim();
      });
    return out;
  };
  const entryName = rootName === 'urlset' ? 'url' : 'sitemap';
  const entries = root.children().filter((_, el) => el.type === 'tag' && localName((el as { name: string }).name) === entryName);

  if (rootName === 'sitemapindex') {
    const seen = new Map<string, { url: string; lastmod: string | null }>();
    entries.each((_, el) => {
      const f = fields(el);
      const url = f.loc ? canonicalizeUrl(f.loc, sitemapUrl) : null;
      if (url && !seen.has(url)) seen.set(url, { url, lastmod: toIso(f.lastmod) });
    });
    return { kind: 'index', sitemaps: [...seen.values()] };
  }

  const pattern = rule.pattern ? new RegExp(rule.pattern) : null;
  const links = new Map<string, DiscoveredLink>();
  entries.each((_, el) => {
    const f = fields(el);
    const url = f.loc ? canonicalizeUrl(f.loc, sitemapUrl) : null;
    if (!url || links.has(url) || (pattern && !pattern.test(url))) return;
    links.set(url, { url, date: toIso(f.publication_date) ?? toIso(f.lastmod) });
  });
  return { kind: 'urlset', links: [...links.values()] };
}

/**
 * Pure: the child sitemaps of an index worth reading this poll, newest `lastmod` first, at most
 * `limit` of them (a big site's index names thousands of archives; news lives in the newest few).
 */
export function sitemapsToFollow(index: Array<{ url: string; lastmod: string | null }>, limit: number): string[] {
  return [...index]
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? '') || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.url);
}
