/**
 * Text helpers shared by the extractors: whitespace normalisation that keeps a paragraph's own
 * spaces, XML-illegal character removal, and CJK-aware length (a Han character carries about as
 * much meaning as a short word, so counting bytes or words would under-rate Chinese paragraphs).
 */

// XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF.
const XML_ILLEGAL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
/** XML_ILLEGAL_CHAR without the global flag: a test that finds none leaves the text as it is, without the replace's copy. */
const HAS_XML_ILLEGAL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/*
 * CHAR_LOOPS: the per-character loops here and in dom.ts, parse-html.ts and language.ts read the
 * length once and call String.prototype.charCodeAt through a local constant
 * (`charCodeAt.call(text, i)`). Written `text.charCodeAt(i)` with `i < text.length`, each step
 * loaded the method and the length from the string, and the strings these loops see come in many
 * representations (sliced, concatenated, one- and two-byte, internalized): both loads were
 * megamorphic, a stub-cache probe per character (on Node 24 nearly all of its megamorphic loads, 14%
 * of the instructions). A local constant is one the optimizing compilers fold, so the call is
 * inlined; a module-level one is not (each character then called the builtin).
 */

/** Removes characters that may not appear in XML 1.0 (so nothing breaks a feed downstream). */
export function stripXmlIllegal(text: string): string {
  // The body's text and HTML are the longest strings a page gives: nearly all hold no such character, and the test reads
  // them at about half the replace's cost.
  const cleaned = HAS_XML_ILLEGAL_CHAR.test(text) ? text.replace(XML_ILLEGAL_CHAR, '') : text;
  // The surrogate scan needs look-around and is slow; well-formed strings (nearly all) skip it.
  return (cleaned as string & { isWellFormed?: () => boolean }).isWellFormed?.() === false ? cleaned.replace(LONE_SURROGATE, '') : cleaned;
}

/** JavaScript's \s (U+00A0, U+3000 and U+FEFF included): what `\s` in a regular expression matches. */
export function isRegExpSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** JavaScript's \s and U+200B: what normalizeSpace collapses. */
function isCollapsedSpace(code: number): boolean {
  return code === 0x200b || isRegExpSpace(code);
}

/**
 * normalizeSpace's result when no run of spaces inside the text needs collapsing (the only spaces between its first and
 * last other characters are single U+0020s): the text without its leading and trailing spaces, the text itself when it
 * has none. Null when a run inside must collapse.
 */
function trimmedIfNormal(text: string): string | null {
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  let start = 0;
  while (start < length && isCollapsedSpace(charCodeAt.call(text, start))) start += 1;
  let end = length;
  while (end > start && isCollapsedSpace(charCodeAt.call(text, end - 1))) end -= 1;
  let previousSpace = false;
  for (let i = start; i < end; i += 1) {
    const code = charCodeAt.call(text, i);
    // Most characters are printable ASCII or letters above the space blocks: one comparison each.
    if ((code > 0x20 && code < 0xa0) || (code > 0x3000 && code !== 0xfeff)) {
      previousSpace = false;
      continue;
    }
    if (!isCollapsedSpace(code)) {
      previousSpace = false;
      continue;
    }
    if (code !== 0x20 || previousSpace) return null;
    previousSpace = true;
  }
  return start === 0 && end === length ? text : text.slice(start, end);
}

/** Collapses whitespace runs to one space and trims (ideographic indentation spaces included). */
export function normalizeSpace(text: string): string {
  // Most texts passed here are already normal (single spaces between words), or only have spaces around them (a text
  // node's line breaks and indentation, a block's trailing space): no new string then, or a slice.
  const trimmed = trimmedIfNormal(text);
  if (trimmed !== null) return trimmed;
  // After the collapse the only space left is U+0020, at most one at each end: trim() takes it (same
  // characters as \s, which holds U+3000) without a second regular expression over the whole text.
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Han, kana and hangul (the code units of /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/). */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

/** Number of CJK (Han, kana, hangul) characters in the text (a loop: matching would build an array of them). */
export function countCjk(text: string): number {
  let count = 0;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code >= 0x3040 && isCjk(code)) count += 1;
  }
  return count;
}

/**
 * Length in "Latin character equivalents": a CJK character counts 3, since an average English
 * word plus space is about 6 characters and a Chinese word about 2 characters.
 */
export function weightedLength(text: string): number {
  const cjk = countCjk(text);
  return text.length - cjk + cjk * 3;
}

/** Counts clause separators in Latin and CJK punctuation, a cheap "this is prose" signal. */
export function countCommas(text: string): number {
  let count = 0;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(text, i);
    // , ; ， ； 、 。
    if (code === 0x2c || code === 0x3b || code === 0xff0c || code === 0xff1b || code === 0x3001 || code === 0x3002) count += 1;
  }
  return count;
}

/**
 * The weight of one character that is not a space in inkWeight, proseLength, measureText and ProseCounter: 3 for kana, Han and
 * Hangul (CJK text says about three times as much a character), 1 for anything else.
 */
function charWeight(code: number): number {
  return (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ? 3 : 1;
}

/** weightedLength of the text without its whitespace, in one allocation-free pass. */
export function inkWeight(text: string): number {
  let weight = 0;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    weight += charWeight(code);
  }
  return weight;
}

/** weightedLength(normalizeSpace(text)) without building the normalised string. */
export function proseLength(text: string): number {
  let weight = 0;
  let pendingSpace = false;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(text, i);
    if (isProseSpace(code)) {
      if (weight > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      weight += 1;
      pendingSpace = false;
    }
    weight += charWeight(code);
  }
  return weight;
}

/** Adds weightedLength(text) and inkWeight(text) to the running totals, in one pass over the text. */
export function addTextWeights(text: string, totals: { length: number; ink: number }): void {
  let length = 0;
  let ink = 0;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const end = text.length;
  for (let i = 0; i < end; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code < 0x3040) {
      length += 1;
      if (code > 0x20 && code !== 0xa0 && code !== 0x3000) ink += 1;
      continue;
    }
    length += isCjk(code) ? 3 : 1;
    ink += code <= 0x9fff || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ? 3 : 1;
  }
  totals.length += length;
  totals.ink += ink;
}

/** What proseLength and ProseCounter read as a space (a run of them is one space, none at the ends). */
function isProseSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff;
}

/**
 * A text's prose facts packed in one number (measureText): proseLength × PROSE_SCALE + countCommas × 4 + 2 when the text starts
 * with a space + 1 when it ends with one. Exact up to a proseLength of 2^31 and 2^20 commas; a text beyond either is UNPACKED.
 */
const PROSE_SCALE = 2 ** 22;
const MAX_PACKED_PROSE = 2 ** 31;
const MAX_PACKED_COMMAS = 2 ** 20;
/** measureText's prose facts of a text too long to pack: read the text itself (ProseCounter.add, proseLength). */
export const UNPACKED = -2;

/** proseLength of a text from its packed facts (measureText). */
export function packedProseLength(packed: number): number {
  return Math.floor(packed / PROSE_SCALE);
}

/**
 * inkWeight(text) into out[0] and the text's packed prose facts (proseLength, countCommas, a space at either end; see
 * PROSE_SCALE) into out[1], in one pass: the generic body weighs every text of the page (its ink), and its scoring walk
 * reads the prose of the paragraphs' texts again (ProseCounter), which the packed facts then give without a second pass.
 */
export function measureText(text: string, out: Float64Array): void {
  // Weight of the characters that are not spaces (CJK ×3), space runs between two of them, and U+200B/U+FEFF (which
  // inkWeight weighs as characters and prose reads as spaces): ink and prose are sums of these.
  let weight = 0;
  let gaps = 0;
  let zeroWidth = 0;
  let commas = 0;
  let pendingSpace = false;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(text, i);
    // Printable ASCII, most of a text: weight 1, a comma or semicolon counted.
    if (code > 0x20 && code < 0x7f) {
      if (pendingSpace) {
        gaps += 1;
        pendingSpace = false;
      }
      weight += 1;
      if (code === 0x2c || code === 0x3b) commas += 1;
      continue;
    }
    if (isProseSpace(code)) {
      if (code === 0x200b || code === 0xfeff) zeroWidth += 1;
      if (weight > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      gaps += 1;
      pendingSpace = false;
    }
    weight += charWeight(code);
    if (code === 0xff0c || code === 0xff1b || code === 0x3001 || code === 0x3002) commas += 1;
  }
  const ink = weight + zeroWidth;
  const prose = weight + gaps;
  out[0] = ink;
  if (prose >= MAX_PACKED_PROSE || commas >= MAX_PACKED_COMMAS) {
    out[1] = UNPACKED;
    return;
  }
  const lead = length > 0 && isProseSpace(charCodeAt.call(text, 0)) ? 2 : 0;
  const trail = length > 0 && isProseSpace(charCodeAt.call(text, length - 1)) ? 1 : 0;
  out[1] = prose * PROSE_SCALE + commas * 4 + lead + trail;
}

/**
 * proseLength and countCommas of several texts read as one string (the text nodes of a subtree in
 * document order), without joining them: `add` each text, then read `weight` and `commas`.
 */
export class ProseCounter {
  weight = 0;
  commas = 0;
  private pendingSpace = false;

  reset(): void {
    this.weight = 0;
    this.commas = 0;
    this.pendingSpace = false;
  }

  add(text: string): void {
    let weight = this.weight;
    let commas = this.commas;
    let pendingSpace = this.pendingSpace;
    const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
    const length = text.length;
    for (let i = 0; i < length; i += 1) {
      const code = charCodeAt.call(text, i);
      if (isProseSpace(code)) {
        if (weight > 0) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        weight += 1;
        pendingSpace = false;
      }
      // , ; ， ； 、 。 (countCommas)
      if (code === 0x2c || code === 0x3b || code === 0xff0c || code === 0xff1b || code === 0x3001 || code === 0x3002) commas += 1;
      weight += charWeight(code);
    }
    this.weight = weight;
    this.commas = commas;
    this.pendingSpace = pendingSpace;
  }

  /** add(text) from the text's packed prose facts (measureText; not UNPACKED) and its length: the same counts, without the pass. */
  addMeasured(packed: number, length: number): void {
    const prose = Math.floor(packed / PROSE_SCALE);
    if (prose === 0) {
      // Spaces only (or nothing): they open a space after what came before.
      if (length > 0 && this.weight > 0) this.pendingSpace = true;
      return;
    }
    const bits = packed - prose * PROSE_SCALE;
    if (this.pendingSpace || ((bits & 2) !== 0 && this.weight > 0)) this.weight += 1;
    this.weight += prose;
    this.commas += bits >>> 2;
    this.pendingSpace = (bits & 1) !== 0;
  }
}
