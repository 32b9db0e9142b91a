import { feedUrls } from '@feedwright/feeds/feed-formats.ts';
import type { FastifyInstance } from 'fastify';
import { apiError, sendApiError } from './api-error.ts';
import type { RouteDeps } from './route-deps.ts';

/** The public read API: feeds, articles, the event log (sources: source-routes.ts). */
export async function apiRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, feeds } = deps;

  app.get('/api/feeds', async () => ({
    feeds: [...feeds.values()].map((f) => ({ id: f.id, title: f.title, sources: f.sources, urls: feedUrls(deps.publicUrl, f.id) })),
  }));

  app.get<{ Params: { id: string } }>('/api/articles/:id', async (request, reply) => {
    const article = /^[0-9a-f]{24}$/.test(request.params.id) ? await store.articles.get(request.params.id) : null;
    if (!article) return sendApiError(reply, apiError('API_NOT_FOUND', `no article ${request.params.id}`));
    return article;
  });

  app.get<{ Querystring: { after?: string; limit?: string } }>('/api/events', async (request, reply) => {
    const after = request.query.after ?? null;
    if (after !== null && after !== '0' && !store.events.isCursor(after))
      return sendApiError(reply, apiError('API_BAD_REQUEST', 'after must be a cursor returned by this API (e.g. 1764151234567-0)'));
    const limit = Math.min(Math.max(Number(request.query.limit ?? 100) || 100, 1), 1000);
    const events = await store.events.replay(after, limit);
    return { events: events.map((e) => ({ cursor: e.cursor, ...e.event })), next: events.at(-1)?.cursor ?? after };
  });
}
