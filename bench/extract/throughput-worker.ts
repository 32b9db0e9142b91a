/**
 * The extractors `pnpm bench:throughput` (throughput.ts) times, bundled with the production build's options before it runs, so our
 * extractor is the code the image ships (jsdom and Readability stay external). Imported in the main thread, the module only
 * exports `timedRunner`; started as a worker thread, it runs the extractor named in its `workerData` on each page index it is
 * sent and answers with the Timing.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../packages/extract/src/extract-article.ts';

export type WorkerPage = { url: string; bytes: Uint8Array; html: string; fetchedAt: string };
export type ExtractorName = 'ours' | 'jsdom';
export type WorkerData = { extractor: ExtractorName; pages: WorkerPage[] };
/** One extraction: seconds on the wall clock and on the thread's CPU (null where the runtime cannot tell), and the body's length. */
export type Timing = { seconds: number; cpuSeconds: number | null; length: number };

const virtualConsole = new VirtualConsole();
const threadCpu = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.bind(process);
const cpuNow = (): number | null => {
  if (!threadCpu) return null;
  const used = threadCpu();
  return (used.user + used.system) / 1e6;
};

const extractors: Record<ExtractorName, (page: WorkerPage) => number> = {
  ours: (page) => extractArticle(page.bytes, { url: page.url, fetchedAt: new Date(page.fetchedAt) }).contentText.length,
  jsdom: (page) => {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole });
    const result = new Readability(dom.window.document as never).parse();
    dom.window.close();
    return result?.textContent?.length ?? 0;
  },
};

/** A function that extracts one page with the named extractor and tells how long it took. */
export function timedRunner(extractor: ExtractorName): (page: WorkerPage) => Timing {
  const extract = extractors[extractor];
  return (page) => {
    const cpuStart = cpuNow();
    const start = process.hrtime.bigint();
    let length = 0;
    try {
      length = extract(page);
    } catch {
      // A crash counts as an empty page, as in run.ts.
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpuEnd = cpuNow();
    return { seconds, cpuSeconds: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart, length };
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { extractor, pages } = workerData as WorkerData;
  const run = timedRunner(extractor);
  port.on('message', (index: number) => port.postMessage(run(pages[index]!)));
  port.postMessage('ready');
}
