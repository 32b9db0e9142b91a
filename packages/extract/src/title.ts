/**
 * Title cleaning: pages append the section and site to <title> ("标题_科技_腾讯网",
 * "Headline - BBC News 中文", "Post @ Blog :: PIXNET ::"). We strip the site name when we
 * know it, then trailing segments after strong separators, and underscore chains only when they
 * look like "section_site" (two or more short segments), because "_" also occurs inside titles.
 */
import { normalizeSpace, weightedLength } from './text.ts';

const STRONG_SEPARATOR = /\s+(?:[-|–—·•»]|::|@)\s+|\s*[｜|]\s*|\s+:: *| - /;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes a site-name suffix or prefix joined by a separator. */
function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = escapeRegExp(siteName.trim());
  if (site === '') return title;
  const suffix = new RegExp(`\\s*(?:[-|–—·•:_｜»@]|::)+\\s*${site}\\s*(?:::)?\\s*$`, 'i');
  const prefix = new RegExp(`^\\s*${site}\\s*(?:[-|–—·•:_｜»]|::)+\\s*`, 'i');
  const stripped = title.replace(suffix, '').replace(prefix, '');
  return stripped.trim() === '' ? title : stripped.trim();
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
