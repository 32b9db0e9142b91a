/**
 * Removes markup that can never be article content before parsing: scripts (except JSON-LD and
 * page data), styles, inline SVG, <nav> menus, <aside> sidebars (not one holding a <time> or an
 * author's element: it may be the article's dateline or byline), <template> (not React's empty streaming placeholders), <select>
 * and comments. On real news pages this is over half the bytes, and dropping it with one linear
 * scan makes the parse ~40% cheaper. (A nested <nav>/<aside> leaves its outer remainder
 * behind: harmless, the boilerplate rules still see it.) The patterns follow
 * the HTML tokenizer: script/style content is raw text up to the first matching end tag.
 */

import { Buffer } from 'node:buffer';
import { isRegExpSpace } from './text.ts';

/** Elements dropped with their content, as `<name\b[^>]*>[\s\S]*?<\/name\s*>` (ASCII case-insensitive) would match them. */
/** An <aside>'s attributes naming it a part of a dialog, drawer, sheet or modal (whole class words, or role=dialog). */
const DIALOG_PART = /\bclass\s*=\s*["']?[^"'>]*(?<![a-z0-9])(?:dialog|drawer|sheet|modal)(?![a-z0-9])|\brole\s*=\s*["']?dialog\b/i;

/** An <aside>'s class naming a documentation callout: a class word ending in the callout's kind (Starlight's `starlight-aside--note`). */
export const ADMONITION_ASIDE = /\bclass\s*=\s*["']?[^"'>]*?[\s"'=_-](?:admonition|callout|note|tip|caution|danger|warning|important)(?=[\s"'>])/i;

/** How far before an <aside> opensInDialog looks for the dialog's opening tag (characters or bytes). */
const DIALOG_REACH = 400;
/** A dialog's opening tag: `<dialog>`, or any element with role=dialog. */
const DIALOG_OPEN = /<(?:dialog\b|[a-z][\w:-]*\s[^<>]*\brole\s*=\s*["']?(?:alert)?dialog\b)[^<>]*>/gi;
/** An opening or closing tag, for opensInDialog's count: its slash, its name and a self-closing slash. */
const TAG_EDGE = /<(\/?)([a-z][\w:-]*)\b[^<>]*?(\/?)>/gi;
/** Void elements, which open nothing (opensInDialog). */
const VOID_TAG = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/**
 * Whether the markup just before an <aside> (DIALOG_REACH long) opens a dialog that is still open where the aside starts: the last
 * dialog opening tag in it, after which no more elements close than open. A shop's "Description" sheet holds its panel in an
 * aside inside a `role="dialog"` wrapper; the aside's own class may name nothing.
 */
function opensInDialog(before: string): boolean {
  DIALOG_OPEN.lastIndex = 0;
  let after = -1;
  for (let match = DIALOG_OPEN.exec(before); match !== null; match = DIALOG_OPEN.exec(before)) after = match.index + match[0].length;
  if (after < 0) return false;
  let depth = 0;
  TAG_EDGE.lastIndex = after;
  for (let match = TAG_EDGE.exec(before); match !== null; match = TAG_EDGE.exec(before)) {
    if (match[1] === '/') depth -= 1;
    else if (match[3] !== '/' && !VOID_TAG.test(match[2]!)) depth += 1;
    if (depth < 0) return false;
  }
  return true;
}

const INERT_TAGS = ['script', 'style', 'svg', 'nav', 'aside', 'template', 'select'];
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const DASH = 0x2d;

/** Byte length of a JavaScript \s character in UTF-8 at `at` (the same set as isRegExpSpace), or 0. */
function utf8SpaceLength(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at] ?? 0;
  if ((b0 >= 0x09 && b0 <= 0x0d) || b0 === 0x20) return 1;
  const b1 = bytes[at + 1];
  const b2 = bytes[at + 2] ?? 0;
  switch (b0) {
    case 0xc2: // U+00A0
      return b1 === 0xa0 ? 2 : 0;
    case 0xe1: // U+1680
      return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
    case 0xe2: // U+2000–U+200A, U+2028, U+2029, U+202F; U+205F
      if (b1 === 0x80) return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
      return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
    case 0xe3: // U+3000
      return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
    case 0xef: // U+FEFF
      return b1 === 0xbb && b2 === 0xbf ? 3 : 0;
    default:
      return 0;
  }
}

/** A RegExp word character ([A-Za-z0-9_]): what `\b` after a tag name must not see. */
function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/**
 * What the scanner reads: HTML text, or UTF-8 bytes (whose ASCII bytes are exactly the text's
 * ASCII characters, in order, so both give the same matches). code() is -1 past the end.
 */
type Source = { length: number; code(at: number): number; find(code: number, from: number): number; spaceLength(at: number): number };

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/*
 * Classes, not object literals of closures: a literal makes new closures per page, so the scanner's
 * calls through `source` see a new target each page (a "wrong call target" deopt on Node 24, and
 * no inlining until the optimizer falls back to the closures' shared code); class methods are one
 * function each.
 */
class TextSource implements Source {
  readonly length: number;
  private readonly html: string;
  constructor(html: string) {
    this.html = html;
    this.length = html.length;
  }
  code(at: number): number {
    return at < this.html.length ? this.html.charCodeAt(at) : -1;
  }
  find(code: number, from: number): number {
    return this.html.indexOf(ASCII[code]!, from);
  }
  spaceLength(at: number): number {
    return at < this.html.length && isRegExpSpace(this.html.charCodeAt(at)) ? 1 : 0;
  }
}

class ByteSource implements Source {
  readonly length: number;
  private readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
    this.length = bytes.length;
  }
  code(at: number): number {
    return at < this.length ? this.bytes[at]! : -1;
  }
  /** Buffer#indexOf is native and several times faster than a loop over the bytes. */
  find(code: number, from: number): number {
    return this.bytes.indexOf(code, from);
  }
  spaceLength(at: number): number {
    return utf8SpaceLength(this.bytes, at);
  }
}

/** True when `name` (lowercase ASCII letters) is at `at`, in any case. */
function nameAt(source: Source, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i += 1) if ((source.code(at + i) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

type InertMatch = { start: number; end: number; name: string; openEnd: number; closeStart: number };

/**
 * The inert elements and comments of a page, in the order and extent a left-to-right scan for
 * `<name\b[^>]*>…</name\s*>` and `<!--…-->` finds them (the first, shortest match at each `<`).
 * indexOf-driven: a regular expression with a lazy body tests the end tag at every character.
 * Searches that failed once are remembered, so unclosed tags cannot make the scan quadratic.
 */
function scanInert(source: Source, onMatch: (match: InertMatch) => void): void {
  const length = source.length;
  // Positions from which a search is known to fail: an unclosed tag or comment fails again later.
  const noEndTag = new Map<string, number>();
  let noGt = length + 1;
  let noCommentEnd = length + 1;
  const endTag = (from: number, name: string): [number, number] | null => {
    if (from >= (noEndTag.get(name) ?? length + 1)) return null;
    for (let at = source.find(LT, from); at !== -1; at = source.find(LT, at + 1)) {
      if (source.code(at + 1) !== SLASH || !nameAt(source, at + 2, name)) continue;
      let i = at + 2 + name.length;
      for (let space = source.spaceLength(i); space > 0; space = source.spaceLength(i)) i += space;
      if (source.code(i) === GT) return [at, i + 1];
    }
    noEndTag.set(name, Math.min(from, noEndTag.get(name) ?? from));
    return null;
  };
  const commentEnd = (from: number): number => {
    if (from >= noCommentEnd) return -1;
    for (let at = source.find(DASH, from); at !== -1; at = source.find(DASH, at + 1)) if (source.code(at + 1) === DASH && source.code(at + 2) === GT) return at;
    noCommentEnd = from;
    return -1;
  };
  let at = source.find(LT, 0);
  while (at !== -1) {
    let end = -1;
    if (source.code(at + 1) === 0x21 && source.code(at + 2) === DASH && source.code(at + 3) === DASH) {
      const close = commentEnd(at + 4);
      if (close !== -1) {
        end = close + 3;
        onMatch({ start: at, end, name: '!--', openEnd: at + 4, closeStart: close });
      }
    } else {
      const first = source.code(at + 1) | 0x20;
      for (let n = 0; n < INERT_TAGS.length; n += 1) {
        const name = INERT_TAGS[n]!;
        if (name.charCodeAt(0) !== first || !nameAt(source, at + 1, name)) continue;
        const afterName = at + 1 + name.length;
        if (isWordChar(source.code(afterName))) break;
        const gt = afterName >= noGt ? -1 : source.find(GT, afterName);
        if (gt === -1) {
          noGt = Math.min(noGt, afterName);
          break;
        }
        const close = endTag(gt + 1, name);
        if (close) {
          end = close[1];
          onMatch({ start: at, end, name, openEnd: gt + 1, closeStart: close[0] });
        }
        break;
      }
    }
    at = source.find(LT, end === -1 ? at + 1 : end);
  }
}

const KEPT_SCRIPT_TYPE = /ld\+json|__NEXT_DATA__|application\/json/i;
/** A React streaming placeholder: `<template id="B:1">` (a pending Suspense boundary) or `<template id="P:1">` (a segment's slot). */
const STREAM_PLACEHOLDER = /\bid\s*=\s*["']?[BP]:[0-9a-f]+["'\s>]/;

/**
 * The spans to keep: everything but the inert matches (JSON-LD and page-data scripts stay).
 * React's streamed HTML (server components, Next.js app router) ships a Suspense boundary as
 * `<!--$?--><template id="B:n"></template>FALLBACK<!--/$-->` and its content later as
 * `<div hidden id="S:n">`, which a script then swaps in. The placeholder templates are kept for
 * revealStreamedSegments (parse-html.ts) and the fallback ("Loading paragraph...", skeletons) is
 * dropped up to its boundary's end comment, as the swap does.
 */
function keptSpans(
  source: Source,
  attributesOf: (from: number, to: number) => string,
  bodyHolds: (from: number, to: number, text: string) => boolean,
): number[] {
  const matches: InertMatch[] = [];
  scanInert(source, (match) => matches.push(match));
  // The body of a boundary comment: $ (complete), $? (pending), $! (client-rendered), /$ (end); 0 otherwise.
  const boundary = ({ name, openEnd, closeStart }: InertMatch): '$' | '/$' | 0 => {
    if (name !== '!--' || closeStart - openEnd > 2 || closeStart === openEnd) return 0;
    const first = source.code(openEnd);
    const second = closeStart - openEnd === 2 ? source.code(openEnd + 1) : -1;
    if (first === 0x24 && (second === -1 || second === 0x3f || second === 0x21)) return '$';
    return first === SLASH && second === 0x24 ? '/$' : 0;
  };
  const spans: number[] = [];
  let last = 0;
  for (let i = 0; i < matches.length; i += 1) {
    const { start, end, name, openEnd, closeStart } = matches[i]!;
    if (name === 'script' && (KEPT_SCRIPT_TYPE.test(attributesOf(start + 7, openEnd - 1)) || bodyHolds(openEnd, closeStart, 'SIMORGH_DATA'))) continue;
    // An <aside> holding a <time> may be the article's dateline ("Published August 30, 2024" beside the text): the date rules judge it.
    if (name === 'aside' && bodyHolds(openEnd, closeStart, '<time')) continue;
    // An <aside> holding an author's element (a class or itemprop naming the author, rel=author) may be the article's byline beside
    // the text ("Written By" | "Jane Doe, MD" in an aside column, a block theme's Post Author block): the author rules judge it.
    if (name === 'aside' && bodyHolds(openEnd, closeStart, 'author')) continue;
    // An <aside> that is a part of a dialog or drawer (a shop's "Description" sheet) is not a sidebar: the body rules judge it.
    if (name === 'aside' && DIALOG_PART.test(attributesOf(start + 6, openEnd))) continue;
    // So is one set inside a dialog that is still open (`<div role="dialog"><aside>`), whatever the aside's own class says: on a template
    // never seen, that class names nothing (the class-hashed proxy: Gymshark's Description sheet).
    if (name === 'aside' && opensInDialog(attributesOf(Math.max(0, start - DIALOG_REACH), start))) continue;
    // An <aside> that is a documentation callout ("Note", "Caution": Starlight's asides) is the page's text: the body rules judge it.
    if (name === 'aside' && ADMONITION_ASIDE.test(attributesOf(start + 6, openEnd))) continue;
    if (name === 'template' && closeStart === openEnd && STREAM_PLACEHOLDER.test(attributesOf(start + 9, openEnd))) {
      // Kept; after a pending boundary's opening comment, its fallback goes up to the matching end comment.
      const previous = matches[i - 1];
      let close = -1;
      if (previous?.end === start && boundary(previous) === '$' && source.code(previous.openEnd + 1) === 0x3f) {
        let depth = 0;
        for (let j = i + 1; j < matches.length && close === -1; j += 1) {
          const kind = boundary(matches[j]!);
          if (kind === '$') depth += 1;
          else if (kind === '/$' && depth-- === 0) close = j;
        }
      }
      if (close === -1) continue;
      if (end > last) spans.push(last, end);
      last = matches[close]!.end;
      i = close;
      continue;
    }
    if (start > last) spans.push(last, start);
    last = end;
  }
  if (source.length > last) spans.push(last, source.length);
  return spans;
}

/** Returns the HTML without scripts (JSON-LD and page data kept), styles, inline SVG, navigation, sidebars, templates, selects and comments. */
export function dropInertMarkup(html: string): string {
  const spans = keptSpans(
    new TextSource(html),
    (from, to) => html.slice(from, to),
    (from, to, text) => html.slice(from, to).includes(text),
  );
  if (spans.length === 2 && spans[0] === 0 && spans[1] === html.length) return html;
  const kept: string[] = [];
  for (let i = 0; i < spans.length; i += 2) kept.push(html.slice(spans[i], spans[i + 1]));
  // One flat copy: a chain of `+=` would leave a rope that the next reader flattens slowly.
  return kept.join('');
}

/**
 * dropInertMarkup(UTF-8 decoding of bytes), without decoding the inert bytes: over half of a
 * page is scripts and styles, and decoding them cost as much as parsing what remains. Exact: the
 * scan reads only ASCII bytes (and UTF-8 spaces), and joining the kept bytes decodes as the
 * kept text does wherever an ASCII byte sits on one side of the cut (elsewhere, at a cut between
 * two broken sequences, the spans are decoded one by one).
 *
 * The text comes as pieces of at most `pieceBytes` bytes each (joined, they are that text), which
 * the parser reads one after another (parseHtml). One string for a whole page is, on a third of
 * pages, over V8's largest ordinary object (128 KB: 64K characters once one of them is beyond
 * Latin-1); such a string goes to the large-object space, where each one costs its own mapping of
 * fresh memory: on zyte-dev's pages decoding took 5–7 µs a KB above that size against ~1 µs below
 * it, ~13% of a page's time, and pieces take that back.
 */
export function decodeUtf8WithoutInert(bytes: Uint8Array, pieceBytes = PIECE_BYTES): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const spans = keptSpans(
    new ByteSource(buffer),
    (from, to) => buffer.toString('utf8', from, to),
    (from, to, text) => buffer.subarray(from, to).includes(text),
  );
  const pieces: string[] = [];
  if (spans.length === 2 && spans[0] === 0 && spans[1] === bytes.length) {
    decodePieces(buffer, 0, bytes.length, pieceBytes, pieces);
    return pieces;
  }
  let total = 0;
  let joinable = true;
  for (let i = 0; i < spans.length; i += 2) {
    total += spans[i + 1]! - spans[i]!;
    if (i > 0 && bytes[spans[i - 1]! - 1]! >= 0x80 && bytes[spans[i]!]! >= 0x80) joinable = false;
  }
  if (!joinable) {
    for (let i = 0; i < spans.length; i += 2) decodePieces(buffer, spans[i]!, spans[i + 1]!, pieceBytes, pieces);
    return pieces;
  }
  const joined = total <= SCRATCH_LIMIT ? scratchBuffer(total) : Buffer.allocUnsafe(total);
  let offset = 0;
  for (let i = 0; i < spans.length; i += 2) offset += buffer.copy(joined, offset, spans[i], spans[i + 1]);
  decodePieces(joined, 0, total, pieceBytes, pieces);
  return pieces;
}

/** Bytes a decoded piece holds at most: 32K characters, 64 KB as UTF-16, well inside V8's ordinary objects. */
export const PIECE_BYTES = 32 * 1024;

/**
 * Appends the UTF-8 decoding of buffer[from, to) to `pieces`, cut every `pieceBytes` bytes or a
 * little before: only before a byte that is not a continuation byte (0x80–0xBF). Such a byte ends
 * whatever sequence came before it, complete or broken, as the end of the input does, so the pieces
 * decode to exactly what the whole range does (inert-markup.test.ts checks it on broken UTF-8).
 */
function decodePieces(buffer: Buffer, from: number, to: number, pieceBytes: number, pieces: string[]): void {
  let start = from;
  while (to - start > pieceBytes) {
    let cut = start + pieceBytes;
    while (cut > start && (buffer[cut]! & 0xc0) === 0x80) cut -= 1;
    if (cut === start) {
      // Only continuation bytes back to the piece's start (not text): cut at the next byte that is not one.
      cut = start + pieceBytes;
      while (cut < to && (buffer[cut]! & 0xc0) === 0x80) cut += 1;
      if (cut === to) break;
    }
    pieces.push(buffer.toString('utf8', start, cut));
    start = cut;
  }
  if (to > start) pieces.push(buffer.toString('utf8', start, to));
}

/**
 * The kept bytes are joined in one buffer reused from page to page (up to 1 MB; larger pages get
 * their own): a buffer per page is an ArrayBuffer allocated outside the heap that every minor GC
 * after it must sweep. Only the decoded string leaves decodeUtf8WithoutInert.
 */
const SCRATCH_LIMIT = 1 << 20;
let scratch: Buffer | null = null;

function scratchBuffer(size: number): Buffer {
  if (scratch === null || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_LIMIT, Math.max(size, 2 * (scratch?.length ?? 0), 1 << 16)));
  return scratch;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/**
 * Drops tags nested deeper than `limit` (their text stays). htmlparser2 keeps its open-element
 * stack with unshift, so each tag costs O(depth): 100 000 nested <div>s take seconds and an
 * 8 MB page of them would take minutes. Only pages with many tags are scanned, so ordinary
 * pages pay one indexOf loop.
 */
export function capNesting(html: string, limit = 1000): string {
  if (!mayNestTooDeep([html], limit)) return html;
  let depth = 0;
  let excess = 0;
  return html.replace(TAG, (match: string, closing: string, name: string, selfClosing: string) => {
    if (VOID.has(name.toLowerCase()) || selfClosing) return match;
    if (closing) {
      if (excess > 0) {
        excess -= 1;
        return '';
      }
      depth = Math.max(0, depth - 1);
      return match;
    }
    if (depth >= limit) {
      excess += 1;
      return '';
    }
    depth += 1;
    return match;
  });
}

/** Tags a text must have, per level of capNesting's limit, before capNesting reads it. */
const TAGS_PER_LEVEL = 15;
/** The tags a text must have before capNesting (with its default limit) reads it. */
export const NESTING_TAGS = 1000 * TAGS_PER_LEVEL;

/** Whether capNesting may have work on this text (given as pieces): it has more than `limit * 15` tags. */
export function mayNestTooDeep(pieces: readonly string[], limit = 1000): boolean {
  let tags = 0;
  for (const piece of pieces)
    for (let at = piece.indexOf('<'); at !== -1; at = piece.indexOf('<', at + 1)) {
      tags += 1;
      if (tags > limit * TAGS_PER_LEVEL) return true;
    }
  return false;
}
