import { getDomain } from 'tldts';
import type { SourceConfig } from './config.ts';

/**
 * Who may name an article's identity. A page's rel=canonical or og:url is a claim; it is believed
 * only when it stays on the source's own site, so one source cannot store its text under another
 * source's article id (or mark another source's future URL seen).
 */

/**
 * The site key of a URL: its registrable domain (public-suffix aware: `news.example.co.uk` →
 * `example.co.uk`, `a.github.io` stays apart from `b.github.io`); for IP addresses and hosts with
 * no registrable domain (localhost), the host and port, since anyone on another port is someone else.
 */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const hostname = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(hostname, { allowPrivateDomains: true });
  return domain ?? parsed.host.toLowerCase();
}

/**
 * The site keys a source owns: its `site`, its listing / sitemap / pageData / site routes and the
 * `hosts` it lists. Feed routes are left out: feeds are often served by third parties (feedburner).
 */
export function sourceSiteKeys(source: Pick<SourceConfig, 'site' | 'discover' | 'hosts'>): Set<string> {
  const urls: string[] = [];
  if (source.site) urls.push(source.site);
  for (const route of source.discover) {
    if ('listing' in route) urls.push(...(typeof route.listing === 'string' ? [route.listing] : route.listing));
    else if ('sitemap' in route) urls.push(route.sitemap);
    else if ('pageData' in route) urls.push(route.pageData);
    else if ('site' in route) urls.push(route.site);
  }
  const keys = new Set<string>();
  for (const url of urls) {
    const key = siteKey(url);
    if (key) keys.add(key);
  }
  // A listed host is a bare host name (or host:port); its site key is what it belongs to.
  for (const host of source.hosts ?? []) {
    const key = siteKey(`http://${host}/`);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * True when a page fetched from `fetchedUrl` for `source` may claim `claimedUrl` as its identity:
 * the claim stays on the page's own site or on a site the source owns.
 */
export function isTrustedIdentityClaim(claimedUrl: string, fetchedUrl: string, ownSiteKeys: ReadonlySet<string>): boolean {
  const claimed = siteKey(claimedUrl);
  if (claimed === null) return false;
  return claimed === siteKey(fetchedUrl) || ownSiteKeys.has(claimed);
}
