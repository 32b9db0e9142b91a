import { ARTICLE_EVENT_TYPES } from '@feedwright/core/jobs.ts';
import { publicSubscription } from '@feedwright/store/subscription-repository.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkTargetUrl } from '@feedwright/http/target-url-policy.ts';
import { apiError, sendApiError } from './api-error.ts';
import { registerAdminGate } from './admin-gate.ts';
import { EVENT_CURSOR, redeliverEvent } from './redeliver-event.ts';
import type { RouteDeps } from './route-deps.ts';

const subscriptionBody = z
  .object({
    // Checked by checkTargetUrl in the route, which says why a URL is refused (SUBSCRIPTION_URL_REFUSED).
    url: z.string(),
    feeds: z.array(z.string()).min(1).optional(),
    events: z.array(z.enum(ARTICLE_EVENT_TYPES)).min(1).optional(),
  })
  .strict();

const redeliverBody = z.object({ cursor: z.string().regex(EVENT_CURSOR, 'must be an event cursor (e.g. 1764151234567-0)') }).strict();

/** How long a rotated-out webhook secret keeps signing beside the new one. */
export const SECRET_ROTATION_GRACE_MS = 24 * 3_600_000;

/** The admin API (webhook subscriptions): Bearer token, rate-limited per client address. */
export async function adminRoutes(admin: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, feeds, clock } = deps;
  // The one admin gate (admin-gate.ts), behind a per-client rate limit.
  await registerAdminGate(admin, deps.adminGate);

  admin.post('/api/subscriptions', async (request, reply) => {
    const parsed = subscriptionBody.safeParse(request.body ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
      return sendApiError(reply, apiError('API_BAD_REQUEST', problems.join('; '), problems));
    }
    // Refused now rather than failing for days: credentials, other schemes, odd ports, private addresses…
    const target = checkTargetUrl(parsed.data.url, {
      allowPrivateNetworks: deps.config.http.allowPrivateNetworks,
      allowedPorts: deps.config.delivery.allowPorts,
    });
    if (!target.ok) return sendApiError(reply, apiError('SUBSCRIPTION_URL_REFUSED', `url refused: ${target.message}`, { problem: target.problem }));
    const unknown = (parsed.data.feeds ?? []).filter((id) => !feeds.has(id));
    if (unknown.length > 0) return sendApiError(reply, apiError('API_BAD_REQUEST', `unknown feed(s): ${unknown.join(', ')}`));
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
    return subscription ? publicSubscription(subscription) : sendApiError(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
  });
  admin.delete<{ Params: { id: string } }>('/api/subscriptions/:id', async (request, reply) => {
    return (await store.subscriptions.remove(request.params.id))
      ? reply.code(204).send()
      : sendApiError(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
  });
  admin.post<{ Params: { id: string } }>('/api/subscriptions/:id/rotate-secret', async (request, reply) => {
    const rotated = await store.subscriptions.rotateSecret(request.params.id, clock(), SECRET_ROTATION_GRACE_MS);
    if (!rotated) return sendApiError(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
    return { ...publicSubscription(rotated), secret: rotated.secret };
  });
  admin.post<{ Params: { id: string } }>('/api/subscriptions/:id/enable', async (request, reply) => {
    const enabled = await store.subscriptions.enable(request.params.id);
    return enabled ? publicSubscription(enabled) : sendApiError(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
  });
  admin.get<{ Params: { id: string }; Querystring: { limit?: string } }>('/api/subscriptions/:id/deliveries', async (request, reply) => {
    if (!(await store.subscriptions.get(request.params.id))) return sendApiError(reply, apiError('API_NOT_FOUND', `no subscription ${request.params.id}`));
    const limit = Math.min(Math.max(Number(request.query.limit ?? 100) || 100, 1), 1000);
    return { deliveries: await store.deliveries.list(request.params.id, limit) };
  });
  admin.post<{ Params: { id: string }; Body: unknown }>('/api/subscriptions/:id/redeliver', async (request, reply) => {
    const parsed = redeliverBody.safeParse(request.body ?? {});
    if (!parsed.success)
      return sendApiError(reply, apiError('API_BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')));
    const result = await redeliverEvent(deps, request.params.id, parsed.data.cursor);
    return result.ok ? reply.code(202).send(result.value) : sendApiError(reply, result.error);
  });
}
