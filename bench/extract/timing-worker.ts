/**
 * A timing worker of `pnpm bench:extract` (run.ts): hosts one or more extractors in its own V8 isolate, loads
 * the corpus itself, and on each request runs its extractors on one page and answers with their times
 * (and, when asked, their outputs). With one extractor per worker, the garbage an extractor leaves behind is
 * collected in its own heap, on its own time: jsdom's tens of megabytes of survivors a page are no longer
 * copied by a scavenge that happens to land in the next extractor's page.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeHtml } from '../../packages/extract/src/charset.ts';
import { CORPORA } from './corpora.ts';
import type { Decoded, ExtractorKey, Output } from './extractors.ts';
import { EMPTY_OUTPUT, makeExtractor } from './extractors.ts';

export type WorkerSetup = { keys: ExtractorKey[]; corpus: string; sample: number; built: boolean; warmUp: boolean };
export type WorkerRequest = { index: number; keys: ExtractorKey[]; keepOutput: boolean };
export type WorkerReply = { index: number; results: { key: ExtractorKey; seconds: number; output: Output | null }[] };

const setup = workerData as WorkerSetup;
const extractors = await Promise.all(setup.keys.map((key) => makeExtractor(key, { built: setup.built })));
const loaded = CORPORA[setup.corpus]!()!;
const pages = setup.sample > 1 ? loaded.pages.filter((_, index) => index % setup.sample === 0) : loaded.pages;
const needsHtml = extractors.some((extractor) => extractor.readsHtml);
const decoded: Decoded[] = pages.map((page) => ({ ...page, html: needsHtml ? decodeHtml(page.bytes).html : '' }));

if (setup.warmUp)
  for (const extractor of extractors)
    for (const page of decoded.slice(0, 5)) {
      try {
        extractor.extract(page);
      } catch {
        /* warm-up */
      }
    }

parentPort!.on('message', (request: WorkerRequest) => {
  const page = decoded[request.index]!;
  const results = request.keys.map((key) => {
    const extractor = extractors.find((candidate) => candidate.key === key)!;
    let output = EMPTY_OUTPUT;
    const start = process.hrtime.bigint();
    try {
      output = extractor.extract(page);
    } catch {
      // A crash is an empty page.
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { key, seconds, output: request.keepOutput ? extractor.finish(output) : null };
  });
  parentPort!.postMessage({ index: request.index, results } satisfies WorkerReply);
});
parentPort!.postMessage('ready');
