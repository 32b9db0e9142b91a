/**
 * Discovery benchmark (issue 4): 1,000 sources on the fixture newsroom, polled by the real poller
 * through the real polite HTTP client and Redis.
 *
 *   pnpm bench:discovery [--sources 1000] [--seconds 60]
 *
 * 1. Cycles: every source polled once per cycle (pollNow, 32 at a time) — cold, unchanged, after
 *    one new story per site — with conditional GET, and the unchanged cycle again with validators
 *    withheld: requests, 200s/304s, body bytes and poller CPU per cycle.
 * 2. Live: the job schedulers run (interval 10s…60s, adaptive) while stories are published at random
 *    times on ten probe sites (one source each); detection latency = publication → fetch job
 *    enqueued (the job's own timestamp). Also polls made and poller CPU per 1,000 polls.
 *
 * Newsrooms run in a child process so their CPU is not counted. Each load site serves ~50 sources
 * (distinct `?s=` URLs, so each has its own validators); per-host limits are raised accordingly,
 * since 50 sources on one host is an artefact of the fixture, not a real site.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { validateConfig } from '@feedwright/core/config.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { QUEUES, type FetchJob } from '@feedwright/core/jobs.ts';
import { createHttpClient, type HttpClient } from '@feedwright/http/http-client.ts';
import { createPoliteHttpClient } from '@feedwright/http/polite-http-client.ts';
import { startPoller, type Poller } from '@feedwright/poller/poller.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { deleteKeys } from '@feedwright/store/delete-keys.ts';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

const { values } = parseArgs({ options: { sources: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '60' } } });
const SOURCES = Number(values.sources);
const LIVE_SECONDS = Number(values.seconds);
const LOAD_SITES = 20;
const PROBES = 10;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const startedAll = Date.now();

// --- the newsrooms (child process) -------------------------------------------------------------
const child = spawn(process.execPath, ['--import', 'tsx', new URL('./newsrooms.ts', import.meta.url).pathname, String(LOAD_SITES + PROBES), '20'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const replies = createInterface({ input: child.stdout! });
const waiting: Array<(line: string) => void> = [];
replies.on('line', (line) => waiting.shift()?.(line));
const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
const { origins } = JSON.parse(await nextLine()) as { origins: string[] };
async function publishOn(site: number): Promise<{ url: string; publishedAt: number }> {
  const reply = nextLine();
  child.stdin!.write(`publish ${site}\n`);
  return JSON.parse(await reply) as { url: string; publishedAt: number };
}

// --- configuration: 990 load sources on 20 sites, 10 probe sources on their own sites -----------
const sources = Array.from({ length: SOURCES }, (_, i) => {
  const probe = i >= SOURCES - PROBES;
  const origin = probe ? origins[LOAD_SITES + (i - (SOURCES - PROBES))]! : origins[i % LOAD_SITES]!;
  return {
    id: `s${i}`,
    name: `Source ${i}`,
    interval: { min: '10s', max: '60s' },
    discover: [
      { feed: `${origin}/zhongwen/simp/rss.xml?s=${i}` },
      { listing: `${origin}/zhongwen/simp?s=${i}`, links: 'a[href*="/zhongwen/articles/"]', pattern: '/zhongwen/articles/[a-z0-9]+/simp$' },
    ],
    recheck: [],
  };
});
const parsed = validateConfig({ http: { allowPrivateNetworks: true, perHost: { concurrency: 4, perMinute: 60_000 }, timeout: '10s' }, sources });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const config = parsed.config;

// --- counting what reaches the sites ------------------------------------------------------------
type Counts = { requests: number; ok: number; notModified: number; errors: number; bytes: number };
const zero = (): Counts => ({ requests: 0, ok: 0, notModified: 0, errors: 0, bytes: 0 });
let counts = zero();
function countingClient(inner: HttpClient, conditional: () => boolean): HttpClient {
  return {
    async fetch(req) {
      counts.requests++;
      try {
        const result = await inner.fetch(conditional() ? req : { ...req, etag: null, lastModified: null });
        if (result.notModified) counts.notModified++;
        else {
          counts.ok++;
          counts.bytes += result.body.length;
        }
        return result;
      } catch (error) {
        counts.errors++;
        throw error;
      }
    },
    close: () => inner.close(),
  };
}

const connections: Redis[] = [];
const connect = () => {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  connections.push(redis);
  return redis;
};
let useConditional = true;
const raw = countingClient(
  createHttpClient({ userAgent: config.http.userAgent, allowPrivateNetworks: true, timeoutMs: config.http.timeout }),
  () => useConditional,
);

type Rig = { prefix: string; poller: Poller; fetchQueue: Queue<FetchJob>; seenWorker: Worker<FetchJob>; close(): Promise<void> };
async function startRig(schedule: boolean, prefix = `fwbench-discovery-${randomBytes(4).toString('hex')}`): Promise<Rig> {
  const store = createStore(connect(), prefix);
  const http = createPoliteHttpClient({ http: raw, budget: store.hosts, robots: store.robots, userAgent: config.http.userAgent, perHost: config.http.perHost });
  const poller = await startPoller({ config, prefix, connect, store, http, logger: pino({ level: 'silent' }), schedule });
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection: connect(), prefix: queuePrefix(prefix, QUEUES.fetch) });
  // Stands in for the article worker: marks enqueued stories seen (no page fetches: they are not discovery).
  const seenWorker = new Worker<FetchJob>(QUEUES.fetch, async (job) => store.seen.markSeen([articleId(job.data.url)], new Date()), {
    connection: connect(),
    prefix: queuePrefix(prefix, QUEUES.fetch),
    concurrency: 16,
  });
  return {
    prefix,
    poller,
    fetchQueue,
    seenWorker,
    async close() {
      await poller.close();
      await seenWorker.close();
      await fetchQueue.close();
    },
  };
}

async function pollAll(poller: Poller): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < SOURCES) await poller.pollNow(`s${next++}`);
    }),
  );
}

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
const cleanupPrefixes: string[] = [];

// --- 1. cycles with and without conditional GET -------------------------------------------------
say(`discovery benchmark: ${SOURCES} sources (2 routes each: RSS + front page) on ${LOAD_SITES} load sites + ${PROBES} probe sites`);
say('');
say('| mode | cycle | requests | 200 | 304 | body MB | wall s | poller CPU s |');
say('|---|---|---:|---:|---:|---:|---:|---:|');
const cycleResults: Array<Counts & { label: string; wall: number; cpu: number }> = [];
const rig = await startRig(false);
cleanupPrefixes.push(rig.prefix);
const plan = [
  { label: '1 cold', conditional: true, publish: false },
  { label: '2 unchanged', conditional: true, publish: false },
  { label: '3 one new story per site', conditional: true, publish: true },
  { label: '4 unchanged, validators withheld', conditional: false, publish: false },
];
for (const step of plan) {
  useConditional = step.conditional;
  if (step.publish) for (let site = 0; site < LOAD_SITES + PROBES; site++) await publishOn(site);
  await sleep(1100); // listings change on whole seconds
  counts = zero();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await pollAll(rig.poller);
  const wall = (performance.now() - t0) / 1000;
  const used = cpuSeconds(process.cpuUsage(cpu));
  cycleResults.push({ ...counts, label: step.label, wall, cpu: used });
  say(
    `| ${step.conditional ? 'conditional GET' : 'no validators'} | ${step.label} | ${counts.requests} | ${counts.ok} | ${counts.notModified} | ${mb(counts.bytes)} | ${wall.toFixed(1)} | ${used.toFixed(2)} |`,
  );
}
await rig.close();
const warmPrefix = rig.prefix;

// --- 2. live: schedulers, adaptive intervals, detection latency -------------------------------------
useConditional = true;
const live = await startRig(true, warmPrefix);
counts = zero();
const liveCpu = process.cpuUsage();
const liveStart = Date.now();
const published: Array<{ url: string; publishedAt: number; enqueuedAt?: number }> = [];
const publisher = (async () => {
  while (Date.now() - liveStart < LIVE_SECONDS * 1000) {
    await sleep(1000 + Math.random() * 3000);
    published.push(await publishOn(LOAD_SITES + Math.floor(Math.random() * PROBES)));
    // Load sites publish too, so their sources are not all idle.
    if (Math.random() < 0.5) await publishOn(Math.floor(Math.random() * LOAD_SITES));
  }
})();
while (Date.now() - liveStart < LIVE_SECONDS * 1000 + 60_000) {
  for (const story of published.filter((p) => p.enqueuedAt === undefined)) {
    const job = await live.fetchQueue.getJob(articleId(story.url));
    if (job) story.enqueuedAt = job.timestamp;
  }
  if (Date.now() - liveStart > LIVE_SECONDS * 1000 && published.every((p) => p.enqueuedAt !== undefined)) break;
  await sleep(100);
}
await publisher;
const liveSeconds = (Date.now() - liveStart) / 1000;
const liveUsed = cpuSeconds(process.cpuUsage(liveCpu));
const liveCounts = counts;
const store = createStore(connect(), live.prefix);
const healths = await Promise.all(sources.map((s) => store.health.get(s.id)));
await live.close();

const latencies = published
  .filter((p) => p.enqueuedAt !== undefined)
  .map((p) => (p.enqueuedAt! - p.publishedAt) / 1000)
  .sort((a, b) => a - b);
const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
const polls = liveCounts.requests / 2;
const intervals = healths.map((h) => h.intervalMs ?? 0).sort((a, b) => a - b);
say('');
say(`live ${liveSeconds.toFixed(0)} s with job schedulers (interval min 10s, max 60s, adaptive), 1 poller process:`);
say(
  `  polls ≈ ${polls.toFixed(0)} (${(polls / liveSeconds).toFixed(1)}/s), requests ${liveCounts.requests} (${liveCounts.notModified} × 304, ${liveCounts.ok} × 200), body ${mb(liveCounts.bytes)} MB`,
);
say(
  `  poller CPU ${liveUsed.toFixed(1)} s = ${((liveUsed / Math.max(polls, 1)) * 1000).toFixed(2)} ms per poll = ${((liveUsed / Math.max(polls, 1)) * SOURCES).toFixed(1)} s per 1,000 polls; ${((liveUsed / liveSeconds) * 100).toFixed(0)} % of one core`,
);
say(
  `  interval in use at the end: median ${(intervals[Math.floor(intervals.length / 2)]! / 1000).toFixed(1)} s, max ${(intervals.at(-1)! / 1000).toFixed(1)} s`,
);
say(
  `  detection latency (publication → fetch job enqueued), ${latencies.length}/${published.length} probe stories: p50 ${pct(0.5).toFixed(1)} s, p90 ${pct(0.9).toFixed(1)} s, max ${(latencies.at(-1) ?? NaN).toFixed(1)} s`,
);
say('');
const unchanged = cycleResults[1]!;
const withheld = cycleResults[3]!;
say(
  `unchanged cycle: ${unchanged.requests} requests, all answered 304 (${unchanged.notModified}), ${mb(unchanged.bytes)} MB of bodies with conditional GET vs ${mb(withheld.bytes)} MB without; poller CPU ${unchanged.cpu.toFixed(2)} s vs ${withheld.cpu.toFixed(2)} s`,
);
say(`total ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);

child.stdin!.end();
const cleanup = new Redis(REDIS_URL);
for (const prefix of cleanupPrefixes) await deleteKeys(cleanup, `${prefix}:*`);
cleanup.disconnect();
for (const redis of connections) redis.disconnect();
await raw.close();
