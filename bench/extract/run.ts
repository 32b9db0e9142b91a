/**
 * `pnpm bench:extract`: body F1, exact titles, publication days, authors, empty pages and throughput per
 * corpus (zyte-dev, the wcxb-dev dev half by page type, the wcxb-dev held-back half, seed, zh),
 * for Feedwright's extractor and, in the same run, @mozilla/readability on jsdom 26 and on
 * linkedom and Defuddle on linkedom. One core: the extractors take turns, page by page. Each runs in its
 * own worker thread (V8 isolate, timing-worker.ts), so each is billed for collecting its own garbage only;
 * in one shared heap, a scavenge landing in our page copied the tens of megabytes jsdom's last page left
 * alive. Corpora outside the repository (../shared/corpus) are skipped when absent.
 *
 * Body F1 is the article-extraction-benchmark metric (body-score.ts, the port of score-body.py);
 * on zyte-dev it is averaged the way score-body.py does (the published figures), elsewhere the
 * way score-extraction.py does (an empty body counts as precision 0 and recall 0). Titles are
 * exact after whitespace normalisation; dates compare the day (first 10 characters) where the
 * gold has one. Both follow score-extraction.py. Authors (wcxb, where the gold names one) compare the
 * set of names, case folded, with credentials left out (authorNames below).
 *
 * Options: --only ours (skip the baselines; or a list such as ours,jsdom: jsdom, linkedom and
 * defuddle name the anchors), --corpus NAME[,NAME] (zyte-dev, wcxb-dev,
 * wcxb-held-back, seed, zh; default all), --rounds N (default 5; each page's fastest run counts;
 * jsdom runs at most 2), --jsdom all (also run Readability on jsdom over the wcxb halves: ~0.3 s a
 * page on a quiet core, so it is off there by default and its cells print '-'), --write DIR (our predictions per corpus as JSON lines, <corpus>.jsonl; each anchor that ran, <corpus>.<key>.jsonl), --worst N (list
 * our N worst pages; never for the held-back half), --sample N (every Nth page of each corpus, by
 * sorted id, starting with the first: a deterministic subset for quick iteration; figures on a
 * sample are not the corpus figures), --built (run our extractor from a bundle made with the production
 * build's esbuild options, infra/esbuild-options.ts, as the image runs it; default: the TypeScript
 * sources through tsx, whose per-file esbuild transform keeps names), --shared-heap (all extractors in one
 * worker, one heap, as the bench measured up to session 8: each extractor then also pays for collecting
 * the garbage of the one that ran before it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { scoreDocument } from '../../packages/extract/src/body-score.ts';
import type { Corpus } from './corpora.ts';
import { CORPORA } from './corpora.ts';
import type { ExtractorKey, Output } from './extractors.ts';
import { EXTRACTOR_KEYS, EXTRACTOR_NAMES } from './extractors.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './timing-worker.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? 5);
/** --only ours | --only ours,jsdom,linkedom,defuddle: which extractors run (ours always does). */
const only = option('--only')?.split(',');
const corpusNames = (option('--corpus') ?? Object.keys(CORPORA).join(',')).split(',');
const worst = Number(option('--worst') ?? 0);
const writeDir = option('--write');
const jsdomEverywhere = option('--jsdom') === 'all';
const sample = Number(option('--sample') ?? 1);
if (!Number.isInteger(sample) || sample < 1) throw new Error('--sample takes a whole number ≥ 1');
const built = args.includes('--built');
const sharedHeap = args.includes('--shared-heap');
for (const key of only ?? [])
  if (!(EXTRACTOR_KEYS as readonly string[]).includes(key)) throw new Error(`--only: unknown extractor ${key}; known: ${EXTRACTOR_KEYS.join(', ')}`);

type Extractor = { key: ExtractorKey; name: string; rounds: number };
const extractors: Extractor[] = EXTRACTOR_KEYS.filter((key) => key === 'ours' || !only || only.includes(key)).map((key) => ({
  key,
  name: key === 'ours' && built ? 'feedwright (built)' : EXTRACTOR_NAMES[key],
  // jsdom is ~30× slower; two rounds are enough to take the noise out of that gap.
  rounds: key === 'jsdom' ? Math.min(rounds, 2) : rounds,
}));

/**
 * A timing worker (timing-worker.ts) in its own V8 isolate, started through tsx so it runs the TypeScript
 * sources; answers one request at a time.
 */
class TimingWorker {
  private readonly worker: Worker;
  private pending: ((reply: WorkerReply) => void) | null = null;
  readonly ready: Promise<void>;
  private failed: Error | null = null;

  constructor(setup: WorkerSetup) {
    const entry = new URL('./timing-worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    this.worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData: setup,
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
    this.worker.on('error', (error) => {
      this.failed = error;
    });
    this.worker.on('message', (reply: WorkerReply | 'ready') => {
      if (reply === 'ready') return;
      const pending = this.pending;
      this.pending = null;
      pending?.(reply);
    });
  }

  run(request: WorkerRequest): Promise<WorkerReply> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.worker.postMessage(request);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Runs every extractor over a corpus and returns outputs and fastest times. Each extractor runs in its own
 * worker (V8 isolate), so none is billed for collecting another's garbage; --shared-heap puts them all in
 * one worker, one heap (how the bench measured up to session 8).
 */
async function runCorpus(corpus: Corpus): Promise<{ outputs: Output[][]; seconds: number[]; ran: boolean[] }> {
  const skipJsdom = !jsdomEverywhere && corpus.name.startsWith('wcxb');
  const runs = (e: number): number => (skipJsdom && extractors[e]!.key === 'jsdom' ? 0 : extractors[e]!.rounds);
  const active = extractors.map((_, e) => e).filter((e) => runs(e) > 0);
  const groups = sharedHeap ? [active] : active.map((e) => [e]);
  const workers = groups.map((group) => new TimingWorker({ keys: group.map((e) => extractors[e]!.key), corpus: corpus.name, sample, built, warmUp: true }));
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    const fastest = extractors.map(() => new Float64Array(corpus.pages.length).fill(Number.POSITIVE_INFINITY));
    const outputs = extractors.map(() => [] as Output[]);
    // Machines are shared and noisy. Every page is run by every extractor back to back, over several
    // rounds, and each (extractor, page) keeps its fastest time: a burst of load elsewhere hits all
    // extractors alike and is then discarded, so it cannot decide the ratio.
    for (let round = 0; round < rounds; round += 1)
      for (let index = 0; index < corpus.pages.length; index += 1)
        for (let g = 0; g < groups.length; g += 1) {
          const due = groups[g]!.filter((e) => round < runs(e));
          if (due.length === 0) continue;
          const reply = await workers[g]!.run({ index, keys: due.map((e) => extractors[e]!.key), keepOutput: round === 0 });
          reply.results.forEach((result, i) => {
            const e = due[i]!;
            if (result.seconds < fastest[e]![index]!) fastest[e]![index] = result.seconds;
            if (result.output) outputs[e]![index] = result.output;
          });
        }
    return { outputs, seconds: fastest.map((times) => times.reduce((a, b) => a + b, 0)), ran: extractors.map((_, e) => runs(e) > 0) };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

type Tally = {
  p: number;
  r: number;
  n: number;
  titles: number;
  titleGold: number;
  dates: number;
  dateGold: number;
  authors: number;
  authorGold: number;
  empty: number;
};
const emptyTally = (): Tally => ({ p: 0, r: 0, n: 0, titles: 0, titleGold: 0, dates: 0, dateGold: 0, authors: 0, authorGold: 0, empty: 0 });

/**
 * The names in an author line, for comparing authors: split at commas, semicolons, "&" and "and",
 * whitespace collapsed, case folded; credentials after a name ("MS, RD", "Ph.D.", "MD") left out.
 * "Jane Doe, MS and John Roe" and "John Roe & Jane Doe" name the same people.
 */
function authorNames(line: string | null | undefined): string {
  const names = (line ?? '')
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '' && !/^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$/.test(part))
    .map((part) => part.toLowerCase());
  return [...new Set(names)].sort().join('|');
}
const ws = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Scores one extractor's outputs: per group (all, and per page type) P/R sums, titles, dates, empties. */
function tally(corpus: Corpus, outputs: Output[]): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  const add = (key: string): Tally => {
    let row = groups.get(key);
    if (!row) groups.set(key, (row = emptyTally()));
    return row;
  };
  corpus.pages.forEach((page, index) => {
    const output = outputs[index]!;
    const score = scoreDocument(page.body, output.body);
    // score-body.py skips precision of an empty prediction; score-extraction.py counts it as 0.
    const p = score.tp + score.fp > 0 ? score.tp / (score.tp + score.fp) : corpus.scoring === 'score-body' ? Number.NaN : 0;
    const r = score.tp + score.fn > 0 ? score.tp / (score.tp + score.fn) : 0;
    for (const key of ['all', ...(page.pageType ? [page.pageType] : [])]) {
      const row = add(key);
      if (!Number.isNaN(p)) row.p += p;
      row.r += r;
      row.n += 1;
      if (output.body.trim() === '') row.empty += 1;
      if (page.title) {
        row.titleGold += 1;
        if (ws(page.title) === ws(output.title)) row.titles += 1;
      }
      if (page.date) {
        row.dateGold += 1;
        if (output.date && String(output.date).slice(0, 10) === page.date.slice(0, 10)) row.dates += 1;
      }
      if (page.author) {
        row.authorGold += 1;
        if (authorNames(output.author) === authorNames(page.author)) row.authors += 1;
      }
    }
  });
  return groups;
}

const f1Of = (row: Tally, pCount: number): number => {
  const p = row.p / pCount;
  const r = row.r / row.n;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};
const pad = (text: string, width: number): string => text.padEnd(width);
const ratio = (ok: number, total: number): string => (total === 0 ? '-' : (ok / total).toFixed(3));

console.log(
  `Node ${process.version}; ${sharedHeap ? 'all extractors in one heap' : 'each extractor in its own worker (V8 isolate)'}; per page, the fastest of ${rounds} interleaved runs (jsdom: ${Math.min(rounds, 2)})`,
);
for (const name of corpusNames) {
  const load = CORPORA[name];
  if (!load) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(', ')}`);
  const loaded = load();
  if (!loaded) {
    console.log(`\n${name}: not found, skipped`);
    continue;
  }
  const corpus = sample > 1 ? { ...loaded, pages: loaded.pages.filter((_, index) => index % sample === 0) } : loaded;
  const { outputs, seconds, ran } = await runCorpus(corpus);
  const tallies = extractors.map((_, e) => (ran[e] ? tally(corpus, outputs[e]!) : new Map<string, Tally>()));
  // Precision denominators: score-body.py leaves empty predictions out.
  const pCounts = extractors.map((_, e) => {
    if (corpus.scoring === 'score-extraction') return null;
    return outputs[e]!.filter((o) => o.body.trim() !== '').length;
  });
  const types = [...tallies[0]!.keys()].filter((k) => k !== 'all').sort((a, b) => (a === 'article' ? -1 : b === 'article' ? 1 : a.localeCompare(b)));
  console.log(`\n${corpus.name}: ${corpus.pages.length} pages${sample > 1 ? ` (every ${sample}th of ${loaded.pages.length})` : ''}`);
  console.log(
    `${pad('extractor', 28)} ${pad('body F1', 8)} ${types.map((t) => pad(t.slice(0, 9), 9)).join(' ')}${types.length > 0 ? ' ' : ''}${pad('titles', 7)} ${pad('dates', 7)} ${pad('authors', 7)} ${pad('empty', 6)} pages/s`,
  );
  extractors.forEach((extractor, e) => {
    if (!ran[e]) {
      console.log(`${pad(extractor.name, 28)} - (not run on this corpus; --jsdom all)`);
      return;
    }
    const all = tallies[e]!.get('all')!;
    const typeCells = types.map((t) => {
      const row = tallies[e]!.get(t)!;
      return pad(f1Of(row, row.n).toFixed(3), 9);
    });
    const f1 = f1Of(all, pCounts[e] ?? all.n);
    console.log(
      `${pad(extractor.name, 28)} ${pad(f1.toFixed(3), 8)} ${typeCells.join(' ')}${types.length > 0 ? ' ' : ''}${pad(ratio(all.titles, all.titleGold), 7)} ${pad(ratio(all.dates, all.dateGold), 7)} ${pad(ratio(all.authors, all.authorGold), 7)} ${pad(String(all.empty), 6)} ${(corpus.pages.length / seconds[e]!).toFixed(1)}`,
    );
  });
  if (extractors.length > 1) {
    const rate = (e: number): number => corpus.pages.length / seconds[e]!;
    const label: Record<string, string> = { jsdom: 'readability/jsdom', linkedom: 'readability/linkedom', defuddle: 'defuddle/linkedom' };
    const cells = extractors.slice(1).map((extractor, i) => `${ran[i + 1] ? `${(rate(0) / rate(i + 1)).toFixed(1)}×` : '-'} ${label[extractor.key]}`);
    console.log(`throughput: ${cells.join(', ')}`);
  }
  if (worst > 0 && corpus.name !== 'wcxb-held-back') {
    const ranked = corpus.pages
      .map((page, index) => {
        const s = scoreDocument(page.body, outputs[0]![index]!.body);
        const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
        const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
        return { page, p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
      })
      .sort((a, b) => a.f - b.f)
      .slice(0, worst);
    console.log(`our ${worst} worst pages:`);
    for (const row of ranked)
      console.log(`${row.f.toFixed(3)} P=${row.p.toFixed(3)} R=${row.r.toFixed(3)} ${row.page.id.slice(0, 12)} ${row.page.pageType ?? ''} ${row.page.url}`);
  }
  if (writeDir) {
    mkdirSync(writeDir, { recursive: true });
    // Ours as <corpus>.jsonl; each anchor that ran beside it as <corpus>.<key>.jsonl.
    extractors.forEach((extractor, e) => {
      if (!ran[e]) return;
      const lines = corpus.pages.map((page, index) =>
        JSON.stringify({
          id: page.id,
          articleBody: outputs[e]![index]!.body,
          title: outputs[e]![index]!.title,
          publishedAt: outputs[e]![index]!.date,
          author: outputs[e]![index]!.author,
        }),
      );
      writeFileSync(`${writeDir}/${corpus.name}${e === 0 ? '' : `.${extractor.key}`}.jsonl`, `${lines.join('\n')}\n`);
    });
  }
}
