/**
 * The one parse of a page: htmlparser2 into a domhandler tree (what cheerio/slim's load builds,
 * without the per-call cheerio class and wrapper; extract-article.ts wraps the tree in cheerio
 * only for a recipe's selectors). The handler also records how deep the tree goes, so the depth
 * cap walks the tree only when it has something to cut.
 *
 * htmlparser2's tokenizer runs its state machine once per character. Inside text and quoted
 * attribute values (most of a page's characters) only `<`, `&` and the closing quote change
 * anything, so FastTokenizer jumps to the next of those in one loop; every event it reports is
 * the same, at the same indices (tested against the stock tokenizer in parse-html.test.ts).
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { markRareAttributes, setElementOrder } from './dom.ts';
import { DomHandler } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';
import { isStreamedSegment, revealStreamedSegments } from './streamed-segments.ts';

const LT = 0x3c;
const AMP = 0x26;

/** The tokenizer's private state these overrides read (htmlparser2 10.1, pinned in package.json). */
type TokenizerState = {
  buffer: string;
  offset: number;
  index: number;
};
type StateHandler = (this: TokenizerState, c: number) => void;
type QuotedValueHandler = (this: TokenizerState, c: number, quote: number) => void;

/** Index of the first of `a` or `b` in buffer at or after `from`, or buffer.length. */
function nextOf(buffer: string, from: number, a: number, b: number): number {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = buffer.length;
  let i = from;
  while (i < length) {
    const code = charCodeAt.call(buffer, i);
    if (code === a || code === b) break;
    i += 1;
  }
  return i;
}

/** htmlparser2's whitespace: space, \n, \t, \f, \r. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

const SLASH = 0x2f;
const GT = 0x3e;
const EQ = 0x3d;

/** Index of the first character in buffer at or after `from` that ends a tag or attribute name (whitespace, `/`, `>`, and `=` if asked), or buffer.length. */
function nameEnd(buffer: string, from: number, slash: boolean, eq: boolean): number {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = buffer.length;
  let i = from;
  while (i < length) {
    const code = charCodeAt.call(buffer, i);
    if (code === GT || isSpace(code) || (slash && code === SLASH) || (eq && code === EQ)) break;
    i += 1;
  }
  return i;
}

class FastTokenizer extends Tokenizer {}
{
  type Proto = {
    stateText: StateHandler;
    handleInAttributeValue: QuotedValueHandler;
    stateInTagName: StateHandler;
    stateInAttributeName: StateHandler;
    stateInClosingTagName: StateHandler;
  };
  const proto = FastTokenizer.prototype as unknown as Proto;
  // The stock handlers (inherited from Tokenizer.prototype), called for the characters that do something.
  const { stateText, handleInAttributeValue, stateInTagName, stateInAttributeName, stateInClosingTagName } = proto;
  // The parse loop adds 1 to the index after each state call: a skip leaves it just before the character to stop at.
  const skipTo = (tokenizer: TokenizerState, end: number): void => {
    tokenizer.index = tokenizer.offset + end - 1;
  };
  const at = (tokenizer: TokenizerState): number => tokenizer.index - tokenizer.offset + 1;
  proto.stateText = function (this: TokenizerState, c: number): void {
    if (c === LT || c === AMP) stateText.call(this, c);
    else skipTo(this, nextOf(this.buffer, at(this), LT, AMP));
  };
  proto.handleInAttributeValue = function (this: TokenizerState, c: number, quote: number): void {
    if (c === quote || c === AMP) handleInAttributeValue.call(this, c, quote);
    else skipTo(this, nextOf(this.buffer, at(this), quote, AMP));
  };
  proto.stateInTagName = function (this: TokenizerState, c: number): void {
    if (c === GT || c === SLASH || isSpace(c)) stateInTagName.call(this, c);
    else skipTo(this, nameEnd(this.buffer, at(this), true, false));
  };
  proto.stateInAttributeName = function (this: TokenizerState, c: number): void {
    if (c === GT || c === SLASH || c === EQ || isSpace(c)) stateInAttributeName.call(this, c);
    else skipTo(this, nameEnd(this.buffer, at(this), true, true));
  };
  proto.stateInClosingTagName = function (this: TokenizerState, c: number): void {
    if (c === GT || isSpace(c)) stateInClosingTagName.call(this, c);
    else skipTo(this, nameEnd(this.buffer, at(this), false, false));
  };
}

/** At most this many distinct tag and attribute names are kept (a page cannot grow the table without bound). */
const MAX_NAMES = 4096;
/** Open addressing over a hash of the lowercased name: twice MAX_NAMES slots, so probes stay short. */
const NAME_SLOTS = 8192;
const slotNames: (string | undefined)[] = Array.from({ length: NAME_SLOTS }, () => undefined);
const slotHashes = new Int32Array(NAME_SLOTS);
let nameCount = 0;
/** Names with a character beyond ASCII (lowercased by toLowerCase's Unicode rules), by their text as written. */
const OTHER_NAMES = new Map<string, string>();

/** The string as V8 keeps a property key (internalized): equal keys are then one object. */
function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}

/** True when `name` equals html[start, start + name.length) with ASCII capitals lowercased. */
function sameLowerAscii(name: string, html: string, start: number): boolean {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = name.length;
  for (let i = 0; i < length; i += 1) {
    let code = charCodeAt.call(html, start + i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (code !== charCodeAt.call(name, i)) return false;
  }
  return true;
}

/**
 * html.slice(start, end).toLowerCase() (what the stock parser makes of a tag or attribute name),
 * but one string per name across pages, found without slicing: a name is read as a property key
 * (attribs[name], hasOwnProperty), looked up in Sets and compared with literals many times a
 * page, and each of those costs a hash or a character compare on a fresh slice, a pointer
 * compare on an internalized string. The table holds internalized copies only, never a slice
 * that would keep a page's HTML alive.
 */
function nameAt(html: string, start: number, end: number): string {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i += 1) {
    let code = charCodeAt.call(html, i);
    if (code >= 0x80) return otherName(html.slice(start, end));
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  const length = end - start;
  let slot = hash & (NAME_SLOTS - 1);
  for (let name = slotNames[slot]; name !== undefined; name = slotNames[slot]) {
    if (slotHashes[slot] === hash && name.length === length && sameLowerAscii(name, html, start)) return name;
    slot = (slot + 1) & (NAME_SLOTS - 1);
  }
  const name = html.slice(start, end).toLowerCase();
  if (nameCount >= MAX_NAMES) return name;
  nameCount += 1;
  const kept = internalized(name);
  slotNames[slot] = kept;
  slotHashes[slot] = hash;
  return kept;
}

/** nameAt for a name with a character beyond ASCII. */
function otherName(raw: string): string {
  const known = OTHER_NAMES.get(raw);
  if (known !== undefined) return known;
  const name = raw.toLowerCase();
  if (OTHER_NAMES.size >= MAX_NAMES) return name;
  const kept = internalized(name);
  OTHER_NAMES.set(internalized(raw), kept);
  return kept;
}

/** The parser state the overrides below read and write (htmlparser2 10.1's Parser). */
type ParserState = {
  endIndex: number;
  startIndex: number;
  attribname: string;
  buffers: string[];
  bufferOffset: number;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
};

/** The name between start and end: nameAt while the input is one chunk (parseHtml writes it whole), else the stock slice. */
function parsedName(parser: ParserState, start: number, end: number): string {
  if (parser.bufferOffset === 0 && parser.buffers.length === 1) return nameAt(parser.buffers[0]!, start, end);
  return parser.getSlice(start, end).toLowerCase();
}

/** htmlparser2's Parser with tag and attribute names from nameAt (same values; HTML mode lowercases both). */
class FastParser extends Parser {}
{
  const proto = FastParser.prototype as unknown as {
    onopentagname: (this: ParserState, start: number, endIndex: number) => void;
    onattribname: (this: ParserState, start: number, endIndex: number) => void;
  };
  proto.onopentagname = function (this: ParserState, start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(parsedName(this, start, endIndex));
  };
  proto.onattribname = function (this: ParserState, start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribname = parsedName(this, start, endIndex);
  };
}

/**
 * DomHandler that remembers the deepest element it opened (the document is depth 0), and React's
 * streaming placeholders and segments (streamed-segments.ts): the pre-parse leaves no other
 * <template>, and segments follow the placeholders, so ordinary pages pay one name test per tag.
 * It also marks the elements that hold no rare attribute (dom.ts, mayHoldRareAttributes) and
 * numbers the elements in document order (dom.ts, elementOrder).
 */
class DepthHandler extends DomHandler {
  maxDepth = 0;
  elements = 0;
  templates: Element[] = [];
  segments: Element[] = [];

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const depth = this.tagStack.length - 1;
    if (depth > this.maxDepth) this.maxDepth = depth;
    const element = this.tagStack[depth] as Element;
    markRareAttributes(element);
    setElementOrder(element, this.elements);
    this.elements += 1;
    if (name === 'template') this.templates.push(element);
    else if (this.templates.length > 0 && isStreamedSegment(name, attribs)) this.segments.push(element);
  }

  /**
   * domhandler's addNode (this handler sets no start or end indices), except that a first child gets
   * an array of one: the first push onto an empty array reserves 17 slots, and half of a page's
   * elements hold exactly one child (a text, a link, an image), a fifth none. Building the tree then
   * allocates ~5% less per page, so fewer minor GCs land in a page's run.
   */
  protected override addNode(node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1]!;
    const children = parent.children;
    const count = children.length;
    if (count === 0) {
      parent.children = [node];
    } else {
      const previousSibling = children[count - 1]!;
      children.push(node);
      node.prev = previousSibling;
      previousSibling.next = node;
    }
    node.parent = parent;
    this.lastNode = null;
  }
}

/**
 * Parses HTML as cheerio/slim's load does (htmlparser2, HTML mode, entities decoded), with React's
 * streamed segments moved into place; maxDepth is the depth of the deepest element, elements the
 * number of elements (their orders run from 0 to elements - 1).
 */
export function parseHtml(html: string): { document: Document; maxDepth: number; elements: number } {
  const handler = new DepthHandler();
  new FastParser(handler, { Tokenizer: FastTokenizer }).end(html);
  if (handler.templates.length === 0) return { document: handler.root, maxDepth: handler.maxDepth, elements: handler.elements };
  revealStreamedSegments(handler.templates, handler.segments);
  // A segment's content now sits at its placeholder's depth: at most twice the deepest before.
  return { document: handler.root, maxDepth: handler.maxDepth * 2, elements: handler.elements };
}

/** The same parse with htmlparser2's stock tokenizer (for tests that compare the two). */
export function parseHtmlStock(html: string): Document {
  const handler = new DomHandler();
  new Parser(handler).end(html);
  return handler.root;
}
