/**
 * Page metadata signals, read once from the parsed document before the body extractor edits
 * it: JSON-LD (flattening @graph and arrays), <meta> (OpenGraph, Twitter, Dublin Core, article:*,
 * itemprop), <link rel=canonical|alternate>, <html lang> and <time> elements.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { classHints, hyphenatedLower, isElement, mayHoldRareAttributes, rawText, rawTextUpTo } from './dom.ts';
import { isRegExpSpace, normalizeSpace } from './text.ts';

export type JsonLdNode = Record<string, unknown>;

/** `afterKicker`: the heading's words after a first part set in an element of its own (a kicker, see `afterKicker`), or null. */
/** `outsideMain`: the page has a <main> (or role=main) and the heading stands outside it and outside any <article>. */
export type Heading = { text: string; chrome: boolean; element: Element; afterKicker: string | null; outsideMain?: boolean };

/** Where a <time> sits: in a byline/header near the headline, in chrome or lists of other stories, or elsewhere. */
export type TimePlace = 'byline' | 'elsewhere' | 'other-stories';

export type TimeSignal = { datetime: string | null; text: string; itemprop: string | null; place: TimePlace; element: Element };

export type PageSignals = {
  jsonLd: JsonLdNode[];
  /** The JSON-LD node describing the article, if any. */
  article: JsonLdNode | null;
  /** <meta> content by lowercased name/property/itemprop (first occurrence wins). */
  meta: Map<string, string>;
  canonical: string | null;
  alternates: { hreflang: string; href: string }[];
  htmlLang: string | null;
  titleTag: string | null;
  h1: string | null;
  /** Visible <h1> texts in document order (at most 8), flagged when inside site chrome (nav, masthead, footer, aside). */
  headings: Heading[];
  /** The first visible <h2> outside site chrome: the page's title on pages that set it one level down (no content <h1>). */
  firstH2: string | null;
  /**
   * The page's headline is its post's only text: a new Reddit link post (`<shreddit-post post-type="link">`, whose `<h1 slot="title">`
   * is the title of the page it links, the post itself). Its body keeps the heading (extract-article.ts, dropTitleBlocks).
   */
  titleIsPost?: boolean;
  /** <time> elements in document order (at most 40), with where they sit. */
  times: TimeSignal[];
  /** Raw JSON of embedded page-data scripts (__NEXT_DATA__, SIMORGH_DATA). */
  pageDataJson: string[];
  /** Short texts around the page's main heading (before it, nearest last; then after it), where bylines state dates. */
  headlineTexts: { before: string[]; after: string[] };
  /** The last short texts with digits on the page (outside the head of the page), in order. */
  trailingTexts: string[];
  /** Elements that name the author: rel=author, itemprop=author, byline/author classes (at most 12, outside lists of other stories). */
  authorElements: Element[];
  /** Links to a writer's archive page (`/author/jane-doe/`, `/authors/jane-doe`), in order (at most 8, outside lists of other stories). */
  authorLinks: Element[];
  /** Images whose alt text is as long as a person's name (5–40 characters), in order, at most 40: portraits an author bio may name (authors.ts). */
  portraits: Element[];
  /** Elements whose class or id says they hold a date or byline (at most 12, outside lists of other stories). */
  dateElements: Element[];
  /** The first microdata item that is a discussion's opening post (itemtype DiscussionForumPosting, Question, SocialMediaPosting). */
  postingItem: Element | null;
  /** Values of itemprop=datePublished/dateCreated/dateModified on any element (content, datetime or text). */
  itemDates: { prop: string; value: string }[];
  /** Every article:tag <meta>, in order. */
  articleTags: string[];
  body: Element | null;
  /** How many buttons read "Add to cart" (or bag, basket: isCartButton). */
  cartButtons: number;
};

const ARTICLE_TYPE =
  /(^|:)(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage|MediaObject)$/;

/** A shop's button that puts the item in the cart ("Add to cart", "Add to bag", "Add to basket"). */
const CART_BUTTON = /^\s*add to (?:cart|bag|basket|trolley)\s*$/i;

/** Whether a `<button>`, or an `<input>` button, reads "Add to cart" (or bag, basket). */
function isCartButton(element: Element): boolean {
  if (element.name === 'input') {
    const type = element.attribs.type;
    return (type === 'submit' || type === 'button') && CART_BUTTON.test(element.attribs.value ?? '');
  }
  const text = rawTextUpTo(element, 200);
  return text !== null && CART_BUTTON.test(normalizeSpace(text));
}

/** Microdata types of a thread's opening post (replies are Comment and Answer items). */
const POSTING_ITEM_TYPE = /schema\.org\/(?:DiscussionForumPosting|Question|SocialMediaPosting)\s*$/i;
const COMMENT_ITEM_TYPE = /schema\.org\/Comment\s*$/i;
/** vBulletin 4's post list, `<ol id="posts" itemtype="http://schema.org/UserComments">`: a thread's posts, not an article's comments. */
function isPostList(parent: ParentNode | null): boolean {
  if (parent === null || !isElement(parent as AnyNode)) return false;
  const attribs = (parent as Element).attribs;
  return attribs.id === 'posts' && /schema\.org\/UserComments\s*$/i.test(attribs.itemtype ?? '');
}

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4 || !value) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const node = value as JsonLdNode;
  out.push(node);
  if (Array.isArray(node['@graph'])) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out, depth + 1);
}

/** The @type values of a JSON-LD node. */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function articleRank(node: JsonLdNode): number {
  const types = typesOf(node);
  if (types.some((t) => /NewsArticle$|^Article$|BlogPosting|LiveBlogPosting/.test(t))) return 3;
  if (types.some((t) => ARTICLE_TYPE.test(t) && t !== 'WebPage')) return 2;
  if (types.includes('WebPage') && (node.datePublished || node.headline)) return 1;
  return 0;
}

/** Hacker News' item table (`table.fatitem`): the story or comment the page is about, above its comment tree. */
function isFatItem(element: Element): boolean {
  return element.name === 'table' && element.attribs.class === 'fatitem';
}
/** Hacker News' `span.age` title: the UTC time without a zone, then the same instant in Unix seconds. */
const HN_AGE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\s+(\d{9,11}))?$/;
export const DATE_ELEMENT_HINT = /date|publish|posted|byline|dateline|timestamp|post-?info|post-?meta|entry-?meta|article-?meta/i;
const TRAILING_TEXTS = 12;
const AUTHOR_REL = /(^|\s)author(\s|$)/i;
// Flarum's page without its script heads each post with `<h3 class="PostUser-name">`.
export const AUTHOR_PREFILTER = /author|byline|writer|contributor|postuser-name/i;
/**
 * DATE_ELEMENT_HINT's and AUTHOR_PREFILTER's words in one pattern: most elements' class and id name neither, and one scan of
 * each rules both out (zyte-dev's ~450 class and id values a page: ~100 ns a value against ~190 for the two).
 */
export const DATE_OR_AUTHOR_HINT = new RegExp(`${DATE_ELEMENT_HINT.source}|${AUTHOR_PREFILTER.source}`, 'i');
// `authors` (plural): a template's block for the piece's writers (PCMag's `authors-name`, `authors-data`).
const AUTHOR_HINT =
  /(^|[\s_-])(byline|authors?|author-?name|authorname|article-?author|post-?author|entry-?author|writer|contributor|post-user-name)([\s_-]|$)/;
/** A writer's archive page: WordPress's `/author/jane-doe/`, `/blog/author/…`, `/articles/authors/…`. */
const AUTHOR_PATH = /\/authors?\/[^/?#\s]+/i;
const ITEM_DATE_PROPS = new Set(['datePublished', 'dateCreated', 'dateModified', 'uploadDate']);
/** Bounds on the texts kept around the main heading: scans stay cheap on huge pages. */
const HEADLINE_TEXTS_BEFORE = 12;
const HEADLINE_TEXTS_AFTER = 40;
/** The most characters of a text after the headline that are kept (a story's paragraph is read by its head). */
const AFTER_TEXT_KEPT = 300;
/** How much of a longer text keptHeadOf normalises first: four times what is kept, so spaces collapsing rarely leave too little. */
const AFTER_TEXT_READ = AFTER_TEXT_KEPT * 4;

/**
 * normalizeSpace(data), or a text that reads the same for textAfterHeading: the normalised head of a long text when that
 * is longer than AFTER_TEXT_KEPT. The normalised head of a text is a prefix of the normalised text (a space run cut at its
 * end only loses that trailing space), so the two agree on their first AFTER_TEXT_KEPT characters and both exceed it; a
 * story's paragraphs are then not normalised whole only for their head to be kept.
 */
export function keptHeadOf(data: string): string {
  if (data.length > AFTER_TEXT_READ) {
    const head = normalizeSpace(data.slice(0, AFTER_TEXT_READ));
    if (head.length > AFTER_TEXT_KEPT) return head;
  }
  return normalizeSpace(data);
}
const HEADLINE_TEXTS_LEADING = 80;
const NON_SPACE = /\S/;
const DIGIT = /\d/;

/** True when a text node sits in navigation, an aside or a footer (looked up a few levels only). */
function inNavigation(node: AnyNode): boolean {
  let depth = 0;
  for (let parent = node.parent; parent && depth < 8; parent = parent.parent, depth += 1) {
    const name = (parent as Element).name;
    if (name === 'nav' || name === 'aside' || name === 'footer' || name === 'select' || name === 'noscript') return true;
  }
  return false;
}

export const HIDDEN_TEXT = /(^|\s)(sr-only|screen-reader-text|visually-hidden|visuallyhidden|hidden|a11y-hidden)(\s|$)/;
// Permalink anchors ("¶") and forum prefix badges ("News", "Solved") decorate a heading; they are not its words.
const DECORATION = /(^|\s)(headerlink|anchor|anchorjs-link|heading-anchor|label|badge|prefix|thread-prefix)(\s|$)/;
const SKIPPED_TEXT = new Set(['script', 'style', 'svg', 'noscript', 'template', 'button', 'select', 'textarea']);
const BLOCK_TEXT = new Set(['br', 'div', 'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'header', 'small', 'time']);

/** The text a reader sees in an element: no scripts, styles, icons or screen-reader-only labels; line breaks and blocks become spaces. `skip` names further parts to leave out. */
export function visibleText(element: Element, skip?: (element: Element) => boolean): string {
  let out = '';
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      out += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node) || SKIPPED_TEXT.has(node.name)) return;
    if (node.attribs['aria-hidden'] === 'true' || HIDDEN_TEXT.test(node.attribs.class ?? '') || DECORATION.test(node.attribs.class ?? '')) return;
    if (skip?.(node)) return;
    const block = BLOCK_TEXT.has(node.name);
    if (block) out += ' ';
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      visit(child);
    }
    if (block) out += ' ';
  };
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    visit(child);
  }
  return normalizeSpace(out).replace(/\s*[¶#🔗]$/u, '');
}

const SUBTITLE_HINT = /(^|[-_\s])(subtitle|sub-title|subheading|subhead|tagline|strapline|dek|standfirst)([-_\s]|$)/;

/**
 * Parts of an <h1> that are not the title's words: a subtitle or tagline set inside the heading ("Black Edition<span
 * class=…__tagline>Complete high-protein powder meal</span>", Amazon's "Hardcover – October 16, 2018" productSubtitle),
 * and content the page does not render (the `hidden` attribute: a bookmark tooltip inside Google's devsite titles).
 */
function besideTitle(element: Element): boolean {
  return element.attribs.hidden !== undefined || SUBTITLE_HINT.test(classHints(element));
}

/**
 * The words of a heading after its first part, when that part is an element of its own and more follows it: news templates set a
 * kicker and the headline in one <h1> as two spans the style sheet stacks ("<span class="topline">Verkehr</span> <span>Stadtrat
 * beschließt …</span>"). Lone wrappers (a link around both) are looked through. The title rules use it only where a metadata title
 * states those words alone.
 */
function afterKicker(heading: Element, text: string): string | null {
  let node: Element = heading;
  let parts = node.children.filter((child) => !(child.type === 'text' && (child as unknown as { data: string }).data.trim() === ''));
  while (parts.length === 1 && isElement(parts[0]!)) {
    node = parts[0];
    parts = node.children.filter((child) => !(child.type === 'text' && (child as unknown as { data: string }).data.trim() === ''));
  }
  const first = parts[0];
  if (parts.length < 2 || first === undefined || !isElement(first)) return null;
  const kicker = visibleText(first, besideTitle);
  if (kicker === '' || kicker.length > 60 || !text.startsWith(kicker)) return null;
  const rest = text.slice(kicker.length).trim();
  return rest === '' ? null : rest;
}

const CHROME_TAG = new Set(['nav', 'footer', 'aside']);
/**
 * Whether a word of an element's class hints (classHints: class and id, hyphenated and lowercased,
 * split at white space) matches `word` and neither `unless` nor `unless2`: what
 * `classHints(element).split(/\s+/).some(...)` answered, without joining class and id or making an
 * array and a string per word. Class and id are read one by one (no word spans the space that
 * would join them), and `within` (the word pattern with white space also counting as a word's
 * edge) skips the word-by-word test for the values where no word can match, nearly all of them.
 */
export function someHintWord(
  className: string | undefined,
  id: string | undefined,
  within: RegExp,
  word: RegExp,
  unless: RegExp | null,
  unless2: RegExp | null,
): boolean {
  return someLowerWord(
    className === undefined ? undefined : hyphenatedLower(className),
    id === undefined ? undefined : hyphenatedLower(id),
    within,
    word,
    unless,
    unless2,
  );
}

/** someHintWord of a class and an id already split and lowercased (hyphenatedLower): for a caller that tests them twice. */
function someLowerWord(
  lowerClass: string | undefined,
  lowerId: string | undefined,
  within: RegExp,
  word: RegExp,
  unless: RegExp | null,
  unless2: RegExp | null,
): boolean {
  return (
    (lowerClass !== undefined && someWord(lowerClass, within, word, unless, unless2)) ||
    (lowerId !== undefined && someWord(lowerId, within, word, unless, unless2))
  );
}

function someWord(text: string, within: RegExp, word: RegExp, unless: RegExp | null, unless2: RegExp | null): boolean {
  if (!within.test(text)) return false;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  let start = 0;
  while (start < length) {
    while (start < length && isRegExpSpace(charCodeAt.call(text, start))) start += 1;
    let end = start;
    while (end < length && !isRegExpSpace(charCodeAt.call(text, end))) end += 1;
    if (end > start) {
      const part = text.slice(start, end);
      if (word.test(part) && (unless === null || !unless.test(part)) && (unless2 === null || !unless2.test(part))) return true;
    }
    start = end;
  }
  return false;
}

/** A word pattern `(^|-)(…)(-|$)` with white space also counting as a word's edge, for a whole class or id value (built once, at load). */
export function withSpaceEdges(pattern: RegExp): RegExp {
  const source = pattern.source;
  if (!source.startsWith('(^|-)') || !source.endsWith('(-|$)')) throw new Error(`not a word pattern: ${source}`);
  return new RegExp(`(?:^|[-\\s])${source.slice(5, -5)}(?:[-\\s]|$)`, pattern.flags);
}

const CHROME_HINT =
  /(^|-)(nav|navbar|navigation|menu|masthead|site-header|site-title|site-name|site-branding|branding|logo|brand|footer|sidebar|widget|modal|popup|cookie|newsletter|drawer)(-|$)/;
const ARTICLE_HINT = /(^|-)(entry|post|article|story|content|hero|headline|title)(-|$)/;
/** CHROME_HINT and ARTICLE_HINT with white space also a word's edge: a value no word of which can match fails them (someWord). */
const CHROME_WORD = withSpaceEdges(CHROME_HINT);
const ARTICLE_WORD = withSpaceEdges(ARTICLE_HINT);

/** Page builders name every layout box a widget ("elementor-widget-heading"): those classes say nothing about chrome. */
const PAGE_BUILDER = /^(?:elementor|et_pb|et-pb|fl-|vc_|wp-block)/;

/** True when an element has an <article>, <main> or role=main ancestor: a <header> there heads the content, not the site. */
function withinMain(element: Element): boolean {
  for (let node = element.parent; node && isElement(node as AnyNode); node = node.parent) {
    const ancestor = node as Element;
    if (ancestor.name === 'article' || ancestor.name === 'main' || (mayHoldRareAttributes(ancestor) && ancestor.attribs.role === 'main')) return true;
  }
  return false;
}

/** True when an element sits in site chrome rather than content: nav, footer, aside, a site masthead outside <article>/<main>. */
/** A link to a site's front page: "/", "./", "index.html", or an absolute address with no path. */
const HOME_HREF = /^(?:\.?\/|(?:\.\/|\/)?index\.(?:html?|php)|https?:\/\/[^/?#]+\/?(?:index\.(?:html?|php))?)$/i;

/**
 * Whether a heading is only a link to the site's front page: the blog's masthead in a theme without a <header> (Serendipity's
 * `<div id="serendipity_banner"><h1><a href="/">Janes Notizen</a></h1>`, Kubrick's `<div id="header"><h1><a href="…/">`), the
 * site's name and not the page's title.
 */
function linksHome(heading: Element, text: string): boolean {
  let node: Element = heading;
  for (;;) {
    const parts = node.children.filter((child) => !(child.type === 'text' && (child as unknown as { data: string }).data.trim() === ''));
    if (parts.length !== 1 || !isElement(parts[0]!)) return false;
    node = parts[0];
    if (node.name === 'a') break;
  }
  const href = node.attribs.href?.trim();
  return href !== undefined && HOME_HREF.test(href) && visibleText(node, besideTitle) === text;
}

export function inChrome(element: Element): boolean {
  let inArticle = false;
  for (let node = element.parent; node && isElement(node as AnyNode); node = node.parent) {
    const ancestor = node as Element;
    // <body> and <html> classes describe the whole page's layout ("wp-custom-logo", "has-sidebar"): every element is inside them.
    if (ancestor.name === 'body' || ancestor.name === 'html') break;
    if (CHROME_TAG.has(ancestor.name) || ancestor.attribs.role === 'navigation' || ancestor.attribs.role === 'banner') return !inArticle;
    if (ancestor.name === 'article' || ancestor.name === 'main' || ancestor.attribs.role === 'main') inArticle = true;
    const className = ancestor.attribs.class;
    const id = ancestor.attribs.id;
    if (someHintWord(className, id, CHROME_WORD, CHROME_HINT, ARTICLE_HINT, PAGE_BUILDER)) return !inArticle;
    if (ancestor.name === 'header' && !inArticle && !someHintWord(className, id, ARTICLE_WORD, ARTICLE_HINT, null, null)) return !withinMain(ancestor);
  }
  return false;
}

const OTHER_STORIES_HINT =
  /(^|-)(related|recommend|recommended|more|popular|trending|latest|recent|comment|comments|reply|replies|list|listing|feed|teaser|card|promo|sidebar|widget|footer|nav|menu)(-|$)/;
/** The article's own footer ("entry-footer", "article-template-footer-main"): WordPress themes put "Posted on <time>" there. */
const ARTICLE_FOOTER_HINT = /^(?:article|entry|post|story)-(?:[a-z]+-)*footer(?:-|$)/;
const BYLINE_HINT = /(^|-)(byline|meta|entry-meta|post-meta|article-meta|dateline|date|time|published|posted|pubdate|info|author|header|timestamp)(-|$)/;
const OTHER_STORIES_WORD = withSpaceEdges(OTHER_STORIES_HINT);
const BYLINE_WORD = withSpaceEdges(BYLINE_HINT);

/** The id of Blogger's posts widget (`<div class="widget Blog" id="Blog1">`), the column every Blogger template puts the post in. */
const BLOGGER_POSTS = /^Blog\d+$/;

/**
 * A class attribute without Elementor's structural words: every Elementor element is an "elementor-widget" in an "elementor-widget-wrap" and an
 * "elementor-widget-container", and the single-post template's own parts are "elementor-widget-theme-post-content", "…-title",
 * "…-post-info"; as hints those read as a sidebar's widgets. The Posts widget ("elementor-widget-posts") stays a list of stories.
 */
function elementorStructure(className: string | undefined): string | undefined {
  return className !== undefined && className.includes('elementor-widget') ? className.replace(ELEMENTOR_STRUCTURE, ' ') : className;
}
const ELEMENTOR_STRUCTURE = /(?:^|\s)elementor-widget(?:-container|-wrap|-theme-post-[a-z-]+|-post-info)?(?=\s|$)/g;

/** The list of Elementor's Post Info widget (`<ul class="elementor-icon-list-items elementor-post-info">`). */
const ELEMENTOR_POST_INFO = /(?:^|\s)elementor-post-info(?:\s|$)/;

/** Classifies a <time> by its ancestors: a byline near the headline, a list of other stories or comments, or elsewhere. */
function timePlace(element: Element): TimePlace {
  let byline = BYLINE_HINT.test(classHints(element));
  let aside = false;
  let depth = 0;
  for (let node = element.parent; node && isElement(node as AnyNode); node = node.parent, depth += 1) {
    const ancestor = node as Element;
    if (ancestor.name === 'nav') return 'other-stories';
    // An <aside> inside the article holds its date line; one beside the article holds other stories.
    if (ancestor.name === 'aside') aside = true;
    const className = elementorStructure(ancestor.attribs.class);
    const id = ancestor.attribs.id;
    // Blogger's posts column is a widget ("widget Blog", id "Blog1") that holds the post as <main> would: not a sidebar's.
    if (id !== undefined && BLOGGER_POSTS.test(id)) break;
    // Elementor's Post Info widget lists the byline's items (author, date, time, comments) as an icon list: a byline, not a list of stories.
    if (className !== undefined && ELEMENTOR_POST_INFO.test(className)) {
      byline = true;
      continue;
    }
    // Both tests read the class and id as hyphenatedLower words: split and lowercased once.
    const lowerClass = className === undefined ? undefined : hyphenatedLower(className);
    const lowerId = id === undefined ? undefined : hyphenatedLower(id);
    if (someLowerWord(lowerClass, lowerId, OTHER_STORIES_WORD, OTHER_STORIES_HINT, BYLINE_HINT, ARTICLE_FOOTER_HINT)) return 'other-stories';
    if (depth < 4 && (ancestor.name === 'header' || someLowerWord(lowerClass, lowerId, BYLINE_WORD, BYLINE_HINT, null, null))) byline = true;
    if (ancestor.name === 'li' && !byline) return 'other-stories';
    if (ancestor.name === 'article' || ancestor.name === 'main') break;
    if (ancestor.name === 'body') return aside ? 'other-stories' : byline ? 'byline' : 'elsewhere';
  }
  return byline || aside ? 'byline' : 'elsewhere';
}

const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const CONTROL_CHARACTERS = /[\u0000-\u001f]/g;

/** Whether the class or the id matches (tested one by one: neither pattern can span the space that would join them, so no string per element). */
function hintsMatch(className: string | undefined, id: string | undefined, pattern: RegExp): boolean {
  return (className !== undefined && pattern.test(className)) || (id !== undefined && pattern.test(id));
}

/**
 * The walk's state and its per-node steps. A method per node kind rather than one loop body: readSignals runs once a
 * page, so every call in a loop body there counts as frequent and TurboFan inlined the whole of it (timePlace, inChrome,
 * visibleText, JSON-LD ranking) into one graph that took ~100 ms to compile and was thrown away at each new JSON-LD shape
 * or attribute shape (13 deoptimisations in the first round on zyte-dev). Here each step is compiled on its own and the
 * rare cases (scripts, metas, headings, times) stay out of the hot one.
 */
class SignalReader {
  jsonLd: JsonLdNode[] = [];
  pageDataJson: string[] = [];
  meta = new Map<string, string>();
  articleTags: string[] = [];
  canonical: string | null = null;
  alternates: { hreflang: string; href: string }[] = [];
  times: TimeSignal[] = [];
  headings: Heading[] = [];
  firstH2: string | null = null;
  titleIsPost = false;
  itemDates: { prop: string; value: string }[] = [];
  dateElements: Element[] = [];
  authorElements: Element[] = [];
  authorLinks: Element[] = [];
  portraits: Element[] = [];
  postingItem: Element | null = null;
  trailing: string[] = [];
  // Texts near the main heading: a rolling window before it, a bounded run after it (stopping where the body's prose begins).
  before: AnyNode[] = [];
  after: string[] = [];
  leading: AnyNode[] = [];
  headingFound = false;
  /** A <main> or role=main element was seen: the page marks its content, and a heading outside it is the site's. */
  mainSeen = false;
  afterBudget = HEADLINE_TEXTS_AFTER;
  prose = 0;
  titleTag: string | null = null;
  h1: string | null = null;
  htmlLang: string | null = null;
  body: Element | null = null;
  placed: Element | null = null;
  placedAt: TimePlace = 'elsewhere';
  cartButtons = 0;

  text(node: AnyNode): void {
    if (this.body === null) return;
    const data = (node as unknown as { data: string }).data;
    if (this.afterBudget > 0) {
      if (!this.headingFound) {
        // Kept raw; only the last few are cleaned when the heading is found.
        if (NON_SPACE.test(data)) {
          const before = this.before;
          before.push(node);
          if (before.length > HEADLINE_TEXTS_BEFORE * 2) before.shift();
          if (this.leading.length < HEADLINE_TEXTS_LEADING) this.leading.push(node);
        }
      } else this.textAfterHeading(node, data);
    }
    // The page's last short texts: "Last updated: November 13, 2025" often closes a page.
    if (data.length < 200 && DIGIT.test(data)) {
      const trailing = this.trailing;
      trailing.push(data);
      if (trailing.length > TRAILING_TEXTS) trailing.shift();
    }
  }

  textAfterHeading(node: AnyNode, data: string): void {
    const text = keptHeadOf(data);
    if (text !== '' && !inNavigation(node)) {
      this.after.push(text.length > AFTER_TEXT_KEPT ? text.slice(0, AFTER_TEXT_KEPT) : text);
      this.afterBudget -= 1;
      if (text.length > 200 && ++this.prose >= 2) this.afterBudget = 0;
    }
  }

  /** Reads an element's signals; false when its children hold none (scripts, styles, the title). */
  element(node: Element): boolean {
    const attribs = node.attribs;
    // Each attribute read is a megamorphic load (dom.ts, mayHoldRareAttributes): class and id once, itemprop only when it may be there.
    const className = attribs.class;
    const id = attribs.id;
    const rare = mayHoldRareAttributes(node);
    const itemprop = rare ? attribs.itemprop : undefined;
    const dateRoom = this.dateElements.length < 20;
    const authorRoom = this.authorElements.length < 12;
    const hinted = (dateRoom || authorRoom) && hintsMatch(className, id, DATE_OR_AUTHOR_HINT);
    if (dateRoom && hinted && hintsMatch(className, id, DATE_ELEMENT_HINT)) this.dateElement(node);
    if (authorRoom && (attribs.rel !== undefined || itemprop === 'author' || (hinted && hintsMatch(className, id, AUTHOR_PREFILTER))))
      this.authorElement(node, itemprop);
    if (itemprop && ITEM_DATE_PROPS.has(itemprop) && this.itemDates.length < 10) this.itemDate(node, itemprop);
    if (rare && this.postingItem === null) this.posting(attribs.itemtype, node);
    if (rare && !this.mainSeen && attribs.role === 'main') this.mainSeen = true;
    switch (node.name) {
      case 'html':
        this.language(attribs);
        return true;
      case 'body':
        this.body ??= node;
        return true;
      case 'script':
        this.script(node);
        return false;
      case 'style':
        return false;
      case 'meta':
        this.metaElement(attribs);
        return true;
      case 'link':
        this.link(attribs);
        return true;
      case 'title':
        if (this.titleTag === null) this.titleTag = normalizeSpace(rawText(node)) || null;
        return false;
      case 'main':
        this.mainSeen = true;
        return true;
      case 'h1':
        this.heading(node);
        if (attribs.slot === 'title' && isRedditLinkPost(node.parent)) this.titleIsPost = true;
        return true;
      case 'h2':
        if (this.firstH2 === null && !inChrome(node)) this.firstH2 = visibleText(node, besideTitle) || null;
        return true;
      case 'time':
        if (this.times.length < 40) this.time(node);
        return true;
      case 'span':
        if (className === 'age') this.hackerNewsAge(node);
        return true;
      case 'img':
        if (this.portraits.length < 40 && attribs.alt !== undefined && attribs.alt.length >= 5 && attribs.alt.length <= 40) this.portraits.push(node);
        return true;
      case 'a':
        if (this.authorLinks.length < 8) this.authorLink(attribs.href, node);
        return true;
      case 'button':
      case 'input':
        if (isCartButton(node)) this.cartButtons += 1;
        return true;
      default:
        return true;
    }
  }

  /** The <html> element's language. A method: read inline, each page's new shape of <html> attributes deoptimised `element`. */
  language(attribs: Record<string, string>): void {
    this.htmlLang ??= attribs.lang ?? attribs['xml:lang'] ?? null;
  }

  /**
   * timePlace of an element, the last answer kept: an element can be a date element, an author element, an author link and
   * a `<time>` at once, and each asks in the same `element` call.
   */
  place(node: Element): TimePlace {
    if (node !== this.placed) {
      this.placed = node;
      this.placedAt = timePlace(node);
    }
    return this.placedAt;
  }

  dateElement(node: Element): void {
    if (node.name !== 'body' && node.name !== 'html' && this.place(node) !== 'other-stories') this.dateElements.push(node);
  }

  authorElement(node: Element, itemprop: string | undefined): void {
    if (
      (AUTHOR_REL.test(node.attribs.rel ?? '') || itemprop === 'author' || AUTHOR_HINT.test(classHints(node))) &&
      node.name !== 'body' &&
      node.name !== 'html' &&
      this.place(node) !== 'other-stories'
    )
      this.authorElements.push(node);
  }

  authorLink(href: string | undefined, node: Element): void {
    if (href !== undefined && href.includes('/author') && AUTHOR_PATH.test(href) && this.place(node) !== 'other-stories') this.authorLinks.push(node);
  }

  posting(itemtype: string | undefined, node: Element): void {
    if (itemtype === undefined) return;
    if (POSTING_ITEM_TYPE.test(itemtype)) this.postingItem = node;
    // vBulletin 4 types a thread as a UserComments list (<ol id="posts">) of Comment items: the first is the opening post.
    else if (COMMENT_ITEM_TYPE.test(itemtype) && isPostList(node.parent)) this.postingItem = node;
  }

  /**
   * Hacker News' item page (Arc's `news` template) shows its submission's age as "5 hours ago" in the subtext, the exact time in
   * the `span.age`'s title ("2024-01-02T01:04:05 1704157445": UTC, then Unix seconds). The first one in the item's own table
   * (`table.fatitem`, above the comment tree) dates the item, as a datePublished; a listing's ages (front page, /newest) are not read.
   */
  hackerNewsAge(node: Element): void {
    if (this.itemDates.length >= 10 || this.itemDates.some((entry) => entry.prop === 'datePublished')) return;
    const stated = HN_AGE.exec(node.attribs.title ?? '');
    if (!stated) return;
    let table: Element | null = node.parent as Element | null;
    for (let depth = 0; table && depth < 8 && !isFatItem(table); depth += 1) table = table.parent as Element | null;
    if (!table || !isFatItem(table)) return;
    this.itemDates.push({ prop: 'datePublished', value: stated[2] ? new Date(Number(stated[2]) * 1000).toISOString() : `${stated[1]}Z` });
  }

  itemDate(node: Element, itemprop: string): void {
    const attribs = node.attribs;
    // An <abbr> states the machine-readable date in its title (microformats' hAtom: Blogger's `<abbr itemprop=datePublished title=…>14:30</abbr>`).
    const value = attribs.content ?? attribs.datetime ?? (node.name === 'abbr' ? attribs.title : undefined) ?? normalizeSpace(rawText(node));
    if (value) this.itemDates.push({ prop: itemprop, value });
  }

  script(node: Element): void {
    const attribs = node.attribs;
    const type = (attribs.type ?? '').toLowerCase();
    if (type === 'application/ld+json') {
      const text = rawText(node)
        .trim()
        .replace(/^<!--|-->$/g, '')
        .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
      try {
        flatten(JSON.parse(text), this.jsonLd);
      } catch {
        // Raw line breaks and tabs inside strings (pasted article text) break JSON.parse but no
        // search engine's reader: read as spaces, they change no value's meaning. Other breakage: other signals take over.
        try {
          if (CONTROL_CHARACTER.test(text)) flatten(JSON.parse(text.replace(CONTROL_CHARACTERS, ' ')), this.jsonLd);
        } catch {
          // Broken JSON-LD is common.
        }
      }
    } else if (attribs.id === '__NEXT_DATA__') {
      this.pageDataJson.push(rawText(node));
    } else if (type === '' || type.includes('javascript')) {
      const text = rawText(node);
      if (text.includes('SIMORGH_DATA')) {
        const match = /window\.SIMORGH_DATA\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(text);
        if (match?.[1]) this.pageDataJson.push(match[1]);
      }
    }
  }

  metaElement(attribs: Record<string, string>): void {
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'] ?? '').trim().toLowerCase();
    const content = attribs.content;
    if (key && content !== undefined && content.trim() !== '') {
      if (!this.meta.has(key)) this.meta.set(key, content.trim());
      else if (key === 'citation_author') this.meta.set(key, `${this.meta.get(key)!}; ${content.trim()}`); // one tag per writer
      if (key === 'article:tag') this.articleTags.push(content.trim());
    }
  }

  link(attribs: Record<string, string>): void {
    const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
    const href = attribs.href?.trim();
    if (href) {
      if (rel.includes('canonical') && this.canonical === null) this.canonical = href;
      if (rel.includes('alternate') && attribs.hreflang) this.alternates.push({ hreflang: attribs.hreflang, href });
    }
  }

  heading(node: Element): void {
    if (this.h1 === null) this.h1 = normalizeSpace(rawText(node)) || null;
    if (this.headings.length < 8) {
      const text = visibleText(node, besideTitle);
      const chrome = inChrome(node) || linksHome(node, text);
      if (text !== '') this.headings.push({ text, chrome, element: node, afterKicker: afterKicker(node, text) });
      if (!chrome && !this.headingFound) this.headingFound = true;
    }
  }

  time(node: Element): void {
    const attribs = node.attribs;
    this.times.push({
      datetime: attribs.datetime ?? null,
      text: normalizeSpace(rawText(node)),
      itemprop: attribs.itemprop ?? null,
      place: this.place(node),
      element: node,
    });
  }

  signals(): PageSignals {
    let article: JsonLdNode | null = null;
    let best = 0;
    for (const node of this.jsonLd) {
      const rank = articleRank(node);
      if (rank > best) {
        best = rank;
        article = node;
      }
    }
    const headlineTexts = this.headingFound
      ? { before: cleanedTexts(this.before).slice(-HEADLINE_TEXTS_BEFORE), after: this.after }
      : { before: [], after: cleanedTexts(this.leading) };
    return {
      jsonLd: this.jsonLd,
      article,
      meta: this.meta,
      articleTags: this.articleTags,
      canonical: this.canonical,
      alternates: this.alternates,
      htmlLang: this.htmlLang,
      titleTag: this.titleTag,
      h1: this.h1,
      headings: this.mainSeen ? this.headings.map((h) => ({ ...h, outsideMain: !withinMain(h.element) })) : this.headings,
      firstH2: this.firstH2,
      titleIsPost: this.titleIsPost,
      times: this.times,
      headlineTexts,
      itemDates: this.itemDates,
      dateElements: this.dateElements,
      authorElements: this.authorElements,
      cartButtons: this.cartButtons,
      authorLinks: this.authorLinks,
      portraits: this.portraits,
      postingItem: this.postingItem,
      trailingTexts: this.trailing.map(normalizeSpace),
      pageDataJson: this.pageDataJson,
      body: this.body,
    };
  }
}

/** Text nodes' texts outside navigation, spaces normalised, at most 300 characters each. */
function cleanedTexts(nodes: AnyNode[]): string[] {
  return nodes.filter((node) => !inNavigation(node)).map((node) => normalizeSpace((node as unknown as { data: string }).data).slice(0, 300));
}

/** Reads every metadata signal from a parsed page in one walk (selectors would walk it once per query). */
export function readSignals(document: ParentNode): PageSignals {
  const reader = new SignalReader();
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') reader.text(node);
    else if (isElement(node) && reader.element(node)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return reader.signals();
}

/** New Reddit's post element for a link post: its title is the post (PageSignals.titleIsPost). */
function isRedditLinkPost(node: ParentNode | null): boolean {
  return node !== null && isElement(node as AnyNode) && (node as Element).name === 'shreddit-post' && (node as Element).attribs['post-type'] === 'link';
}
