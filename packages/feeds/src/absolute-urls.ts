/**
 * Feeds are read out of context (no page to resolve against), and JSON Feed has no base URL at
 * all, so every URL that leaves the renderer must be absolute.
 */

/** Resolves `url` against the first base that yields an absolute http(s)/urn URL, or returns null. */
export function resolveUrl(url: string | null | undefined, ...bases: Array<string | null | undefined>): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  for (const base of [undefined, ...bases]) {
    if (base === null) continue;
    try {
      const resolved = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
      // Only a web URL is a usable link; `javascript:`, `data:` and the like never are.
      return null;
    } catch {
      // Not absolute (or the base itself is unusable): try the next base.
    }
  }
  return null;
}

// Attributes that carry one URL. The input is sanitised HTML (quoted attribute values), so a
// tokenising regex is enough; a full HTML parser would make this pure package heavy for one job.
const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Makes relative `href`/`src`/`poster`/`cite` URLs in sanitised HTML absolute against `baseUrl`,
 * leaving fragments, scheme-bearing URLs and unresolvable values untouched.
 */
export function absolutizeHtmlUrls(html: string, baseUrl: string | null): string {
  if (!baseUrl) return html;
  return html.replace(URL_ATTRIBUTE, (whole, prefix: string, doubleQuoted?: string, singleQuoted?: string) => {
    const value = doubleQuoted ?? singleQuoted ?? '';
    if (value === '' || value.startsWith('#') || HAS_SCHEME.test(value.trim())) return whole;
    let resolved: string;
    try {
      resolved = new URL(value.trim(), baseUrl).href;
    } catch {
      return whole;
    }
    // The resolved URL is percent-encoded, so it contains no quote; keep the original quoting.
    return doubleQuoted !== undefined ? `${prefix}"${resolved}"` : `${prefix}'${resolved}'`;
  });
}
