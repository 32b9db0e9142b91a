/**
 * Repair of doubly encoded UTF-8 ("Investorâ\u0080\u0099s" for "Investor’s"): a page whose UTF-8 bytes
 * were once read as Latin-1 and written out again as UTF-8. Such text holds C1 control characters
 * (U+0080–U+009F), which real text never does, so the repair runs only on a page with several of
 * them and only rewrites runs that decode as valid UTF-8 when read back as bytes.
 */

import { Buffer } from 'node:buffer';

const C1_SEQUENCE = /[\u00c2-\u00f4][\u0080-\u009f]/g;
const SEQUENCE = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;
const MIN_SIGNS = 3;
const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether the UTF-8 decoding of bytes holds MIN_SIGNS matches of C1_SEQUENCE, counted on the
 * bytes: U+00C2–U+00F4 is C3 82–C3 B4 and U+0080–U+009F is C2 80–C2 9F, and those bytes decode
 * to those characters wherever they stand. False means repairDoubleUtf8 of the text is the text.
 */
export function mayHoldDoubleUtf8(bytes: Uint8Array): boolean {
  // Buffer#indexOf is memchr; a Uint8Array's own indexOf steps through the bytes one by one (3% of all instructions).
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let signs = 0;
  for (let i = buffer.indexOf(0xc2); i !== -1 && i + 1 < bytes.length; i = buffer.indexOf(0xc2, i + 1)) {
    const c1 = bytes[i + 1]!;
    const before = bytes[i - 1];
    if (c1 >= 0x80 && c1 <= 0x9f && i >= 2 && bytes[i - 2] === 0xc3 && before !== undefined && before >= 0x82 && before <= 0xb4) {
      signs += 1;
      if (signs >= MIN_SIGNS) return true;
    }
  }
  return false;
}

/** Returns the text with doubly encoded UTF-8 sequences decoded, or the text itself when it shows no sign of them. */
export function repairDoubleUtf8(text: string): string {
  let signs = 0;
  C1_SEQUENCE.lastIndex = 0;
  while (signs < MIN_SIGNS && C1_SEQUENCE.exec(text)) signs += 1;
  if (signs < MIN_SIGNS) return text;
  return text.replace(SEQUENCE, (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i += 1) bytes[i] = run.charCodeAt(i);
    try {
      return strict.decode(bytes);
    } catch {
      return run;
    }
  });
}
