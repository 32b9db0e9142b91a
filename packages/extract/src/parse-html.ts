/**
 * The one parse of a page: htmlparser2 into a domhandler tree (what cheerio/slim's load builds,
 * without the per-call cheerio class and wrapper; extract-article.ts wraps the tree in cheerio
 * only for a recipe's selectors). The handler also records how deep the tree goes, so the depth
 * cap walks the tree only when it has something to cut.
 *
 * htmlparser2's tokenizer runs its state machine once per character. Inside text and quoted
 * attribute values (most of a page's characters) only `<`, `&` and the closing quote change
 * anything, so FastTokenizer jumps to the next of those (nextOf: String#indexOf, the next `&`
 * remembered); every event it reports is the same, at the same indices (tested against the
 * stock tokenizer in parse-html.test.ts).
 */
import type { ChildNode, Document } from 'domhandler';
import { isRareAttribute } from './dom.ts';
import { DomHandler, Element, Text } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';
import { isStreamedSegment, revealStreamedSegments } from './streamed-segments.ts';

const LT = 0x3c;
const AMP = 0x26;
/** One-character strings of the ASCII codes, for String#indexOf. */
const ASCII_CHARS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** The tokenizer's private state these overrides read (htmlparser2 10.1, pinned in package.json). */
type TokenizerState = {
  buffer: string;
  offset: number;
  index: number;
} & AmpSearch;
/**
 * nextOf's last search for `&`, kept on the tokenizer (FastTokenizer's own fields): in which buffer (its offset: each buffer
 * starts where the one before ended, and an empty one is never searched, since nothing in it is read), from where, and what it
 * found (-1: none).
 */
type AmpSearch = { ampOffset: number; ampFrom: number; ampAt: number };
type StateHandler = (this: TokenizerState, c: number) => void;
type QuotedValueHandler = (this: TokenizerState, c: number, quote: number) => void;

/**
 * Index of the first `a` or `&` in the tokenizer's buffer at or after `from`, or buffer.length. Both are found with String#indexOf
 * (V8 searches for one character natively, several times faster per character than a loop here): `a` on each call, `&` once
 * for each position past the last one found, since a page's calls move forward through each buffer and most buffers hold few
 * `&`, so the search for it is amortised over the buffer instead of repeated on every text run and attribute value.
 */
function nextOf(tokenizer: TokenizerState, from: number, a: number): number {
  const buffer = tokenizer.buffer;
  const found = buffer.indexOf(ASCII_CHARS[a]!, from);
  const end = found === -1 ? buffer.length : found;
  if (tokenizer.offset !== tokenizer.ampOffset || from < tokenizer.ampFrom || (tokenizer.ampAt !== -1 && tokenizer.ampAt < from)) {
    tokenizer.ampOffset = tokenizer.offset;
    tokenizer.ampAt = buffer.indexOf('&', from);
  }
  tokenizer.ampFrom = from;
  const amp = tokenizer.ampAt;
  return amp !== -1 && amp < end ? amp : end;
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

/** The tokenizer state and callbacks the whole-tag fast path reads and calls (htmlparser2 10.1's Tokenizer and Parser). */
type TagTokenizer = TokenizerState & {
  state: number;
  sectionStart: number;
  isSpecial: boolean;
  cbs: {
    onopentagname(start: number, endIndex: number): void;
    onattribname(start: number, endIndex: number): void;
    onattribdata(start: number, endIndex: number): void;
    onattribend(quote: number, endIndex: number): void;
    onopentagend(endIndex: number): void;
    onselfclosingtag(endIndex: number): void;
    onclosetag(start: number, endIndex: number): void;
  };
};

/** htmlparser2's State.Text and QuoteType values. */
const STATE_TEXT = 1;
const QUOTE_NONE = 0;
const QUOTE_UNQUOTED = 1;
const QUOTE_SINGLE = 2;
const QUOTE_DOUBLE = 3;
const DQ = 0x22;
const SQ = 0x27;
/** Attributes one fast tag may hold (more: the state machine reads the tag). */
const MAX_FAST_ATTRIBUTES = 64;
/** Per attribute of the tag being read: name start, name end, quote type, value start, value end (buffer positions). */
const attributeSpans = new Int32Array(MAX_FAST_ATTRIBUTES * 5);

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * A whole start tag read in one call, with the same events at the same indices as the state machine
 * would report them, one character at a time, through up to a dozen states. `from` is the buffer
 * position of the tag name's first letter. The tag is first read to its `>` without reporting
 * anything; whatever the fast path does not handle (the end of the buffer, an entity in a value,
 * a `/` not directly before `>`, too many attributes) returns false, and the state machine reads the
 * tag from the start. Tags whose names begin with s, t or x (script, style, title, textarea, xmp:
 * raw-text elements) never come here.
 */
function readStartTag(tokenizer: TagTokenizer, from: number): boolean {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const buffer = tokenizer.buffer;
  const length = buffer.length;
  const tagNameEnd = nameEnd(buffer, from, true, false);
  let i = tagNameEnd;
  let count = 0;
  let selfClosing = false;
  for (;;) {
    // Before an attribute name.
    if (i >= length) return false;
    let c = charCodeAt.call(buffer, i);
    while (isSpace(c)) {
      i += 1;
      if (i >= length) return false;
      c = charCodeAt.call(buffer, i);
    }
    if (c === GT) break;
    if (c === SLASH) {
      if (i + 1 < length && charCodeAt.call(buffer, i + 1) === GT) {
        selfClosing = true;
        i += 1;
        break;
      }
      return false;
    }
    if (count === MAX_FAST_ATTRIBUTES) return false;
    // The name: this character and up to the next whitespace, `/`, `>` or `=`.
    const nameStart = i;
    i = nameEnd(buffer, i + 1, true, true);
    if (i >= length) return false;
    const attributeNameEnd = i;
    c = charCodeAt.call(buffer, i);
    while (isSpace(c)) {
      i += 1;
      if (i >= length) return false;
      c = charCodeAt.call(buffer, i);
    }
    const at = count * 5;
    count += 1;
    attributeSpans[at] = nameStart;
    attributeSpans[at + 1] = attributeNameEnd;
    if (c !== EQ) {
      // No value; this character starts the next attribute, or ends the tag.
      attributeSpans[at + 2] = QUOTE_NONE;
      continue;
    }
    i += 1;
    if (i >= length) return false;
    c = charCodeAt.call(buffer, i);
    while (isSpace(c)) {
      i += 1;
      if (i >= length) return false;
      c = charCodeAt.call(buffer, i);
    }
    if (c === DQ || c === SQ) {
      const valueEnd = nextOf(tokenizer, i + 1, c);
      if (valueEnd >= length || charCodeAt.call(buffer, valueEnd) === AMP) return false;
      attributeSpans[at + 2] = c === DQ ? QUOTE_DOUBLE : QUOTE_SINGLE;
      attributeSpans[at + 3] = i + 1;
      attributeSpans[at + 4] = valueEnd;
      i = valueEnd + 1;
      continue;
    }
    // Unquoted: up to whitespace or `>`.
    const valueStart = i;
    while (i < length) {
      const d = charCodeAt.call(buffer, i);
      if (d === GT || isSpace(d)) break;
      if (d === AMP) return false;
      i += 1;
    }
    if (i >= length) return false;
    attributeSpans[at + 2] = QUOTE_UNQUOTED;
    attributeSpans[at + 3] = valueStart;
    attributeSpans[at + 4] = i;
  }
  // i is the `>`. Report what the state machine would have.
  const offset = tokenizer.offset;
  const cbs = tokenizer.cbs;
  cbs.onopentagname(from + offset, tagNameEnd + offset);
  for (let a = 0; a < count * 5; a += 5) {
    const attributeNameEnd = attributeSpans[a + 1]! + offset;
    cbs.onattribname(attributeSpans[a]! + offset, attributeNameEnd);
    const quote = attributeSpans[a + 2]!;
    if (quote === QUOTE_NONE) {
      cbs.onattribend(QUOTE_NONE, attributeNameEnd);
    } else {
      const valueEnd = attributeSpans[a + 4]! + offset;
      cbs.onattribdata(attributeSpans[a + 3]! + offset, valueEnd);
      cbs.onattribend(quote, quote === QUOTE_UNQUOTED ? valueEnd : valueEnd + 1);
    }
  }
  if (selfClosing) cbs.onselfclosingtag(i + offset);
  else cbs.onopentagend(i + offset);
  tokenizer.state = STATE_TEXT;
  tokenizer.sectionStart = i + offset + 1;
  skipTo(tokenizer, i + 1);
  return true;
}

/** A whole end tag `</name>` read in one call (whitespace after the name: false, the state machine reads it). `from`: the position after `</`. */
function readEndTag(tokenizer: TagTokenizer, from: number): boolean {
  const buffer = tokenizer.buffer;
  const end = nameEnd(buffer, from + 1, false, false);
  if (end >= buffer.length || buffer.charCodeAt(end) !== GT) return false;
  const offset = tokenizer.offset;
  tokenizer.cbs.onclosetag(from + offset, end + offset);
  tokenizer.state = STATE_TEXT;
  tokenizer.sectionStart = end + offset + 1;
  skipTo(tokenizer, end + 1);
  return true;
}

/** The parse loop adds 1 to the index after each state call: a skip leaves it just before the character to stop at. */
function skipTo(tokenizer: TokenizerState, end: number): void {
  tokenizer.index = tokenizer.offset + end - 1;
}

class FastTokenizer extends Tokenizer implements AmpSearch {
  ampOffset = -1;
  ampFrom = 0;
  ampAt = -1;
}
{
  type Proto = {
    stateText: StateHandler;
    handleInAttributeValue: QuotedValueHandler;
    stateInTagName: StateHandler;
    stateInAttributeName: StateHandler;
    stateInClosingTagName: StateHandler;
    stateBeforeTagName: StateHandler;
  };
  const proto = FastTokenizer.prototype as unknown as Proto;
  // The stock handlers (inherited from Tokenizer.prototype), called for the characters that do something.
  const { stateText, handleInAttributeValue, stateInTagName, stateInAttributeName, stateInClosingTagName, stateBeforeTagName } = proto;
  const at = (tokenizer: TokenizerState): number => tokenizer.index - tokenizer.offset + 1;
  // After `<`: a start tag or an end tag read whole where it can be (readStartTag, readEndTag), else the stock states.
  proto.stateBeforeTagName = function (this: TokenizerState, c: number): void {
    const tokenizer = this as TagTokenizer;
    if (!tokenizer.isSpecial) {
      const from = this.index - this.offset;
      if (isAsciiAlpha(c)) {
        const lower = c | 0x20;
        if (lower !== 0x73 && lower !== 0x74 && lower !== 0x78 && readStartTag(tokenizer, from)) return;
      } else if (c === SLASH && from + 1 < this.buffer.length && isAsciiAlpha(this.buffer.charCodeAt(from + 1)) && readEndTag(tokenizer, from + 1)) return;
    }
    stateBeforeTagName.call(this, c);
  };
  proto.stateText = function (this: TokenizerState, c: number): void {
    if (c === LT || c === AMP) stateText.call(this, c);
    else skipTo(this, nextOf(this, at(this), LT));
  };
  proto.handleInAttributeValue = function (this: TokenizerState, c: number, quote: number): void {
    if (c === quote || c === AMP) handleInAttributeValue.call(this, c, quote);
    else skipTo(this, nextOf(this, at(this), quote));
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
  // The stock fastForwardTo (inside kept scripts, comments, declarations, after a closing tag name) tests one character per
  // loop and writes the index each time; String#indexOf finds the same character (always ASCII) in one call.
  (proto as unknown as { fastForwardTo: (this: TokenizerState, c: number) => boolean }).fastForwardTo = function (this: TokenizerState, c: number): boolean {
    const found = this.buffer.indexOf(ASCII_CHARS[c]!, this.index + 1 - this.offset);
    if (found === -1) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = this.offset + found;
    return true;
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
  const length = end - start;
  // The slot: a hash of the characters case folded with | 0x20 (which also folds some punctuation together: every hit is
  // verified character by character, so that costs only a longer probe, never a wrong name).
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ (charCodeAt.call(html, i) | 0x20), 0x01000193);
  let slot = hash & (NAME_SLOTS - 1);
  for (let name = slotNames[slot]; name !== undefined; name = slotNames[slot]) {
    if (slotHashes[slot] === hash && name.length === length && sameLowerAscii(name, html, start)) return name;
    slot = (slot + 1) & (NAME_SLOTS - 1);
  }
  // Not in the table (a table name matches only ASCII): a name beyond ASCII goes to otherName.
  for (let i = start; i < end; i += 1) if (charCodeAt.call(html, i) >= 0x80) return otherName(html.slice(start, end));
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
  openTagStart: number;
  tagname: string;
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  /** Open element names, the innermost LAST (the stock parser keeps it innermost first, with unshift/shift). */
  stack: string[];
  /** Whether each foreign context is foreign, the innermost LAST (stock: first). */
  foreignContext: boolean[];
  tokenizer: TokenizerState;
  cbs: DepthHandler;
  /** Whether the open tag being read holds one of dom.ts's rare attributes (FastParser only). */
  rare: boolean;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  endOpenTag(isImplied: boolean): void;
  closeCurrentTag(isOpenImplied: boolean): void;
  onopentagend(endIndex: number): void;
};

/** The name between start and end: nameAt where it lies in the piece being read (parseHtml writes the page in pieces), else the stock slice. */
function parsedName(parser: ParserState, start: number, end: number): string {
  const { buffer, offset } = parser.tokenizer;
  if (start >= offset && end - offset <= buffer.length) return nameAt(buffer, start - offset, end - offset);
  return parser.getSlice(start, end).toLowerCase();
}

/*
 * htmlparser2 10.1's tag tables (private to its Parser.js), as one record per name: which open
 * elements a tag closes, whether it is void, and whether it opens a foreign (svg, math) or an
 * HTML-integration context. One Map lookup per tag instead of up to four Set lookups.
 */
const VOID = 1;
const FOREIGN = 2;
const INTEGRATION = 4;
type TagInfo = { flags: number; closes: ReadonlySet<string> | null };
const TAG_INFO = new Map<string, TagInfo>();
{
  const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
  const pTag = new Set(['p']);
  const tableSectionTags = new Set(['thead', 'tbody']);
  const ddtTags = new Set(['dd', 'dt']);
  const rtpTags = new Set(['rt', 'rp']);
  const closes: [string, ReadonlySet<string>][] = [
    ['tr', new Set(['tr', 'th', 'td'])],
    ['th', new Set(['th'])],
    ['td', new Set(['thead', 'th', 'td'])],
    ['body', new Set(['head', 'link', 'script'])],
    ['li', new Set(['li'])],
    ['option', new Set(['option'])],
    ['optgroup', new Set(['optgroup', 'option'])],
    ['dd', ddtTags],
    ['dt', ddtTags],
    ['rt', rtpTags],
    ['rp', rtpTags],
    ['tbody', tableSectionTags],
    ['tfoot', tableSectionTags],
  ];
  for (const name of ['select', 'input', 'output', 'button', 'datalist', 'textarea']) closes.push([name, formTags]);
  for (const name of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset'])
    closes.push([name, pTag]);
  for (const name of ['figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'])
    closes.push([name, pTag]);
  const info = (name: string): TagInfo => {
    let known = TAG_INFO.get(name);
    if (!known) TAG_INFO.set(name, (known = { flags: 0, closes: null }));
    return known;
  };
  for (const [name, set] of closes) info(name).closes = set;
  const voids = ['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta'];
  for (const name of [...voids, 'param', 'source', 'track', 'wbr']) info(name).flags |= VOID;
  for (const name of ['math', 'svg']) info(name).flags |= FOREIGN;
  for (const name of ['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']) info(name).flags |= INTEGRATION;
}
const NO_INFO: TagInfo = { flags: 0, closes: null };
/** The attributes of every element the parser opens without any (frozen: nothing in the extractor writes to attribs). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const infoOf = (name: string): TagInfo => TAG_INFO.get(name) ?? NO_INFO;

/**
 * htmlparser2's Parser (HTML mode, with a DepthHandler) with the tree-building events handled in
 * place: tag and attribute names from nameAt (same values; HTML mode lowercases both), the open
 * elements on a stack used with push/pop instead of unshift/shift, one table lookup per tag, the
 * handler called directly, and the rare-attribute mark taken from the names as they are read
 * (instead of a for…in over the finished attribute object). Same events, same tree:
 * parse-html.test.ts compares it with the stock Parser and DomHandler.
 */
class FastParser extends Parser {
  rare = false;
}
{
  const proto = FastParser.prototype as unknown as Record<string, (this: ParserState, ...args: never[]) => void>;
  const hasOwn = Object.prototype.hasOwnProperty;
  proto.onopentagname = function (this: ParserState, start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(parsedName(this, start, endIndex));
  };
  proto.emitOpenTag = function (this: ParserState, name: string): void {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const info = infoOf(name);
    const stack = this.stack;
    const closes = info.closes;
    if (closes !== null) {
      while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) {
        stack.pop();
        this.cbs.onclosetag();
      }
    }
    if ((info.flags & VOID) === 0) {
      stack.push(name);
      if ((info.flags & FOREIGN) !== 0) this.foreignContext.push(true);
      else if ((info.flags & INTEGRATION) !== 0) this.foreignContext.push(false);
    }
    // Elements without attributes (a third of a page's) share one empty object; the first attribute makes the element's own.
    this.attribs = NO_ATTRIBUTES;
    this.rare = false;
  };
  proto.endOpenTag = function (this: ParserState, _isImplied: boolean): void {
    this.startIndex = this.openTagStart;
    const name = this.tagname;
    if (this.attribs) {
      this.cbs.openElement(name, this.attribs, this.rare);
      this.attribs = null;
    }
    if ((infoOf(name).flags & VOID) !== 0) this.cbs.onclosetag();
    this.tagname = '';
  };
  proto.onclosetag = function (this: ParserState, start: number, endIndex: number): void {
    this.endIndex = endIndex;
    const name = parsedName(this, start, endIndex);
    const flags = infoOf(name).flags;
    if ((flags & (FOREIGN | INTEGRATION)) !== 0) this.foreignContext.pop();
    if ((flags & VOID) === 0) {
      const stack = this.stack;
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        for (let count = stack.length - at; count > 0; count -= 1) {
          stack.pop();
          this.cbs.onclosetag();
        }
      } else if (name === 'p') {
        // Implicit open before close
        this.emitOpenTag('p');
        this.closeCurrentTag(true);
      }
    } else if (name === 'br') {
      // </br> is an implied <br>: opened and closed at once.
      this.cbs.openElement('br', {}, false);
      this.cbs.onclosetag();
    }
    this.startIndex = endIndex + 1;
  };
  proto.onselfclosingtag = function (this: ParserState, endIndex: number): void {
    this.endIndex = endIndex;
    const context = this.foreignContext;
    if (context.length > 0 && context[context.length - 1]) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      // Ignore the fact that the tag is self-closing.
      this.onopentagend(endIndex);
    }
  };
  proto.closeCurrentTag = function (this: ParserState, isOpenImplied: boolean): void {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    // Self-closing tags will be on the top of the stack
    const stack = this.stack;
    if (stack.length > 0 && stack[stack.length - 1] === name) {
      this.cbs.onclosetag();
      stack.pop();
    }
  };
  proto.onattribname = function (this: ParserState, start: number, endIndex: number): void {
    this.startIndex = start;
    const name = parsedName(this, start, endIndex);
    this.attribname = name;
    if (!this.rare && isRareAttribute(name)) this.rare = true;
  };
  proto.onattribend = function (this: ParserState, _quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    let attribs = this.attribs;
    // The element's own attribute object is made without a prototype: V8 then keeps it in dictionary mode from its first attribute. An
    // object literal would take a hidden class per attribute list (thousands of shapes a page), each made by a chain of map
    // transitions, which are dropped at each full GC and made again. Only `__proto__` reads differently without a prototype: the
    // stock parser's store of it sets no attribute (a string is no prototype), so it is skipped here.
    if (attribs === NO_ATTRIBUTES) this.attribs = attribs = Object.create(null) as Record<string, string>;
    const name = this.attribname;
    if (attribs !== null && name !== '__proto__' && !hasOwn.call(attribs, name)) attribs[name] = this.attribvalue;
    this.attribvalue = '';
  };
  proto.onend = function (this: ParserState): void {
    this.endIndex = this.startIndex;
    for (let count = this.stack.length; count > 0; count -= 1) this.cbs.onclosetag();
    this.cbs.onend();
  };
}

/**
 * The parser's text and element nodes: domhandler's Text and Element, with the same prototype chain (instanceof, the
 * getters) and the same fields in the same order, but made by one constructor each, which also sets the marks (text
 * ink, rare attributes, document order) in the object. domhandler's constructors run a chain of three (`Element` →
 * `NodeWithChildren` → `Node`, `Text` → `DataNode` → `Node` with `super(...arguments)`), and a page makes ~1,600 nodes.
 * Without `startIndex` and `endIndex`: domhandler sets them to null unless asked to record source positions, which this
 * parser never is, and nothing reads them (undefined here); two fields less on every node is ~2% of a page's allocation.
 */
type LeanNodeFields = {
  parent: unknown;
  prev: unknown;
  next: unknown;
};
const LeanText = function (this: LeanNodeFields & { data: string; type: string; ink: number; prose: number }, data: string): void {
  this.parent = null;
  this.prev = null;
  this.next = null;
  this.data = data;
  this.type = 'text';
  this.ink = -1;
  this.prose = -1;
} as unknown as new (data: string) => Text;
LeanText.prototype = Text.prototype;
const LeanElement = function (
  this: LeanNodeFields & { children: ChildNode[]; name: string; attribs: Record<string, string>; type: string; rareAttributes: boolean; order: number },
  name: string,
  attribs: Record<string, string>,
  rare: boolean,
  order: number,
): void {
  this.parent = null;
  this.prev = null;
  this.next = null;
  this.children = [];
  this.name = name;
  this.attribs = attribs;
  this.type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
  this.rareAttributes = rare;
  this.order = order;
} as unknown as new (name: string, attribs: Record<string, string>, rare: boolean, order: number) => Element;
LeanElement.prototype = Element.prototype;

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

  /**
   * domhandler's ontext (adjacent pieces, as around an entity, join into one node), except that a new text node gets its
   * ink slot (dom.ts, textInk) at once: a property added later would live outside the object, one allocation per text.
   */
  override ontext(data: string): void {
    const lastNode = this.lastNode;
    if (lastNode !== null && lastNode.type === 'text') {
      (lastNode as Text).data += data;
      return;
    }
    const node = new LeanText(data);
    this.addNode(node);
    this.lastNode = node;
  }

  /** domhandler's onopentag, and the marks: FastParser calls it with whether the attributes hold a rare one (dom.ts). */
  openElement(name: string, attribs: Record<string, string>, rare: boolean): void {
    const element = new LeanElement(name, attribs, rare, this.elements);
    this.addNode(element);
    const tagStack = this.tagStack;
    tagStack.push(element);
    const depth = tagStack.length - 1;
    if (depth > this.maxDepth) this.maxDepth = depth;
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
 * number of elements (their orders run from 0 to elements - 1). The HTML may come as pieces, read
 * one after another as a stream (the same tree as their join: htmlparser2 carries tags, texts and
 * entities across a cut).
 */
export function parseHtml(html: string | readonly string[]): { document: Document; maxDepth: number; elements: number } {
  const handler = new DepthHandler();
  const parser = new FastParser(handler, { Tokenizer: FastTokenizer });
  if (typeof html === 'string') parser.write(html);
  else for (const piece of html) parser.write(piece);
  parser.end();
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
