import { feedUrls } from '@feedwright/feeds/feed-formats.ts';
import type { SourceHealth } from '@feedwright/store/health-repository.ts';
import type { LiveSource } from '@feedwright/store/source-catalog.ts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { registerAdminGate } from './admin-gate.ts';
import type { RouteDeps } from './route-deps.ts';
import { addSource, pauseSource, removeSource, updateSource } from './source-admin.ts';

/** A source as `/api/sources` shows it: its settings, where it comes from, its feed and health. */
export function sourceView(source: LiveSource, health: SourceHealth | null, publicUrl: string) {
  const { id } = source.config;
  return {
    id,
    name: source.config.name,
    origin: source.origin,
    paused: source.paused,
    site: source.config.site ?? null,
    language: source.config.language ?? null,
    interval: source.config.interval,
    discover: source.config.discover,
    addedAt: source.addedAt,
    updatedAt: source.updatedAt,
    // An API source has a feed of its own; YAML sources appear in the feeds the YAML defines.
    feed: source.origin === 'api' ? feedUrls(publicUrl, id) : null,
    ...(health ? { health } : {}),
  };
}

type Result = Awaited<ReturnType<typeof addSource>> | Awaited<ReturnType<typeof updateSource>> | Awaited<ReturnType<typeof removeSource>>;

function sendFailure(reply: FastifyReply, result: Extract<Result, { ok: false }>) {
  return reply.code(result.error.status).type('application/json; charset=utf-8').send(result.error.body);
}

/**
 * `/api/sources`: GET lists YAML and API sources with their origin and health (public, like the
 * status page); POST, PATCH, DELETE and pause/resume need the admin token. Documented in
 * docs/http-api.md.
 */
export async function sourceRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, catalog, publicUrl } = deps;
  const view = async (source: LiveSource) => sourceView(source, await store.health.get(source.config.id), publicUrl);

  app.get('/api/sources', async () => ({ sources: await Promise.all(catalog.list().map(view)), invalid: catalog.invalid() }));
  app.get<{ Params: { id: string } }>('/api/sources/:id', async (request, reply) => {
    const source = catalog.get(request.params.id);
    if (!source) return reply.code(404).send({ error: { code: 'API_NOT_FOUND', message: `no source "${request.params.id}"` } });
    return view(source);
  });

  await app.register(async (admin) => {
    await registerAdminGate(admin, deps.adminGate);
    admin.post('/api/sources', async (request, reply) => {
      const result = await addSource(deps, request.body ?? {});
      if (!result.ok) return sendFailure(reply, result);
      const { source, inspection } = result.value;
      return reply.code(201).send({
        source: await view(source),
        ...(inspection ? { inspection: { routes: inspection.routes, stories: inspection.stories, warnings: inspection.warnings } } : {}),
      });
    });
    admin.patch<{ Params: { id: string } }>('/api/sources/:id', async (request, reply) => {
      const result = await updateSource(deps, request.params.id, request.body ?? {});
      return result.ok ? view(result.value) : sendFailure(reply, result);
    });
    admin.delete<{ Params: { id: string } }>('/api/sources/:id', async (request, reply) => {
      const result = await removeSource(deps, request.params.id);
      return result.ok ? reply.code(204).send() : sendFailure(reply, result);
    });
    for (const action of ['pause', 'resume'] as const) {
      admin.post<{ Params: { id: string } }>(`/api/sources/:id/${action}`, async (request, reply) => {
        const result = await pauseSource(deps, request.params.id, action === 'pause');
        return result.ok ? view(result.value) : sendFailure(reply, result);
      });
    }
  });
}
