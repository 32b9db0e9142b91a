/**
 * Rules for discussion threads (forums, Q&A pages): a reply that quotes an earlier post repeats
 * that post's text, and a reader of the thread reads it once, where it was first posted.
 */
import type { Block } from './blocks.ts';
import { weightedLength } from './text.ts';

/** A quoted passage is dropped when it is at least this long (weighted characters): short lines ("Thanks!", "+1") repeat by chance. */
const QUOTED_MIN = 80;

/** The line that introduces a quote: "felixen said:", "Quote from Jane on May 2", "Originally Posted by Jane", "Jane wrote:". */
const ATTRIBUTION =
  /^(?:.{1,80}?\s(?:said|wrote|says|writes|posted)(?:\s.{0,40})?\s?[:：]?|quote(?:\s*(?:from|:)\s*.{0,80})?|originally posted by\s.{1,80}|in reply to\s.{1,80}|replying to\s.{1,80}|.{1,60}\s(?:said|wrote)\s?(?:…|\.\.\.)|.{1,60}\s?(?:said|wrote)\s?[:：]\s?\u2191?)$/i;

/**
 * Drops the passages of a thread that repeat an earlier block of it (at least QUOTED_MIN weighted characters: a quoted post),
 * and the attribution line that introduces them ("X said:", "Quote from X").
 */
export function dropQuotedPosts(blocks: Block[]): Block[] {
  const seen = new Set<string>();
  const drop = new Uint8Array(blocks.length);
  let dropped = false;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    const text = block.text;
    if (weightedLength(text) < QUOTED_MIN) continue;
    if (!seen.has(text)) {
      seen.add(text);
      continue;
    }
    drop[i] = 1;
    dropped = true;
    // The attribution line before the first quoted block of a run.
    for (let j = i - 1; j >= 0; j -= 1) {
      if (drop[j] === 1) break;
      const before = blocks[j]!;
      if (before.kind === 'image') continue;
      if (before.kind !== 'list' && ATTRIBUTION.test(before.text)) drop[j] = 1;
      break;
    }
  }
  return dropped ? blocks.filter((_, i) => drop[i] === 0) : blocks;
}
