/**
 * Publishing benchmark (issue 5), on loopback, in one run:
 *  1. webhooks: N events (default 1,000) fanned out to S subscribers (default 100), each a real HTTP
 *     server → deliveries per second, and event → delivery latency p50/p99 (from the store write
 *     that appends the event to the receiver reading the signed POST);
 *  2. feeds: requests per second for a cached 50-entry Atom feed from the publisher, against the
 *     same bytes from a bare `node:http` server (the ceiling), both measured by autocannon running
 *     in its own process so it does not steal the servers' event loop.
 *
 *     Then a steady phase: one event every 500 ms (--steady-every, ms) for 20 events, the latency
 *     when the deliveries do not queue up behind a burst;
 *   pnpm bench:publish [--events 1000] [--subscribers 100] [--duration 10] [--connections 50]
 *
 * The publisher runs as the real CLI (`start --only publisher`) in its own process; receivers and
 * the event writer share this one. A private redis-server is started in a temporary folder.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { startPrivateRedis } from '@feedwright/cli/private-redis.ts';
import { deliveryId } from '@feedwright/core/ids.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { Redis } from 'ioredis';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { freePort } from '../../test/support/free-port.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    subscribers: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'steady-events': { type: 'string', default: '20' },
    'steady-every': { type: 'string', default: '500' },
  },
});
const EVENTS = Number(values.events);
const SUBSCRIBERS = Number(values.subscribers);
const say = (line: string) => process.stdout.write(`${line}\n`);
const root = fileURLToPath(new URL('../..', import.meta.url));

const redisServer = await startPrivateRedis();
const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
const prefix = 'fwbench';
const store = createStore(redis, prefix);

// --- receivers: one real HTTP server per subscriber --------------------------------------------
const sentAt = new Map<string, number>(); // webhook-id → when its event was written
const latencies: number[] = [];
let firstWrite = 0;
let lastDelivery = 0;
const receivers: Server[] = [];
const receiverUrls: string[] = [];
for (let i = 0; i < SUBSCRIBERS; i++) {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const now = performance.timeOrigin + performance.now();
      const written = sentAt.get(String(request.headers['webhook-id']));
      if (written !== undefined) latencies.push(now - written);
      lastDelivery = now;
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receivers.push(server);
  receiverUrls.push(`http://127.0.0.1:${(server.address() as { port: number }).port}/hook/${i}`);
}

// --- the publisher: the real CLI in its own process, as deployed -------------------------------
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'feedwright-bench-publish-'));
const configPath = join(dir, 'feedwright.yaml');
writeFileSync(
  configPath,
  `http: { allowPrivateNetworks: ["127.0.0.0/8"] }
delivery: { retry: [1s, 5s], timeout: 15s }
sources:
  - { id: bench, name: Bench, language: zh-Hans, discover: [{ feed: "http://127.0.0.1:9/rss.xml" }] }
feeds:
  - { id: bench, title: "Bench 中文", sources: [bench], limit: 50 }
`,
);
const publisher = spawn(
  process.execPath,
  [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'packages/cli/src/main.ts', 'start', '--only', 'publisher'],
  {
    cwd: root,
    env: {
      ...process.env,
      FEEDWRIGHT_CONFIG: configPath,
      REDIS_URL: redisServer.url,
      FEEDWRIGHT_PREFIX: prefix,
      PORT: String(port),
      HOST: '127.0.0.1',
      FEEDWRIGHT_PUBLIC_URL: base,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/healthz`).catch(() => null))?.status === 200) break;
  if (i > 300) throw new Error('the publisher did not become ready');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const subscriptions = [];
for (const url of receiverUrls)
  subscriptions.push(await store.subscriptions.create({ url, feeds: null, events: ['article.created', 'article.updated'], now: new Date(Date.now() - 1000) }));

// --- 1. webhooks -------------------------------------------------------------------------------
say(`webhooks: ${EVENTS} events × ${SUBSCRIBERS} subscribers = ${EVENTS * SUBSCRIBERS} deliveries (${cpus().length} CPUs, publisher in its own process)`);
const body = '<p>中国发展改革委员会说，头发和软件。</p>'.repeat(20);
firstWrite = performance.timeOrigin + performance.now();
for (let i = 0; i < EVENTS; i++) {
  const article = sampleArticle({
    url: `https://news.example/bench/${i}`,
    title: `第${i}条新闻`,
    contentHtml: body,
    contentText: body.replace(/<[^>]+>/g, ''),
  });
  const written = performance.timeOrigin + performance.now();
  const result = await store.articles.upsert(article, 'bench', new Date());
  if (result.status === 'unchanged') throw new Error('expected an event');
  for (const s of subscriptions) sentAt.set(deliveryId(s.id, result.event.id), written);
}
const writeDone = performance.timeOrigin + performance.now();
say(`  events written in ${((writeDone - firstWrite) / 1000).toFixed(2)} s (${Math.round(EVENTS / ((writeDone - firstWrite) / 1000))} events/s)`);
const total = EVENTS * SUBSCRIBERS;
const deadline = Date.now() + 600_000;
while (latencies.length < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
const seconds = (lastDelivery - firstWrite) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
const webhookFigures = {
  deliveries: latencies.length,
  seconds: Number(seconds.toFixed(2)),
  deliveriesPerSecond: Math.round(latencies.length / seconds),
  latencyP50Ms: Math.round(pct(50)),
  latencyP99Ms: Math.round(pct(99)),
  latencyMaxMs: Math.round(latencies.at(-1) ?? 0),
};
say(
  `  ${webhookFigures.deliveries} deliveries in ${webhookFigures.seconds} s → ${webhookFigures.deliveriesPerSecond} deliveries/s; event → delivery p50 ${webhookFigures.latencyP50Ms} ms, p99 ${webhookFigures.latencyP99Ms} ms, max ${webhookFigures.latencyMaxMs} ms`,
);

// --- 1b. steady: events spaced out, so latency is not a queue drained behind a burst ---------------
const steadyEvents = Number(values['steady-events']);
const every = Number(values['steady-every']);
latencies.length = 0;
for (let i = 0; i < steadyEvents; i++) {
  const article = sampleArticle({
    url: `https://news.example/steady/${i}`,
    title: `稳定第${i}条`,
    contentHtml: body,
    contentText: body.replace(/<[^>]+>/g, ''),
  });
  const written = performance.timeOrigin + performance.now();
  const result = await store.articles.upsert(article, 'bench', new Date());
  if (result.status === 'unchanged') throw new Error('expected an event');
  for (const s of subscriptions) sentAt.set(deliveryId(s.id, result.event.id), written);
  await new Promise((resolve) => setTimeout(resolve, every));
}
const steadyDeadline = Date.now() + 120_000;
while (latencies.length < steadyEvents * SUBSCRIBERS && Date.now() < steadyDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
latencies.sort((a, b) => a - b);
const steadyFigures = { deliveries: latencies.length, eventsPerSecond: 1000 / every, latencyP50Ms: Math.round(pct(50)), latencyP99Ms: Math.round(pct(99)) };
say(
  `  steady, 1 event every ${every} ms × ${SUBSCRIBERS} subscribers: ${steadyFigures.deliveries} deliveries, event → delivery p50 ${steadyFigures.latencyP50Ms} ms, p99 ${steadyFigures.latencyP99Ms} ms`,
);

// --- 2. feeds ----------------------------------------------------------------------------------
const feedUrl = `${base}/feeds/bench.atom`;
const warm = await fetch(feedUrl);
const feedBytes = Buffer.from(await warm.arrayBuffer());
const entries = (feedBytes.toString('utf8').match(/<entry>/g) ?? []).length;
const staticServer = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'content-length': feedBytes.length }).end(feedBytes);
});
await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve));
const staticUrl = `http://127.0.0.1:${(staticServer.address() as { port: number }).port}/feed.atom`;

type Cannon = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
async function autocannon(url: string, headers: Record<string, string> = {}): Promise<Cannon> {
  const args = [
    fileURLToPath(new URL('../../node_modules/autocannon/autocannon.js', import.meta.url)),
    '-j',
    '-c',
    values.connections!,
    '-d',
    values.duration!,
  ];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Cannon;
}
say(`feeds: ${entries}-entry Atom feed, ${feedBytes.length} bytes, autocannon -c ${values.connections} -d ${values.duration}`);
const feedFigures: Record<string, { rps: number; p50: number; p99: number; non2xx: number }> = {};
for (const [label, url, headers] of [
  ['node:http static (ceiling)', staticUrl, {}],
  ['publisher, identity', feedUrl, {}],
  ['publisher, br', feedUrl, { 'accept-encoding': 'br' }],
  ['publisher, 304 (If-None-Match)', feedUrl, { 'if-none-match': warm.headers.get('etag')! }],
] as const) {
  const result = await autocannon(url, headers);
  feedFigures[label] = { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
  say(
    `  ${label.padEnd(32)} ${String(Math.round(result.requests.average)).padStart(7)} req/s   p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms${result.non2xx ? `  (${result.non2xx} non-2xx)` : ''}`,
  );
}
const ratio = feedFigures['publisher, identity']!.rps / feedFigures['node:http static (ceiling)']!.rps;
say(`  publisher / ceiling: ${(ratio * 100).toFixed(0)} %`);
say(JSON.stringify({ webhooks: webhookFigures, steady: steadyFigures, feeds: feedFigures }));

publisher.kill('SIGTERM');
await new Promise((resolve) => publisher.once('exit', resolve));
for (const server of [...receivers, staticServer]) server.close();
redis.disconnect();
await redisServer.stop();
process.exit(0);
