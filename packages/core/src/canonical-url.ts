/**
 * URL canonicalisation: one story, one URL, one id — whatever tracking noise a link carries.
 */

/** Query parameters that only track the reader and never select content. */
const TRACKING_PARAM =
  /^(utm_[a-z0-9_]*|at_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|xtor|spm|share|ref_src|ref_url|s_cid|CMP|__twitter_impression)$/i;

/** True for query parameters that only track the reader (utm_*, at_*, fbclid, …). */
export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAM.test(name);
}

/**
 * Canonicalises an absolute or base-relative http(s) URL: lowercases scheme and host, drops
 * default ports, fragments and tracking parameters. Returns null for anything that is not http(s).
 */
export function canonicalizeUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
  } catch {
    return null;
  }
  const protocol = url.protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  // Each URL setter re-parses its part and re-serialises the whole URL: only the parts that change
  // are set (most URLs have no fragment, credentials or tracking parameters). The serialised URL
  // holds '#' only before a fragment and '?' only before a query or inside the fragment.
  const href = url.href;
  if (href.includes('#')) url.hash = '';
  if (url.username !== '') url.username = '';
  if (url.password !== '') url.password = '';
  const hostname = url.hostname;
  let host = hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host !== hostname) url.hostname = host;
  if (href.includes('?')) {
    const params = url.searchParams;
    let kept = 0;
    let tracking: string[] | null = null;
    for (const name of params.keys()) {
      if (isTrackingParam(name)) (tracking ??= []).push(name);
      else kept += 1;
    }
    if (tracking !== null) for (const name of tracking) params.delete(name);
    // URLSearchParams re-serialises an emptied query as "?", and "?" or "?&" hold no parameter: drop the query.
    if (kept === 0) url.search = '';
  }
  return url.href;
}
