import type { FeedConfig } from '@feedwright/core/config.ts';
import { ARTICLE_EVENT_TYPES } from '@feedwright/core/jobs.ts';
import { FEED_MEDIA_TYPES } from '@feedwright/feeds/render-feed.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { publicSubscription } from '@feedwright/store/subscription-repository.ts';
import Fastify, { LogController, type FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { isAuthorized } from './admin-auth.ts';
import { apiError } from './api-error.ts';
import { createFeedCache, FEED_EXTENSIONS } from './feed-cache.ts';
import { renderIndexPage } from './index-page.ts';
import type { PublisherDeps } from './service-deps.ts';

const subscriptionBody = z
  .object({
    url: z.string().refine((value) => {
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'must be an absolute http(s) URL'),
    feeds: z.array(z.string()).min(1).optional(),
    events: z.array(z.enum(ARTICLE_EVENT_TYPES as ['article.created', 'article.updated'])).min(1).optional(),
  })
  .strict();

function send(reply: FastifyReply, error: ReturnType<typeof apiError>) {
  return reply.code(error.status).type('application/json; charset=utf-8').send(error.body);
}

/**
 * Builds the publisher's HTTP app (no listen: tests use `app.inject()`, main listens).
 * Routes are documented in docs/http-api.md.
 */
export function buildApp(deps: Pick<PublisherDeps, 'config' | 'store' | 'adminToken' | 'publicUrl' | 'logger' | 'clock'> & { redis: Redis }) {
  const { config, store } = deps;
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    loggerInstance: deps.logger.child({ service: 'publisher' }),
    bodyLimit: 64 * 1024,
    // Per-request access logs would drown the pipeline's own logs; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const feeds = new Map<string, FeedConfig>(config.feeds.map((f) => [f.id, f]));
  const cache = createFeedCache(store, deps.publicUrl);

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.statusCode && error.statusCode < 500) {
      return send(reply, { status: error.statusCode, body: { error: { code: 'API_BAD_REQUEST', message: error.message } } });
    }
    request.log.error({ err: error, code: 'INTERNAL', url: request.url }, 'request failed');
    return send(reply, apiError('INTERNAL', 'internal error; see the publisher log'));
  });
  app.setNotFoundHandler((request, reply) => send(reply, apiError('API_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)));

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      // Commands wait for a reconnect by design; readiness must answer now.
      await Promise.race([deps.redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 1 s')), 1000).unref())]);
      return { status: 'ready' };
    } catch (error) {
      return send(reply, apiError('REDIS_UNAVAILABLE', `Redis: ${(error as Error).message}`));
    }
  });

  app.get('/', async (_request, reply) => {
    const health = await Promise.all(config.sources.map((s) => store.health.get(s.id)));
    return reply.type('text/html; charset=utf-8').send(renderIndexPage(config, deps.publicUrl, health));
  });

  app.get<{ Params: { file: string }; Querystring: { limit?: string } }>('/feeds/:file', async (request, reply) => {
    const match = /^([a-z0-9][a-z0-9_-]*)\.(rss|atom|json)$/.exec(request.params.file);
    const feed = match ? feeds.get(match[1]!) : undefined;
    if (!match || !feed) return send(reply, apiError('API_NOT_FOUND', `no feed "${request.params.file}" (feeds: ${[...feeds.keys()].join(', ') || 'none'})`));
    const format = FEED_EXTENSIONS[match[2]!]!;
    let limit = feed.limit;
    if (request.query.limit !== undefined) {
      const asked = Number(request.query.limit);
      if (!Number.isInteger(asked) || asked < 1) return send(reply, apiError('API_BAD_REQUEST', 'limit must be a positive integer'));
      limit = Math.min(asked, feed.limit);
    }
    const rendered = await cache.get(feed, format, limit);
    reply
      .header('ETag', rendered.etag)
      .header('Last-Modified', rendered.lastModified.toUTCString())
      .header('Cache-Control', 'public, max-age=60')
      .header('Link', `<${deps.publicUrl}/feeds/${feed.id}.${match[2]}>; rel="self"`);
    const inm = request.headers['if-none-match'];
    const ims = request.headers['if-modified-since'];
    const notModified = inm !== undefined ? inm.split(/\s*,\s*/).includes(rendered.etag) || inm.trim() === '*' : ims !== undefined && Date.parse(ims) >= rendered.lastModified.getTime();
    if (notModified) return reply.code(304).send();
    return reply.type(FEED_MEDIA_TYPES[format]).send(rendered.body);
  });

  app.get('/api/feeds', async () => ({
    feeds: config.feeds.map((f) => ({
      id: f.id,
      title: f.title,
      sources: f.sources,
      urls: { rss: `${deps.publicUrl}/feeds/${f.id}.rss`, atom: `${deps.publicUrl}/feeds/${f.id}.atom`, json: `${deps.publicUrl}/feeds/${f.id}.json` },
    })),
  }));

  app.get('/api/sources', async () => ({
    sources: await Promise.all(config.sources.map(async (s) => ({ id: s.id, name: s.name, health: await store.health.get(s.id) }))),
  }));

  app.get<{ Params: { id: string } }>('/api/articles/:id', async (request, reply) => {
    const article = /^[0-9a-f]{24}$/.test(request.params.id) ? await store.articles.get(request.params.id) : null;
    if (!article) return send(reply, apiError('API_NOT_FOUND', `no article ${request.params.id}`));
    return article;
  });

  app.get<{ Querystring: { after?: string; limit?: string } }>('/api/events', async (request, reply) => {
    const after = request.query.after ?? null;
    if (after !== null && after !== '0' && !store.events.isCursor(after)) return send(reply, apiError('API_BAD_REQUEST', 'after must be a cursor returned by this API (e.g. 1764151234567-0)'));
    const limit = Math.min(Math.max(Number(request.query.limit ?? 100) || 100, 1), 1000);
    const events = await store.events.replay(after, limit);
    return { events: events.map((e) => ({ cursor: e.cursor, ...e.event })), next: events.at(-1)?.cursor ?? after };
  });

  // Admin API: subscriptions.
  app.register(async (admin) => {
    admin.addHook('onRequest', async (request, reply) => {
      if (!deps.adminToken) return send(reply, apiError('API_UNAUTHORIZED', 'the admin API is disabled: set FEEDWRIGHT_ADMIN_TOKEN (or FEEDWRIGHT_ADMIN_TOKEN_FILE)'));
      if (!isAuthorized(request.headers.authorization, deps.adminToken)) return send(reply, apiError('API_UNAUTHORIZED', 'missing or wrong Bearer token'));
    });

    admin.post('/api/subscriptions', async (request, reply) => {
      const parsed = subscriptionBody.safeParse(request.body ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
        return send(reply, apiError('API_BAD_REQUEST', problems.join('; '), problems));
      }
      const unknown = (parsed.data.feeds ?? []).filter((id) => !feeds.has(id));
      if (unknown.length > 0) return send(reply, apiError('API_BAD_REQUEST', `unknown feed(s): ${unknown.join(', ')}`));
      const subscription = await store.subscriptions.create({
        url: parsed.data.url,
        feeds: parsed.data.feeds ?? null,
        events: parsed.data.events ?? [...ARTICLE_EVENT_TYPES],
        now: clock(),
      });
      return reply.code(201).send({ ...publicSubscription(subscription), secret: subscription.secret });
    });
    admin.get('/api/subscriptions', async () => ({ subscriptions: (await store.subscriptions.list()).map(publicSubscription) }));
    admin.get<{ Params: { id: string } }>('/api/subscriptions/:id', async (request, reply) => {
      const subscription = await store.subscriptions.get(request.params.id);
      return subscription ? publicSubscription(subscription) : send(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
    });
    admin.delete<{ Params: { id: string } }>('/api/subscriptions/:id', async (request, reply) => {
      return (await store.subscriptions.remove(request.params.id)) ? reply.code(204).send() : send(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
    });
  });

  return app;
}
