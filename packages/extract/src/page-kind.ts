/**
 * The kind of page, as its metadata states it: a product offered for sale (JSON-LD `Product` or
 * `og:type` product), an article (an article-typed JSON-LD node), a discussion thread (JSON-LD
 * `DiscussionForumPosting`, `QAPage` or `SocialMediaPosting`), or something else; a page that
 * states none of these but shows one item's "Add to cart" button is a product page. The generic
 * body extractor keeps different things for each (see docs/extraction.md).
 */
import type { PageKind } from './generic-body.ts';
import type { JsonLdNode, PageSignals } from './metadata.ts';
import { typesOf } from './metadata.ts';
import { dateFromUrl } from './published-date.ts';
import { slugKeys, slugOf } from './title.ts';

const ARTICLE = /Article$|BlogPosting|Report|Review/;
const PRODUCT = /^(?:Product|ProductGroup|IndividualProduct|ProductModel)$/;
const THREAD = /^(?:DiscussionForumPosting|QAPage|SocialMediaPosting)$/;
/** The most "Add to cart" buttons a product's own page shows: its buy box and a sticky buy bar. */
const MOST_CART_BUTTONS = 2;

/**
 * Reads the page kind from the main JSON-LD node, the other top-level JSON-LD nodes and og:type; on a page that states none of
 * these, one or two "Add to cart" buttons make it a product page (shops that write no `Product` markup: Salesforce Commerce
 * Cloud's SFRA without its JSON-LD, hand-built shops, Amazon).
 */
export function pageKindOf(signals: Pick<PageSignals, 'jsonLd' | 'meta'> & Partial<Pick<PageSignals, 'cartButtons'>>, article: JsonLdNode | null): PageKind {
  if (article !== null && typesOf(article).some((t) => ARTICLE.test(t))) return 'article';
  if (/^product\b/i.test(signals.meta.get('og:type') ?? '')) return 'product';
  if (signals.jsonLd.some((node) => typesOf(node).some((t) => PRODUCT.test(t)))) return 'product';
  if (signals.jsonLd.some((node) => typesOf(node).some((t) => THREAD.test(t)))) return 'thread';
  // A shop's page that states nothing: one item offered for sale has one "Add to cart" button (two with a sticky buy bar's copy),
  // a grid of products one per card.
  const carts = signals.cartButtons ?? 0;
  if (carts >= 1 && carts <= MOST_CART_BUTTONS) return 'product';
  return 'other';
}

/**
 * Whether a page that states no kind shows itself as a story: Open Graph's `article:published_time`, which themes write on posts
 * and not on pages, a day in its address (`/2015/03/30/`, `-2019-11-19`: dateFromUrl), or a slug in its address that spells its
 * headline (slugSaysHeadline). The generic body then reads its best container as an article's where that container holds three
 * fifths of the main region's paragraph ink, not counting a river's teaser cards, and is not itself a river of them nor one list
 * (generic-body.ts, isStoryBody). The news CMSs' other publication metas (`pubdate`, `sailthru.date`, …) and `og:type` article
 * were measured as evidence too and not kept (docs/extraction-history.md, *Session 43 passes*): section pages carry them as well.
 * `path` is the canonical address's path, which the title rules read their slug from too (extract-article.ts, placeOf).
 */
export function isStoryPage(signals: Pick<PageSignals, 'meta' | 'titleTag' | 'h1'>, url: string, path: string | null): boolean {
  return signals.meta.has('article:published_time') || dateFromUrl(url) !== null || slugSaysHeadline(signals, path);
}

/** The fewest words (not counting numbers and the words slugs leave out) a slug spells a headline with. */
const SLUG_WORDS = 4;
/** A word without its accents: slugs write "deja-vu-cafe" for "Déjà vu café". */
const folded = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Whether the address's slug spells the page's headline (`/with-shattered-dreams-deportees-return-home-from-us/`,
 * `/201911181077343476-royal-self-indicting-arrogance/`): four or more words besides numbers and stop words, each a word of its
 * og:title, its `<h1>` or its `<title>`. A story's address is written from its headline; a section's, a listing's or a product's
 * name is a word or three (`/technology/`, `/c/hiking-boots`, `/app/1174180/Red_Dead_Redemption_2/`).
 */
function slugSaysHeadline(signals: Pick<PageSignals, 'meta' | 'titleTag' | 'h1'>, path: string | null): boolean {
  const named = [...(slugOf(path) ?? [])].filter((word) => !/^\d+$/.test(word)).map(folded);
  if (named.length < SLUG_WORDS) return false;
  return [signals.meta.get('og:title'), signals.h1, signals.titleTag].some((title) => {
    if (!title) return false;
    const keys = new Set([...slugKeys(title)].map(folded));
    return named.every((word) => keys.has(word));
  });
}

/**
 * The description a page's JSON-LD states for the product it offers (the first product node's `description`), or null: the
 * generic extractor finds that text in the page to know the product's description block where class words say nothing.
 */
export function statedProductDescription(signals: Pick<PageSignals, 'jsonLd'>): string | null {
  for (const node of signals.jsonLd) {
    if (typeof node.description === 'string' && typesOf(node).some((t) => PRODUCT.test(t))) return node.description;
  }
  return null;
}

/** The most of a product's stated reviews read: a few place the page's review list. */
const STATED_REVIEWS = 20;

/**
 * The texts of the reviews a page's JSON-LD states for the product it offers (each `review` or `reviews` entry's `reviewBody`, or
 * its `description`), at most STATED_REVIEWS: the generic extractor finds them in the page to know its shoppers' review list where
 * class words say nothing.
 */
export function statedProductReviews(signals: Pick<PageSignals, 'jsonLd'>): string[] {
  const texts: string[] = [];
  for (const node of signals.jsonLd) {
    if (!typesOf(node).some((t) => PRODUCT.test(t))) continue;
    for (const value of [node.review, node.reviews]) {
      for (const review of Array.isArray(value) ? value : [value]) {
        if (review === null || typeof review !== 'object') continue;
        const text = (review as JsonLdNode).reviewBody ?? (review as JsonLdNode).description;
        if (typeof text === 'string') texts.push(text);
        if (texts.length >= STATED_REVIEWS) return texts;
      }
    }
  }
  return texts;
}
