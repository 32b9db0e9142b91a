/**
 * Link normalisation for extracted content: absolute http(s) URLs with tracking parameters
 * removed; anything else (javascript:, data:, malformed) is dropped rather than published.
 */
import { isTrackingParam } from '@feedwright/core/canonical-url.ts';

/** The parsed http(s) or mailto URL a possibly relative href points to, or null. */
function resolveUrl(href: string, baseUrl: string): URL | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return null;
  }
  return url.protocol === 'mailto:' || url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** Resolves a possibly relative URL against the page URL; null unless http(s) or mailto. */
export function absoluteUrl(href: string, baseUrl: string): string | null {
  return resolveUrl(href, baseUrl)?.toString() ?? null;
}

/** An absolute link with tracking parameters (utm_*, fbclid, …) removed. */
export function cleanLink(href: string, baseUrl: string): string | null {
  const resolved = resolveUrl(href, baseUrl);
  if (!resolved) return null;
  const absolute = resolved.toString();
  // Without a query there is no parameter to drop (most links): no second parse.
  if (absolute.startsWith('mailto:') || !holdsQuery(absolute)) return absolute;
  const url = new URL(absolute);
  let changed = false;
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) {
      url.searchParams.delete(name);
      changed = true;
    }
  }
  if (!changed) return absolute;
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.toString();
}

/**
 * Whether a serialized URL has a non-empty query (`url.search !== ''`), read off the string: in an href the first `?`
 * before any `#` starts the query (elsewhere a `?` is percent-encoded). The getter costs more than the search, per link.
 */
function holdsQuery(href: string): boolean {
  const query = href.indexOf('?');
  if (query === -1) return false;
  const hash = href.indexOf('#');
  if (hash !== -1 && hash < query) return false;
  return query + 1 < href.length && query + 1 !== hash;
}
