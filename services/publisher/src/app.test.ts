import { validateConfig, type Config } from '@feedwright/core/config.ts';
import { createStore, type Store } from '@feedwright/store/create-store.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';

const TOKEN = 'test-token';

function config(): Config {
  const result = validateConfig({
    sources: [{ id: 's1', name: 'S1', discover: [{ feed: 'https://example.org/rss' }] }],
    feeds: [{ id: 'f1', title: 'Feed one', sources: ['s1'] }],
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
    ['an invalid URL', auth, { url: 'ftp://x' }, 400, 'API_BAD_REQUEST'],
    ['an unknown feed', auth, { url: 'https://hooks.example/x', feeds: ['nope'] }, 400, 'API_BAD_REQUEST'],
    ['an unknown event type', auth, { url: 'https://hooks.example/x', events: ['article.deleted'] }, 400, 'API_BAD_REQUEST'],
    ['an unknown field', auth, { url: 'https://hooks.example/x', colour: 'red' }, 400, 'API_BAD_REQUEST'],
  ])('rejects a subscription with %s with a coded error', async (_label, headers, payload, status, code) => {
    const response = await app.inject({ method: 'POST', url: '/api/subscriptions', headers, payload });
    expect(response.statusCode).toBe(status);
    expect((response.json() as { error: { code: string } }).error.code).toBe(code);
  });

  it('rejects a huge body with 413 and a coded error', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/subscriptions', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ url: 'https://x.example/' + 'a'.repeat(200_000) }) });
    expect(response.statusCode).toBe(413);
    expect((response.json() as { error: { code: string } }).error.code).toBe('API_BAD_REQUEST');
  });

  it('serves an empty but valid feed, 404s unknown feeds and answers 304 to a matching ETag', async () => {
    const first = await app.inject({ method: 'GET', url: '/feeds/f1.atom' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(first.headers.link).toBe('<http://feeds.example/feeds/f1.atom>; rel="self"');
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
});
