/**
 * Repair of doubly encoded UTF-8 ("Investorâ\u0080\u0099s" for "Investor’s"): a page whose UTF-8 bytes
 * were once read as Latin-1 and written out again as UTF-8. Such text holds C1 control characters
 * (U+0080–U+009F), which real text never does, so the repair runs only on a page with several of
 * them and only rewrites runs that decode as valid UTF-8 when read back as bytes.
 */

const C1_SEQUENCE = /[\u00c2-\u00f4][\u0080-\u009f]/g;
const SEQUENCE = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;
const MIN_SIGNS = 3;
const strict = new TextDecoder('utf-8', { fatal: true });

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
