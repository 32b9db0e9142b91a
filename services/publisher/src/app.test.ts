import { validateConfig, type Config } from '@feedwright/core/config.ts';
import { createStore, type Store } from '@feedwright/store/create-store.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { buildApp } from './app.ts';
import { sampleArticle } from './testing/sample-article.ts';

const TOKEN = 'test-token';

function config(): Config {
  const result = validateConfig({
    sources: [
      { id: 's1', name: 'S1', discover: [{ feed: 'https://example.org/rss' }] },
      { id: 's2', name: 'S2 (trad)', discover: [{ feed: 'https://example.org/trad.rss' }] },
    ],
    feeds: [
      { id: 'f1', title: 'Feed one', sources: ['s1'] },
      { id: 'zh', title: '中文', language: 'zh-Hans', sources: ['s1'], limit: 5 },
    ],
  });
  if (!result.ok) throw new Error('bad test config');
  return result.config;
}

describe('publisher HTTP API (real Redis, app.inject)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let store: Store;
  let app: ReturnType<typeof buildApp>;
  beforeEach(async () => {
    ctx = await openTestRedis('api');
    store = createStore(ctx.redis, ctx.prefix);
    app = buildApp({ config: config(), store, adminToken: TOKEN, publicUrl: 'http://feeds.example', logger: pino({ level: 'silent' }), redis: ctx.redis });
  });
  afterEach(async () => {
    await app.close();
    await ctx.cleanup();
  });
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('creates a subscription with a whsec_ secret and never shows the secret again', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/subscriptions', headers: auth, payload: { url: 'https://hooks.example/x', feeds: ['f1'] } });
    expect(created.statusCode).toBe(201);
    const body = created.json() as { id: string; secret: string; events: string[] };
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(body.events).toEqual(['article.created', 'article.updated']);
    const listed = await app.inject({ method: 'GET', url: '/api/subscriptions', headers: auth });
    expect(listed.body).not.toContain(body.secret);
    expect((listed.json() as { subscriptions: unknown[] }).subscriptions).toHaveLength(1);
    expect((await app.inject({ method: 'DELETE', url: `/api/subscriptions/${body.id}`, headers: auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/subscriptions/${body.id}`, headers: auth })).statusCode).toBe(404);
  });

  it.each([
    ['no token', {}, { url: 'https://hooks.example/x' }, 401, 'API_UNAUTHORIZED'],
    ['a wrong token', { authorization: 'Bearer nope' }, { url: 'https://hooks.example/x' }, 401, 'API_UNAUTHORIZED'],
    ['an invalid URL', auth, { url: 'ftp://x' }, 400, 'SUBSCRIPTION_URL_REFUSED'],
    ['an unknown feed', auth, { url: 'https://hooks.example/x', feeds: ['nope'] }, 400, 'API_BAD_REQUEST'],
    ['an unknown event type', auth, { url: 'https://hooks.example/x', events: ['article.deleted'] }, 400, 'API_BAD_REQUEST'],
    ['an unknown field', auth, { url: 'https://hooks.example/x', colour: 'red' }, 400, 'API_BAD_REQUEST'],
  ])('rejects a subscription with %s with a coded error', async (_label, headers, payload, status, code) => {
    const response = await app.inject({ method: 'POST', url: '/api/subscriptions', headers, payload });
    expect(response.statusCode).toBe(status);
    expect((response.json() as { error: { code: string } }).error.code).toBe(code);
  });

  it('rejects a huge body with 413 and a coded error', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/subscriptions',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ url: 'https://x.example/' + 'a'.repeat(200_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect((response.json() as { error: { code: string } }).error.code).toBe('API_BAD_REQUEST');
  });

  it('serves an empty but valid feed, 404s unknown feeds and answers 304 to a matching ETag', async () => {
    const first = await app.inject({ method: 'GET', url: '/feeds/f1.atom' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(first.headers.link).toBe('<http://feeds.example/feeds/f1.atom>; rel="self", <http://feeds.example/hub>; rel="hub"');
    const again = await app.inject({ method: 'GET', url: '/feeds/f1.atom', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    const missing = await app.inject({ method: 'GET', url: '/feeds/nope.rss' });
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as { error: { code: string } }).error.code).toBe('API_NOT_FOUND');
    expect((await app.inject({ method: 'GET', url: '/feeds/f1.rss?limit=abc' })).statusCode).toBe(400);
  });

  it('answers health, readiness, the index page with autodiscovery, and replay with a bad cursor', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.body).toContain('<link rel="alternate" type="application/atom+xml" title="Feed one (Atom)" href="http://feeds.example/feeds/f1.atom">');
    expect((await app.inject({ method: 'GET', url: '/api/events?after=zzz' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/events' })).json()).toEqual({ events: [], next: null });
  });

  const feedResponse = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('answers HEAD with the GET headers and no body, and sends Cache-Control, Vary and both Link relations', async () => {
    await store.articles.upsert(sampleArticle({ url: 'https://news.example/a/1' }), 's1', new Date('2026-02-05T05:00:00Z'));
    const get = await feedResponse('/feeds/f1.rss');
    const head = await app.inject({ method: 'HEAD', url: '/feeds/f1.rss' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    for (const name of ['etag', 'last-modified', 'content-type', 'cache-control', 'link']) expect(head.headers[name], name).toBe(get.headers[name]);
    expect(get.headers['cache-control']).toBe('public, max-age=60');
    expect(get.headers.vary).toBe('Accept-Encoding');
    expect(get.headers.link).toBe('<http://feeds.example/feeds/f1.rss>; rel="self", <http://feeds.example/hub>; rel="hub"');
    expect(get.headers['last-modified']).toBe('Thu, 05 Feb 2026 05:00:00 GMT');
    expect((await feedResponse('/feeds/f1.rss', { 'if-modified-since': 'Thu, 05 Feb 2026 05:00:00 GMT' })).statusCode).toBe(304);
    expect((await feedResponse('/feeds/f1.rss', { 'if-modified-since': 'Thu, 05 Feb 2026 04:59:59 GMT' })).statusCode).toBe(200);
  });

  it('compresses feeds with br or gzip as asked, with a per-coding ETag that still revalidates', async () => {
    await store.articles.upsert(sampleArticle({ url: 'https://news.example/a/1', contentHtml: `<p>${'长文本。'.repeat(2000)}</p>` }), 's1', new Date());
    const plain = await feedResponse('/feeds/f1.atom');
    const br = await feedResponse('/feeds/f1.atom', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await feedResponse('/feeds/f1.atom', { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    const refused = await feedResponse('/feeds/f1.atom', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);
    expect((await feedResponse('/feeds/f1.atom', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string })).statusCode).toBe(304);
    expect((await feedResponse('/feeds/f1.atom', { 'if-none-match': br.headers.etag as string })).statusCode).toBe(304);
    // The JSON API is compressed too (by @fastify/compress).
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/articles/' + sampleArticle({ url: 'https://news.example/a/1' }).id,
          headers: { 'accept-encoding': 'gzip' },
        })
      ).headers['content-encoding'],
    ).toBe('gzip');
  });

  it('renders a changed feed once per change: same ETag while nothing changes, a new one after a write', async () => {
    await store.articles.upsert(sampleArticle({ url: 'https://news.example/a/1' }), 's1', new Date());
    const first = await feedResponse('/feeds/f1.json');
    expect((await feedResponse('/feeds/f1.json')).headers.etag).toBe(first.headers.etag);
    await store.articles.upsert(sampleArticle({ url: 'https://news.example/a/2', title: '新的' }), 's1', new Date());
    const after = await feedResponse('/feeds/f1.json');
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect((after.json() as { items: unknown[] }).items).toHaveLength(2);
  });

  it("serves ?variant=trad by converting with OpenCC, or with the publisher's own version when it is stored", async () => {
    const tradUrl = 'https://news.example/a/own/trad';
    await store.articles.upsert(
      sampleArticle({ url: 'https://news.example/a/own/simp', title: '自有版本的简体标题', alternates: [{ language: 'zh-Hant', url: tradUrl }] }),
      's1',
      new Date('2026-02-05T05:00:00Z'),
    );
    await store.articles.upsert(sampleArticle({ url: tradUrl, title: '出版方自己的繁體標題', language: 'zh-Hant' }), 's2', new Date('2026-02-05T05:00:00Z'));
    await store.articles.upsert(
      sampleArticle({ url: 'https://news.example/a/only-simp', title: '发展改革委员会说头发' }),
      's1',
      new Date('2026-02-05T05:00:00Z'),
    );
    await store.articles.upsert(
      sampleArticle({
        url: 'https://news.example/a/english',
        title: 'An English story',
        language: 'en',
        contentHtml: '<p>English.</p>',
        contentText: 'English.',
      }),
      's1',
      new Date(),
    );
    const trad = (await feedResponse('/feeds/zh.json?variant=trad')).json() as {
      language: string;
      feed_url: string;
      items: Array<{ url: string; title: string; content_html: string; language?: string }>;
    };
    expect(trad.language).toBe('zh-Hant');
    const byUrl = new Map(trad.items.map((i) => [i.url, i]));
    expect(byUrl.get(tradUrl)?.title).toBe('出版方自己的繁體標題');
    expect(byUrl.has('https://news.example/a/own/simp')).toBe(false);
    expect(byUrl.get('https://news.example/a/only-simp')).toMatchObject({ title: '發展改革委員會說頭髮', language: 'zh-Hant' });
    expect(byUrl.get('https://news.example/a/only-simp')!.content_html).toBe('<p>中國發展改革委員會說，頭髮和軟件。</p>');
    expect(byUrl.get('https://news.example/a/english')?.title).toBe('An English story');
    const simp = (await feedResponse('/feeds/zh.json?variant=simp')).json() as { items: Array<{ title: string }> };
    expect(simp.items.map((i) => i.title)).toContain('发展改革委员会说头发');
    const atom = await feedResponse('/feeds/zh.atom?variant=trad');
    expect(atom.headers.link).toBe('<http://feeds.example/feeds/zh.atom?variant=trad>; rel="self", <http://feeds.example/hub>; rel="hub"');
    expect(atom.body).toContain('xml:lang="zh-Hant"');
    const bad = await feedResponse('/feeds/zh.atom?variant=klingon');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { code: string } }).error.code).toBe('API_BAD_REQUEST');
  });

  it("honours the feed's maximum items and include/exclude keywords, and ?limit can only lower it", async () => {
    for (let i = 0; i < 7; i++)
      await store.articles.upsert(
        sampleArticle({ url: `https://news.example/a/${i}`, title: `标题 ${i}`, publishedAt: new Date(Date.UTC(2026, 1, 1, i)).toISOString() }),
        's1',
        new Date(),
      );
    expect(((await feedResponse('/feeds/zh.json')).json() as { items: unknown[] }).items).toHaveLength(5);
    // ?limit= is rounded up to a cached size (10, 25, 50…), never above the feed's own limit.
    expect(((await feedResponse('/feeds/zh.json?limit=2')).json() as { items: Array<{ title: string }> }).items.map((i) => i.title)).toEqual([
      '标题 6',
      '标题 5',
      '标题 4',
      '标题 3',
      '标题 2',
    ]);
    expect(((await feedResponse('/feeds/zh.json?limit=500')).json() as { items: unknown[] }).items).toHaveLength(5);
  });

  it('rotates a secret: the new one is returned once, the old one keeps signing for 24 h', async () => {
    const created = (await app.inject({ method: 'POST', url: '/api/subscriptions', headers: auth, payload: { url: 'https://hooks.example/x' } })).json() as {
      id: string;
      secret: string;
    };
    const rotated = await app.inject({ method: 'POST', url: `/api/subscriptions/${created.id}/rotate-secret`, headers: auth });
    expect(rotated.statusCode).toBe(200);
    const body = rotated.json() as { secret: string; secretRotatedUntil: string };
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(created.secret);
    expect(Date.parse(body.secretRotatedUntil) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const stored = await store.subscriptions.get(created.id);
    expect(stored?.previousSecrets?.map((p) => p.secret)).toEqual([created.secret]);
    const shown = await app.inject({ method: 'GET', url: `/api/subscriptions/${created.id}`, headers: auth });
    expect(shown.body).not.toContain(created.secret);
    expect(shown.body).not.toContain(body.secret);
    expect((await app.inject({ method: 'POST', url: '/api/subscriptions/sub_nope/rotate-secret', headers: auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: `/api/subscriptions/${created.id}/rotate-secret` })).statusCode).toBe(401);
  });

  it('lists deliveries per subscription and rejects bad redelivery requests with coded errors', async () => {
    const created = (await app.inject({ method: 'POST', url: '/api/subscriptions', headers: auth, payload: { url: 'https://hooks.example/x' } })).json() as {
      id: string;
    };
    const deliveries = await app.inject({ method: 'GET', url: `/api/subscriptions/${created.id}/deliveries`, headers: auth });
    expect(deliveries.json()).toEqual({ deliveries: [] });
    expect((await app.inject({ method: 'GET', url: '/api/subscriptions/sub_nope/deliveries', headers: auth })).statusCode).toBe(404);
    const badCursor = await app.inject({ method: 'POST', url: `/api/subscriptions/${created.id}/redeliver`, headers: auth, payload: { cursor: 'yesterday' } });
    expect(badCursor.statusCode).toBe(400);
    expect((badCursor.json() as { error: { code: string } }).error.code).toBe('API_BAD_REQUEST');
    const unknown = await app.inject({ method: 'POST', url: `/api/subscriptions/${created.id}/redeliver`, headers: auth, payload: { cursor: '1-0' } });
    expect((unknown.json() as { error: { code: string } }).error.code).toMatch(/API_NOT_FOUND|REDIS_UNAVAILABLE/);
  });

  it.each([
    ['no mode', { 'hub.topic': 'http://feeds.example/feeds/f1.atom', 'hub.callback': 'https://sub.example/cb' }],
    [
      'a topic that is not one of our feeds',
      { 'hub.mode': 'subscribe', 'hub.topic': 'https://elsewhere.example/feed', 'hub.callback': 'https://sub.example/cb' },
    ],
    ['an unknown feed', { 'hub.mode': 'subscribe', 'hub.topic': 'http://feeds.example/feeds/nope.atom', 'hub.callback': 'https://sub.example/cb' }],
    ['a callback that is not http(s)', { 'hub.mode': 'subscribe', 'hub.topic': 'http://feeds.example/feeds/f1.atom', 'hub.callback': 'mailto:x@y' }],
    [
      'a 200-byte secret',
      { 'hub.mode': 'subscribe', 'hub.topic': 'http://feeds.example/feeds/f1.atom', 'hub.callback': 'https://sub.example/cb', 'hub.secret': 's'.repeat(200) },
    ],
  ])('the hub rejects a request with %s (400, coded)', async (_label, form) => {
    const response = await app.inject({
      method: 'POST',
      url: '/hub',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form as Record<string, string>).toString(),
    });
    expect(response.statusCode).toBe(400);
    expect((response.json() as { error: { code: string } }).error.code).toBe('API_BAD_REQUEST');
  });
});
