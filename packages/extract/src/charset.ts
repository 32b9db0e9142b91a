/**
 * Charset decision for fetched HTML: BOM → HTTP header → <meta> → sniffing, with one guard:
 * declarations lie (the qq page declares gb2312 but is UTF-8), and bytes that are valid,
 * non-trivial UTF-8 are practically never legacy CJK text, so valid UTF-8 overrules a declared
 * legacy charset instead of producing mojibake.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'sniff' | 'default' | 'forced';
export type DecodedHtml = { html: string; charset: string; from: CharsetSource };

/** Aliases that browsers map to a superset (WHATWG Encoding: gb2312/gbk → gb18030 decoder). */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'gb_2312-80': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

/** Normalises a charset label to the name we decode with, or null if iconv cannot decode it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (clean === '' || clean === 'auto') return null;
  const name = ALIASES[clean] ?? clean;
  return iconv.encodingExists(name) ? name : null;
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([^"';\s,]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

/** The charset a <meta> declares within the first 4 KiB (the HTML prescan window, a bit wider). */
function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  return direct?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): { name: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', skip: 2 };
  return null;
}

/**
 * True when the bytes are valid UTF-8 and contain multi-byte sequences: legacy CJK encodings
 * almost never form long valid UTF-8 runs by accident. A sequence cut at the very end (a
 * truncated download) is not evidence against UTF-8.
 */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (!hasHighBytes(bytes)) return false;
  if (isUtf8(bytes)) return true;
  // Retry without a possibly truncated final sequence (at most 3 bytes).
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut += 1) {
    if (isUtf8(bytes.subarray(0, bytes.length - cut))) return true;
  }
  return false;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  // Native (SIMD) scan: a loop over the bytes cost as much as the UTF-8 check itself.
  return !isAscii(bytes);
}

function decode(bytes: Uint8Array, name: string, skip = 0): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip);
  if (name === 'utf-8') return buffer.toString('utf8');
  return iconv.decode(buffer, name);
}

/** Labels that are single-byte or legacy CJK: a valid-UTF-8 body contradicts them. */
function isLegacy(name: string): boolean {
  return name !== 'utf-8' && !name.startsWith('utf-16');
}

/** Picks a charset by sniffing (chardet's statistical models for GB18030, Big5, EUC-*, Shift_JIS …). */
function sniff(bytes: Uint8Array): string | null {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const guess = normalizeCharset(chardet.detect(sample));
  if (guess === 'utf-8') return null;
  return guess;
}

export type CharsetChoice = { charset: string; from: CharsetSource; skip: number };

/**
 * Chooses the charset of HTML bytes: BOM, then the HTTP header, then <meta>, then sniffing; a
 * forced charset (from config) wins over everything. Valid UTF-8 overrules a declared legacy
 * charset. skip is the length of the byte order mark.
 */
export function chooseCharset(bytes: Uint8Array, contentType?: string | null, forced?: string | null): CharsetChoice {
  const forcedName = normalizeCharset(forced);
  if (forcedName) return { charset: forcedName, from: 'forced', skip: 0 };

  const bom = bomCharset(bytes);
  if (bom) return { charset: bom.name, from: 'bom', skip: bom.skip };

  // Scanning the bytes costs as much as decoding them: only do it once, and only when needed.
  let utf8Memo: boolean | undefined;
  const isUtf8Body = (): boolean => (utf8Memo ??= looksLikeUtf8(bytes));
  const header = normalizeCharset(charsetFromContentType(contentType));
  if (header && !(isLegacy(header) && isUtf8Body())) return { charset: header, from: 'header', skip: 0 };
  const meta = normalizeCharset(charsetFromMeta(bytes));
  if (meta && !(isLegacy(meta) && isUtf8Body())) return { charset: meta, from: 'meta', skip: 0 };

  if (isUtf8Body()) return { charset: 'utf-8', from: 'sniff', skip: 0 };
  if (!hasHighBytes(bytes)) return { charset: 'utf-8', from: 'default', skip: 0 };
  const sniffed = sniff(bytes);
  if (sniffed) return { charset: sniffed, from: 'sniff', skip: 0 };
  return { charset: 'utf-8', from: 'default', skip: 0 };
}

/** Decodes HTML bytes with a chosen charset (its byte order mark skipped). */
export function decodeWith(bytes: Uint8Array, choice: CharsetChoice): string {
  return decode(bytes, choice.charset, choice.skip);
}

/** Decodes HTML bytes to text with the charset chooseCharset picks. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null, forced?: string | null): DecodedHtml {
  const choice = chooseCharset(bytes, contentType, forced);
  return { html: decodeWith(bytes, choice), charset: choice.charset, from: choice.from };
}
