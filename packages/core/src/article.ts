/**
 * The Article: what `feedwright extract` prints, what the store keeps and what events carry.
 * Documented in docs/contracts.md; change it only on purpose.
 */

export type ImageRef = {
  url: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  width?: number | null;
  height?: number | null;
};

export type Alternate = { language: string; url: string };

/** Which signal produced a metadata field, e.g. `{ publishedAt: "json-ld" }`. */
export type FieldSources = Partial<
  Record<'title' | 'byline' | 'language' | 'publishedAt' | 'updatedAt' | 'leadImage' | 'canonicalUrl' | 'siteName' | 'summary' | 'body', string>
>;

export type ExtractionInfo = {
  /** How the body was found: "recipe" | "page-data" | "generic" (free-form for future methods). */
  method: string;
  warnings: string[];
  /** Which signal won for each metadata field. */
  sources?: FieldSources;
  /** Charset the page was decoded with, and where that decision came from. */
  charset?: { name: string; from: string };
};

export type Article = {
  /** Stable id: hash of the canonical URL (see core/ids.ts). */
  id: string;
  /** Canonical URL, tracking parameters removed. */
  url: string;
  title: string;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  /** BCP 47, e.g. "zh-Hans". */
  language: string | null;
  /** ISO 8601 (UTC, or with the offset the page stated) or null: never invented. */
  publishedAt: string | null;
  updatedAt: string | null;
  summary: string | null;
  leadImage: ImageRef | null;
  images: ImageRef[];
  /** Sanitised HTML with absolute URLs. */
  contentHtml: string;
  /** Paragraphs and subheadings separated by blank lines. */
  contentText: string;
  alternates: Alternate[];
  tags: string[];
  /** Hash over the normalised content (title, body, dates, lead image). */
  contentHash: string;
  extraction: ExtractionInfo;
};

/** A stored article: the extracted Article plus what the pipeline knows about it. */
export type StoredArticle = Article & {
  sourceId: string;
  /** When Feedwright first stored this article (ISO 8601 UTC). */
  firstSeenAt: string;
  /** When the stored content last changed (ISO 8601 UTC). */
  lastChangedAt: string;
  /** 1 on creation, +1 on every content change. */
  version: number;
};
