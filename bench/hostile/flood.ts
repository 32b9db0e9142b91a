/**
 * Flood benchmark (issue 10, row 4): one source's feed lists `--items` links (default 100,000) to
 * slow pages (400 ms); a victim source publishes one story. Prints the flood poll's time, the jobs
 * it enqueued and the process's memory before/after, then how long the victim's story takes to be
 * stored beside the flood's backlog (one worker process, concurrency 4). Real Redis (REDIS_URL,
 * fresh prefix, cleaned after), real loopback sites.
 *
 *   pnpm bench:hostile [--items 100000] [--polls 3]
 */
import { parseArgs } from 'node:util';
import { articleId } from '@feedwright/core/ids.ts';
import { startDiscoveryRig, testConfig } from '../../test/support/discovery-rig.ts';
import { articleHtml, rssFeed, startTinySite } from '../../test/support/tiny-site.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '100000' }, polls: { type: 'string', default: '3' } } });
const ITEMS = Number(values.items);
const POLLS = Number(values.polls);
const say = (line: string) => process.stdout.write(`${line}\n`);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

const flood = await startTinySite();
const victim = await startTinySite();
const links = Array.from({ length: ITEMS }, (_, i) => `${flood.origin}/p/${i}`);
const floodFeed = { type: 'application/rss+xml', body: rssFeed(links) };
const slowPage = (i: number) => (response: import('node:http').ServerResponse) =>
  setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(`Flood ${i}`, 'Flood text.')), 400);
// Pages are made on demand (a map of 100,000 closures would weigh on the memory figure).
flood.pages.get = ((path: string) =>
  path === '/feed.xml' ? floodFeed : path.startsWith('/p/') ? slowPage(Number(path.slice(3))) : undefined) as typeof flood.pages.get;
const story = victim.set('/news/1', { type: 'text/html', body: articleHtml('Victim story', 'The victim text.') });
victim.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed([story]) });

const rig = await startDiscoveryRig(
  testConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], timeout: '10s', maxBytes: 64 * 1024 * 1024, perHost: { concurrency: 4, perMinute: 600_000 } },
    sources: [
      { id: 'flood', name: 'Flood', site: flood.origin, discover: [{ feed: `${flood.origin}/feed.xml` }], interval: { min: '1h', max: '2h' }, recheck: [] },
      { id: 'victim', name: 'Victim', site: victim.origin, discover: [{ feed: `${victim.origin}/feed.xml` }], interval: { min: '1h', max: '2h' }, recheck: [] },
    ],
  }),
  { workers: 1, workerConcurrency: 4, label: 'bflood' },
);
try {
  say(`flood feed: ${ITEMS} items, ${mib(Buffer.byteLength(floodFeed.body))}`);
  for (let poll = 1; poll <= POLLS; poll++) {
    global.gc?.();
    const before = process.memoryUsage();
    const started = performance.now();
    await rig.poller.pollNow('flood');
    const after = process.memoryUsage();
    const jobs = (await rig.fetchQueue.getJobCounts('prioritized', 'waiting', 'active', 'completed', 'delayed')) as Record<string, number>;
    say(
      `flood poll ${poll}: ${Math.round(performance.now() - started)} ms, fetch jobs now ${Object.values(jobs).reduce((a, b) => a + b, 0)}, rss ${mib(before.rss)} → ${mib(after.rss)}, heap ${mib(before.heapUsed)} → ${mib(after.heapUsed)}`,
    );
  }
  const started = performance.now();
  await rig.poller.pollNow('victim');
  while ((await rig.store.articles.get(articleId(story))) === null) {
    if (performance.now() - started > 120_000) throw new Error('victim story not stored within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const stored = (await rig.store.articles.get(articleId(story)))!;
  say(
    `victim story stored ${Math.round(performance.now() - started)} ms after its poll (sourceId ${stored.sourceId}, title "${stored.title}"), flood jobs waiting: ${await rig.fetchQueue.getPrioritizedCount()}`,
  );
} finally {
  await rig.close();
  await flood.close();
  await victim.close();
}
