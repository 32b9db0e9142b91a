/**
 * Two runs' outputs compared page by page, for choosing a rule: which pages a change moves and by how much.
 *
 *   pnpm tsx bench/extract/compare.ts --corpus wcxb-dev BEFORE_DIR AFTER_DIR [--list N]
 *
 * BEFORE_DIR and AFTER_DIR are `--write` directories of `pnpm bench:extract` (run.ts) or of the class-hashed proxy
 * (proxy.ts), each holding `<corpus>.jsonl`. Prints the pages whose body F1 moved (largest losses first, then the
 * largest gains, N of each; default 15), each page's F1 before and after and its page type, then the corpus's mean F1
 * per page before and after, the sum of the moves, how many pages went up and down, and the exact titles before and after.
 * Body F1 is body-score.ts' per-page F1 (an empty body scores 0); titles are exact after whitespace, as in run.ts. Pages
 * whose outputs are byte for byte the same are not scored twice, so an unchanged corpus reads "better 0 worse 0".
 *
 * Never reads the held-back half: it is for choosing rules, which the held-back half must not do.
 */
import { readFileSync } from 'node:fs';
import { scoreDocument } from '../../packages/extract/src/body-score.ts';
import { CORPORA } from './corpora.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const corpusName = option('--corpus') ?? 'wcxb-dev';
if (corpusName === 'wcxb-held-back') throw new Error('compare.ts is for choosing rules: it never reads the held-back half');
const list = Number(option('--list') ?? 15);
const dirs = args.filter((arg, index) => !arg.startsWith('--') && !(index > 0 && args[index - 1]!.startsWith('--')));
if (dirs.length !== 2 || !Number.isInteger(list) || list < 0)
  throw new Error('usage: compare.ts --corpus NAME BEFORE_DIR AFTER_DIR [--list N] (the --write directories of two runs)');
const corpus = CORPORA[corpusName]?.();
if (!corpus) throw new Error(`corpus ${corpusName} is unknown or not there (known: ${Object.keys(CORPORA).join(', ')})`);

type Output = { id: string; articleBody?: string; title?: string | null };
/** A run's outputs by page id. */
function outputs(dir: string): Map<string, Output> {
  const lines = readFileSync(`${dir}/${corpusName}.jsonl`, 'utf8').split('\n').filter(Boolean);
  return new Map(lines.map((line) => JSON.parse(line) as Output).map((row) => [row.id, row]));
}
const before = outputs(dirs[0]!);
const after = outputs(dirs[1]!);

const ws = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const f1 = (truth: string, prediction: string): number => {
  const score = scoreDocument(truth, prediction);
  return score.tp === 0 ? 0 : (2 * score.tp) / (2 * score.tp + score.fp + score.fn);
};

type Move = { id: string; type: string; from: number; to: number };
const moves: Move[] = [];
let pages = 0;
let sumBefore = 0;
let sumAfter = 0;
const titles = { before: 0, after: 0 };
for (const page of corpus.pages) {
  const old = before.get(page.id);
  const now = after.get(page.id);
  if (!old || !now) continue;
  pages += 1;
  const from = f1(page.body, old.articleBody ?? '');
  const to = old.articleBody === now.articleBody ? from : f1(page.body, now.articleBody ?? '');
  sumBefore += from;
  sumAfter += to;
  if (to !== from) moves.push({ id: page.id, type: page.pageType ?? '', from, to });
  if (page.title) {
    if (ws(old.title) === ws(page.title)) titles.before += 1;
    if (ws(now.title) === ws(page.title)) titles.after += 1;
  }
}
if (pages === 0) throw new Error(`no page of ${corpusName} is in both runs`);

const line = (move: Move): string =>
  `${(move.to - move.from >= 0 ? '+' : '') + (move.to - move.from).toFixed(4)}  ${move.id.slice(0, 16)}  ${move.from.toFixed(3)} → ${move.to.toFixed(3)}  ${move.type}`;
const losses = moves.filter((move) => move.to < move.from).sort((a, b) => a.to - a.from - (b.to - b.from));
const gains = moves.filter((move) => move.to > move.from).sort((a, b) => b.to - b.from - (a.to - a.from));
for (const move of losses.slice(0, list)) console.log(line(move));
for (const move of gains.slice(0, list)) console.log(line(move));
console.log(
  `${corpusName}: ${pages} pages, mean F1 ${(sumBefore / pages).toFixed(4)} → ${(sumAfter / pages).toFixed(4)}, sum of moves ${(sumAfter - sumBefore >= 0 ? '+' : '') + (sumAfter - sumBefore).toFixed(4)}, better ${gains.length}, worse ${losses.length}; exact titles ${titles.before} → ${titles.after}`,
);
