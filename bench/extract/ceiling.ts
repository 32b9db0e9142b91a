/**
 * `pnpm tsx bench/extract/ceiling.ts`: how much of each wcxb half's gold body is in the page's HTML at all, per page type.
 * For every page it scores the gold against all of the page's text (every text node outside <script>, <style> and
 * <template>, joined with spaces, plus the meta descriptions) and reports the mean recall: the most any extractor could
 * reach on that HTML if it kept exactly the right text. It also counts the golds that are empty: on those a page scores 0
 * for every extractor (score-extraction.py counts an empty gold's recall and an empty prediction's precision as 0).
 * Aggregates only: it prints no page of the held-back half.
 */
import { parseHTML } from 'linkedom';
import { scoreDocument } from '../../packages/extract/src/body-score.ts';
import { CORPORA } from './corpora.ts';

type Row = { n: number; recall: number; below: number; emptyGold: number };
const row = (): Row => ({ n: 0, recall: 0, below: 0, emptyGold: 0 });

/** Every text node under `node` outside scripts, styles and templates. */
function texts(node: { childNodes?: ArrayLike<{ nodeType: number; textContent: string | null; localName?: string }> }, out: string[]): void {
  const children = node.childNodes ?? [];
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    if (child.nodeType === 3) out.push(child.textContent ?? '');
    else if (child.nodeType === 1 && !['script', 'style', 'template'].includes(child.localName ?? '')) texts(child as never, out);
  }
}

for (const name of ['wcxb-dev', 'wcxb-held-back']) {
  const corpus = CORPORA[name]?.();
  if (!corpus) {
    console.log(`${name}: not found, skipped`);
    continue;
  }
  const rows = new Map<string, Row>();
  for (const page of corpus.pages) {
    const { document } = parseHTML(Buffer.from(page.bytes).toString('utf8'));
    const out: string[] = [];
    texts(document as never, out);
    for (const meta of document.querySelectorAll('meta[name=description],meta[property="og:description"]')) out.push(meta.getAttribute('content') ?? '');
    const score = scoreDocument(page.body, out.join(' '));
    const recall = score.tp + score.fn > 0 ? score.tp / (score.tp + score.fn) : 0;
    for (const key of ['all', page.pageType ?? 'unknown']) {
      const r = rows.get(key) ?? row();
      r.n += 1;
      r.recall += recall;
      if (recall < 0.5) r.below += 1;
      if (page.body.trim() === '') r.emptyGold += 1;
      rows.set(key, r);
    }
  }
  console.log(`\n${name}: ${corpus.pages.length} pages\npage type       pages  gold recall from the page's text  pages under 0.5  empty golds`);
  for (const [key, r] of rows)
    console.log(`${key.padEnd(16)}${String(r.n).padEnd(7)}${(r.recall / r.n).toFixed(3).padEnd(34)}${String(r.below).padEnd(17)}${r.emptyGold}`);
}
