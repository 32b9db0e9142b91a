import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { load } from 'cheerio/slim';
import type { DiscoveredLink } from './discovered-link.ts';

export type PageDataRule = {
  /** CSS selector of the script holding the JSON (default `script#__NEXT_DATA__`). */
  script?: string | undefined;
  /** Regular expression the canonical URL must match; without it, links must stay on the page's host. */
  pattern?: string | undefined;
};

export const DEFAULT_PAGE_DATA_SCRIPT = 'script#__NEXT_DATA__';

/** Keys whose string value is a story link in the page data of common news front ends. */
const LINK_KEYS = new Set(['link', 'url', 'href', 'uri', 'canonicalurl', 'shareurl', 'articleurl', 'permalink']);
/** Keys whose value dates the story the object describes, most telling first. */
const DATE_KEYS = [
  'firstPublished',
  'datePublished',
  'publishedAt',
  'published',
  'publicationDate',
  'lastPublished',
  'dateModified',
  'updatedAt',
  'timestamp',
  'date',
];

function toIso(value: unknown): string | null {
  if (typeof value === 'number') {
    // Epoch seconds or milliseconds, as Next.js page data carries them.
    const ms = value < 1e11 ? value * 1000 : value;
    return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
  }
  if (typeof value !== 'string' || !/\d{4}/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * Pure: story links from the JSON a page embeds for its front end (Next.js `__NEXT_DATA__` and the
 * like). Walks the whole document and keeps the values of link-like keys (`link`, `url`, `href`…)
 * that pass the rule, dated by a sibling date key. Canonicalised, de-duplicated, in document order.
 */
export function linksFromPageData(html: string, pageUrl: string, rule: PageDataRule = {}): DiscoveredLink[] {
  const $ = load(html);
  let scripts;
  try {
    scripts = $(rule.script ?? DEFAULT_PAGE_DATA_SCRIPT);
  } catch (error) {
    throw new FeedwrightError('DISCOVER_PARSE', `invalid script selector "${rule.script}": ${(error as Error).message}`, { cause: error });
  }
  if (scripts.length === 0) {
    throw new FeedwrightError('DISCOVER_PARSE', `no page data: nothing matches "${rule.script ?? DEFAULT_PAGE_DATA_SCRIPT}"`, { details: { url: pageUrl } });
  }
  const pattern = rule.pattern ? new RegExp(rule.pattern) : null;
  const host = new URL(pageUrl).host;
  const out = new Map<string, DiscoveredLink>();

  const visit = (node: unknown, depth: number): void => {
    if (depth > 64 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    let date: string | null | undefined;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && LINK_KEYS.has(key.toLowerCase())) {
        const url = canonicalizeUrl(value, pageUrl);
        if (!url || url === pageUrl || (pattern ? !pattern.test(url) : new URL(url).host !== host)) continue;
        date ??= DATE_KEYS.map((k) => toIso(record[k])).find((d) => d !== null) ?? null;
        const known = out.get(url);
        if (!known) out.set(url, { url, date });
        else if (!known.date && date) known.date = date;
      } else {
        visit(value, depth + 1);
      }
    }
  };

  scripts.each((_, element) => {
    const text = $(element).text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new FeedwrightError('DISCOVER_PARSE', `page data is not JSON: ${(error as Error).message}`, { cause: error, details: { url: pageUrl } });
    }
    visit(data, 0);
  });
  return [...out.values()];
}
