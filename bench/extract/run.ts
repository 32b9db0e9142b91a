/**
 * `pnpm bench:extract`: body F1, exact titles, publication days, authors, empty pages and throughput per
 * corpus (zyte-dev, the wcxb-dev dev half by page type, the wcxb-dev held-back half, seed, zh),
 * for Feedwright's extractor and, in the same run, @mozilla/readability on jsdom 26 and on
 * linkedom and Defuddle on linkedom. Single process, one core. Corpora outside the repository
 * (../shared/corpus) are skipped when absent.
 *
 * Body F1 is the article-extraction-benchmark metric (body-score.ts, the port of score-body.py);
 * on zyte-dev it is averaged the way score-body.py does (the published figures), elsewhere the
 * way score-extraction.py does (an empty body counts as precision 0 and recall 0). Titles are
 * exact after whitespace normalisation; dates compare the day (first 10 characters) where the
 * gold has one. Both follow score-extraction.py. Authors (wcxb, where the gold names one) compare the
 * set of names, case folded, with credentials left out (authorNames below). Snippets (wcxb, whose golds list texts the body
 * holds and texts it leaves out) is the F1 of trafilatura's snippet metric, the one the issue's broad 990-page set is scored
 * with: counts pooled over the corpus, texts compared with whitespace, quotes and dashes folded (body-score.ts, scoreSnippets).
 *
 * Options: --only ours (skip the baselines; or a list such as ours,jsdom: jsdom, linkedom and
 * defuddle name the anchors), --corpus NAME[,NAME] (zyte-dev, wcxb-dev,
 * wcxb-held-back, seed, zh; default all), --rounds N (default 5; each page's fastest run counts;
 * jsdom runs at most 2, and on a corpus where it runs every extractor runs as many rounds as it does), --jsdom all (also run Readability on jsdom over the wcxb halves: ~0.3 s a
 * page on a quiet core, so it is off there by default and its cells print '-'), --write DIR (our predictions per corpus as JSON lines, <corpus>.jsonl; each anchor that ran, <corpus>.<key>.jsonl), --worst N (list
 * our N worst pages; never for the held-back half), --sample N (every Nth page of each corpus, by
 * sorted id, starting with the first: a deterministic subset for quick iteration; figures on a
 * sample are not the corpus figures), --built (run our extractor from a bundle made with the production
 * build's esbuild options, infra/esbuild-options.ts, as the image runs it; default: the TypeScript
 * sources through tsx, whose per-file esbuild transform keeps names).
 *
 * Throughput is pages/s on each page's fastest wall-clock run; on Node ≥ 23.9 the ratios are printed a second time on the
 * main thread's CPU time of each extractor's least round (`throughput on thread CPU time`), which a loaded machine disturbs less.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import DefuddleModule from 'defuddle';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { scoreDocument, scoreSnippets } from '../../packages/extract/src/body-score.ts';
import { decodeHtml } from '../../packages/extract/src/charset.ts';
import { extractArticle as extractFromSources } from '../../packages/extract/src/extract-article.ts';
import { productionBuildOptions } from '../../infra/esbuild-options.ts';
import type { Corpus, Page } from './corpora.ts';
import { CORPORA } from './corpora.ts';

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
const extractArticle = args.includes('--built') ? await builtExtractor() : extractFromSources;

/** extractArticle from a bundle built the way `pnpm build` builds the image's code. */
async function builtExtractor(): Promise<typeof extractFromSources> {
  const dir = mkdtempSync(join(tmpdir(), 'feedwright-bench-'));
  try {
    const outfile = join(dir, 'extract.mjs');
    await build({ ...productionBuildOptions, entryPoints: [new URL('../../packages/extract/src/extract-article.ts', import.meta.url).pathname], outfile });
    const module = (await import(pathToFileURL(outfile).href)) as { extractArticle: typeof extractFromSources };
    return module.extractArticle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// defuddle's typings describe a CommonJS default export; at run time the default is the class.
type DefuddleClass = new (
  document: unknown,
  options: { url: string },
) => { parse(): { content?: string; title?: string; published?: string; author?: string } };
const Defuddle = ((DefuddleModule as unknown as { default?: DefuddleClass }).default ?? DefuddleModule) as unknown as DefuddleClass;

type Output = { body: string; title: string | null; date: string | null; author: string | null };
type Decoded = Page & { html: string };
type Extractor = { key: string; name: string; rounds: number; extract: (page: Decoded) => Output };

/** Text of an HTML fragment with block boundaries kept as spaces (Defuddle returns HTML). */
function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/</g, ' <')}</body></html>`);
  return document.body?.textContent ?? '';
}

const virtualConsole = new VirtualConsole();
const extractors: Extractor[] = [
  {
    key: 'ours',
    name: args.includes('--built') ? 'feedwright (built)' : 'feedwright',
    rounds,
    // Ours gets the raw bytes: charset decoding is part of what we bill ourselves for.
    extract: (page) => {
      try {
        const article = extractArticle(page.bytes, { url: page.url, fetchedAt: page.fetchedAt });
        return { body: article.contentText, title: article.title, date: article.publishedAt, author: article.byline };
      } catch {
        return { body: '', title: null, date: null, author: null };
      }
    },
  },
];
{
  const anchors: Extractor[] = [
    {
      key: 'jsdom',
      name: 'readability 0.6 / jsdom 26',
      // jsdom is ~50× slower; two rounds are enough to take the noise out of that gap.
      rounds: Math.min(rounds, 2),
      extract: (page) => {
        const dom = new JSDOM(page.html, { url: page.url, virtualConsole });
        const result = new Readability(dom.window.document as never).parse();
        dom.window.close();
        return { body: result?.textContent ?? '', title: result?.title ?? null, date: result?.publishedTime ?? null, author: result?.byline ?? null };
      },
    },
    {
      key: 'linkedom',
      name: 'readability 0.6 / linkedom',
      rounds,
      extract: (page) => {
        const { document } = parseHTML(page.html);
        const result = new Readability(document as never).parse();
        return { body: result?.textContent ?? '', title: result?.title ?? null, date: result?.publishedTime ?? null, author: result?.byline ?? null };
      },
    },
    {
      key: 'defuddle',
      name: 'defuddle 0.19 / linkedom',
      rounds,
      extract: (page) => {
        const { document } = parseHTML(page.html);
        // Defuddle logs every bad JSON-LD block and selector it meets; the bench prints figures only.
        const { error, warn, log } = console;
        console.error = console.warn = console.log = () => {};
        let result;
        try {
          result = new Defuddle(document, { url: page.url }).parse();
        } finally {
          Object.assign(console, { error, warn, log });
        }
        // The text conversion is ours, not Defuddle's: kept out of its time below.
        return { body: result.content ?? '', title: result.title || null, date: result.published || null, author: result.author || null };
      },
    },
  ];
  extractors.push(...anchors.filter((anchor) => !only || only.includes(anchor.key)));
}
const postProcess = (e: number, output: Output): Output =>
  extractors[e]!.name.startsWith('defuddle') ? { ...output, body: fragmentText(output.body) } : output;

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
  /** The snippet metric's counts, pooled over the group's pages (body-score.ts, scoreSnippets). */
  snippetTp: number;
  snippetFn: number;
  snippetFp: number;
  empty: number;
};
const emptyTally = (): Tally => ({
  p: 0,
  r: 0,
  n: 0,
  titles: 0,
  titleGold: 0,
  dates: 0,
  dateGold: 0,
  authors: 0,
  authorGold: 0,
  snippetTp: 0,
  snippetFn: 0,
  snippetFp: 0,
  empty: 0,
});

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

/**
 * The CPU time the calling thread has used, in seconds (`process.threadCpuUsage`, Node ≥ 23.9), or null where the runtime
 * lacks it. Unlike the wall clock it leaves out time the thread waited for a core, so on a shared machine it shows what a
 * page cost without the other processes' share; it still counts what they did to the caches.
 */
const threadCpu = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.bind(process);
function threadSeconds(): number {
  const used = threadCpu!();
  return (used.user + used.system) / 1e6;
}

/** Runs every extractor over a corpus, interleaved, and returns outputs and fastest times (wall clock, and the thread's CPU time where the runtime tells it). */
function runCorpus(corpus: Corpus): { outputs: Output[][]; seconds: number[]; cpuSeconds: number[] | null; ran: boolean[] } {
  const decoded: Decoded[] = corpus.pages.map((page) => ({ ...page, html: decodeHtml(page.bytes).html }));
  const skipJsdom = !jsdomEverywhere && corpus.name.startsWith('wcxb');
  const skipped = (e: number): boolean => skipJsdom && extractors[e]!.name.includes('jsdom');
  // Every extractor that runs on a corpus runs the same rounds: the fewest any of them takes (2 where jsdom runs). In a round
  // without jsdom between its pages, our extractor runs about twice as fast as beside it (its garbage is gone), so counting
  // rounds only one side ran would compare two regimes: session 16 read 42–46× that way against 23–25× on shared rounds.
  const shared = Math.min(...extractors.map((extractor, e) => (skipped(e) ? Number.POSITIVE_INFINITY : extractor.rounds)));
  const runs = (e: number): number => (skipped(e) ? 0 : shared);
  for (const extractor of extractors)
    for (const page of decoded.slice(0, 5)) {
      try {
        if (!(skipJsdom && extractor.name.includes('jsdom'))) extractor.extract(page);
      } catch {
        /* warm-up */
      }
    }
  const fastest = extractors.map(() => new Float64Array(decoded.length).fill(Number.POSITIVE_INFINITY));
  // CPU time is summed per round and the least round kept, not taken per page: the kernel charges it in ticks of up to 4 ms, about
  // one of our pages, and the least of a page's few readings is biased low for short pages (bench/extract/throughput.ts).
  const leastCpuRound = extractors.map(() => Number.POSITIVE_INFINITY);
  const outputs = extractors.map(() => [] as Output[]);
  // Machines are shared and noisy. Every page is run by every extractor back to back, over several
  // rounds, and each (extractor, page) keeps its fastest time: a burst of load elsewhere hits all
  // extractors alike and is then discarded, so it cannot decide the ratio.
  for (let round = 0; round < rounds; round += 1) {
    const cpuRound = extractors.map(() => 0);
    decoded.forEach((page, index) => {
      extractors.forEach((extractor, e) => {
        if (round >= runs(e)) return;
        let output: Output = { body: '', title: null, date: null, author: null };
        const cpuStart = threadCpu ? threadSeconds() : 0;
        const start = process.hrtime.bigint();
        try {
          output = extractor.extract(page);
        } catch {
          // A crash is an empty page.
        }
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const cpuSeconds = threadCpu ? threadSeconds() - cpuStart : 0;
        if (seconds < fastest[e]![index]!) fastest[e]![index] = seconds;
        cpuRound[e]! += cpuSeconds;
        if (round === 0) outputs[e]![index] = postProcess(e, output);
      });
    });
    extractors.forEach((_, e) => {
      if (round < runs(e)) leastCpuRound[e] = Math.min(leastCpuRound[e]!, cpuRound[e]!);
    });
  }
  const total = (times: Float64Array): number => times.reduce((a, b) => a + b, 0);
  return { outputs, seconds: fastest.map(total), cpuSeconds: threadCpu ? leastCpuRound : null, ran: extractors.map((_, e) => runs(e) > 0) };
}

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
    const snippets = page.snippets ? scoreSnippets(page.snippets.with, page.snippets.without, output.body) : null;
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
      if (snippets) {
        row.snippetTp += snippets.tp;
        row.snippetFn += snippets.fn;
        row.snippetFp += snippets.fp;
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
/** The snippet metric's F1 from a group's pooled counts, '-' where its pages carry no snippets. */
const snippetF1 = (row: Tally): string => {
  if (row.snippetTp + row.snippetFn + row.snippetFp === 0) return '-';
  const p = row.snippetTp + row.snippetFp > 0 ? row.snippetTp / (row.snippetTp + row.snippetFp) : 0;
  const r = row.snippetTp + row.snippetFn > 0 ? row.snippetTp / (row.snippetTp + row.snippetFn) : 0;
  return (p + r > 0 ? (2 * p * r) / (p + r) : 0).toFixed(3);
};
const pad = (text: string, width: number): string => text.padEnd(width);
const ratio = (ok: number, total: number): string => (total === 0 ? '-' : (ok / total).toFixed(3));

console.log(
  `Node ${process.version}, one process; per page, the fastest of ${rounds} interleaved runs (${Math.min(rounds, 2)} on a corpus where Readability/jsdom runs: every extractor runs the same rounds)`,
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
  const { outputs, seconds, cpuSeconds, ran } = runCorpus(corpus);
  const tallies = extractors.map((_, e) => (ran[e] ? tally(corpus, outputs[e]!) : new Map<string, Tally>()));
  // Precision denominators: score-body.py leaves empty predictions out.
  const pCounts = extractors.map((_, e) => {
    if (corpus.scoring === 'score-extraction') return null;
    return outputs[e]!.filter((o) => o.body.trim() !== '').length;
  });
  const types = [...tallies[0]!.keys()].filter((k) => k !== 'all').sort((a, b) => (a === 'article' ? -1 : b === 'article' ? 1 : a.localeCompare(b)));
  console.log(`\n${corpus.name}: ${corpus.pages.length} pages${sample > 1 ? ` (every ${sample}th of ${loaded.pages.length})` : ''}`);
  console.log(
    `${pad('extractor', 28)} ${pad('body F1', 8)} ${types.map((t) => pad(t.slice(0, 9), 9)).join(' ')}${types.length > 0 ? ' ' : ''}${pad('titles', 7)} ${pad('dates', 7)} ${pad('authors', 7)} ${pad('snippets', 8)} ${pad('empty', 6)} pages/s`,
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
      `${pad(extractor.name, 28)} ${pad(f1.toFixed(3), 8)} ${typeCells.join(' ')}${types.length > 0 ? ' ' : ''}${pad(ratio(all.titles, all.titleGold), 7)} ${pad(ratio(all.dates, all.dateGold), 7)} ${pad(ratio(all.authors, all.authorGold), 7)} ${pad(snippetF1(all), 8)} ${pad(String(all.empty), 6)} ${(corpus.pages.length / seconds[e]!).toFixed(1)}`,
    );
  });
  if (extractors.length > 1) {
    const rate = (e: number): number => corpus.pages.length / seconds[e]!;
    const label: Record<string, string> = { jsdom: 'readability/jsdom', linkedom: 'readability/linkedom', defuddle: 'defuddle/linkedom' };
    const cells = extractors.slice(1).map((extractor, i) => `${ran[i + 1] ? `${(rate(0) / rate(i + 1)).toFixed(1)}×` : '-'} ${label[extractor.key]}`);
    console.log(`throughput: ${cells.join(', ')}`);
    // The same ratio on the least round's thread CPU time: steadier than the wall clock on a loaded machine (Node ≥ 23.9).
    if (cpuSeconds) {
      const cpu = extractors
        .slice(1)
        .map((extractor, i) => `${ran[i + 1] ? `${(cpuSeconds[i + 1]! / cpuSeconds[0]!).toFixed(1)}×` : '-'} ${label[extractor.key]}`);
      console.log(`throughput on thread CPU time: ${cpu.join(', ')}`);
    }
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
