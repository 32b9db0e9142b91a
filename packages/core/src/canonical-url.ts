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
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  // URLSearchParams re-serialises an emptied query as "?"; drop it.
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.toString();
}
