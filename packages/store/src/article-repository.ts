import type { Article, StoredArticle } from '@feedwright/core/article.ts';
import { eventId as makeEventId } from '@feedwright/core/ids.ts';
import type { ArticleEvent, ArticleEventType } from '@feedwright/core/jobs.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { RedisClient } from './redis-client.ts';
import { createReplicaAck, type ReplicaAck } from './replica-ack.ts';
import type { StoreKeys } from './store-keys.ts';
import { VALIDATOR_TTL_SECONDS } from './validator-repository.ts';

export type UpsertResult =
  | { status: 'unchanged'; article: StoredArticle }
  | { status: 'created' | 'updated'; article: StoredArticle; event: ArticleEvent; cursor: string };

/**
 * Compare-and-set of an article and, in the same atomic step, the event that announces it.
 * Writing both in one script means a crash can never store an article without its event (or the
 * reverse), and a re-run of the same job finds the hash unchanged and emits nothing. When the
 * worker passes what it fetched (`fetched`), the same script also marks the URL (and the article
 * id) seen, replaces the URL's HTTP validators and counts a created article in the source's
 * health: one round trip instead of four (docs/redis.md, "Round trips").
 */
const UPSERT_SCRIPT = `
local cur = redis.call('HGET', KEYS[1], 'contentHash')
if (cur or '') ~= ARGV[1] then return {'conflict', cur or ''} end
if ARGV[13] ~= '' then
  redis.call('SADD', KEYS[5], ARGV[13], ARGV[7])
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
local cursor = redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[11], '*', 'type', ARGV[8], 'id', ARGV[9], 'event', ARGV[10], 'correlationId', ARGV[12])
redis.call('INCR', KEYS[4])
if ARGV[8] == 'article.created' and ARGV[13] ~= '' then redis.call('HINCRBY', KEYS[7], 'articlesStored', 1) end
return {'written', cursor}
`;

/** Fields compared to tell subscribers what an update changed. */
const COMPARED_FIELDS = ['title', 'contentHtml', 'contentText', 'summary', 'publishedAt', 'updatedAt', 'leadImage', 'images', 'byline', 'tags'] as const;

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

/** What the worker fetched, written with the article: the URL's id (marked seen) and its HTTP validators. */
export type FetchedPage = { urlId: string; etag: string | null; lastModified: string | null };

/** Articles, their per-source index and the event log entries that announce changes. */
export function createArticleRepository(redis: RedisClient, keys: StoreKeys, options: { eventLogMaxLength?: number; replicaAck?: ReplicaAck; validatorTtlSeconds?: number } = {}) {
  const maxLength = String(options.eventLogMaxLength ?? 100_000);
  const validatorTtl = String(options.validatorTtlSeconds ?? VALIDATOR_TTL_SECONDS);
  const replicaAck = options.replicaAck ?? createReplicaAck(false);

  async function get(id: string): Promise<StoredArticle | null> {
    const json = await redis.hget(keys.article(id), 'json');
    return json === null ? null : (JSON.parse(json) as StoredArticle);
  }

  /** Stores an extracted article: created, updated (content hash changed) or unchanged. */
  async function upsert(article: Article, sourceId: string, now: Date, options: { correlationId?: string; fetched?: FetchedPage } = {}): Promise<UpsertResult> {
    const fetched = options.fetched ?? null;
    for (let attempt = 0; attempt < 5; attempt++) {
      const previous = await get(article.id);
      if (previous && previous.contentHash === article.contentHash) {
        const result = await runScript(previous, previous, 'article.updated', '', fetched);
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
      const result = await runScript(previous, stored, type, JSON.stringify(event), fetched, event.id, options.correlationId);
      if (result[0] === 'conflict') continue; // another worker wrote in between: read again
      if (result[0] === 'unchanged') return { status: 'unchanged', article: stored };
      return { status: previous ? 'updated' : 'created', article: stored, event, cursor: result[1] };
    }
    throw new FeedwrightError('STORE_FAILED', `article ${article.id} kept changing under concurrent writers`);
  }

  async function runScript(previous: StoredArticle | null, stored: StoredArticle, type: ArticleEventType, eventJson: string, fetched: FetchedPage | null, id = '', correlationId = ''): Promise<[string, string]> {
    const score = Date.parse(stored.publishedAt ?? stored.firstSeenAt);
    const pipeline = redis.pipeline().eval(
      UPSERT_SCRIPT,
      7,
      keys.article(stored.id),
      keys.sourceArticles(stored.sourceId),
      keys.events,
      keys.sourceVersion(stored.sourceId),
      keys.seen,
      keys.validators(fetched?.urlId ?? stored.id),
      keys.sourceHealth(stored.sourceId),
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
      fetched?.urlId ?? '',
      fetched?.etag ?? '',
      fetched?.lastModified ?? '',
      validatorTtl,
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
    const ids = [...ranked.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
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

  return { get, upsert, listBySources, sourcesVersion };
}

/** Names of the top-level fields whose values differ between two versions. */
export function changedFields(before: Article, after: Article): string[] {
  return COMPARED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
