/**
 * Redis commands per story (issue 11, point 6): a private redis-server, the fixture newsroom with N
 * stories, all services in this process and one webhook subscription. Redis's MONITOR counts every
 * command from the moment the services are up until every story is stored and every event delivered;
 * the figure is commands / stories, split into commands clients sent (each one a request on the
 * wire; pipelined ones share a round trip) and commands that Lua scripts ran inside Redis.
 * Idle work (BullMQ's blocking pops and markers, polls that find nothing) is included, as in
 * production; a larger N dilutes it.
 *
 *   pnpm bench:commands [--stories 300] [--top 25]
 */
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startPrivateRedis } from '@feedwright/cli/private-redis.ts';
import { startServices } from '@feedwright/cli/start-services.ts';
import { validateConfig } from '@feedwright/core/config.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { Redis } from 'ioredis';
import pino from 'pino';
import { freePort } from '../../test/support/free-port.ts';
import { startWebhookReceiver } from '../../test/support/webhook-receiver.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '300' }, top: { type: 'string', default: '25' } } });
const STORIES = Number(values.stories);
const PREFIX = 'cmds';
const TOKEN = 'bench-admin-token';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const redisServer = await startPrivateRedis();
const newsroom = await startNewsroom();
for (let i = 0; i < STORIES; i++) newsroom.publish();
const receiver = await startWebhookReceiver();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const validated = validateConfig({
  http: { allowPrivateNetworks: ['127.0.0.0/8'], perHost: { concurrency: 8, perMinute: 1_000_000 } },
  sources: [
    { id: 'newsroom', name: 'Newsroom', language: 'zh-Hans', interval: { min: '2s', max: '10s' }, discover: [{ feed: newsroom.feedUrl }], recheck: [] },
  ],
  feeds: [{ id: 'all', title: 'All', sources: ['newsroom'], limit: 50 }],
});
if (!validated.ok) throw new Error(JSON.stringify(validated.problems));

// Every command Redis runs, by name and by origin (a client, or a Lua script).
const counts = { client: new Map<string, number>(), lua: new Map<string, number>() };
let counting = false;
let probePort: number | undefined;
const monitor = await new Redis(redisServer.url).monitor();
monitor.on('monitor', (_time: string, args: string[], source: string) => {
  // The bench's own progress probe is not the pipeline's work.
  if (!counting || source.endsWith(`:${probePort}`)) return;
  const name = String(args[0]).toLowerCase();
  const table = source === 'lua' ? counts.lua : counts.client;
  table.set(name, (table.get(name) ?? 0) + 1);
});

const quiet = pino({ level: 'warn' }, new Writable({ write: (_chunk, _encoding, done) => done() }));
const services = await startServices(
  validated.config,
  { configPath: '(bench)', redisUrl: redisServer.url, prefix: PREFIX, port, host: '127.0.0.1', logLevel: 'warn', adminToken: TOKEN, publicUrl: base },
  quiet,
);
await fetch(`${base}/api/subscriptions`, {
  method: 'POST',
  headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
  body: JSON.stringify({ url: receiver.url }),
});
const probe = new Redis(redisServer.url);
await probe.ping();
probePort = probe.stream.localPort;
const store = createStore(probe, PREFIX);
const started = Date.now();
counting = true;
let stored = 0;
while (Date.now() - started < 300_000) {
  stored = await probe.zcard(store.keys.sourceArticles('newsroom'));
  if (stored >= STORIES && receiver.received.length >= STORIES) break;
  await sleep(200);
}
counting = false;
const seconds = (Date.now() - started) / 1000;
await services.close();

const sum = (table: Map<string, number>) => [...table.values()].reduce((a, b) => a + b, 0);
const perStory = (n: number) => (n / STORIES).toFixed(1);
const clientTotal = sum(counts.client);
const luaTotal = sum(counts.lua);
const top = [...counts.client.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
const lines = [
  '',
  `Redis commands per story (${STORIES} stories stored and delivered in ${seconds.toFixed(1)} s; stored ${stored}, webhooks ${receiver.received.length})`,
  `  sent by clients        ${perStory(clientTotal)}   (${clientTotal} in all)`,
  `  run inside Lua scripts ${perStory(luaTotal)}   (${luaTotal} in all)`,
  '  sent by clients, by command (per story):',
  ...top.map(([name, n]) => `    ${name.padEnd(22)} ${perStory(n)}`),
  '',
];
process.stdout.write(lines.join('\n'));

monitor.disconnect();
probe.disconnect();
await newsroom.close();
await receiver.close();
await redisServer.stop();
process.exit(stored >= STORIES ? 0 : 1);
