/**
 * Text helpers shared by the extractors: whitespace normalisation that keeps a paragraph's own
 * spaces, XML-illegal character removal, and CJK-aware length (a Han character carries about as
 * much meaning as a short word, so counting bytes or words would under-rate Chinese paragraphs).
 */

// XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF.
const XML_ILLEGAL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes characters that may not appear in XML 1.0 (so nothing breaks a feed downstream). */
export function stripXmlIllegal(text: string): string {
  const cleaned = text.replace(XML_ILLEGAL_CHAR, '');
  // The surrogate scan needs look-around and is slow; well-formed strings (nearly all) skip it.
  return (cleaned as string & { isWellFormed?: () => boolean }).isWellFormed?.() === false ? cleaned.replace(LONE_SURROGATE, '') : cleaned;
}

/** Collapses whitespace runs to one space and trims (ideographic indentation spaces included). */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

/** Number of CJK (Han, kana, hangul) characters in the text. */
export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
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
  return text.match(/[,，、。;；]/g)?.length ?? 0;
}

/** weightedLength of the text without its whitespace, in one allocation-free pass. */
export function inkWeight(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    weight += (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ? 3 : 1;
  }
  return weight;
}

/** weightedLength(normalizeSpace(text)) without building the normalised string. */
export function proseLength(text: string): number {
  let weight = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff) {
      if (weight > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      weight += 1;
      pendingSpace = false;
    }
    weight += (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ? 3 : 1;
  }
  return weight;
}
