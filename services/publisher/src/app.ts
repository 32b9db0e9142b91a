import type { FeedConfig } from '@feedwright/core/config.ts';
import { toFeedwrightError } from '@feedwright/core/errors.ts';
import { deliveryId } from '@feedwright/core/ids.ts';
import { ARTICLE_EVENT_TYPES, type DeliverJob } from '@feedwright/core/jobs.ts';
import compress from '@fastify/compress';
import { FEED_MEDIA_TYPES } from '@feedwright/feeds/render-feed.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { publicSubscription } from '@feedwright/store/subscription-repository.ts';
import Fastify, { LogController, type FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { isAuthorized } from './admin-auth.ts';
import { apiError } from './api-error.ts';
import { CHINESE_VARIANTS, type ChineseVariant } from './chinese-variant.ts';
import { codedBody, createFeedCache, FEED_EXTENSIONS, feedLinks, negotiateCoding } from './feed-cache.ts';
import { applyHubRequest, parseHubRequest, verifyIntent } from './websub-hub.ts';
import { renderIndexPage } from './index-page.ts';
import { registerOpsRoutes, type OpsDeps } from './ops-routes.ts';
import { adminPageRoutes } from './admin-page-routes.ts';
import { sourceRoutes } from './source-routes.ts';
import type { Inspect } from './source-admin.ts';
import { renderOpml } from '@feedwright/feeds/render-opml.ts';
import { createSourceCatalog, liveFeedMap, type SourceCatalog } from '@feedwright/store/source-catalog.ts';
import rateLimit from '@fastify/rate-limit';
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

const redeliverBody = z.object({ cursor: z.string().regex(/^\d+-\d+$/, 'must be an event cursor (e.g. 1764151234567-0)') }).strict();

/** How long a rotated-out webhook secret keeps signing beside the new one. */
export const SECRET_ROTATION_GRACE_MS = 24 * 3_600_000;

function send(reply: FastifyReply, error: ReturnType<typeof apiError>) {
  return reply.code(error.status).type('application/json; charset=utf-8').send(error.body);
}

/**
 * Builds the publisher's HTTP app (no listen: tests use `app.inject()`, main listens).
 * Routes are documented in docs/http-api.md.
 */
export function buildApp(
  deps: Pick<PublisherDeps, 'config' | 'store' | 'adminToken' | 'publicUrl' | 'logger' | 'clock'> & {
    redis: Redis;
    /** Outbound HTTP for WebSub verification (the publisher passes the SSRF-guarded one). */
    dispatcher?: Dispatcher;
    /** Queues a manual redelivery; without it the redeliver route answers 503. */
    enqueueDelivery?: (job: DeliverJob, jobId: string) => Promise<void>;
    /** /metrics and the /admin/queues dashboard (the running publisher passes them). */
    ops?: Omit<OpsDeps, 'adminToken'>;
    /** True once shutdown began: every request is answered 503 SHUTTING_DOWN. */
    isClosing?: () => boolean;
    /** The live sources (YAML + API); without it the app opens one over the store (no pub/sub). */
    catalog?: SourceCatalog;
    /** Inspects a site for `POST /api/sources` and the admin page's preview (the polite client). */
    inspect?: Inspect;
  },
) {
  const { store } = deps;
  const catalog = deps.catalog ?? createSourceCatalog({ config: deps.config, sources: store.sources });
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    loggerInstance: deps.logger.child({ service: 'publisher' }),
    bodyLimit: 64 * 1024,
    // Per-request access logs would drown the pipeline's own logs; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // Feeds and sources change at run time (API sources): every route reads the catalog's current view.
  const feeds: ReadonlyMap<string, FeedConfig> = liveFeedMap(catalog);
  const config = deps.config;
  const cache = createFeedCache(store, deps.publicUrl, { get sources() { return catalog.config().sources; } });
  if (!deps.catalog) {
    app.addHook('onReady', () => catalog.refresh());
    app.addHook('onClose', () => catalog.close());
  }
  const log = deps.logger.child({ service: 'publisher' });

  // WebSub subscribers post HTML-form bodies (W3C WebSub §5.1).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  // gzip/br for the API and the index page; feeds are compressed once per rendering (below).
  app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    // Plugins that build our coded body themselves (the rate limiter) throw it as is.
    const coded = (error as { error?: { code?: string; message?: string } }).error;
    if (error.statusCode && coded?.code) return reply.code(error.statusCode).type('application/json; charset=utf-8').send({ error: coded });
    if (error.statusCode && error.statusCode < 500) {
      return send(reply, { status: error.statusCode, body: { error: { code: 'API_BAD_REQUEST', message: error.message } } });
    }
    request.log.error({ err: error, code: 'INTERNAL', url: request.url }, 'request failed');
    return send(reply, apiError('INTERNAL', 'internal error; see the publisher log'));
  });
  // While the process drains in-flight jobs after SIGTERM, say so, so load balancers move on.
  app.addHook('onRequest', async (_request, reply) => {
    if (!deps.isClosing?.()) return;
    reply.header('Connection', 'close').header('Retry-After', '5');
    return send(reply, apiError('SHUTTING_DOWN', 'shutting down: finishing in-flight work'));
  });
  app.setNotFoundHandler((request, reply) => send(reply, apiError('API_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)));

  app.register(async (app) => {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      // Commands wait for a reconnect by design; readiness must answer now.
      await Promise.race([deps.redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 1 s')), 1000).unref())]);
    } catch (error) {
      return send(reply, apiError('REDIS_UNAVAILABLE', `Redis: ${(error as Error).message}`));
    }
    if (!deps.ops) return { status: 'ready' };
    // Ready means the pipeline can make progress: some process consumes each queue (BullMQ lists
    // the connected workers of a queue from Redis, whichever machine they run on).
    const workers = Object.fromEntries(await Promise.all(deps.ops.queues.map(async (queue) => [queue.name, await queue.getWorkersCount()] as const)));
    const idle = ['discover', 'fetch'].filter((name) => name in workers && workers[name] === 0);
    if (idle.length > 0) return send(reply, apiError('NOT_READY', `no worker consumes the ${idle.join(' and ')} queue(s): start the poller/worker services`, { workers }));
    return { status: 'ready', workers };
  });

  app.get('/', async (_request, reply) => {
    const config = catalog.config();
    const [health, recentArticles, subscriptions] = await Promise.all([
      Promise.all(config.sources.map((s) => store.health.get(s.id))),
      store.articles.listBySources(config.sources.map((s) => s.id), 20),
      store.subscriptions.list(),
    ]);
    const withDeliveries = await Promise.all(
      subscriptions.map(async (s) => ({ subscription: publicSubscription(s), lastDelivery: (await store.deliveries.list(s.id, 1))[0] ?? null })),
    );
    const page = renderIndexPage({ config, publicUrl: deps.publicUrl, health, recentArticles, subscriptions: withDeliveries, now: clock() });
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(page);
  });

  app.get<{ Params: { file: string }; Querystring: { limit?: string; variant?: string } }>('/feeds/:file', { compress: false }, async (request, reply) => {
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
    const variant = request.query.variant ?? null;
    if (variant !== null && !CHINESE_VARIANTS.includes(variant as ChineseVariant)) return send(reply, apiError('API_BAD_REQUEST', 'variant must be "simp" or "trad"'));
    const rendered = await cache.get(feed, format, limit, variant as ChineseVariant | null);
    const { selfUrl, hubUrl } = feedLinks(deps.publicUrl, feed.id, format, variant as ChineseVariant | null);
    const coding = negotiateCoding(request.headers['accept-encoding']);
    const etag = coding ? `${rendered.etag.slice(0, -1)}-${coding}"` : rendered.etag;
    reply
      .header('ETag', etag)
      .header('Last-Modified', rendered.lastModified.toUTCString())
      .header('Cache-Control', 'public, max-age=60')
      .header('Vary', 'Accept-Encoding')
      .header('Link', `<${selfUrl}>; rel="self", <${hubUrl}>; rel="hub"`);
    // Any coding of the same rendering matches: they are the same feed (weak comparison, RFC 9110 §13.1.2).
    const opaque = (tag: string) => tag.replace(/^W\//, '').replace(/-(br|gzip)"$/, '"');
    const inm = request.headers['if-none-match'];
    const ims = request.headers['if-modified-since'];
    const notModified =
      inm !== undefined
        ? inm.trim() === '*' || inm.split(/\s*,\s*/).some((tag) => opaque(tag) === rendered.etag)
        : ims !== undefined && Date.parse(ims) >= rendered.lastModified.getTime();
    if (notModified) return reply.code(304).send();
    reply.type(FEED_MEDIA_TYPES[format]);
    if (!coding) return reply.send(rendered.body);
    return reply.header('Content-Encoding', coding).send(codedBody(rendered, coding));
  });

  app.get('/feeds.opml', async (_request, reply) => {
    const list = [...feeds.values()].map((f) => ({ title: f.title, xmlUrl: `${deps.publicUrl}/feeds/${f.id}.atom`, htmlUrl: `${deps.publicUrl}/`, description: f.description ?? null, language: f.language ?? null }));
    return reply.type('text/x-opml; charset=utf-8').header('Cache-Control', 'public, max-age=60').send(renderOpml({ title: 'Feedwright feeds', dateCreated: clock(), feeds: list }));
  });

  app.get('/api/feeds', async () => ({
    feeds: [...feeds.values()].map((f) => ({
      id: f.id,
      title: f.title,
      sources: f.sources,
      urls: { rss: `${deps.publicUrl}/feeds/${f.id}.rss`, atom: `${deps.publicUrl}/feeds/${f.id}.atom`, json: `${deps.publicUrl}/feeds/${f.id}.json` },
    })),
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

  // WebSub hub (W3C WebSub §5): 202 at once, then verification of intent; applied only when confirmed.
  app.post<{ Body: Record<string, string> | undefined }>('/hub', async (request, reply) => {
    if (!request.body || typeof request.body !== 'object') return send(reply, apiError('API_BAD_REQUEST', 'send an application/x-www-form-urlencoded body with hub.mode, hub.topic and hub.callback'));
    const parsed = parseHubRequest(request.body, { publicUrl: deps.publicUrl, feeds, lease: config.websub.lease, maxLease: config.websub.maxLease });
    if ('problem' in parsed) return send(reply, apiError('API_BAD_REQUEST', parsed.problem));
    const hubLog = log.child({ hubMode: parsed.mode, topic: parsed.topic.url, callback: parsed.callback });
    void (async () => {
      try {
        await verifyIntent(parsed, { timeoutMs: config.delivery.timeout, userAgent: config.http.userAgent, ...(deps.dispatcher ? { dispatcher: deps.dispatcher } : {}) });
        const subscription = await applyHubRequest(store, parsed, clock());
        hubLog.info({ websubId: subscription?.id, expiresAt: subscription?.expiresAt }, `websub ${parsed.mode} verified`);
      } catch (error) {
        const coded = toFeedwrightError(error);
        hubLog.warn({ code: coded.code, err: coded }, `websub ${parsed.mode} not applied: ${coded.message}`);
      }
    })();
    return reply.code(202).send();
  });
  app.get('/hub', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send('Feedwright WebSub hub: POST hub.mode=subscribe|unsubscribe, hub.topic=<a feed URL of this server>, hub.callback, hub.lease_seconds?, hub.secret?\n'),
  );
  });

  if (deps.ops) {
    const ops = deps.ops;
    app.register(async (instance) => registerOpsRoutes(instance, { ...ops, adminToken: deps.adminToken }));
  }

  app.register(async (instance) => sourceRoutes(instance, { store, catalog, inspect: deps.inspect, clock, publicUrl: deps.publicUrl, adminToken: deps.adminToken }));
  app.register(async (instance) =>
    adminPageRoutes(instance, {
      store,
      catalog,
      inspect: deps.inspect,
      clock,
      publicUrl: deps.publicUrl,
      adminToken: deps.adminToken,
      redeliver: async (subscriptionId, cursor) => {
        const result = await redeliver(subscriptionId, cursor);
        return result.ok ? { ok: true } : { ok: false, message: `${result.error.body.error.code}: ${result.error.body.error.message}` };
      },
    }),
  );

  /** Queues a manual redelivery of the logged event at `cursor` to one subscription (the API and the admin page). */
  async function redeliver(subscriptionId: string, cursorText: string) {
    const parsed = redeliverBody.safeParse({ cursor: cursorText });
    if (!parsed.success) return { ok: false as const, error: apiError('API_BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')) };
    const subscription = await store.subscriptions.get(subscriptionId);
    if (!subscription) return { ok: false as const, error: apiError('API_NOT_FOUND', `no subscription ${subscriptionId}`) };
    if (!deps.enqueueDelivery) return { ok: false as const, error: apiError('REDIS_UNAVAILABLE', 'redelivery needs the delivery queue (run the publisher service)') };
    const logged = await store.events.get(parsed.data.cursor);
    if (!logged) return { ok: false as const, error: apiError('API_NOT_FOUND', `no event at cursor ${parsed.data.cursor} (never logged, or trimmed from the log)`) };
    const { event, cursor } = logged;
    const payload = JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
    const webhookId = deliveryId(subscription.id, event.id);
    const jobId = `${webhookId}-manual-${clock().getTime()}`;
    await deps.enqueueDelivery({ subscriptionId: subscription.id, eventId: event.id, cursor, payload }, jobId);
    return { ok: true as const, value: { webhookId, eventId: event.id, cursor, jobId } };
  }

  // Admin API: subscriptions.
  app.register(async (admin) => {
    // Rate-limited per client address, so a guessed token cannot be brute-forced.
    await admin.register(rateLimit, {
      max: 300,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        ...apiError('API_RATE_LIMITED', `too many requests: at most ${context.max} per minute; retry in ${Math.ceil(context.ttl / 1000)} s`).body,
      }),
    });
    // preParsing: after the rate limiter's onRequest hook (so failed guesses count), before any body is read.
    admin.addHook('preParsing', async (request, reply) => {
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
    admin.post<{ Params: { id: string } }>('/api/subscriptions/:id/rotate-secret', async (request, reply) => {
      const rotated = await store.subscriptions.rotateSecret(request.params.id, clock(), SECRET_ROTATION_GRACE_MS);
      if (!rotated) return send(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
      return { ...publicSubscription(rotated), secret: rotated.secret };
    });
    admin.post<{ Params: { id: string } }>('/api/subscriptions/:id/enable', async (request, reply) => {
      const enabled = await store.subscriptions.enable(request.params.id);
      return enabled ? publicSubscription(enabled) : send(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
    });
    admin.get<{ Params: { id: string }; Querystring: { limit?: string } }>('/api/subscriptions/:id/deliveries', async (request, reply) => {
      if (!(await store.subscriptions.get(request.params.id))) return send(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
      const limit = Math.min(Math.max(Number(request.query.limit ?? 100) || 100, 1), 1000);
      return { deliveries: await store.deliveries.list(request.params.id, limit) };
    });
    admin.post<{ Params: { id: string }; Body: unknown }>('/api/subscriptions/:id/redeliver', async (request, reply) => {
      const parsed = redeliverBody.safeParse(request.body ?? {});
      if (!parsed.success) return send(reply, apiError('API_BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')));
      const result = await redeliver(request.params.id, parsed.data.cursor);
      return result.ok ? reply.code(202).send(result.value) : send(reply, result.error);
    });
  });

  return app;
}
