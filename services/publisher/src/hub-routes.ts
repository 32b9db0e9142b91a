import { toFeedwrightError } from '@feedwright/core/errors.ts';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { apiError, sendApiError } from './api-error.ts';
import type { RouteDeps } from './route-deps.ts';
import { applyHubRequest, parseHubRequest, verifyIntent } from './websub-hub.ts';

/** The WebSub hub (W3C WebSub §5): 202 at once, then verification of intent; applied only when confirmed. */
export async function hubRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { config, store } = deps;
  // Each accepted request makes an outbound verification GET: limited per client address.
  await app.register(rateLimit, {
    max: config.server.hubPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...apiError('API_RATE_LIMITED', `too many hub requests: at most ${context.max} per minute; retry in ${Math.ceil(context.ttl / 1000)} s`).body,
    }),
  });

  app.post<{ Body: Record<string, string> | undefined }>('/hub', async (request, reply) => {
    if (!request.body || typeof request.body !== 'object')
      return sendApiError(reply, apiError('API_BAD_REQUEST', 'send an application/x-www-form-urlencoded body with hub.mode, hub.topic and hub.callback'));
    const parsed = parseHubRequest(request.body, {
      publicUrl: deps.publicUrl,
      feeds: deps.feeds,
      lease: config.websub.lease,
      maxLease: config.websub.maxLease,
      targets: { allowPrivateNetworks: config.http.allowPrivateNetworks, allowedPorts: config.delivery.allowPorts },
    });
    if ('problem' in parsed) return sendApiError(reply, apiError('API_BAD_REQUEST', parsed.problem));
    const hubLog = deps.log.child({ hubMode: parsed.mode, topic: parsed.topic.url, callback: parsed.callback });
    void (async () => {
      try {
        await verifyIntent(parsed, {
          timeoutMs: config.delivery.timeout,
          userAgent: config.http.userAgent,
          ...(deps.dispatcher ? { dispatcher: deps.dispatcher } : {}),
        });
        const subscription = await applyHubRequest(store, parsed, deps.clock());
        hubLog.info({ websubId: subscription?.id, expiresAt: subscription?.expiresAt }, `websub ${parsed.mode} verified`);
      } catch (error) {
        const coded = toFeedwrightError(error);
        hubLog.warn({ code: coded.code, err: coded }, `websub ${parsed.mode} not applied: ${coded.message}`);
      }
    })();
    return reply.code(202).send();
  });
  app.get('/hub', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        'Feedwright WebSub hub: POST hub.mode=subscribe|unsubscribe, hub.topic=<a feed URL of this server>, hub.callback, hub.lease_seconds?, hub.secret?\n',
      ),
  );
}
