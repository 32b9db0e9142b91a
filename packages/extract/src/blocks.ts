/**
 * The body as a list of blocks (paragraphs, subheadings, lists, quotes, images), built by one
 * walk over a container element. contentText and contentHtml are both rendered from the blocks,
 * so the two never disagree, and captions/credits land on images instead of in the text.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { ImageRef } from '@feedwright/core/article.ts';
import { classAndId, classHints, HEADING_TAGS, holds, holdsText, isElement, mayHoldRareAttributes, nextElement, rawText, rawTextUpTo } from './dom.ts';
import { decodeHTML } from 'entities';
import { resolveImageUrl } from './image-url.ts';
import { cleanLink } from './links.ts';
import { normalizeSpace } from './text.ts';
import { isPriceText } from './card-badges.ts';

/**
 * A block of the body. `source` is where a text block came from: the element of its first text (a paragraph's), its heading,
 * its list or its table row; set by collectBlocks, absent on blocks later passes build anew (a copy spread from a block keeps it). Read by generic-body's
 * tailOutsideBody. (A property, not a WeakMap beside the blocks: a WeakMap's entries cost the collector, 5% of a page's time.)
 */
export type Block =
  | { kind: 'p' | 'quote' | 'pre'; text: string; html: string; source?: Element }
  | { kind: 'h'; level: number; text: string; html: string; source?: Element }
  | { kind: 'list'; ordered: boolean; items: { text: string; html: string }[]; text: string; source?: Element }
  | { kind: 'image'; image: ImageRef };

/** Which elements a walk leaves out or shows: an object with methods (generic-body's scorer), so a page's walks make no closures. */
export type ElementFilter = {
  /** Subtrees to leave out (boilerplate found by the caller). */
  skips(element: Element): boolean;
  /** Hidden elements to walk all the same (collapsed accordion and tab panels a reader can open). */
  shows(element: Element): boolean;
};

export type WalkOptions = {
  baseUrl: string;
  /** What to leave out and which hidden elements to show; none: every element is walked, hidden ones left out. */
  filter?: ElementFilter;
  /** Walk hidden subtrees and <noscript> text too (the last resort for pages that hide their text until scripts run). */
  reveal?: boolean;
  /**
   * The blocks are an article's: a figure holding an image and a <blockquote> is a pull quote beside its speaker's portrait
   * (elsewhere a testimonial), and a wrapper of a picture and one line is a figure (isUnmarkedFigure; elsewhere a card).
   */
  article?: boolean;
};

const DROP = new Set([
  'script',
  'style',
  'template',
  'svg',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
  'object',
  'embed',
  'canvas',
  'map',
  'head',
  'link',
  'meta',
  'title',
  'audio',
  'video',
  'source',
  'track',
  'option',
  'label',
  'dialog',
  'menu',
]);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'nobr',
  'big',
]);
const INLINE_HTML: Record<string, string> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
  q: 'q',
  cite: 'cite',
  mark: 'mark',
  s: 's',
  del: 'del',
  ins: 'ins',
  u: 'u',
};
const CREDIT_PREFIX =
  /^(?:图像来源|圖像來源|图片来源|圖片來源|图片|圖片|image source|image caption|photo(?:graph)?|picture|credit|source|copyright|©|(?:bildquelle|bildnachweis|fotos?|bild)(?![a-zäöüß]))\s*[,，:：]?\s*/i;
const CREDIT_CLASS = /credit|copyright|attribution|source|photographer|bildquelle|bildnachweis|fotonachweis|fotograf/;
/** A figure without the tag, named in English or German ("bild", "foto": regional papers' `div.bild` with its `p.bildtext`). */
const FIGURE_LIKE = /(?:^|[-_\s])(?:image|img|photo|figure|picture|pic|media|thumbnail|inline-image|bild|foto)s?(?:$|[-_\s\d])/;

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Two texts that meet without a space where a lowercase letter, digit, capital or closing mark runs into a capital ("La Sportiva"
 * + "Aragon Climbing Shoes", "Genuine Part" + "Lifetime Guarantee", "YETI" + "Rambler", "AI" + "SDK"), a lowercase letter into a
 * digit ("Zempire" + "2-Burner", "Windproof" + "6/6") or a number into a unit ("2026" + "1h"): the elements are set apart by the
 * page's layout (cards' brand and name lines, a flex row of badges, a spec table's cells), and a reader sees two words. Inside a
 * word the second part rarely starts so ("<b>S</b>ony"); a full stop before it is left alone (code: "json.JSONDecoder").
 * `last` ends the text so far, `next` and `after` open the new one. Character codes, not a regular expression: reading the end
 * of the text so far would flatten the string built by `+=`.
 */
function runsTogether(last: number, next: number, after: number): boolean {
  if (isDigit(next)) return isLower(last) || (isDigit(last) && isLower(after));
  if (!isUpper(next)) return false;
  return isUpper(last) || isLower(last) || isDigit(last) || last === 44 || last === 33 || last === 63 || last === 37 || last === 41 || last === 93;
}

/** A percentage opening a text: a discount badge's "15% off", "9% Pack Savings". */
const PERCENT_START = /^\d{1,3}(?:[.,]\d+)?\s?%/;

/**
 * A number that runs into a percentage ("$1699.00" + "15% off", "€98" + "9% Pack Savings"): shops set a discount badge beside
 * the price, in its own element, and a reader sees two numbers. Two digits meet only here, rarely: the pattern runs then.
 */
function isPercentAfterNumber(last: number, data: string): boolean {
  return isDigit(last) && isDigit(data.charCodeAt(0)) && PERCENT_START.test(data);
}

const NEEDS_ESCAPE = /[&<>]/;

/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
  // Most texts hold none of the three: one scan, no copies.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/**
 * A button that titles what it opens: an accordion's or a tab's toggle (aria-expanded), or a button
 * wrapping a heading. Its text is the section's title (an FAQ's question, a feature tab's name), so
 * it is read, unlike other buttons ("Add to cart", a menu's toggle).
 */
export function isSectionToggle(button: Element): boolean {
  if (button.attribs['aria-expanded'] !== undefined) return true;
  for (let ci = 0, kids = button.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && HEADING_TAGS.has(child.name)) return true;
  }
  return isQuestionToggle(button);
}

/**
 * A question of four words or more: "How long should everyday shoes last?", "Do I need to be good at drawing?" (not "Need help
 * planning?"); French sets a space before the mark ("Quelle huile utiliser dans un diffuseur ?").
 */
const QUESTION = /^[^?\s]+(?:\s+[^?\s]+){3,}\s?\?$/;

/** The longest text isQuestion reads as a question, in characters. */
export const QUESTION_LIMIT = 200;

/** Whether a text (spaces collapsed) is a question of four words or more, up to 200 characters. */
export function isQuestion(text: string): boolean {
  return text.length <= QUESTION_LIMIT && QUESTION.test(text);
}

/**
 * A button whose text is a question, with the answer's panel the next element beside it: a hand-written accordion's question that
 * states no aria-expanded (Alpine's `@click='toggleFaq(0)'`, a theme's `accordion__trigger`) and wraps no heading. Its text is the
 * question, kept like a heading, and the panel after it is a disclosure panel.
 */
function isQuestionToggle(button: Element): boolean {
  const next = nextElement(button);
  if (next === null || next.name === 'button') return false;
  const text = normalizeSpace(rawText(button));
  return text.length <= 200 && QUESTION.test(text) && holdsText(next);
}

/** The one mark a heading's permalink shows: Sphinx's and MkDocs' "¶", rustdoc's "§", "#" and link emoji. */
const PERMALINK_MARK = /^\s*(?:¶|§|#|🔗|⚓)\s*$/u;

/** A footnote's number as its reference shows it: "1", "[2]", "12". */
const FOOTNOTE_MARK = /^\s*\[?\d{1,3}\]?\s*$/;

/** A pull quote's class (`pull-quote`, `pullquote`, `wp-block-pullquote`). */
const PULL_QUOTE = /pull-?quote/i;

/** Whether an href points to a place on the page ("#…"). */
function isFragmentLink(href: string | undefined): boolean {
  return href !== undefined && href.length > 1 && href.charCodeAt(0) === 35;
}

/**
 * A link that is a mark, not text: a link to a place on the page (`href="#…"`) whose text is
 * - a heading's permalink mark, "¶" (Sphinx's and MkDocs' `headerlink`), "§" (rustdoc), "#" (VitePress, Mintlify,
 *   GitHub-flavoured renderers) or a link emoji: there to be copied, not read, and in the text it ran into the heading
 *   ("Middleware ordering¶");
 * - or a footnote reference around a `<sup>` (`<a href="#fn2"><sup>2</sup></a>`; see `isFootnoteSup`).
 */
function isPageMark(link: Element): boolean {
  const href = link.attribs.href;
  if (href === undefined || !href.startsWith('#')) return false;
  const text = rawText(link);
  if (PERMALINK_MARK.test(text)) return true;
  if (href.length < 2 || !FOOTNOTE_MARK.test(text)) return false;
  let sup = false;
  for (let ci = 0, kids = link.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (child.name !== 'sup' || sup) return false;
    sup = true;
  }
  return sup;
}

/**
 * A footnote reference: a `<sup>` whose text is a number and whose one element is a link to a place on the page
 * (`<sup><a href="#fn1">1</a></sup>`: WordPress block footnotes, markdown-it, Hugo, MediaWiki's `[3]`). The notes themselves
 * go as boilerplate (`footnotes`), and the golds read "… anyway." where the text would read "… anyway 1".
 */
function isFootnoteSup(sup: Element): boolean {
  let link: Element | null = null;
  for (let ci = 0, kids = sup.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (child.name !== 'a' || link) return false;
    link = child;
  }
  return link !== null && isFragmentLink(link.attribs.href) && FOOTNOTE_MARK.test(rawText(sup));
}

const DIGITS = /\d[\d,.]*\d|\d/;
const NOT_DIGIT = /\D/g;

/**
 * An `aria-hidden` price that the reader sees (isPriceText): hidden from screen readers only, which read it from an `aria-label`
 * or from screen-reader text inside it. Where the copy for them sits beside it instead (WooCommerce's `<del aria-hidden>` price
 * and its "Original price was: $30.00." in `screen-reader-text`, IKEA's `plp-price__sr-text`), that copy is read and the price
 * stays out, as before.
 */
export function isShownPrice(element: Element): boolean {
  const text = rawTextUpTo(element, 80);
  if (text === null || !isPriceText(text)) return false;
  const parent = element.parent;
  if (parent === null || !isElement(parent)) return true;
  const amount = DIGITS.exec(text)![0].replace(NOT_DIGIT, '');
  for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
    const sibling = kids[ci]!;
    if (sibling !== element && isElement(sibling) && rawText(sibling).replace(NOT_DIGIT, '').includes(amount)) return false;
  }
  return true;
}

/**
 * The screen-reader copy of an `aria-hidden` price just before it: WooCommerce writes a sale price as `<del aria-hidden>$30.00</del>
 * <span class="screen-reader-text">Original price was: $30.00.</span><ins aria-hidden>$21.00</ins><span …>Current price is: $21.00.
 * </span>`. isShownPrice leaves the hidden price out for this copy, which is then the only text that states the price; the copy is
 * told by what stands before it (a hidden price whose amount it repeats), not by its class, which hashed or unknown templates do not
 * name. Up to 80 characters: a label and an amount, not a paragraph.
 */
export function isPriceCopy(element: Element): boolean {
  let previous = element.prev;
  while (previous !== null && !isElement(previous)) previous = previous.prev;
  if (previous === null || !isElement(previous) || previous.attribs['aria-hidden'] !== 'true') return false;
  const shown = rawTextUpTo(previous, 40);
  if (shown === null || !isPriceText(shown)) return false;
  const text = rawTextUpTo(element, 80);
  return text !== null && text.replace(NOT_DIGIT, '').includes(DIGITS.exec(shown)![0].replace(NOT_DIGIT, ''));
}

function isHidden(element: Element): boolean {
  // hidden, aria-hidden and style are rare attributes: most elements are known not to hold them.
  if (!mayHoldRareAttributes(element)) return false;
  const attribs = element.attribs;
  if (attribs.hidden !== undefined) return true;
  if (attribs['aria-hidden'] === 'true') return !isShownPrice(element);
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

type Inline = { text: string; html: string };

/** What `replace(/\s+/g, ' ')` changes: a space that is not U+0020, or two spaces in a row. */
const COLLAPSIBLE_SPACE = /[^\S ]|\s\s/;

class Collector {
  readonly blocks: Block[] = [];
  private text = '';
  private html = '';
  /** Where the text ended after the last appendText (-1: never), and that text's last character code. */
  private lastTextEnd = -1;
  private lastCode = 0;
  /** The next text meets a sub- or superscript's edge: a space that keeps two texts apart goes to the plain text only. */
  private scriptEdge = false;
  private readonly seenImages = new Set<string>();
  /** The element of the first text appended since the last flush (a block's `source`). */
  private source: Element | null = null;
  // The options are copied into fields: callers pass object literals of five shapes ({ baseUrl }, { baseUrl, reveal },
  // { baseUrl, reveal, filter }, { baseUrl, filter, reveal }, { baseUrl, filter, reveal, article }), and reading them per element
  // deoptimised the walk at each new shape.
  private readonly baseUrl: string;
  private readonly filter: ElementFilter | undefined;
  private readonly reveal: boolean;
  private readonly article: boolean;

  constructor(options: WalkOptions) {
    this.baseUrl = options.baseUrl;
    this.filter = options.filter;
    this.reveal = options.reveal === true;
    this.article = options.article === true;
  }

  private skips(element: Element): boolean {
    const filter = this.filter;
    return filter !== undefined && filter.skips(element);
  }

  private shows(element: Element): boolean {
    const filter = this.filter;
    return filter !== undefined && filter.shows(element);
  }

  flush(kind: 'p' | 'quote' | 'pre' = 'p'): void {
    const text = kind === 'pre' ? this.text.replace(/^\n+|\s+$/g, '') : normalizeSpace(this.text);
    if (text !== '') this.pushFrom({ kind, text, html: kind === 'pre' ? escapeHtml(text) : this.html.trim() }, this.source);
    this.text = '';
    this.html = '';
    this.source = null;
  }

  private pushFrom(block: Block, source: Element | null): void {
    if (source !== null && block.kind !== 'image') block.source = source;
    this.blocks.push(block);
  }

  /** Renders the inline content of a node (used for headings and list items). */
  inline(node: AnyNode): Inline {
    const saved = {
      text: this.text,
      html: this.html,
      lastTextEnd: this.lastTextEnd,
      lastCode: this.lastCode,
      scriptEdge: this.scriptEdge,
      source: this.source,
    };
    this.scriptEdge = false;
    this.text = '';
    this.html = '';
    this.walkInline(node);
    const result = { text: normalizeSpace(this.text), html: this.html.trim() };
    this.text = saved.text;
    this.html = saved.html;
    this.lastTextEnd = saved.lastTextEnd;
    this.lastCode = saved.lastCode;
    this.scriptEdge = saved.scriptEdge;
    this.source = saved.source;
    return result;
  }

  /** Text goes to the plain text as it stands and to the HTML escaped, with runs of space collapsed. */
  private appendText(node: AnyNode): void {
    const data = (node as unknown as { data: string }).data;
    if (data === '') return;
    // Text nodes meet at element boundaries: keep the parts apart when they would run into one word (runsTogether). Only when
    // the text so far ends with the last text appended here (a <br> or a block adds its own space).
    if (
      this.text.length === this.lastTextEnd &&
      (runsTogether(this.lastCode, data.charCodeAt(0), data.charCodeAt(1)) || isPercentAfterNumber(this.lastCode, data))
    ) {
      this.text += ' ';
      if (!this.scriptEdge) this.html += ' ';
    }
    this.scriptEdge = false;
    if (this.source === null) {
      const parent = node.parent;
      if (parent !== null && isElement(parent)) this.source = parent;
    }
    this.text += data;
    this.lastTextEnd = this.text.length;
    this.lastCode = data.charCodeAt(data.length - 1);
    // Only texts with a space other than U+0020, or two spaces in a row, change: most keep their string.
    this.html += escapeHtml(COLLAPSIBLE_SPACE.test(data) ? data.replace(/\s+/g, ' ') : data);
  }

  private walkInline(node: AnyNode): void {
    if (node.type === 'text') {
      this.appendText(node);
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'button' && isSectionToggle(node) && !this.skips(node)) {
      for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
        const child = kids[ci]!;
        this.walkInline(child);
      }
      return;
    }
    if (DROP.has(node.name) || (isHidden(node) && !this.reveal && !this.shows(node)) || this.skips(node)) return;
    if (node.name === 'br') {
      this.text += ' ';
      this.html += '<br />';
      return;
    }
    if (node.name === 'img') return;
    if (node.name === 'a' ? isPageMark(node) : node.name === 'sup' && isFootnoteSup(node)) return;
    const tag = node.name === 'a' ? 'a' : INLINE_HTML[node.name];
    let open = '';
    if (tag === 'a') {
      const href = node.attribs.href ? cleanLink(node.attribs.href, this.baseUrl) : null;
      if (href) open = `<a href="${escapeAttribute(href)}">`;
    } else if (tag) {
      open = `<${tag}>`;
    }
    this.html += open;
    // A footnote mark reads apart from its word in plain text ("battery life 1"), but the HTML's <sup> already sets it
    // apart, and a space there would break "H<sub>2</sub>O" or "x<sup>2</sup>".
    const script = tag === 'sub' || tag === 'sup';
    if (script) this.scriptEdge = true;
    for (let i = 0, children = node.children; i < children.length; i += 1) this.walkInline(children[i]!);
    if (script) this.scriptEdge = true;
    if (open) this.html += `</${tag}>`;
  }

  image(element: Element, caption: string | null, credit: string | null): void {
    const url = resolveImageUrl(element, this.baseUrl);
    if (!url || this.seenImages.has(url)) return;
    this.seenImages.add(url);
    const alt = normalizeSpace(element.attribs.alt ?? '') || null;
    const width = Number.parseInt(element.attribs.width ?? '', 10);
    const height = Number.parseInt(element.attribs.height ?? '', 10);
    // Tracking pixels and icons are not article images.
    if ((Number.isFinite(width) && width > 0 && width < 50) || (Number.isFinite(height) && height > 0 && height < 50)) return;
    const image: ImageRef = { url, alt, caption, credit };
    if (Number.isFinite(width)) image.width = width;
    if (Number.isFinite(height)) image.height = height;
    this.blocks.push({ kind: 'image', image });
  }

  walk(node: AnyNode): void {
    if (node.type === 'text') {
      this.appendText(node);
      return;
    }
    if (!isElement(node)) return;
    const name = node.name;
    if (name === 'button' && isSectionToggle(node) && !this.skips(node)) {
      this.flush();
      this.walkChildren(node);
      this.flush();
      return;
    }
    if (DROP.has(name) || (isHidden(node) && !this.reveal && !this.shows(node)) || this.skips(node)) return;
    if (name === 'legend' && isControlLegend(node)) return;
    if (INLINE.has(name)) {
      if (name === 'a' || INLINE_HTML[name]) {
        // Inline elements may still wrap images (linked pictures); keep them as image blocks.
        if (containsTag(node, 'img')) {
          this.walkChildren(node);
          return;
        }
        this.walkInline(node);
        return;
      }
      this.walkChildren(node);
      return;
    }
    switch (name) {
      case 'br':
        // <br><br> is how many Chinese CMSes separate paragraphs: a line break ends a block.
        this.flush();
        return;
      case 'img':
        this.flush();
        this.image(node, null, null);
        return;
      case 'picture':
        this.flush();
        this.walkPicture(node);
        return;
      case 'noscript':
        // Lazy-loading pages put the real <img> here; text inside <noscript> is a fallback notice
        // (except on pages that render everything with scripts and keep the text only here).
        if (this.reveal && !isScriptNotice(node)) {
          this.flush();
          this.walkChildren(node);
          this.flush();
          return;
        }
        for (const img of findAll(node, 'img')) this.image(img, null, null);
        return;
      case 'figure':
        this.flush();
        this.walkFigure(node);
        return;
      case 'figcaption':
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        this.flush();
        const { text, html } = this.inline(node);
        if (text !== '') this.pushFrom({ kind: 'h', level: Number(name[1]), text, html }, node);
        for (const img of findAll(node, 'img')) this.image(img, null, null);
        return;
      }
      case 'ul':
      case 'ol': {
        this.flush();
        this.walkList(node, name === 'ol');
        return;
      }
      case 'pre': {
        this.flush();
        this.text = codeText(node, '');
        if (inTermynal(node) || isRenderedTerminal(this.text)) this.text = renderedMarkup(this.text);
        this.flush('pre');
        return;
      }
      case 'tr':
        this.flush();
        if (isDataRow(node)) this.walkRow(node);
        else this.walkChildren(node);
        this.flush();
        return;
      case 'blockquote': {
        this.flush();
        const start = this.blocks.length;
        this.walkChildren(node);
        this.flush();
        for (let i = start; i < this.blocks.length; i += 1) {
          const block = this.blocks[i]!;
          if (block.kind !== 'p') continue;
          const quote: Block = { kind: 'quote', text: block.text, html: block.html };
          if (block.source !== undefined) quote.source = block.source;
          this.blocks[i] = quote;
        }
        return;
      }
      default:
        this.flush();
        // <div class="image"><img><p class="caption">…</p></div>: a figure without the tag.
        // A card (image, then a heading) is not a figure: its heading is text, not a caption. A heading set as `role="heading"`
        // counts (a product page's feature rows: `div.feature-blade.mediaClass` › image, `div[role=heading]`, description).
        if (
          (name === 'div' || name === 'span') &&
          FIGURE_LIKE.test(classHints(node)) &&
          containsTag(node, 'img') &&
          rawText(node).length < 400 &&
          !containsHeading(node)
        ) {
          this.walkFigure(node);
          return;
        }
        // The same without the class word, on an article (isUnmarkedFigure).
        if (this.article && (name === 'div' || name === 'span') && isUnmarkedFigure(node)) {
          this.walkFigure(node);
          return;
        }
        this.walkChildren(node);
        this.flush();
    }
  }

  private walkChildren(node: Element): void {
    for (let i = 0, children = node.children; i < children.length; i += 1) this.walk(children[i]!);
  }

  private walkList(node: Element, ordered: boolean): void {
    const items: { text: string; html: string }[] = [];
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (!isElement(child) || this.skips(child) || (isHidden(child) && !this.reveal && !this.shows(child))) continue;
      // Anything else in a list (a <div>, or the <p> a stray </p> opens around the following items) is shown: walk it as blocks.
      if (child.name !== 'li') {
        if (items.length > 0) this.pushList(items.splice(0), ordered, node);
        this.flush();
        this.walk(child);
        this.flush();
        continue;
      }
      // A list item holding paragraphs or nested lists is a layout wrapper: walk it as blocks.
      if (containsBlock(child)) {
        if (items.length > 0) this.pushList(items.splice(0), ordered, node);
        this.flush();
        this.walkChildren(child);
        this.flush();
        continue;
      }
      const item = this.inline(child);
      if (item.text !== '') items.push(item);
      for (const img of findAll(child, 'img')) this.image(img, null, null);
    }
    if (items.length > 0) this.pushList(items, ordered, node);
  }

  /**
   * A data table's row is one line, its cells in order: a cell alone is a value ("Regular price", "New", "2025-07-01", "Yes"), and
   * the line filters that drop such texts as a page's controls, badges, datelines or repeats read the whole row instead.
   */
  private walkRow(row: Element): void {
    const texts: string[] = [];
    const htmls: string[] = [];
    for (let ci = 0, kids = row.children; ci < kids.length; ci += 1) {
      const cell = kids[ci]!;
      if (!isElement(cell) || this.skips(cell) || (isHidden(cell) && !this.reveal && !this.shows(cell))) continue;
      const { text, html } = this.inline(cell);
      if (text !== '') {
        texts.push(text);
        htmls.push(html);
      }
      for (const img of findAll(cell, 'img')) this.image(img, null, null);
    }
    if (texts.length > 0) this.pushFrom({ kind: 'p', text: texts.join(' '), html: htmls.join(' | ') }, row);
  }

  private pushList(items: { text: string; html: string }[], ordered: boolean, list: Element): void {
    this.pushFrom({ kind: 'list', ordered, items, text: items.map((item) => item.text).join('\n') }, list);
  }

  private walkPicture(node: Element): void {
    const img = findAll(node, 'img')[0];
    if (img) {
      if (!resolveImageUrl(img, this.baseUrl)) {
        const source = findAll(node, 'source')[0];
        if (source) this.image({ ...img, attribs: { ...source.attribs, alt: img.attribs.alt ?? '' } } as unknown as Element, null, null);
        return;
      }
      this.image(img, null, null);
    }
  }

  private walkFigure(node: Element): void {
    // An image inside the figure's code block is the listing's badge (mdBook's "does not compile" crab), not the figure's picture.
    const images = findAll(node, 'img').filter((img) => !insidePre(img, node));
    const found = { caption: '', credit: '' };
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      readCaption(child, found);
    }
    const { caption, credit } = found;
    const before = this.blocks.length;
    // On an article, a quotation set beside its speaker's portrait (a pull-quote component: avatar, <blockquote>, a figcaption naming
    // the speaker): the quotation and the speaker's line are the article's text, and the portrait is an image without a caption.
    // Elsewhere such a figure is a testimonial (a client's face, words and name), and stays an image.
    const quoted = this.article && images.length > 0 && containsTag(node, 'blockquote');
    for (const img of images) this.image(img, quoted ? null : caption || null, quoted ? null : credit || null);
    // A figure that only wraps text (pull quotes, embedded posts) is content.
    if (images.length === 0) {
      // A code listing's caption titles it ("Listing 9-3: Opening a file", the book's reference to it): it is read with the code.
      // Other text figures' captions (an embedded video's, an article's pull quote's credit) stay out, like an image's.
      // On a page that is not an article, a quotation's figure names its speaker in the caption (the HTML standard's attribution
      // pattern, Squarespace's quote block, a testimonial: "<blockquote>…</blockquote><figcaption>— Jane D.</figcaption>"): the
      // name is read with the quotation. A pull quote (an article's device, named so by its class even where the page states no
      // kind) keeps its credit out.
      const captioned = containsTag(node, 'pre') || (!this.article && !PULL_QUOTE.test(node.attribs.class ?? '') && containsTag(node, 'blockquote'));
      for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
        const child = kids[ci]!;
        if (captioned && isElement(child) && child.name === 'figcaption' && !this.skips(child)) {
          this.flush();
          this.walkChildren(child);
          this.flush();
        } else this.walk(child);
      }
      this.flush();
    } else if (quoted) {
      const quotes = findAll(node, 'blockquote');
      for (const quote of quotes) {
        // A quotation inside another is read with it.
        if (quotes.some((outer) => outer !== quote && holds(outer, quote))) continue;
        this.flush();
        this.walk(quote);
        this.flush();
      }
      for (const figcaption of findAll(node, 'figcaption'))
        if (!this.skips(figcaption)) {
          this.flush();
          this.walkChildren(figcaption);
          this.flush();
        }
    } else if (this.blocks.length === before) {
      // The image was a duplicate or a pixel: nothing to add.
    }
  }
}

/**
 * Whether a <legend> captions a group of form controls (a shop's "Color" or "Size" above its swatches, a survey's question
 * above its radio buttons): it is the form's label, dropped with the controls and their <label>s, not the page's text. A
 * fieldset without controls is only a framed box, and its legend its title.
 */
function isControlLegend(legend: Element): boolean {
  const fieldset = legend.parent;
  return fieldset !== null && isElement(fieldset) && fieldset.name === 'fieldset' && (containsTag(fieldset, 'input') || containsTag(fieldset, 'select'));
}

/** Finds a figure's caption and credit: the first texts of its leaf-like elements (and of its figcaption) that are not images. */
function readCaption(current: AnyNode, found: { caption: string; credit: string }): void {
  if (!isElement(current)) return;
  if (current.name === 'img' || DROP.has(current.name) || current.name === 'noscript') return;
  const cls = classAndId(current);
  const text = normalizeSpace(rawText(current));
  if (text === '') return;
  const hasElementChildren = current.children.some((c) => isElement(c) && !INLINE.has(c.name));
  if (!hasElementChildren || current.name === 'figcaption') {
    if (CREDIT_CLASS.test(cls)) found.credit = found.credit || text;
    else if (CREDIT_PREFIX.test(text) && text.replace(CREDIT_PREFIX, '').length < 80) found.credit = found.credit || text.replace(CREDIT_PREFIX, '');
    else if (current.name === 'figcaption') {
      // A figcaption may itself hold a credit span; split it out.
      const creditChild = findAll(current, '*').find((c) => CREDIT_CLASS.test(classAndId(c)));
      if (creditChild) {
        const creditText = normalizeSpace(rawText(creditChild));
        found.credit = found.credit || creditText;
        found.caption = found.caption || normalizeSpace(text.replace(creditText, ''));
      } else found.caption = found.caption || text;
    } else found.caption = found.caption || text;
    return;
  }
  for (let ci = 0, kids = current.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    readCaption(child, found);
  }
}

const TERMYNAL = /(?:^|\s)termy(?:\s|$)/;

/**
 * Whether a code block is a Termynal terminal (`div.termy` › `div.highlight` › `pre`: FastAPI's, Typer's and SQLModel's MkDocs
 * sites). Its lines are written as HTML source (`<font color="#4E9A06">fastapi</font> dev …`, `&apos;`), escaped in the page,
 * and termynal.js renders them when the page runs: a reader sees the rendered text.
 */
function inTermynal(pre: Element): boolean {
  let at = pre.parent;
  for (let level = 0; at !== null && isElement(at) && level < 3; level += 1, at = at.parent)
    if (at.attribs.class !== undefined && TERMYNAL.test(at.attribs.class)) return true;
  return false;
}

const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/** A shell session's first line: a `$ ` prompt and a command. */
const PROMPT_FIRST_LINE = /^\s*\$ \S/;
/** A terminal's colours written as HTML source, as an ANSI-to-HTML export writes them (`<font color="#4E9A06">`, `<span style="background-color:#009485">`). */
const TERMINAL_COLOUR_TAG = /<font color="#[0-9a-f]{3,6}">|<span style="(?:background-)?color:\s*#[0-9a-f]{3,6};?">/gi;

/**
 * Whether a code block is a terminal session written as HTML source whatever its classes say (inTermynal without the class word
 * `termy`): its first line is a `$ ` prompt and its text holds at least two colour tags of an ANSI-to-HTML export. A shell
 * transcript does not print such tags, and an HTML sample does not open with a prompt; a script renders them when the page runs.
 */
function isRenderedTerminal(text: string): boolean {
  if (!PROMPT_FIRST_LINE.test(text)) return false;
  let found = 0;
  for (TERMINAL_COLOUR_TAG.lastIndex = 0; TERMINAL_COLOUR_TAG.exec(text) !== null;) if ((found += 1) >= 2) return true;
  return false;
}

/** The text of a terminal line written as HTML source: its tags left out and its character references decoded. */
function renderedMarkup(text: string): string {
  return decodeHTML(text.replace(MARKUP_TAG, ''));
}

/** Whether an element sits inside a <pre> below `root`. */
function insidePre(element: Element, root: Element): boolean {
  for (let current = element.parent; current !== null && current !== root; current = current.parent)
    if (isElement(current) && current.name === 'pre') return true;
  return false;
}

/** Tags whose element is a line of its own inside a code block (a highlighter's line wrapper, a table row of a line-numbered listing). */
const CODE_LINE_TAGS = new Set(['div', 'p', 'li', 'tr', 'table', 'section']);
/**
 * A code block's line numbers, by the class its highlighter gives them: Pygments' `td.linenos` (its "table" mode, Sphinx's and
 * MkDocs' `linenos`) and `span.linenos` (its "inline" mode), Hugo's Chroma `span.ln`, highlight.js' line-numbers plugin
 * (`td.hljs-ln-numbers`), Prism's `span.line-numbers-rows`, and the older `div.linenodiv` / `span.lineno`.
 */
const LINE_NUMBERS = /(?:^|\s)(?:ln|linenos|lineno|linenodiv|hljs-ln-numbers|line-numbers-rows)(?:\s|$)/;

/**
 * Whether an element named as a code block's line numbers (LINE_NUMBERS) holds only digits: the numbers are the editor's gutter,
 * not the code, and read inline they ran into each line ("1client := Connect()": Chroma's `span.ln` inside the line) or stood as
 * lines of their own before the code ("1", "2": Pygments' table cell). A copy of the code leaves them out.
 */
export function isLineNumbers(element: Element): boolean {
  const className = element.attribs.class;
  return className !== undefined && namesLineNumbers(className) && holdsOnlyNumbers(element);
}

/** Whether a class value names a code block's line numbers (LINE_NUMBERS): the class half of isLineNumbers. */
export function namesLineNumbers(className: string): boolean {
  return LINE_NUMBERS.test(className);
}

/** Whether an element's text is digits and spaces only, under 2,000 characters: the text half of isLineNumbers. */
export function holdsOnlyNumbers(element: Element): boolean {
  const text = rawTextUpTo(element, 2000);
  return text !== null && /^[\d\s]*$/.test(text);
}

/** A highlighter's line wrapper, shown as a block by its stylesheet: Shiki's "line", Prism's "token-line", CodeMirror's "cm-line", Gatsby's "gatsby-highlight-code-line". */
const CODE_LINE_CLASS = /(?:^|[\s_-])line(?:$|\s)/;

/**
 * The text of a code block as a reader sees it: a <br> and each line wrapper start a new line. Highlighters wrap every line in
 * a block element or a span their stylesheet shows as a block (Shiki's span.line, CodeMirror's div.cm-line), and minified
 * output often drops the newline between them, so the raw text would run "cd my-project" into the line before. Buttons and
 * other controls inside the block ("Copy") are not its text.
 */
function codeText(node: Element, text: string): string {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child.type === 'text') {
      text += (child as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(child) || DROP.has(child.name) || isLineNumbers(child)) continue;
    if (child.name === 'br') {
      text += '\n';
      continue;
    }
    if (text !== '' && !text.endsWith('\n') && (CODE_LINE_TAGS.has(child.name) || CODE_LINE_CLASS.test(child.attribs.class ?? ''))) text += '\n';
    text = codeText(child, text);
  }
  return text;
}

/** The longest caption isUnmarkedFigure reads: a sentence or two, not a paragraph of the story. */
const UNMARKED_CAPTION = 300;
/** The tags an unmarked figure's caption is set in: a line of text, not a paragraph (`<p>`) or a heading. */
const CAPTION_TAGS = new Set(['div', 'span', 'small', 'em', 'i', 'font']);
/** What an unmarked figure's caption never holds: a paragraph, a list, a table, a quotation, a picture of its own. */
const NOT_IN_CAPTION = ['p', 'ul', 'ol', 'table', 'blockquote', 'img'];

/**
 * A figure set without the tag and without a class word that names it (FIGURE_LIKE): a wrapper whose children are a picture (an
 * `<img>`, or an element holding one and no text: a lazy-loading placeholder beside its `<noscript>` copy), then one short line of
 * text in a `<div>` or an inline tag, and nothing else but white space and line breaks. The Detroit News' `div.asset-image` ›
 * `div.image-image` › img, `div.image-meta` › caption; AppleInsider's `div[align=center]` › `div.article-img`, `<br>`,
 * `span.minor2`: a reader sees the line under the picture as its caption. Read on articles only (walkFigure: the picture, with
 * the line as its caption): a shop's or a listing's card sets its item's name under its image the same way, and the name is
 * the card's text. A `<p>` under a picture is the story's, and so is a heading (a card's).
 */
function isUnmarkedFigure(node: Element): boolean {
  let picture: Element | null = null;
  let caption: Element | null = null;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child.type === 'text') {
      if (holdsText(child)) return false;
      continue;
    }
    if (!isElement(child) || child.name === 'br') continue;
    if (picture === null) picture = child;
    else if (caption === null) caption = child;
    else return false;
  }
  if (picture === null || caption === null || !CAPTION_TAGS.has(caption.name)) return false;
  const text = rawTextUpTo(caption, UNMARKED_CAPTION * 2);
  if (text === null) return false;
  const length = normalizeSpace(text).length;
  if (length === 0 || length > UNMARKED_CAPTION || containsHeading(caption)) return false;
  for (const tag of NOT_IN_CAPTION) if (containsTag(caption, tag)) return false;
  return (picture.name === 'img' || containsTag(picture, 'img')) && !holdsText(picture);
}

/** Whether a subtree holds a heading: an `<h1>`–`<h6>` or an element WAI-ARIA names one (`role="heading"`). */
function containsHeading(node: Element): boolean {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (HEADING_TAGS.has(child.name) || child.attribs.role === 'heading' || containsHeading(child)) return true;
  }
  return false;
}

/** Whether a subtree holds an element of a tag, leaving out the subtrees `filter` skips when one is given. */
export function containsTag(node: Element, tag: string, filter?: ElementFilter): boolean {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || filter?.skips(child)) continue;
    if (child.name === tag || containsTag(child, tag, filter)) return true;
  }
  return false;
}

/**
 * A <noscript> that asks the reader to turn JavaScript on ("You need to enable JavaScript to run this app.", "Please enable
 * JavaScript to view the comments powered by Disqus."): the notice stands in for what the scripts would render, and is not the
 * page's text even where the rest is revealed. A page that holds nothing else has no text in its HTML (EXTRACT_NO_CONTENT).
 * Judged on the <noscript> alone: a help page's own paragraph on enabling JavaScript is not inside one.
 */
const SCRIPT_NOTICE =
  /\b(?:enable|turn on|activate|allow)\s+(?:your\s+)?javascript\b|\bjavascript\s+(?:is\s+)?(?:disabled|required|not enabled|must be enabled)|\brequires?\s+javascript\b/i;

function isScriptNotice(noscript: Element): boolean {
  const text = rawText(noscript);
  return text.length < 400 && SCRIPT_NOTICE.test(text);
}

const BLOCK_INSIDE_LI = new Set(['p', 'div', 'ul', 'ol', 'table', 'h2', 'h3', 'h4', 'blockquote', 'figure', 'section']);

/**
 * A table row of two or more cells that each hold one line: inline content, or one paragraph of it alone (Sphinx and MDX wrap each
 * cell's text in a <p>). A cell with paragraphs, lists, nested tables, code blocks or line breaks makes a row of layout, not of data.
 */
function isDataRow(row: Element): boolean {
  let cells = 0;
  for (let ci = 0, kids = row.children; ci < kids.length; ci += 1) {
    const cell = kids[ci]!;
    if (!isElement(cell)) continue;
    if ((cell.name !== 'td' && cell.name !== 'th') || !holdsOneLine(cell)) return false;
    cells += 1;
  }
  return cells >= 2;
}

function holdsOneLine(cell: Element): boolean {
  if (!breaksLine(cell)) return true;
  let paragraphs = 0;
  for (let ci = 0, kids = cell.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) {
      if (rawText(child).trim() !== '') return false;
      continue;
    }
    if (child.name !== 'p' || breaksLine(child)) return false;
    paragraphs += 1;
  }
  return paragraphs === 1;
}

/** Blocks, code blocks and line breaks: what makes a cell more than one line. */
const LINE_BREAKING = new Set([...BLOCK_INSIDE_LI, 'br', 'pre']);

/** Whether an element holds a block, a code block or a line break. */
function breaksLine(node: Element): boolean {
  return holdsAnyOf(node, LINE_BREAKING);
}

function containsBlock(node: Element): boolean {
  return holdsAnyOf(node, BLOCK_INSIDE_LI);
}

/** Whether an element has a descendant element named one of `tags`. */
function holdsAnyOf(node: Element, tags: ReadonlySet<string>): boolean {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (tags.has(child.name) || holdsAnyOf(child, tags)) return true;
  }
  return false;
}

function findAll(node: Element, tag: string): Element[] {
  const out: Element[] = [];
  addAll(node, tag, out);
  return out;
}

function addAll(current: Element, tag: string, out: Element[]): void {
  for (let ci = 0, kids = current.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (tag === '*' || child.name === tag) out.push(child);
    addAll(child, tag, out);
  }
}

/** Walks a container and returns its blocks in document order. */
export function collectBlocks(container: Element, options: WalkOptions): Block[] {
  const collector = new Collector(options);
  // A page without <html>/<body> hands us the document node itself.
  if (isElement(container)) collector.walk(container);
  else
    for (let ci = 0, kids = (container as unknown as ParentNode).children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      collector.walk(child);
    }
  collector.flush();
  return collector.blocks;
}

/** contentText: paragraphs, subheadings, list items and quotes, separated by blank lines. */
export function blocksToText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'image') continue;
    parts.push(block.text);
  }
  return parts.join('\n\n');
}

/**
 * contentHtml: one element per block, images as <figure>. This renderer is the allowlist: it
 * emits only the tags and attributes of sanitize.ts's policy, escapes every text and attribute,
 * and only http(s)/mailto links and http(s) images (cleanLink/resolveImageUrl). A test runs
 * sanitize-html over its output for every corpus page and demands no change, so the safety is
 * checked without paying a second HTML parse per article at run time.
 */
export function renderSafeHtml(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'p':
        parts.push(`<p>${block.html}</p>`);
        break;
      case 'quote':
        parts.push(`<blockquote><p>${block.html}</p></blockquote>`);
        break;
      case 'pre':
        parts.push(`<pre>${block.html}</pre>`);
        break;
      case 'h':
        parts.push(`<h${block.level}>${block.html}</h${block.level}>`);
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        parts.push(`<${tag}>${block.items.map((item) => `<li>${item.html}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'image': {
        const { url, alt, caption, credit } = block.image;
        const figcaption = [caption, credit]
          .filter(Boolean)
          .map((t) => escapeHtml(t!))
          .join(' — ');
        parts.push(
          `<figure><img src="${escapeAttribute(url)}" alt="${escapeAttribute(alt ?? '')}" />${figcaption ? `<figcaption>${figcaption}</figcaption>` : ''}</figure>`,
        );
        break;
      }
    }
  }
  return parts.join('\n');
}
