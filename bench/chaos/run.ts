/**
 * Chaos run (issue 6): the newsroom publishes N stories and edits some while this script SIGKILLs a
 * worker every few seconds (a supervisor restarts it), kills the publisher once and restarts Redis
 * once (AOF on). With `--topology cluster` the services run on a Redis Cluster (3 masters, 3 replicas)
 * and the busiest master is SIGKILLed instead (a replica takes over); with `--topology sentinel` on a
 * primary + replica + 3 sentinels, and the primary is SIGKILLed (the sentinels promote the replica).
 * Afterwards it checks, from the outside, that every story is stored exactly once,
 * every edit is reflected, every event reached the webhook receiver at least once and no
 * webhook-id ever carried two different payloads. Prints lost / duplicated / delivered counts;
 * exits 1 unless 0 lost and 0 duplicated.
 *
 *   pnpm bench:chaos [--stories 2000] [--edits 200] [--workers 2] [--kill-every 3s] [--rate 40] [--topology single|cluster|sentinel]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPrivateRedis } from '@feedwright/cli/private-redis.ts';
import { openRedis } from '@feedwright/cli/redis-connection.ts';
import { describeRedisTopology } from '@feedwright/core/redis-topology.ts';
import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { parseDuration } from '@feedwright/core/duration.ts';
import { articleId, deliveryId } from '@feedwright/core/ids.ts';
import type { StoredArticle } from '@feedwright/core/article.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { storeKeys } from '@feedwright/store/store-keys.ts';
import { freePort } from '../../test/support/free-port.ts';
import { startRedisCluster, startRedisSentinel } from '../../test/support/redis-processes.ts';
import { createSubscription, startWebhookReceiver } from '../../test/support/webhook-receiver.ts';
import { superviseService } from '../support/service-process.ts';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '2000' },
    edits: { type: 'string', default: '200' },
    workers: { type: 'string', default: '2' },
    'kill-every': { type: 'string', default: '3s' },
    rate: { type: 'string', default: '40' },
    'settle-timeout': { type: 'string', default: '300s' },
    topology: { type: 'string', default: 'single' },
    verbose: { type: 'boolean', default: false },
  },
});
const TOPOLOGY = values.topology as 'single' | 'cluster' | 'sentinel';
if (!['single', 'cluster', 'sentinel'].includes(TOPOLOGY)) throw new Error(`--topology: "${values.topology}" is not single, cluster or sentinel`);
const STORIES = Number(values.stories);
const EDITS = Math.min(Number(values.edits), STORIES);
const WORKERS = Number(values.workers);
const KILL_EVERY = parseDuration(values['kill-every']!)!;
const RATE = Number(values.rate);
const SETTLE_TIMEOUT = parseDuration(values['settle-timeout']!)!;
const PREFIX = 'chaos';
const KEYS = storeKeys(PREFIX);
const TOKEN = 'chaos-admin-token';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();
const t = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (line: string) => process.stdout.write(`[${t()}] ${line}\n`);

// Everything started below is stopped in `finally` (and on Ctrl-C), also when the run throws early:
// a failed start must not leave six redis-server processes or the services running.
const cleanups: Array<() => unknown> = [];
let cleaning: Promise<void> | null = null;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse())
      await Promise.resolve()
        .then(step)
        .catch(() => undefined);
  })());
process.once('SIGINT', () => {
  say('interrupted: stopping the services and the private Redis');
  void cleanUp().finally(() => process.exit(130));
});
let exitCode = 1;
try {
  const redisServer = TOPOLOGY === 'single' ? await startPrivateRedis({ aof: true }) : null;
  const cluster = TOPOLOGY === 'cluster' ? await startRedisCluster() : null;
  const sentinel = TOPOLOGY === 'sentinel' ? await startRedisSentinel() : null;
  cleanups.push(
    () => redisServer?.stop(),
    () => cluster?.stop(),
    () => sentinel?.stop(),
  );
  const redisEnv: Record<string, string> = cluster
    ? { REDIS_CLUSTER_NODES: cluster.nodesVariable }
    : sentinel
      ? { REDIS_SENTINELS: sentinel.sentinelsVariable, REDIS_SENTINEL_NAME: sentinel.masterName }
      : { REDIS_URL: redisServer!.url };
  const topology = readRuntimeEnv(redisEnv).redis!;
  say(redisServer ? `private Redis with AOF at ${redisServer.url} (${redisServer.dir})` : `private ${describeRedisTopology(topology)}`);
  const newsroom = await startNewsroom();
  cleanups.push(() => newsroom.close());
  // A receiver that fails 5% of deliveries, so retries happen under chaos too.
  const receiver = await startWebhookReceiver(() => (Math.random() < 0.05 ? 500 : 204));
  cleanups.push(() => receiver.close());
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'feedwright-chaos-'));
  const configPath = join(dir, 'feedwright.yaml');
  writeFileSync(
    configPath,
    `
http:
  allowPrivateNetworks: ["127.0.0.0/8"]
  perHost: { concurrency: 16, perMinute: 1000000 }
delivery:
  retry: [300ms, 1s, 2s, 4s, 8s, 15s]
sources:
  - id: newsroom
    name: Chaos newsroom
    language: zh-Hans
    interval: { min: 1s, max: 5s }
    discover:
      - feed: ${newsroom.feedUrl}
      - listing: ${newsroom.frontUrl}
        links: 'a[href*="/zhongwen/articles/"]'
        pattern: '/zhongwen/articles/[a-z0-9]+/simp$'
    recheck: [4s, 8s, 15s, 30s, 60s, 120s]
feeds:
  - id: all
    title: All stories
    sources: [newsroom]
    limit: 1000
`,
  );
  const env = {
    ...redisEnv,
    FEEDWRIGHT_PREFIX: PREFIX,
    PORT: String(port),
    HOST: '127.0.0.1',
    FEEDWRIGHT_PUBLIC_URL: base,
    FEEDWRIGHT_ADMIN_TOKEN: TOKEN,
    FEEDWRIGHT_CONFIG: configPath,
    LOG_LEVEL: 'warn',
  };
  const log = values.verbose ? (line: string) => process.stdout.write(`${line}\n`) : undefined;

  const publisher = superviseService('publisher', 'publisher', env, { ...(log ? { log } : {}) });
  cleanups.push(() => publisher.stop());
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await sleep(200);
  const subscription = await createSubscription(base, TOKEN, receiver.url);
  const workers = Array.from({ length: WORKERS }, (_, i) => superviseService(`worker-${i + 1}`, 'worker', env, { ...(log ? { log } : {}) }));
  const poller = superviseService('poller', 'poller', env, { ...(log ? { log } : {}) });
  cleanups.push(() => Promise.all([poller.stop(), ...workers.map((w) => w.stop())]));
  say(`publisher, poller and ${WORKERS} worker(s) running; subscription ${subscription.id}`);

  // Chaos: kill a worker every KILL_EVERY; the publisher once at 30 % of the run; Redis once at 60 %
  // (restarted on one node; on a cluster its busiest master and behind Sentinel the primary killed for good).
  const publishMs = (STORIES / RATE) * 1000;
  let workerKills = 0;
  let publisherKills = 0;
  let redisRestarts = 0;
  const killer = setInterval(() => {
    const victim = workers[Math.floor(Math.random() * workers.length)]!;
    victim.kill();
    workerKills++;
  }, KILL_EVERY);
  const publisherKill = setTimeout(() => {
    publisher.kill();
    publisherKills++;
    say('SIGKILL publisher');
  }, publishMs * 0.3);
  let redisFailover = '';
  // A failure of the fault itself (say the run was interrupted while waiting for the promotion) is reported, not thrown from a timer.
  const redisRestart = setTimeout(() => {
    void (async () => {
      if (cluster) {
        const master = await cluster.busiestMaster();
        say(`SIGKILL the busiest cluster master (port ${master})`);
        const t0 = Date.now();
        await cluster.killMaster(master);
        redisFailover = `master :${master} SIGKILLed, replica promoted in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
      } else if (sentinel) {
        const primary = await sentinel.primary();
        say(`SIGKILL the primary (port ${primary})`);
        const t0 = Date.now();
        const promoted = await sentinel.killPrimary();
        redisFailover = `primary :${primary} SIGKILLed, :${promoted} promoted in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
      } else {
        say('restarting Redis (SIGTERM, same data dir, AOF)');
        await redisServer!.stop({ keepData: true });
        await sleep(500);
        const again = await startPrivateRedis({ aof: true, port: redisServer!.port, dir: redisServer!.dir });
        redisServer!.stop = again.stop;
        redisFailover = 'restarted (AOF)';
      }
      redisRestarts++;
      say(`Redis: ${redisFailover}`);
    })().catch((error: unknown) => say(`the Redis fault did not complete: ${error instanceof Error ? error.message : String(error)}`));
  }, publishMs * 0.6);
  cleanups.push(
    () => clearInterval(killer),
    () => clearTimeout(publisherKill),
    () => clearTimeout(redisRestart),
  );

  // The newsroom publishes at RATE stories/s; edits go to stories the pipeline has already stored
  // (so they must travel as article.updated), spread over the run and continued after publishing.
  const redis = openRedis(topology);
  redis.on('error', () => undefined); // the Redis restart / failover is on purpose
  cleanups.push(() => redis.disconnect());
  const idOf = (storyId: string) => articleId(canonicalizeUrl(newsroom.articleUrl(storyId))!);
  const published: string[] = [];
  const edited = new Map<string, string>();
  async function editOneStored(): Promise<boolean> {
    for (let tries = 0; tries < 20; tries++) {
      const id = published[Math.floor(Math.random() * published.length)]!;
      if (edited.has(id) || !(await redis.hexists(KEYS.article(idOf(id)), 'json'))) continue;
      const marker = `编辑标记${id}`;
      newsroom.edit(id, { appendParagraph: `${marker}：本文已更新。` });
      edited.set(id, marker);
      return true;
    }
    return false;
  }
  const editEvery = Math.max(1, Math.floor(STORIES / Math.max(EDITS, 1)));
  for (let i = 0; i < STORIES; i++) {
    published.push(newsroom.publish().id);
    if (i % editEvery === editEvery - 1 && edited.size < EDITS) await editOneStored();
    if (i % RATE === RATE - 1) await sleep(1000);
    if (i % 500 === 499) say(`published ${i + 1} stories, edited ${edited.size}`);
  }
  clearInterval(killer);
  say(`published ${STORIES} stories; finishing ${EDITS - edited.size} more edits of stored stories`);
  const editDeadline = Date.now() + 60_000;
  while (edited.size < EDITS && Date.now() < editDeadline) {
    if (!(await editOneStored())) await sleep(200);
    else if (edited.size % RATE === 0) await sleep(1000);
  }
  say(`edited ${edited.size} stories; waiting for the pipeline to settle`);
  await sleep(Math.max(0, publishMs * 0.6 + 3000 - (Date.now() - started)));

  // Settle: every story stored, every edit reflected, every event delivered.
  type Report = {
    stored: number;
    lost: string[];
    extra: number;
    editsReflected: number;
    events: Array<{ id: string; type: string; articleId: string }>;
    undelivered: string[];
  };
  async function measure(): Promise<Report> {
    const indexed = new Set(await redis.zrange(KEYS.sourceArticles('newsroom'), 0, -1));
    const expected = new Set(published.map(idOf));
    const lost = [...expected].filter((id) => !indexed.has(id));
    const extra = [...indexed].filter((id) => !expected.has(id)).length;
    let editsReflected = 0;
    for (const [storyId, marker] of edited) {
      const json = await redis.hget(KEYS.article(idOf(storyId)), 'json');
      if (json && (JSON.parse(json) as StoredArticle).contentText.includes(marker)) editsReflected++;
    }
    const entries = (await redis.xrange(KEYS.events, '-', '+')) as Array<[string, string[]]>;
    const events = entries.map(([, fields]) => {
      const event = JSON.parse(fields[fields.indexOf('event') + 1]!) as { id: string; type: string; data: { article: { id: string } } };
      return { id: event.id, type: event.type, articleId: event.data.article.id };
    });
    const receivedIds = new Set(receiver.received.map((r) => String(r.headers['webhook-id'])));
    const undelivered = events.filter((e) => !receivedIds.has(deliveryId(subscription.id, e.id))).map((e) => e.id);
    return { stored: indexed.size, lost, extra, editsReflected, events, undelivered };
  }
  let report = await measure();
  const settleDeadline = Date.now() + SETTLE_TIMEOUT;
  while (Date.now() < settleDeadline && (report.lost.length > 0 || report.editsReflected < edited.size || report.undelivered.length > 0)) {
    await sleep(2000);
    report = await measure();
    say(
      `settling: stored ${report.stored}/${STORIES}, edits ${report.editsReflected}/${edited.size}, undelivered ${report.undelivered.length}/${report.events.length}`,
    );
  }
  const settledAt = t();

  // Duplicates: more than one created event per article, more index entries than stories, or one webhook-id with two payloads.
  const createdPerArticle = new Map<string, number>();
  for (const e of report.events) if (e.type === 'article.created') createdPerArticle.set(e.articleId, (createdPerArticle.get(e.articleId) ?? 0) + 1);
  const duplicateCreated = [...createdPerArticle.values()].filter((n) => n > 1).length;
  const bodiesById = new Map<string, Set<string>>();
  for (const r of receiver.received) {
    const id = String(r.headers['webhook-id']);
    bodiesById.set(id, (bodiesById.get(id) ?? new Set()).add(r.body));
  }
  const conflictingIds = [...bodiesById.values()].filter((bodies) => bodies.size > 1).length;
  const feedItems = ((await (await fetch(`${base}/feeds/all.json?limit=1000`)).json()) as { items: Array<{ id: string }> }).items;
  const feedDuplicates = feedItems.length - new Set(feedItems.map((i) => i.id)).size;

  const lost = report.lost.length;
  const duplicated = duplicateCreated + report.extra + feedDuplicates;
  const lines = [
    '',
    'Chaos run',
    `  stories published            ${STORIES}   edits ${edited.size}`,
    `  chaos                        ${workerKills} worker SIGKILLs (restarts: ${workers.map((w) => w.starts - 1).join('+')}), ${publisherKills} publisher SIGKILL, Redis (${TOPOLOGY}): ${redisRestarts ? redisFailover : 'untouched'}`,
    `  stored exactly once          ${report.stored - report.extra}`,
    `  lost                         ${lost}`,
    `  duplicated                   ${duplicated}   (second created events ${duplicateCreated}, unknown index entries ${report.extra}, repeated feed ids ${feedDuplicates})`,
    `  edits reflected              ${report.editsReflected}/${edited.size}`,
    `  events in log                ${report.events.length} (${report.events.filter((e) => e.type === 'article.created').length} created, ${report.events.filter((e) => e.type === 'article.updated').length} updated)`,
    `  events delivered             ${report.events.length - report.undelivered.length}/${report.events.length}   (POSTs received ${receiver.received.length}, incl. retries of scripted 500s)`,
    `  webhook-ids with 2 payloads  ${conflictingIds}`,
    `  settled at                   ${settledAt}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));

  const ok = lost === 0 && duplicated === 0 && conflictingIds === 0 && report.undelivered.length === 0 && report.editsReflected === edited.size;
  process.stdout.write(ok ? 'RESULT: 0 lost, 0 duplicated, every edit and event delivered\n' : 'RESULT: FAILED\n');
  exitCode = ok ? 0 : 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
