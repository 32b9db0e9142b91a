/**
 * The kind of page, as its metadata states it: a product offered for sale (JSON-LD `Product` or
 * `og:type` product), an article (an article-typed JSON-LD node), a discussion thread (JSON-LD
 * `DiscussionForumPosting`, `QAPage` or `SocialMediaPosting`), or something else. The generic
 * body extractor keeps different things for each (see docs/extraction.md).
 */
import type { PageKind } from './generic-body.ts';
import type { JsonLdNode, PageSignals } from './metadata.ts';
import { typesOf } from './metadata.ts';

const ARTICLE = /Article$|BlogPosting|Report|Review/;
const PRODUCT = /^(?:Product|ProductGroup|IndividualProduct|ProductModel)$/;
const THREAD = /^(?:DiscussionForumPosting|QAPage|SocialMediaPosting)$/;

/** Reads the page kind from the main JSON-LD node, the other top-level JSON-LD nodes and og:type. */
export function pageKindOf(signals: Pick<PageSignals, 'jsonLd' | 'meta'>, article: JsonLdNode | null): PageKind {
  if (article !== null && typesOf(article).some((t) => ARTICLE.test(t))) return 'article';
  if (/^product\b/i.test(signals.meta.get('og:type') ?? '')) return 'product';
  if (signals.jsonLd.some((node) => typesOf(node).some((t) => PRODUCT.test(t)))) return 'product';
  if (signals.jsonLd.some((node) => typesOf(node).some((t) => THREAD.test(t)))) return 'thread';
  return 'other';
}
