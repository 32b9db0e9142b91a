/**
 * Soak run (issue 11): weeks of many sources publishing and editing, compressed in time with a fake
 * clock, against a private redis-server (started here on a free port, with infra/redis.conf's
 * listpack setting). Prints bytes per stored article and per seen URL (MEMORY USAGE), then Redis
 * `used_memory` per simulated day, which must level off once retention removes as much as arrives.
 *
 *   pnpm bench:soak [--sources 20] [--per-day 24] [--days 35] [--max-age 10d] [--events 2d] [--seen-for 14d]
 *
 * Each simulated hour: every source publishes its share of stories (stored, marked seen, validators
 * kept, one webhook delivery logged per event), edits some earlier ones (30% once after 2 h, 10% again
 * after 20 h: `article.updated`), is polled (its listing of the newest 100 stories checked against the
 * seen record: nothing listed may look new again), and one retention step runs.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Article } from '@feedwright/core/article.ts';
import { parseDuration } from '@feedwright/core/duration.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { startPrivateRedis } from '@feedwright/cli/private-redis.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import type { RetentionPlan } from '@feedwright/store/retention.ts';
import { SEEN_BUCKETS } from '@feedwright/store/seen-repository.ts';
import { Redis } from 'ioredis';
// Relative imports: the benchmark measures the packages in-process without making them root dependencies.
import { extractArticle } from '../../packages/extract/src/extract-article.ts';
import { seenBucketsPerStep } from '../../services/poller/src/retention-schedule.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '20' },
    'per-day': { type: 'string', default: '24' },
    days: { type: 'string', default: '35' },
    'max-age': { type: 'string', default: '10d' },
    events: { type: 'string', default: '2d' },
    'seen-for': { type: 'string', default: '14d' },
  },
});
const SOURCES = Number(values.sources);
const PER_DAY = Number(values['per-day']);
const DAYS = Number(values.days);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ms = (text: string) => {
  const value = parseDuration(text);
  if (value === null) throw new Error(`not a duration: ${text}`);
  return value;
};
const MAX_AGE = ms(values['max-age']);
const EVENTS_AGE = ms(values.events);
const SEEN_FOR = ms(values['seen-for']);
const LISTING = 100;
const say = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// Realistic articles: 40 generated newsroom stories (real BBC text and markup), extracted once.
const newsroom = await startNewsroom({ seed: true });
const pool: Article[] = [];
for (let i = 0; i < 40; i++) newsroom.publish();
for (const story of newsroom.stories()) {
  const url = newsroom.articleUrl(story.id);
  const response = await fetch(url);
  pool.push(
    extractArticle(new Uint8Array(await response.arrayBuffer()), {
      url,
      fetchedAt: new Date(),
      contentType: response.headers.get('content-type'),
      charset: 'auto',
      timezone: 'UTC',
      language: 'zh-Hans',
      recipe: null,
    }),
  );
}
await newsroom.close();
const jsonBytes = pool.map((a) => Buffer.byteLength(JSON.stringify(a)));
say(
  `article JSON: ${Math.round(jsonBytes.reduce((a, b) => a + b, 0) / jsonBytes.length)} bytes on average (${Math.min(...jsonBytes)}–${Math.max(...jsonBytes)}) over ${pool.length} newsroom stories`,
);

const redisServer = await startPrivateRedis({ args: ['--hash-max-listpack-entries', '512'] });
const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
const memoryUsage = async (key: string) => Number(await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0'));

let serial = 0;
function storyOf(sourceId: string, publishedAt: Date): Article {
  const base = pool[serial % pool.length]!;
  const url = `https://news${sourceId}.example/articles/${(serial++).toString(36)}-${randomBytes(3).toString('hex')}`;
  return {
    ...base,
    id: articleId(url),
    url,
    title: `${base.title} ${serial}`,
    publishedAt: publishedAt.toISOString(),
    contentHash: randomBytes(16).toString('hex'),
  };
}

/** What the worker passes with an upsert: the page's URL id and validators. */
function fetchedOf(article: Article, now: Date) {
  return { urlId: article.id, etag: `"${article.contentHash.slice(0, 16)}"`, lastModified: now.toUTCString() };
}

// 1. Bytes per article and per seen URL, measured one by one.
{
  const store = createStore(redis, 'measure');
  const t = new Date('2026-01-01T00:00:00Z');
  const n = 1000;
  for (let i = 0; i < n; i++) await store.articles.upsert(storyOf('m', t), 'm', t);
  let articleBytes = 0;
  for (const id of await redis.zrange(store.keys.sourceArticles('m'), 0, -1)) articleBytes += await memoryUsage(store.keys.article(id));
  const indexBytes = await memoryUsage(store.keys.sourceArticles('m'));
  const eventBytes = await memoryUsage(store.keys.events);
  say(
    `bytes per stored article (MEMORY USAGE, ${n} articles): stored copy ${Math.round(articleBytes / n)}, its event ${Math.round(eventBytes / n)}, source index entry ${Math.round(indexBytes / n)}`,
  );
  await redis.flushdb();

  for (const count of [10_000, 200_000, 1_000_000]) {
    const { seen, keys } = createStore(redis, 'measure');
    const before = await usedMemory();
    for (let i = 0; i < count; i += 10_000)
      await seen.markSeen(
        Array.from({ length: 10_000 }, () => randomBytes(12).toString('hex')),
        t,
      );
    let bucketBytes = 0;
    const sizes = redis.pipeline();
    for (let b = 0; b < SEEN_BUCKETS; b++) sizes.call('MEMORY', 'USAGE', keys.seenBucket(b.toString(16).padStart(3, '0')), 'SAMPLES', '0');
    for (const [, size] of (await sizes.exec()) ?? []) bucketBytes += Number(size ?? 0);
    const encoding = await redis.object('ENCODING', keys.seenBucket('000'));
    say(
      `bytes per seen URL at ${count.toLocaleString('en')} URLs: ${(bucketBytes / count).toFixed(1)} (MEMORY USAGE of the buckets, ${encoding}); used_memory grew ${((await usedMemory()) - before) / count > 0 ? (((await usedMemory()) - before) / count).toFixed(1) : '0'} per URL`,
    );
    await redis.flushdb();
  }
}

// 2. The soak.
const emptyUsed = await usedMemory();
const store = createStore(redis, 'soak');
const start = new Date('2026-01-01T00:00:00Z');
const sources = Array.from({ length: SOURCES }, (_, i) => `s${i}`);
const plan: RetentionPlan = {
  sources: sources.map((id) => ({ id, maxAgeMs: MAX_AGE, maxArticles: 100_000 })),
  retired: { maxAgeMs: MAX_AGE, maxArticles: 100_000 },
  seenForMs: SEEN_FOR,
  eventsMaxAgeMs: EVENTS_AGE,
  deliveriesMaxAgeMs: 30 * DAY,
  healthMaxAgeMs: 30 * DAY,
  batch: 500,
  // One retention step per simulated hour, as `retention.every: 1h` would.
  seenBuckets: seenBucketsPerStep(HOUR, SEEN_FOR),
};
const subscription = await store.subscriptions.create({
  url: 'https://hooks.example/feedwright',
  feeds: null,
  events: ['article.created', 'article.updated'],
  now: start,
});
type Pending = { at: number; sourceId: string; article: Article };
const edits: Pending[] = [];
const listings = new Map(sources.map((id) => [id, [] as string[]]));
let resurrected = 0;
let created = 0;
let updated = 0;
let evictedEdits = 0;
const removedTotal = { articles: 0, events: 0, deliveries: 0, health: 0, seen: 0 };
const rows: Array<{ day: number; used: number; articles: number; events: number; seen: number }> = [];
const began = performance.now();

async function logDelivery(now: Date, cursor: string, eventId: string) {
  await store.deliveries.record(subscription.id, {
    at: now.toISOString(),
    webhookId: `msg_${eventId}`,
    eventId,
    cursor,
    attempt: 1,
    manual: false,
    outcome: 'delivered',
    status: 204,
    durationMs: 12,
    code: null,
    message: null,
    nextAttemptAt: null,
  });
}

for (let hour = 0; hour < DAYS * 24; hour++) {
  const now = new Date(start.getTime() + hour * HOUR);
  await Promise.all(
    sources.map(async (sourceId, index) => {
      // Publish: PER_DAY a day, spread over the hours (sources out of step with each other).
      const due = Math.floor(((hour + 1) * PER_DAY + index) / 24) - Math.floor((hour * PER_DAY + index) / 24);
      for (let i = 0; i < due; i++) {
        const article = storyOf(sourceId, now);
        // As the worker stores it: seen, validators and the created count ride in the upsert script.
        const result = await store.articles.upsert(article, sourceId, now, { fetched: fetchedOf(article, now) });
        if (result.status === 'created') {
          created++;
          await logDelivery(now, result.cursor, result.event.id);
        }
        listings.get(sourceId)!.unshift(article.id);
        const roll = (serial * 7919) % 100;
        if (roll < 30) edits.push({ at: now.getTime() + 2 * HOUR, sourceId, article });
        if (roll < 10) edits.push({ at: now.getTime() + 20 * HOUR, sourceId, article });
      }
      const listing = listings.get(sourceId)!;
      listing.length = Math.min(listing.length, LISTING);
      // The poll: the site lists its newest stories; none of them may look new again.
      resurrected += (await store.seen.filterUnseen(listing, now)).length;
      await store.health.recordPoll(
        sourceId,
        now,
        [{ route: `feed https://news${sourceId}.example/rss.xml`, found: listing.length, newItems: due, errorCode: null, errorMessage: null, status: 'ok' }],
        new Date(now.getTime() + HOUR),
      );
    }),
  );
  // Edits due this hour (re-checks that found a change), only of stories still kept.
  const dueEdits = edits.filter((e) => e.at <= now.getTime());
  edits.splice(0, edits.length, ...edits.filter((e) => e.at > now.getTime()));
  for (const edit of dueEdits) {
    edit.article = { ...edit.article, contentHash: randomBytes(16).toString('hex'), contentText: `${edit.article.contentText}\n\n更新：${now.toISOString()}` };
    const result = await store.articles.upsert(edit.article, edit.sourceId, now, { onlyIfStored: true, fetched: fetchedOf(edit.article, now) });
    if (result.status === 'evicted') evictedEdits++;
    if (result.status === 'updated') {
      updated++;
      await logDelivery(now, result.cursor, result.event.id);
    }
  }
  const removed = await store.retention.step(plan, now);
  for (const kind of Object.keys(removedTotal) as Array<keyof typeof removedTotal>) removedTotal[kind] += removed[kind];

  if ((hour + 1) % 24 === 0) {
    const lengths = redis.pipeline();
    for (let b = 0; b < SEEN_BUCKETS; b++) lengths.hlen(store.keys.seenBucket(b.toString(16).padStart(3, '0')));
    const seenCount = ((await lengths.exec()) ?? []).reduce((n, [, len]) => n + Number(len ?? 0), 0);
    let articles = 0;
    for (const sourceId of sources) articles += await store.articles.count(sourceId);
    rows.push({ day: (hour + 1) / 24, used: await usedMemory(), articles, events: await redis.xlen(store.keys.events), seen: seenCount });
  }
}

say('');
say(
  `soak: ${SOURCES} sources × ${PER_DAY} stories/day for ${DAYS} simulated days (${created} created, ${updated} updated, ${evictedEdits} edits of evicted stories left out) in ${((performance.now() - began) / 1000).toFixed(0)} s`,
);
say(
  `retention: maxAge ${values['max-age']}, events ${values.events}, seenFor ${values['seen-for']}, one step per simulated hour (${plan.seenBuckets} seen buckets a step)`,
);
say(
  `removed: ${Object.entries(removedTotal)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; stories listed again that looked new (resurrections): ${resurrected}`,
);
say('');
say('| day | used_memory MiB | articles | events | seen URLs |');
say('|---:|---:|---:|---:|---:|');
for (const row of rows)
  if (row.day % 5 === 0 || row.day === 1 || row === rows.at(-1)) say(`| ${row.day} | ${mb(row.used)} | ${row.articles} | ${row.events} | ${row.seen} |`);
const last = rows.at(-1)!;
const weekBefore = rows.at(-8);
if (weekBefore)
  say(
    `\nlast simulated week: used_memory ${mb(weekBefore.used)} → ${mb(last.used)} MiB (${(((last.used - weekBefore.used) / weekBefore.used) * 100).toFixed(1)}%)`,
  );
// Everything the pipeline keeps (articles, events, seen, validators, logs) over the empty Redis, per source and day of article retention.
const perSourceDay = (last.used - emptyUsed) / (SOURCES * (MAX_AGE / DAY));
say(
  `sizing: (plateau ${mb(last.used)} MiB − empty Redis ${mb(emptyUsed)} MiB) / (${SOURCES} sources × ${MAX_AGE / DAY} days of article retention) = ${(perSourceDay / 1024).toFixed(0)} KiB per source per day of retention at ${PER_DAY} stories a day (${(perSourceDay / PER_DAY / 1024).toFixed(1)} KiB per story kept, events for ${EVENTS_AGE / DAY} days and seen URLs for ${SEEN_FOR / DAY} days included)`,
);

redis.disconnect();
await redisServer.stop();
if (resurrected > 0) process.exitCode = 1;
