import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { load } from 'cheerio/slim';

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|feed\+json|rdf\+xml|json)\b/i;

/** Pure: the feeds a page advertises with `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`, canonicalised, in page order. */
export function alternateFeeds(html: string, pageUrl: string): string[] {
  const $ = load(html);
  const out = new Set<string>();
  $('link[rel][href]').each((_, element) => {
    const rel = ($(element).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = $(element).attr('type') ?? '';
    if (!rel.includes('alternate') || !FEED_TYPES.test(type)) return;
    // JSON is only a feed when it says so; plain application/json alternates are usually oEmbed.
    if (/^application\/json\b/i.test(type) && !/feed/i.test($(element).attr('href') ?? '')) return;
    const url = canonicalizeUrl($(element).attr('href') ?? '', pageUrl);
    if (url) out.add(url);
  });
  return [...out];
}

/**
 * Pure: the fallback when a site advertises no feed and no sitemap — links on its home page that
 * look like stories: same host, at least two path segments, one of them long or numbered (section
 * navigation is short: `/news`, `/zhongwen/simp/world`).
 */
export function storyLikeLinks(urls: readonly string[], pageUrl: string): string[] {
  const host = new URL(pageUrl).host;
  return urls.filter((text) => {
    const url = new URL(text);
    if (url.host !== host || url.href === pageUrl) return false;
    const segments = url.pathname.split('/').filter(Boolean);
    return segments.length >= 2 && segments.some((s) => (/\d/.test(s) && s.length >= 6) || s.length >= 20 || /-.+-.+-/.test(s));
  });
}
