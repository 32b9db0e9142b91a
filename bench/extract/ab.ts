/**
 * Two versions of the extractor timed against each other in one process, for speed work on a shared machine.
 *
 *   pnpm tsx bench/extract/ab.ts --base <git rev> [--rounds 6] [--corpus zyte-dev] [--between jsdom|none]
 *
 * The base is the extractor at a git revision (exported with `git archive` and bundled the way `pnpm build` bundles the
 * image's code); the other is the working tree, bundled the same way. Every page is run by both, back to back, the order
 * swapped each round, and each (version, page) keeps its fastest time. A burst of load elsewhere hits both alike, so the
 * ratio stays readable where two separate runs of `pnpm bench:extract` differ by 20%. With `--between jsdom` (the
 * default) Readability on jsdom runs on the page before each pair, untimed, as in `bench:extract --only ours,jsdom`: its
 * garbage and its footprint in the caches are what our extractor meets there.
 *
 * Prints pages/s of each and the ratio; outputs are compared too, so a speed change that changes an output is reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { productionBuildOptions } from '../../infra/esbuild-options.ts';
import type { extractArticle as ExtractArticle } from '../../packages/extract/src/extract-article.ts';
import { CORPORA } from './corpora.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const base = option('--base');
if (!base) throw new Error('usage: ab.ts --base <git rev> [--rounds N] [--corpus NAME] [--between jsdom|none]');
const rounds = Number(option('--rounds') ?? 6);
const between = option('--between') ?? 'jsdom';
const corpus = CORPORA[option('--corpus') ?? 'zyte-dev']?.();
if (!corpus) throw new Error('corpus not found');

const repo = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'feedwright-ab-'));

/** extractArticle bundled from a source tree. */
async function bundle(root: string, name: string): Promise<typeof ExtractArticle> {
  const outfile = join(work, `${name}.mjs`);
  await build({
    ...productionBuildOptions,
    entryPoints: [join(root, 'packages/extract/src/extract-article.ts')],
    outfile,
    nodePaths: [join(repo, 'node_modules')],
  });
  return ((await import(pathToFileURL(outfile).href)) as { extractArticle: typeof ExtractArticle }).extractArticle;
}

let versions: { name: string; extract: typeof ExtractArticle }[];
try {
  const baseTree = join(work, 'base');
  execFileSync('sh', ['-c', `mkdir -p ${baseTree} && git -C ${repo} archive ${base} packages/extract infra | tar -x -C ${baseTree}`]);
  // The base tree has no node_modules of its own: packages/extract's dependencies resolve from the working tree's.
  execFileSync('ln', ['-s', join(repo, 'packages/extract/node_modules'), join(baseTree, 'packages/extract/node_modules')]);
  versions = [
    { name: `base ${base}`, extract: await bundle(baseTree, 'base') },
    { name: 'working tree', extract: await bundle(repo, 'work') },
  ];
} finally {
  rmSync(work, { recursive: true, force: true });
}

const virtualConsole = new VirtualConsole();
const html = corpus.pages.map((page) => new TextDecoder().decode(page.bytes));
const fastest = versions.map(() => new Float64Array(corpus.pages.length).fill(Number.POSITIVE_INFINITY));
const outputs = versions.map(() => [] as string[]);
const run = (v: number, index: number): void => {
  const page = corpus.pages[index]!;
  const start = process.hrtime.bigint();
  let text = '';
  try {
    const article = versions[v]!.extract(page.bytes, { url: page.url, fetchedAt: page.fetchedAt });
    text = `${article.title}\n${article.publishedAt}\n${article.contentText}`;
  } catch (error) {
    text = String(error);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (seconds < fastest[v]![index]!) fastest[v]![index] = seconds;
  outputs[v]![index] = text;
};
for (let index = 0; index < 5; index += 1) for (let v = 0; v < versions.length; v += 1) run(v, index);
for (let round = 0; round < rounds; round += 1)
  for (let index = 0; index < corpus.pages.length; index += 1) {
    if (between === 'jsdom') {
      const dom = new JSDOM(html[index]!, { url: corpus.pages[index]!.url, virtualConsole });
      new Readability(dom.window.document as never).parse();
      dom.window.close();
    }
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const v of order) run(v, index);
  }

const rate = (v: number): number => corpus.pages.length / fastest[v]!.reduce((a, b) => a + b, 0);
console.log(
  `${corpus.name}: ${corpus.pages.length} pages, ${rounds} rounds, ${between === 'jsdom' ? 'Readability/jsdom before each pair' : 'nothing between pairs'}, Node ${process.version}`,
);
versions.forEach((version, v) => console.log(`${version.name.padEnd(24)} ${rate(v).toFixed(1)} pages/s`));
console.log(`working tree / base: ${(rate(1) / rate(0)).toFixed(3)}×`);
const changed = outputs[0]!.filter((text, index) => text !== outputs[1]![index]).length;
console.log(changed === 0 ? 'outputs identical' : `outputs differ on ${changed} pages`);
