/**
 * Minimal DOM helpers over domhandler nodes (htmlparser2's tree, which cheerio/slim builds):
 * the extractors walk the tree directly because per-node cheerio wrappers cost more than the
 * parse itself on large pages.
 *
 * Child lists are read with index loops (`for (let ci = 0, kids = node.children; ci < kids.length; ci += 1)`), not
 * `for…of`: in the bench's first two rounds the walks still run in V8's lower tiers, where each step of an array iterator
 * allocates its result object (a tenth of a page's allocation there; session 19 speed pass). Same order, same reads.
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { inkWeight, isRegExpSpace, measureText, UNPACKED } from './text.ts';

/** True for element nodes (including <script>/<style>, which htmlparser2 types separately). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element before `node` among its siblings, past any text and comments (the DOM's previousElementSibling). */
export function previousElement(node: AnyNode): Element | null {
  let previous = node.prev;
  while (previous !== null && !isElement(previous)) previous = previous.prev;
  return previous;
}

/** The element after `node` among its siblings, past any text and comments (the DOM's nextElementSibling). */
export function nextElement(node: AnyNode): Element | null {
  let next = node.next;
  while (next !== null && !isElement(next)) next = next.next;
  return next;
}

/** The element right before `node`, past blank text only: null where words (or nothing) stand before it. */
export function previousElementPastBlank(node: AnyNode): Element | null {
  let previous = node.prev;
  while (previous !== null && !isElement(previous) && rawText(previous).trim() === '') previous = previous.prev;
  return previous !== null && isElement(previous) ? previous : null;
}

/** True when `ancestor` is `node` or holds it. */
export function holds(ancestor: Element, node: AnyNode): boolean {
  for (let at: AnyNode | null = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

const SHORT_FORM = /(?:^|[-_\s])short(?:$|\s)/;
const LONG_FORM = /(?:^|[-_\s])long(?:$|\s)/;

/**
 * Whether an element is the short form of a date a <time> writes twice ("<time><span class=ipsTime__long>June 14,
 * 2024</span><span class=ipsTime__short>1 yr</span></time>"): the stylesheet shows one form per screen width, and read
 * together they run into "June 14, 20241 yr". The long form is the one a desktop reader sees.
 */
export function isShortTimeForm(element: Element): boolean {
  const parent = element.parent;
  if (!parent || !isElement(parent) || parent.name !== 'time' || !SHORT_FORM.test(element.attribs.class ?? '')) return false;
  return parent.children.some((sibling) => sibling !== element && isElement(sibling) && LONG_FORM.test(sibling.attribs.class ?? ''));
}

/** The concatenated text of a node, without any normalisation. */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) && node.type !== 'root') return '';
  let out = '';
  for (let i = 0, children = (node as ParentNode).children; i < children.length; i += 1) out += rawText(children[i]!);
  return out;
}

/**
 * A node's concatenated text like rawText, or null as soon as it runs past `limit` characters: the walk stops there, so a
 * large subtree costs no more than its first `limit` characters.
 */
export function rawTextUpTo(node: AnyNode, limit: number): string | null {
  const out = { text: '' };
  return appendTextUpTo(node, limit, out) ? out.text : null;
}

function appendTextUpTo(node: AnyNode, limit: number, out: { text: string }): boolean {
  if (node.type === 'text') {
    out.text += (node as unknown as { data: string }).data;
    return out.text.length <= limit;
  }
  if (!isElement(node) && node.type !== 'root') return true;
  for (let i = 0, children = (node as ParentNode).children; i < children.length; i += 1) if (!appendTextUpTo(children[i]!, limit, out)) return false;
  return true;
}

/**
 * Whether a node's text keeps more than `limit` characters once its spaces are collapsed (`normalizeSpace(rawText(node)).length
 * > limit` is then certain): counts the characters normalizeSpace keeps (all but `\s` and U+200B) text node by text node and
 * stops past the limit, so a large subtree costs no more than its first `limit` such characters. False says nothing.
 */
export function keepsMoreThan(node: AnyNode, limit: number): boolean {
  return keptCharsLeft(node, limit) < 0;
}

function keptCharsLeft(node: AnyNode, left: number): number {
  if (node.type === 'text') {
    const data = (node as unknown as { data: string }).data;
    const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
    for (let i = 0, length = data.length; i < length; i += 1) {
      const code = charCodeAt.call(data, i);
      if (code !== 0x200b && !isRegExpSpace(code) && (left -= 1) < 0) return left;
    }
    return left;
  }
  if (!isElement(node) && node.type !== 'root') return left;
  for (let ci = 0, kids = (node as ParentNode).children; ci < kids.length && left >= 0; ci += 1) left = keptCharsLeft(kids[ci]!, left);
  return left;
}

const NOT_SPACE = /\S/;

/**
 * Whether a node's text holds anything but white space: `rawText(node).trim() !== ''` (trim drops what `\s` matches),
 * read text node by text node and stopping at the first, without joining the subtree's text.
 */
export function holdsText(node: AnyNode): boolean {
  if (node.type === 'text') return NOT_SPACE.test((node as unknown as { data: string }).data);
  if (!isElement(node) && node.type !== 'root') return false;
  for (let ci = 0, kids = (node as ParentNode).children; ci < kids.length; ci += 1) if (holdsText(kids[ci]!)) return true;
  return false;
}

/** Length of the text inside <a> elements below a node. */
export function linkTextLength(node: AnyNode): number {
  if (!isElement(node)) return 0;
  if (node.name === 'a') return rawText(node).replace(/\s+/g, '').length;
  let total = 0;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    total += linkTextLength(child);
  }
  return total;
}

/** Detaches a node from its parent. */
export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1);
  const prev = node.prev;
  const next = node.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Every element below a node, in document order. */
export function descendants(node: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!isElement(current)) continue;
    out.push(current);
    for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
  }
  return out;
}

/** True when the text has no capital letter and no non-ASCII character: lowercasing and word splitting leave it as it is. */
function isLowerAscii(text: string): boolean {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(text, i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return false;
  }
  return true;
}

/**
 * The text lowercased. Class names and ids are nearly all lowercase ASCII already: then the text is
 * returned as it is (on a page with any character beyond Latin-1 every attribute value is a two-byte
 * string, which toLowerCase hands to ICU through the runtime).
 */
export function lowerCase(text: string): string {
  return isLowerAscii(text) ? text : text.toLowerCase();
}

/** The class and id of an element, lowercased, for boilerplate pattern matching. */
export function classAndId(element: Element): string {
  const attribs = element.attribs;
  return lowerCase(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
}

/** Text split into hyphenated lowercase words at camelCase humps ("InlineImage-imageEmbedCaption" → "inline-image-image-embed-caption"). */
export function hyphenatedLower(text: string): string {
  // Most class names are lowercase already: no regular expression, no new string.
  return isLowerAscii(text) ? text : text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Class and id split into hyphenated lowercase words (hyphenatedLower). */
export function classHints(element: Element): string {
  const attribs = element.attribs;
  return hyphenatedLower(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
}

/**
 * Attributes most elements lack and the boilerplate rules ask every element for. Each read of an
 * attribute is a dictionary lookup (parseHtml makes attribute objects without a prototype, which V8
 * keeps as hash tables; as object literals they came in thousands of shapes, and each read was a
 * megamorphic load costing ~3× on Node 24 what it cost on Node 20); an element known to hold none of
 * these answers `undefined` for all of them without a load.
 */
const RARE_ATTRIBUTES = new Set([
  'hidden',
  'aria-hidden',
  'style',
  'role',
  'data-e2e',
  'aria-labelledby',
  'data-component',
  'itemprop',
  'itemtype',
  'aria-controls',
  'aria-describedby',
  'data-role',
  'aria-roledescription',
]);

type MarkedElement = Element & { rareAttributes?: boolean; order?: number };

/** True for the names in RARE_ATTRIBUTES (parseHtml marks an element as it reads its attribute names). */
export function isRareAttribute(name: string): boolean {
  return RARE_ATTRIBUTES.has(name);
}

/** Records whether an element holds any of RARE_ATTRIBUTES (parseHtml records it for every element it opens). */
export function setRareAttributes(element: Element, rare: boolean): void {
  (element as MarkedElement).rareAttributes = rare;
}

/** Numbers an element in document order (parseHtml numbers every element it opens, from 0): per-element figures live in arrays indexed by it (generic-body.ts). */
export function setElementOrder(element: Element, order: number): void {
  (element as MarkedElement).order = order;
}

/** The element's document order, as parseHtml numbered it (every element of a parsed page has one). */
export function elementOrder(element: Element): number {
  return (element as MarkedElement).order!;
}

/** False only when the element is known to hold none of RARE_ATTRIBUTES (hidden, aria-*, style, role, itemprop, …): then reading them is skipped. */
export function mayHoldRareAttributes(element: Element): boolean {
  return (element as MarkedElement).rareAttributes !== false;
}

type InkedText = Text & { ink?: number; prose?: number };

/** Records a text node's ink (text.ts, inkWeight of its data; -1: not weighed yet). */
export function setTextInk(node: Text, ink: number): void {
  (node as InkedText).ink = ink;
}

/** measureText's output for the text being weighed (read at once: no call in between). */
const MEASURED = new Float64Array(2);

/** Weighs a text node the parser made (its `ink` and `prose` slots), once; returns its ink. */
function measureTextNode(node: InkedText): number {
  measureText(node.data, MEASURED);
  node.ink = MEASURED[0]!;
  node.prose = MEASURED[1]!;
  return MEASURED[0]!;
}

/**
 * inkWeight of a text node's data, weighed once: the generic body's precompute walk weighs every text of the page and
 * its measuring walks weigh them again. Only nodes the parser made carry the slot; others are weighed every time. The same
 * pass keeps the node's prose facts (textProse).
 */
export function textInk(node: Text): number {
  const known = (node as InkedText).ink;
  if (known !== undefined && known >= 0) return known;
  if (known === undefined) return inkWeight(node.data);
  return measureTextNode(node as InkedText);
}

/**
 * A text node's packed prose facts (text.ts, measureText: proseLength, commas, spaces at its ends), from the pass that weighed
 * its ink; UNPACKED for a node the parser did not make or a text too long to pack (then read its data).
 */
export function textProse(node: Text): number {
  const known = (node as InkedText).prose;
  if (known === undefined) return UNPACKED;
  if (known === -1) measureTextNode(node as InkedText);
  return (node as InkedText).prose!;
}

/** The heading elements, h1–h6. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
