import type { StoredArticle } from '@feedwright/core/article.ts';
import { absolutizeHtmlUrls, resolveUrl } from './absolute-urls.ts';
import { stripXmlIllegal } from './xml-text.ts';

/**
 * The format-neutral view of one article in a feed: every string already cleaned of characters
 * XML forbids, every URL absolute, every date decided. The three writers only lay it out, so the
 * formats cannot disagree about an entry's id, link, title or dates.
 */
export type FeedEntry = {
  /** `urn:feedwright:article:<id>`, the same in RSS, Atom and JSON Feed. */
  id: string;
  link: string;
  title: string;
  /** Plain text. */
  summary: string | null;
  contentHtml: string;
  contentText: string;
  authors: string[];
  language: string | null;
  published: Date | null;
  updated: Date;
  image: { url: string; mediaType: string | null; description: string | null; credit: string | null } | null;
  tags: string[];
};

// Used only when nothing else dates an entry or a feed: a fixed instant keeps rendering pure and
// repeatable (same input → same bytes → same ETag), where "now" would change the ETag every time
// and claim a freshness nobody observed.
export const EPOCH = new Date(0);

/**
 * The entry id. Chosen over the canonical URL with isPermaLink="true" because the URN depends on
 * the article id alone (the store key), so it stays byte-identical when the stored `url` is
 * corrected (http→https, a better canonical), when the same feed is served from another host, and
 * across RSS, Atom and JSON Feed; it is also a valid Atom id (an absolute IRI).
 */
export function entryIdOf(articleId: string): string {
  // Ids are hex today; stripping first keeps encodeURIComponent from throwing on a lone surrogate.
  return `urn:feedwright:article:${encodeURIComponent(stripXmlIllegal(articleId))}`;
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The first valid date among ISO 8601 candidates, or null. */
export function firstValidDate(...candidates: Array<string | null | undefined>): Date | null {
  for (const candidate of candidates) {
    const date = parseDate(candidate);
    if (date) return date;
  }
  return null;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

// `feed` guesses "image/<last path segment after a dot>", producing "image/jpg" or garbage; a
// reader may refuse an enclosure whose type is not a real media type, so unknown stays unknown.
function imageMediaType(url: string): string | null {
  const pathname = new URL(url).pathname.toLowerCase();
  const dot = pathname.lastIndexOf('.');
  if (dot < 0 || dot < pathname.lastIndexOf('/')) return null;
  return IMAGE_TYPES[pathname.slice(dot + 1)] ?? null;
}

function cleanOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = stripXmlIllegal(value).trim();
  return cleaned === '' ? null : cleaned;
}

/** Builds the format-neutral entry of one stored article, resolving relative URLs against the article, then the site, then the feed. */
export function toFeedEntry(article: StoredArticle, siteUrl: string | null, selfUrl: string): FeedEntry {
  const link = resolveUrl(stripXmlIllegal(article.url), siteUrl, selfUrl) ?? resolveUrl(siteUrl) ?? selfUrl;
  const authorNames = article.authors.map(cleanOrNull).filter((name): name is string => name !== null);
  const byline = cleanOrNull(article.byline);
  const lead = article.leadImage;
  const imageUrl = lead ? resolveUrl(stripXmlIllegal(lead.url), link) : null;
  // Published falls back to when we first saw the story (never the clock): RSS needs a pubDate for
  // readers to sort, and all three formats must say the same thing.
  const published = firstValidDate(article.publishedAt, article.firstSeenAt);
  const updated = firstValidDate(article.updatedAt, article.lastChangedAt, article.publishedAt, article.firstSeenAt) ?? EPOCH;
  return {
    id: entryIdOf(article.id),
    link,
    title: cleanOrNull(article.title) ?? '',
    summary: cleanOrNull(article.summary),
    contentHtml: absolutizeHtmlUrls(stripXmlIllegal(article.contentHtml), link),
    contentText: stripXmlIllegal(article.contentText),
    authors: authorNames.length > 0 ? authorNames : byline ? [byline] : [],
    language: cleanOrNull(article.language),
    published,
    updated,
    image: imageUrl
      ? {
          url: imageUrl,
          mediaType: imageMediaType(imageUrl),
          description: cleanOrNull(lead?.alt) ?? cleanOrNull(lead?.caption),
          credit: cleanOrNull(lead?.credit),
        }
      : null,
    tags: article.tags.map(cleanOrNull).filter((tag): tag is string => tag !== null),
  };
}
