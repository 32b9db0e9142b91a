/**
 * The extractors `pnpm bench:extract` runs: Feedwright's (from the TypeScript sources, or from a bundle built
 * with the production build's options) and the anchors, @mozilla/readability on jsdom 26 and on linkedom and
 * Defuddle on linkedom. Each turns one page into the fields the scorers read. Loaded inside the timing
 * workers (timing-worker.ts), one V8 isolate per extractor unless --shared-heap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import DefuddleModule from 'defuddle';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle as extractFromSources } from '../../packages/extract/src/extract-article.ts';
import { productionBuildOptions } from '../../infra/esbuild-options.ts';
import type { Page } from './corpora.ts';

export type Output = { body: string; title: string | null; date: string | null; author: string | null };
export type Decoded = Page & { html: string };
export type Extractor = {
  key: ExtractorKey;
  /** Runs on one page; this is the timed part. */
  extract: (page: Decoded) => Output;
  /** Untimed conversion of what extract returned into the scored fields (Defuddle returns HTML). */
  finish: (output: Output) => Output;
  /** Whether extract reads page.html (the anchors) rather than the raw bytes (ours). */
  readsHtml: boolean;
};
export type ExtractorKey = 'ours' | 'jsdom' | 'linkedom' | 'defuddle';

export const EXTRACTOR_KEYS: readonly ExtractorKey[] = ['ours', 'jsdom', 'linkedom', 'defuddle'];
export const EXTRACTOR_NAMES: Record<ExtractorKey, string> = {
  ours: 'feedwright',
  jsdom: 'readability 0.6 / jsdom 26',
  linkedom: 'readability 0.6 / linkedom',
  defuddle: 'defuddle 0.19 / linkedom',
};
export const EMPTY_OUTPUT: Output = { body: '', title: null, date: null, author: null };

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

/** Text of an HTML fragment with block boundaries kept as spaces (Defuddle returns HTML). */
function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/</g, ' <')}</body></html>`);
  return document.body?.textContent ?? '';
}

const same = (output: Output): Output => output;

export async function makeExtractor(key: ExtractorKey, options: { built: boolean }): Promise<Extractor> {
  switch (key) {
    case 'ours': {
      const extractArticle = options.built ? await builtExtractor() : extractFromSources;
      return {
        key,
        readsHtml: false,
        finish: same,
        // Ours gets the raw bytes: charset decoding is part of what we bill ourselves for.
        extract: (page) => {
          try {
            const article = extractArticle(page.bytes, { url: page.url, fetchedAt: page.fetchedAt });
            return { body: article.contentText, title: article.title, date: article.publishedAt, author: article.byline };
          } catch {
            return EMPTY_OUTPUT;
          }
        },
      };
    }
    case 'jsdom': {
      const virtualConsole = new VirtualConsole();
      return {
        key,
        readsHtml: true,
        finish: same,
        extract: (page) => {
          const dom = new JSDOM(page.html, { url: page.url, virtualConsole });
          const result = new Readability(dom.window.document as never).parse();
          dom.window.close();
          return { body: result?.textContent ?? '', title: result?.title ?? null, date: result?.publishedTime ?? null, author: result?.byline ?? null };
        },
      };
    }
    case 'linkedom':
      return {
        key,
        readsHtml: true,
        finish: same,
        extract: (page) => {
          const { document } = parseHTML(page.html);
          const result = new Readability(document as never).parse();
          return { body: result?.textContent ?? '', title: result?.title ?? null, date: result?.publishedTime ?? null, author: result?.byline ?? null };
        },
      };
    case 'defuddle':
      return {
        key,
        readsHtml: true,
        // The text conversion is ours, not Defuddle's: kept out of its time.
        finish: (output) => ({ ...output, body: fragmentText(output.body) }),
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
          return { body: result.content ?? '', title: result.title || null, date: result.published || null, author: result.author || null };
        },
      };
  }
}
