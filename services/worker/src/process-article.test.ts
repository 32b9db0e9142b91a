import { readFileSync } from 'node:fs';
import { validateConfig } from '@feedwright/core/config.ts';
import type { FetchRequest, FetchResult, HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { describe, expect, it } from 'vitest';
import { articleId } from '@feedwright/core/ids.ts';
import { isExpired, processArticle } from './process-article.ts';

const PAGE = readFileSync(new URL('../../../packages/newsroom/data/seed-article-simp.html', import.meta.url));
const URL_ = 'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp';
// The page was published on 2026-02-05T04:21:13Z.
const DAY_AFTER = new Date('2026-02-06T04:21:13Z');
const THIRTY_DAYS = 30 * 86_400_000;

const source = (() => {
  const result = validateConfig({ sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://www.bbc.com/zhongwen/rss.xml' }] }] });
  if (!result.ok) throw new Error('config');
  return result.config.sources[0]!;
})();

function http(answer: Partial<Extract<FetchResult, { notModified: false }>> | 'not-modified') {
  const requests: FetchRequest[] = [];
  const client: HttpClient = {
    async fetch(request) {
      requests.push(request);
      if (answer === 'not-modified') return { status: 304, url: request.url, notModified: true, headers: {} };
      return {
        status: 200,
        url: request.url,
        notModified: false,
        body: PAGE,
        contentType: 'text/html; charset=utf-8',
        etag: '"v1"',
        lastModified: null,
        headers: {},
        ...answer,
      };
    },
    close: async () => undefined,
  };
  return { client, requests };
}

function fakeStore() {
  const writes: string[] = [];
  const store = {
    validators: { get: async () => ({ etag: '"v0"', lastModified: null }), set: async (id: string) => void writes.push(`validators ${id}`) },
    articles: {
      upsert: async (article: { id: string }, _source: string, _now: Date, options: { fetched?: { urlId: string; etag: string | null } }) => (
        writes.push(`upsert ${article.id} validators ${options.fetched?.etag}`),
        { status: 'created', article }
      ),
    },
    seen: { markSeen: async (ids: string[]) => void writes.push(`seen ${ids.join(',')}`) },
  } as unknown as Store;
  return { store, writes };
}

describe('processArticle (fake http and store)', () => {
  it('fetches, extracts and stores a page with its validators in one upsert, with per-stage timings', async () => {
    const fake = fakeStore();
    const outcome = await processArticle({ sourceId: 's', url: URL_, reason: 'discovered', correlationId: 'c' }, source, {
      http: http({}).client,
      store: fake.store,
      now: DAY_AFTER,
      maxAgeMs: THIRTY_DAYS,
    });
    expect(outcome).toMatchObject({
      status: 'created',
      host: 'www.bbc.com',
      timings: { fetch: expect.any(Number), extract: expect.any(Number), store: expect.any(Number) },
    });
    expect(fake.writes).toEqual([`upsert ${outcome.articleId} validators "v1"`]);
  });

  it('answers not-modified for a re-check the site answers 304 (conditional GET with the stored validators)', async () => {
    const fake = fakeStore();
    const client = http('not-modified');
    const outcome = await processArticle({ sourceId: 's', url: URL_, reason: 'recheck', recheckIndex: 0, correlationId: 'c' }, source, {
      http: client.client,
      store: fake.store,
      now: DAY_AFTER,
      maxAgeMs: THIRTY_DAYS,
    });
    expect(outcome).toMatchObject({ status: 'not-modified', articleId: null });
    expect(client.requests[0]).toMatchObject({ etag: '"v0"' });
    expect(fake.writes).toEqual([]);
  });

  it('throws a permanent FETCH_NOT_HTML for a PDF and stores nothing', async () => {
    const fake = fakeStore();
    const failure = processArticle({ sourceId: 's', url: URL_, reason: 'discovered', correlationId: 'c' }, source, {
      http: http({ contentType: 'application/pdf' }).client,
      store: fake.store,
      now: DAY_AFTER,
      maxAgeMs: THIRTY_DAYS,
    });
    await expect(failure).rejects.toMatchObject({ code: 'FETCH_NOT_HTML', transient: false });
    expect(fake.writes).toEqual([]);
  });

  it('remembers a page published before maxAge as seen but stores and announces nothing (retention would remove it at once)', async () => {
    const fake = fakeStore();
    const outcome = await processArticle({ sourceId: 's', url: URL_, reason: 'discovered', correlationId: 'c' }, source, {
      http: http({}).client,
      store: fake.store,
      now: new Date(DAY_AFTER.getTime() + THIRTY_DAYS),
      maxAgeMs: THIRTY_DAYS,
    });
    expect(outcome).toMatchObject({ status: 'expired', articleId: expect.any(String), host: 'www.bbc.com' });
    expect(fake.writes).toEqual([`seen ${articleId(URL_)},${outcome.articleId}`]);
  });
});

describe('isExpired', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  it('is true only for a publication date before now - maxAge (here 2026-01-30T00:00Z)', () => {
    expect(isExpired({ publishedAt: '2026-01-29T23:59:59Z' }, now, THIRTY_DAYS)).toBe(true);
    expect(isExpired({ publishedAt: '2026-01-30T00:00:00Z' }, now, THIRTY_DAYS)).toBe(false);
    // A stated offset counts: 2026-01-30T02:00+03:00 is 2026-01-29T23:00Z.
    expect(isExpired({ publishedAt: '2026-01-30T02:00:00+03:00' }, now, THIRTY_DAYS)).toBe(true);
    expect(isExpired({ publishedAt: null }, now, THIRTY_DAYS)).toBe(false);
    expect(isExpired({ publishedAt: 'not a date' }, now, THIRTY_DAYS)).toBe(false);
  });
});
