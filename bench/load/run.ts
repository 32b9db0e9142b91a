/**
 * Load run (issue 6): whole-pipeline throughput — stories per second from discovery to visible in
 * the feed — with 1 and 2 worker processes, next to bare extraction throughput on the same pages
 * in the same run (the ceiling); then resident memory of each service process after 5,000 and
 * 10,000 stories (no growth expected between the two).
 *
 *   pnpm bench:load [--stories 1000] [--memory-stories 10000]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPrivateRedis } from '@feedwright/cli/private-redis.ts';
// Relative import: the benchmark measures the package in-process without making it a root dependency.
import { extractArticle } from '../../packages/extract/src/extract-article.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { storeKeys } from '@feedwright/store/store-keys.ts';
import { Redis } from 'ioredis';
import { freePort } from '../../test/support/free-port.ts';
import { superviseService, type SupervisedService } from '../support/service-process.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '1000' }, 'memory-stories': { type: 'string', default: '10000' } } });
const STORIES = Number(values.stories);
const MEMORY_STORIES = Number(values['memory-stories']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (line: string) => process.stdout.write(`${line}\n`);

const redisServer = await startPrivateRedis();
const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });

type Pipeline = { services: SupervisedService[]; base: string; prefix: string; stop: () => Promise<void> };

async function startPipeline(newsroom: Newsroom, prefix: string, workers: number): Promise<Pipeline> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'feedwright-load-'));
  const configPath = join(dir, 'feedwright.yaml');
  writeFileSync(
    configPath,
    `
http:
  allowPrivateNetworks: ["127.0.0.0/8"]
  perHost: { concurrency: 64, perMinute: 10000000 }
sources:
  - id: newsroom
    name: Load newsroom
    language: zh-Hans
    interval: { min: 1s, max: 2s }
    discover:
      - feed: ${newsroom.feedUrl}
    recheck: []
feeds:
  - id: all
    title: All stories
    sources: [newsroom]
    limit: 50
`,
  );
  const env = {
    REDIS_URL: redisServer.url,
    FEEDWRIGHT_PREFIX: prefix,
    PORT: String(port),
    HOST: '127.0.0.1',
    FEEDWRIGHT_PUBLIC_URL: base,
    FEEDWRIGHT_CONFIG: configPath,
    LOG_LEVEL: 'warn',
  };
  const services = [
    superviseService('publisher', 'publisher', env),
    superviseService('poller', 'poller', env),
    ...Array.from({ length: workers }, (_, i) => superviseService(`worker-${i + 1}`, 'worker', env)),
  ];
  for (
    let i = 0;
    i < 200 &&
    !(await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await sleep(100);
  return { services, base, prefix, stop: async () => void (await Promise.all(services.map((s) => s.stop()))) };
}

const stored = (prefix: string) => redis.zcard(storeKeys(prefix).sourceArticles('newsroom'));
async function waitStored(prefix: string, count: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await stored(prefix)) >= count) return true;
    await sleep(50);
  }
  return false;
}

// 1. Whole pipeline with 1 and 2 workers: publish a batch at once, time until all are in the feed's index.
const throughput: Record<number, number> = {};
const newsroom = await startNewsroom();
let total = 0;
for (const workers of [1, 2]) {
  const prefix = `load-w${workers}`;
  const pipeline = await startPipeline(newsroom, prefix, workers);
  // Warm up (process start, first poll) so only steady-state work is timed.
  for (let i = 0; i < 20; i++) newsroom.publish();
  total += 20;
  await waitStored(prefix, total, 120_000);
  const before = await stored(prefix);
  const t0 = performance.now();
  for (let i = 0; i < STORIES; i++) newsroom.publish();
  total += STORIES;
  const done = await waitStored(prefix, before + STORIES, 600_000);
  const seconds = (performance.now() - t0) / 1000;
  throughput[workers] = STORIES / seconds;
  const feed = (await (await fetch(`${pipeline.base}/feeds/all.json`)).json()) as { items: unknown[] };
  say(
    `pipeline, ${workers} worker process(es): ${STORIES} stories in ${seconds.toFixed(1)} s = ${throughput[workers]!.toFixed(1)} stories/s${done ? '' : ' (TIMED OUT)'}; feed shows ${feed.items.length}`,
  );
  await pipeline.stop();
}

// 2. Bare extraction on the same pages, one core, in this process: the ceiling.
const pages: Array<{ url: string; body: Uint8Array }> = [];
for (const story of newsroom.stories().slice(0, STORIES)) {
  const url = newsroom.articleUrl(story.id);
  pages.push({ url, body: new Uint8Array(await (await fetch(url)).arrayBuffer()) });
}
const fetchedAt = new Date();
for (const page of pages.slice(0, 50)) extractArticle(page.body, { url: page.url, fetchedAt, contentType: 'text/html; charset=utf-8' });
const e0 = performance.now();
for (const page of pages) extractArticle(page.body, { url: page.url, fetchedAt, contentType: 'text/html; charset=utf-8' });
const extractionRate = pages.length / ((performance.now() - e0) / 1000);
await newsroom.close();

// 3. Memory: separate processes, 10,000 stories in batches; RSS at the half-way mark and at the end.
const memoryNewsroom = await startNewsroom({ listLimit: 600 });
const memPrefix = 'load-mem';
const memPipeline = await startPipeline(memoryNewsroom, memPrefix, 1);
const rss = async () => Object.fromEntries(await Promise.all(memPipeline.services.map(async (s) => [s.name, (await s.rssBytes()) ?? 0] as const)));
let half: Record<string, number> = {};
const mt0 = performance.now();
for (let done = 0; done < MEMORY_STORIES;) {
  const batch = Math.min(500, MEMORY_STORIES - done);
  for (let i = 0; i < batch; i++) memoryNewsroom.publish();
  done += batch;
  if (!(await waitStored(memPrefix, done, 600_000))) say(`memory run: timed out at ${done}`);
  // Readers fetch the feed meanwhile, as in production.
  await fetch(`${memPipeline.base}/feeds/all.atom`).then((r) => r.text());
  if (done === Math.floor(MEMORY_STORIES / 2 / 500) * 500) half = await rss();
}
const memSeconds = (performance.now() - mt0) / 1000;
await sleep(2000);
const end = await rss();
await memPipeline.stop();
await memoryNewsroom.close();

const mb = (bytes: number | undefined) => `${((bytes ?? 0) / 1024 / 1024).toFixed(0)} MB`;
say('');
say('Load run (2 cores; services as separate `feedwright start --only …` processes, as in docker compose)');
say(`  whole pipeline, 1 worker      ${throughput[1]!.toFixed(1)} stories/s (discovery → visible in the feed)`);
say(`  whole pipeline, 2 workers     ${throughput[2]!.toFixed(1)} stories/s`);
say(`  bare extraction, same pages   ${extractionRate.toFixed(1)} pages/s (one core, in-process: the ceiling per worker)`);
say(`  memory run                    ${MEMORY_STORIES} stories in ${memSeconds.toFixed(0)} s`);
for (const name of Object.keys(end)) {
  const growth = (end[name]! - (half[name] ?? 0)) / 1024 / 1024;
  say(
    `  RSS ${name.padEnd(12)}  at ${MEMORY_STORIES / 2}: ${mb(half[name])}   at ${MEMORY_STORIES}: ${mb(end[name])}   growth ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB`,
  );
}
redis.disconnect();
await redisServer.stop();
process.exit(0);
