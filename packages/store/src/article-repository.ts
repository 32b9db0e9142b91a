import type { Article, StoredArticle } from '@feedwright/core/article.ts';
import { eventId as makeEventId } from '@feedwright/core/ids.ts';
import type { ArticleEvent, ArticleEventType } from '@feedwright/core/jobs.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { RedisClient } from './redis-client.ts';
import { createReplicaAck, type ReplicaAck } from './replica-ack.ts';
import type { StoreKeys } from './store-keys.ts';
import { dayNumber, seenSlot } from './seen-repository.ts';
import { VALIDATOR_TTL_SECONDS } from './validator-repository.ts';

export type UpsertResult =
  { status: 'unchanged'; article: StoredArticle } | { status: 'created' | 'updated'; article: StoredArticle; event: ArticleEvent; cursor: string };

/** An upsert with `onlyIfStored`: `evicted` when retention removed the article meanwhile (nothing stored, nothing announced). */
export type StoredOnlyResult = UpsertResult | { status: 'evicted'; article: null };

/**
 * Compare-and-set of an article and, in the same atomic step, the event that announces it.
 * Writing both in one script means a crash can never store an article without its event (or the
 * reverse), and a re-run of the same job finds the hash unchanged and emits nothing. When the
 * worker passes what it fetched (`fetched`), the same script also marks the URL (and the article
 * id) seen in their seen buckets, replaces the URL's HTTP validators and counts a created article in
 * the source's health: one round trip instead of four (docs/redis.md, "Round trips"). With
 * `onlyIfStored` (ARGV[20] = '1', re-checks) an article that is not stored any more (retention
 * removed it) is left alone and comes back `evicted`: nothing stored, seen or announced. Every key is
 * passed in KEYS, all in the `{P:content}` slot.
 *
 * KEYS: 1 article, 2 source index, 3 event log, 4 source version, 5 seen bucket of the URL id,
 * 6 the URL's validators, 7 source health, 8 seen bucket of the article id.
 * ARGV: 1 previous hash, 2 new hash, 3 json, 4 version, 5 firstSeenAt, 6 index score, 7 article id,
 * 8 event type, 9 event id, 10 event json, 11 log max length, 12 correlation id, 13 URL id's seen
 * field ('' when nothing was fetched), 14 etag, 15 last-modified, 16 validator TTL (s), 17 the
 * writer's clock (ms), 18 article id's seen field, 19 today (days since 1970), 20 onlyIfStored.
 */
const UPSERT_SCRIPT = `
local cur = redis.call('HGET', KEYS[1], 'contentHash')
if ARGV[20] == '1' and not cur then return {'evicted', ''} end
if (cur or '') ~= ARGV[1] then return {'conflict', cur or ''} end
if ARGV[13] ~= '' then
  redis.call('HSET', KEYS[5], ARGV[13], ARGV[19])
  redis.call('HSET', KEYS[8], ARGV[18], ARGV[19])
  redis.call('DEL', KEYS[6])
  if ARGV[14] ~= '' then redis.call('HSET', KEYS[6], 'etag', ARGV[14]) end
  if ARGV[15] ~= '' then redis.call('HSET', KEYS[6], 'lastModified', ARGV[15]) end
  if ARGV[14] ~= '' or ARGV[15] ~= '' then redis.call('EXPIRE', KEYS[6], ARGV[16]) end
end
local added = redis.call('ZADD', KEYS[2], ARGV[6], ARGV[7])
if cur == ARGV[2] then
  if added == 1 then redis.call('INCR', KEYS[4]) end
  return {'unchanged', ''}
end
redis.call('HSET', KEYS[1], 'json', ARGV[3], 'contentHash', ARGV[2], 'version', ARGV[4], 'firstSeenAt', ARGV[5])
-- The entry id carries the writer's clock (ARGV[17] ms), so retention trims the log by the same clock;
-- when that is behind the log's last id (clock skew), Redis picks the next id itself.
local cursor = redis.pcall('XADD', KEYS[3], 'MAXLEN', '~', ARGV[11], ARGV[17] .. '-*', 'type', ARGV[8], 'id', ARGV[9], 'event', ARGV[10], 'correlationId', ARGV[12])
if type(cursor) == 'table' and cursor.err then
  cursor = redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[11], '*', 'type', ARGV[8], 'id', ARGV[9], 'event', ARGV[10], 'correlationId', ARGV[12])
end
redis.call('INCR', KEYS[4])
if ARGV[8] == 'article.created' and ARGV[13] ~= '' then redis.call('HINCRBY', KEYS[7], 'articlesStored', 1) end
return {'written', cursor}
`;

/**
 * Removes one article from its source index and the store, and bumps the source's version so feed
 * caches re-render. One article's keys only (cluster-safe); the seen record is kept on purpose.
 */
const REMOVE_SCRIPT = `
local indexed = redis.call('ZREM', KEYS[2], ARGV[1])
local stored = redis.call('UNLINK', KEYS[1], KEYS[4])
if indexed + stored > 0 then redis.call('INCR', KEYS[3]) end
return indexed
`;

/** Fields compared to tell subscribers what an update changed. */
const COMPARED_FIELDS = ['title', 'contentHtml', 'contentText', 'summary', 'publishedAt', 'updatedAt', 'leadImage', 'images', 'byline', 'tags'] as const;

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

/** What the worker fetched, written with the article: the URL's id (marked seen) and its HTTP validators. */
export type FetchedPage = { urlId: string; etag: string | null; lastModified: string | null };

/** Options of an upsert: the job's correlation id and, from the worker, what it fetched. */
export type UpsertOptions = { correlationId?: string; fetched?: FetchedPage };

/** Articles, their per-source index and the event log entries that announce changes. */
export function createArticleRepository(
  redis: RedisClient,
  keys: StoreKeys,
  options: { eventLogMaxLength?: number; replicaAck?: ReplicaAck; validatorTtlSeconds?: number } = {},
) {
  const maxLength = String(options.eventLogMaxLength ?? 100_000);
  const validatorTtl = String(options.validatorTtlSeconds ?? VALIDATOR_TTL_SECONDS);
  const replicaAck = options.replicaAck ?? createReplicaAck(false);

  async function get(id: string): Promise<StoredArticle | null> {
    const json = await redis.hget(keys.article(id), 'json');
    return json === null ? null : (JSON.parse(json) as StoredArticle);
  }

  /**
   * Stores an extracted article: created, updated (content hash changed) or unchanged. With
   * `onlyIfStored` (re-checks) an article that is not stored — retention removed it — is left out
   * (`evicted`), so a re-check never announces a removed story again.
   */
  async function upsert(article: Article, sourceId: string, now: Date, options?: UpsertOptions & { onlyIfStored?: false }): Promise<UpsertResult>;
  async function upsert(article: Article, sourceId: string, now: Date, options: UpsertOptions & { onlyIfStored: boolean }): Promise<StoredOnlyResult>;
  async function upsert(article: Article, sourceId: string, now: Date, options: UpsertOptions & { onlyIfStored?: boolean } = {}): Promise<StoredOnlyResult> {
    const write = { fetched: options.fetched ?? null, onlyIfStored: options.onlyIfStored ?? false, now };
    for (let attempt = 0; attempt < 5; attempt++) {
      const previous = await get(article.id);
      // The script checks again (a removal between this read and the write comes back `evicted`), so this holds under races too.
      if (!previous && options.onlyIfStored) return { status: 'evicted', article: null };
      if (previous && previous.contentHash === article.contentHash) {
        const result = await runScript(previous, previous, 'article.updated', '', write);
        if (result[0] === 'evicted') return { status: 'evicted', article: null };
        if (result[0] === 'conflict') continue;
        return { status: 'unchanged', article: previous };
      }
      const nowIso = now.toISOString();
      const stored: StoredArticle = {
        ...article,
        sourceId: previous?.sourceId ?? sourceId,
        firstSeenAt: previous?.firstSeenAt ?? nowIso,
        lastChangedAt: nowIso,
        version: (previous?.version ?? 0) + 1,
      };
      const type: ArticleEventType = previous ? 'article.updated' : 'article.created';
      const event: ArticleEvent = {
        type,
        id: makeEventId(stored.id, stored.contentHash),
        timestamp: nowIso,
        data: previous ? { article: stored, changedFields: changedFields(previous, stored) } : { article: stored },
      };
      const result = await runScript(previous, stored, type, JSON.stringify(event), write, event.id, options.correlationId);
      if (result[0] === 'evicted') return { status: 'evicted', article: null };
      if (result[0] === 'conflict') continue; // another worker wrote in between: read again
      if (result[0] === 'unchanged') return { status: 'unchanged', article: stored };
      return { status: previous ? 'updated' : 'created', article: stored, event, cursor: result[1] };
    }
    throw new FeedwrightError('STORE_FAILED', `article ${article.id} kept changing under concurrent writers`);
  }

  async function runScript(
    previous: StoredArticle | null,
    stored: StoredArticle,
    type: ArticleEventType,
    eventJson: string,
    write: { fetched: FetchedPage | null; onlyIfStored: boolean; now: Date },
    id = '',
    correlationId = '',
  ): Promise<[string, string]> {
    const { fetched, now } = write;
    const urlSlot = seenSlot(fetched?.urlId ?? stored.id);
    const articleSlot = seenSlot(stored.id);
    const score = Date.parse(stored.publishedAt ?? stored.firstSeenAt);
    const pipeline = redis.pipeline().eval(
      UPSERT_SCRIPT,
      8,
      keys.article(stored.id),
      keys.sourceArticles(stored.sourceId),
      keys.events,
      keys.sourceVersion(stored.sourceId),
      keys.seenBucket(urlSlot.bucket),
      keys.validators(fetched?.urlId ?? stored.id),
      keys.sourceHealth(stored.sourceId),
      keys.seenBucket(articleSlot.bucket),
      previous?.contentHash ?? '',
      stored.contentHash,
      JSON.stringify(stored),
      String(stored.version),
      stored.firstSeenAt,
      String(Number.isFinite(score) ? score : 0),
      stored.id,
      type,
      id,
      eventJson,
      maxLength,
      // Not part of the event: it lets the logs follow a story from discovery to webhook.
      correlationId,
      fetched ? urlSlot.field : '',
      fetched?.etag ?? '',
      fetched?.lastModified ?? '',
      validatorTtl,
      String(now.getTime()),
      articleSlot.field,
      String(dayNumber(now)),
      write.onlyIfStored ? '1' : '0',
    );
    // Same round trip: a replica acknowledges the write before the job that made it completes.
    const waited = replicaAck.append(pipeline);
    const rows = (await pipeline.exec()) ?? [];
    const [error, result] = rows[0] ?? [new Error('empty pipeline reply'), null];
    if (error) throw new FeedwrightError('STORE_FAILED', `storing article ${stored.id} failed: ${error.message}`, { cause: error, transient: true });
    if (waited) replicaAck.observe(rows[1]?.[1]);
    return result as [string, string];
  }

  /** The newest `limit` articles of the given sources, newest first (by publication, else first seen). */
  async function listBySources(sourceIds: readonly string[], limit: number): Promise<StoredArticle[]> {
    const pipeline = redis.pipeline();
    for (const sourceId of sourceIds) pipeline.zrevrange(keys.sourceArticles(sourceId), 0, limit - 1, 'WITHSCORES');
    const ranked = new Map<string, number>();
    for (const [error, rows] of (await pipeline.exec()) ?? []) {
      if (error) throw new FeedwrightError('STORE_FAILED', 'reading a source index failed', { cause: error });
      const list = rows as string[];
      for (let i = 0; i < list.length; i += 2) ranked.set(list[i]!, Number(list[i + 1]));
    }
    const ids = [...ranked.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => id);
    if (ids.length === 0) return [];
    const reads = redis.pipeline();
    for (const id of ids) reads.hget(keys.article(id), 'json');
    const out: StoredArticle[] = [];
    for (const [, json] of (await reads.exec()) ?? []) if (typeof json === 'string') out.push(JSON.parse(json) as StoredArticle);
    return out;
  }

  /** A token that changes whenever any of these sources gains or changes an article (for feed caches). */
  async function sourcesVersion(sourceIds: readonly string[]): Promise<string> {
    if (sourceIds.length === 0) return '';
    const versions = await redis.mget(...sourceIds.map((id) => keys.sourceVersion(id)));
    return versions.map((v) => v ?? '0').join('.');
  }

  /**
   * Up to `limit` ids of a source that retention removes: those ranked before `olderThan` (epoch ms
   * of publication, else first seen), then the oldest beyond the newest `keep`.
   */
  async function expiredIds(sourceId: string, olderThan: number, keep: number, limit: number): Promise<string[]> {
    const key = keys.sourceArticles(sourceId);
    const [[, old], [, count]] = (await redis.multi().zrangebyscore(key, '-inf', `(${olderThan}`, 'LIMIT', 0, limit).zcard(key).exec()) as [
      [null, string[]],
      [null, number],
    ];
    const excess = Math.min(limit, count - keep);
    if (excess <= old.length) return old;
    const oldest = await redis.zrange(key, 0, excess - 1);
    return [...new Set([...old, ...oldest])].slice(0, limit);
  }

  /** Removes articles of one source (index, stored copy, validators); returns how many were indexed. */
  async function remove(sourceId: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const calls = redis.pipeline();
    for (const id of ids) calls.eval(REMOVE_SCRIPT, 4, keys.article(id), keys.sourceArticles(sourceId), keys.sourceVersion(sourceId), keys.validators(id), id);
    let removed = 0;
    for (const [error, n] of (await calls.exec()) ?? []) {
      if (error) throw new FeedwrightError('STORE_FAILED', `removing articles of ${sourceId} failed`, { cause: error });
      removed += Number(n);
    }
    return removed;
  }

  /** How many articles a source's index holds. */
  async function count(sourceId: string): Promise<number> {
    return redis.zcard(keys.sourceArticles(sourceId));
  }

  return { get, upsert, listBySources, sourcesVersion, expiredIds, remove, count };
}

/** Names of the top-level fields whose values differ between two versions. */
export function changedFields(before: Article, after: Article): string[] {
  return COMPARED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
