/**
 * Title cleaning: pages append the section and site to <title> ("标题_科技_腾讯网",
 * "Headline - BBC News 中文", "Post @ Blog :: PIXNET ::"). We strip the site name when we
 * know it, then trailing segments after strong separators, and underscore chains only when they
 * look like "section_site" (two or more short segments), because "_" also occurs inside titles.
 */
import { normalizeSpace, weightedLength } from './text.ts';

const STRONG_SEPARATOR = /\s+(?:[-|–—·•»]|::|@)\s+|\s*[｜|]\s*|\s+:: *| - /;

const TRAILING_JOINER = /[\s\-|–—·•:_｜»@]+$/;
const LEADING_JOINER = /^[\s\-|–—·•:_｜»]+/;

/** Removes a site-name suffix or prefix joined by a separator (not by a bare space). */
function stripSiteName(title: string, siteName: string | null): string {
  const site = siteName?.trim().toLowerCase();
  if (!site) return title;
  const trimmed = title.replace(/\s*::\s*$/, '');
  const lower = trimmed.toLowerCase();
  if (lower.endsWith(site) && lower.length > site.length) {
    const before = trimmed.slice(0, trimmed.length - site.length);
    const joiner = TRAILING_JOINER.exec(before);
    if (joiner && /\S/.test(joiner[0]) && before.length > joiner[0].length) return before.slice(0, before.length - joiner[0].length).trim();
  }
  if (lower.startsWith(site) && lower.length > site.length) {
    const rest = trimmed.slice(site.length);
    const joiner = LEADING_JOINER.exec(rest);
    if (joiner && /\S/.test(joiner[0]) && rest.length > joiner[0].length) return rest.slice(joiner[0].length).trim();
  }
  return title;
}

/** Cleans a page title of site and section suffixes; `headings` are visible headings that confirm a cut. */
export function cleanTitle(raw: string, siteName: string | null, headings: string[] = []): string {
  let title = normalizeSpace(raw.replace(/\s*::\s*$/, ''));
  if (title === '') return title;
  for (const heading of headings) {
    if (heading && title !== heading && title.startsWith(heading) && weightedLength(heading) >= 10) return heading;
  }
  title = stripSiteName(title, siteName);
  // Strong separators: keep the longest leading part that is still substantial.
  const parts = title.split(STRONG_SEPARATOR);
  if (parts.length > 1) {
    const first = normalizeSpace(parts[0] ?? '');
    if (weightedLength(first) >= 15 || parts.every((p) => weightedLength(p) <= weightedLength(first))) title = first;
  }
  // "标题_科技_腾讯网": an underscore chain of two or more short trailing segments.
  const underscore = title.split(/\s*_\s*/);
  if (underscore.length >= 3) {
    const trailing = underscore.slice(1);
    if (trailing.every((segment) => weightedLength(segment) <= 30)) {
      const head = normalizeSpace(underscore[0] ?? '');
      if (weightedLength(head) >= 15) title = head;
    }
  }
  return title;
}
