/**
 * Link normalisation for extracted content: absolute http(s) URLs with tracking parameters
 * removed; anything else (javascript:, data:, malformed) is dropped rather than published.
 */
import { isTrackingParam } from '@feedwright/core/canonical-url.ts';

/** Resolves a possibly relative URL against the page URL; null unless http(s) or mailto. */
export function absoluteUrl(href: string, baseUrl: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.toString();
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.toString();
}

/** An absolute link with tracking parameters (utm_*, fbclid, …) removed. */
export function cleanLink(href: string, baseUrl: string): string | null {
  const absolute = absoluteUrl(href, baseUrl);
  if (!absolute || absolute.startsWith('mailto:')) return absolute;
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
