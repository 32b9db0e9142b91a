import compress from '@fastify/compress';
import Fastify, { LogController } from 'fastify';
import { createAdminGate } from './admin-gate.ts';
import { adminRoutes } from './admin-routes.ts';
import { apiRoutes } from './api-routes.ts';
import { apiError, sendApiError } from './api-error.ts';
import { feedRoutes } from './feed-routes.ts';
import { answerClientError, classifyRouteError } from './framework-errors.ts';
import { hubRoutes } from './hub-routes.ts';
import { createSourceCatalog, liveFeedMap } from '@feedwright/store/source-catalog.ts';
import { adminPageRoutes } from './admin-page-routes.ts';
import { healthRoutes, registerOpsRoutes } from './ops-routes.ts';
import { sourceRoutes } from './source-routes.ts';
import type { AppDeps, RouteDeps } from './route-deps.ts';

/**
 * Builds the publisher's HTTP app (no listen: tests use `app.inject()`, main listens). The app
 * owns what every route shares (body parsing, compression, the error body, shutdown answers);
 * each route module registers its own routes as a Fastify plugin. Routes are documented in
 * docs/http-api.md.
 */
export function buildApp(deps: AppDeps) {
  const app = Fastify({
    loggerInstance: deps.logger.child({ service: 'publisher' }),
    bodyLimit: 64 * 1024,
    // Per-request access logs would drown the pipeline's own logs; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    // Headers must arrive in time (Node's own check); the body's deadline is the hook below.
    requestTimeout: deps.config.server.requestTimeout,
    http: {
      headersTimeout: deps.config.server.requestTimeout,
      connectionsCheckingInterval: Math.max(250, Math.min(1000, deps.config.server.requestTimeout / 4)),
    },
    // Node's parser errors (431, 408, malformed) answered in the one error shape.
    clientErrorHandler: answerClientError,
  });
  const catalog = deps.catalog ?? createSourceCatalog({ config: deps.config, sources: deps.store.sources });
  if (!deps.catalog) {
    app.addHook('onReady', () => catalog.refresh());
    app.addHook('onClose', () => catalog.close());
  }
  // Picked field by field: Fastify reads plugin options such as `prefix` (which the publisher's
  // deps also carry, as the Redis key prefix), so the caller's object is never passed on as is.
  const routeDeps: RouteDeps = {
    config: deps.config,
    store: deps.store,
    adminToken: deps.adminToken,
    publicUrl: deps.publicUrl,
    logger: deps.logger,
    redis: deps.redis,
    ...(deps.dispatcher ? { dispatcher: deps.dispatcher } : {}),
    ...(deps.enqueueDelivery ? { enqueueDelivery: deps.enqueueDelivery } : {}),
    ...(deps.ops ? { ops: deps.ops } : {}),
    clock: deps.clock ?? (() => new Date()),
    catalog,
    ...(deps.inspect ? { inspect: deps.inspect } : {}),
    feeds: liveFeedMap(catalog),
    log: deps.logger.child({ service: 'publisher' }),
    // One gate for every admin surface, so failed guesses count across all of them.
    adminGate: createAdminGate({ adminToken: deps.adminToken, logger: deps.logger.child({ service: 'publisher' }) }),
  };

  // WebSub subscribers post HTML-form bodies (W3C WebSub §5.1).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  // gzip/br for the API and the index page; feeds are compressed once per rendering (feed-compression.ts).
  app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    // Plugins that build our coded body themselves (the rate limiter) throw it as is.
    const coded = (error as { error?: { code?: string; message?: string } }).error;
    if (error.statusCode && coded?.code) return reply.code(error.statusCode).type('application/json; charset=utf-8').send({ error: coded });
    // Redis away → 503 at once (the request connection fails fast); Fastify's own 4xx keep their status.
    const classified = classifyRouteError(error);
    if (classified) return sendApiError(reply, classified);
    request.log.error({ err: error, code: 'INTERNAL', url: request.url }, 'request failed');
    return sendApiError(reply, apiError('INTERNAL', 'internal error; see the publisher log'));
  });
  // A body trickled byte by byte never completes Node's request timeout once the route reads it:
  // the whole request must be in within server.requestTimeout, else 408 and the connection closes.
  app.addHook('onRequest', async (request) => {
    const raw = request.raw;
    if (raw.complete) return;
    const timer = setTimeout(() => {
      if (raw.complete) return;
      request.log.warn(
        { code: 'API_BAD_REQUEST', url: request.url, timeoutMs: deps.config.server.requestTimeout },
        'request body not received in time; closed with 408',
      );
      answerClientError(Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), raw.socket);
    }, deps.config.server.requestTimeout);
    timer.unref();
    raw.once('end', () => clearTimeout(timer));
    raw.once('close', () => clearTimeout(timer));
  });
  // While the process drains in-flight jobs after SIGTERM, say so, so load balancers move on.
  app.addHook('onRequest', async (_request, reply) => {
    if (!deps.isClosing?.()) return;
    reply.header('Connection', 'close').header('Retry-After', '5');
    return sendApiError(reply, apiError('SHUTTING_DOWN', 'shutting down: finishing in-flight work'));
  });
  app.setNotFoundHandler((request, reply) => sendApiError(reply, apiError('API_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)));

  app.register(healthRoutes, { redis: deps.redis, ops: deps.ops });
  app.register(feedRoutes, routeDeps);
  app.register(apiRoutes, routeDeps);
  app.register(hubRoutes, routeDeps);
  if (deps.ops) {
    const ops = deps.ops;
    app.register(async (instance) => registerOpsRoutes(instance, { ...ops, adminGate: routeDeps.adminGate }));
  }
  app.register(adminRoutes, routeDeps);
  app.register(sourceRoutes, routeDeps);
  app.register(adminPageRoutes, routeDeps);
  return app;
}
