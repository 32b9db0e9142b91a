import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { load } from 'cheerio/slim';
import type { DiscoveredLink } from './discovered-link.ts';

export type ListingRule = {
  /** CSS selector of the article links (default: every `a[href]`). */
  links?: string | undefined;
  /** Regular expression the canonical URL must match. */
  pattern?: string | undefined;
};

/**
 * Pure: the article links of a listing page (front page, section page), canonicalised,
 * de-duplicated and filtered by the rule, in page order. Links to other hosts are kept only
 * when the pattern explicitly allows them.
 */
export function linksFromListing(html: string, pageUrl: string, rule: ListingRule): DiscoveredLink[] {
  const $ = load(html);
  const base = $('base[href]').attr('href');
  const baseUrl = base ? (canonicalizeUrl(base, pageUrl) ?? pageUrl) : pageUrl;
  let anchors;
  try {
    anchors = $(rule.links ?? 'a[href]');
  } catch (error) {
    throw new FeedwrightError('DISCOVER_PARSE', `invalid links selector "${rule.links}": ${(error as Error).message}`, { cause: error });
  }
  const pattern = rule.pattern ? new RegExp(rule.pattern) : null;
  const host = new URL(pageUrl).host;
  const out = new Map<string, DiscoveredLink>();
  anchors.each((_, element) => {
    const href = $(element).attr('href');
    if (!href) return;
    const url = canonicalizeUrl(href, baseUrl);
    if (!url || out.get(url)?.date) return;
    if (pattern ? !pattern.test(url) : new URL(url).host !== host) return;
    // The teaser's <time> dates the story; a later link to the same story may carry it.
    const datetime = $(element).closest('li, article, div').find('time[datetime]').first().attr('datetime');
    const ms = datetime ? Date.parse(datetime) : NaN;
    out.set(url, { url, date: Number.isNaN(ms) ? null : new Date(ms).toISOString() });
  });
  return [...out.values()];
}
