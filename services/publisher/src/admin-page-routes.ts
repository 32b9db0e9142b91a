import { toFeedwrightError } from '@feedwright/core/errors.ts';
import { sourceIdFor } from '@feedwright/discover/inspect-site.ts';
import { publicSubscription } from '@feedwright/store/subscription-repository.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formRefusal, formToken, registerAdminGate } from './admin-gate.ts';
import { renderAdminPage, type AdminPageData } from './admin-page.ts';
import { apiError } from './api-error.ts';
import { redeliverEvent } from './redeliver-event.ts';
import type { RouteDeps } from './route-deps.ts';
import { addSource, pauseSource, removeSource } from './source-admin.ts';

type Form = Record<string, string | undefined>;

/**
 * The admin page (`/admin`) and its forms. Behind the admin gate (Basic auth with the token as the
 * password, so a browser opens it); every POST must be same-origin and carry the form token, and
 * answers with a redirect back to the page (post/redirect/get), so a reload never repeats it.
 */
export async function adminPageRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, catalog, clock } = deps;

  async function page(extra: Pick<AdminPageData, 'preview' | 'notice'>): Promise<string> {
    const sources = catalog.list();
    const [health, recent, subscriptions] = await Promise.all([
      Promise.all(sources.map((s) => store.health.get(s.config.id))),
      Promise.all(sources.map((s) => store.articles.listBySources([s.config.id], 5))),
      store.subscriptions.list(),
    ]);
    return renderAdminPage({
      publicUrl: deps.publicUrl,
      formToken: formToken(deps.adminToken ?? ''),
      sources: sources.map((source, i) => ({ source, health: health[i], recent: recent[i] ?? [] })),
      invalid: catalog.invalid(),
      subscriptions: await Promise.all(
        subscriptions.map(async (s) => ({ subscription: publicSubscription(s), deliveries: await store.deliveries.list(s.id, 5) })),
      ),
      now: clock(),
      ...extra,
    });
  }
  const html = (reply: FastifyReply, body: string, status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);
  const back = (reply: FastifyReply, kind: 'ok' | 'bad', text: string) => reply.redirect(`/admin?${new URLSearchParams({ [kind]: text })}#main`, 303);

  await app.register(async (admin) => {
    await registerAdminGate(admin, deps.adminGate);
    // CSRF: the gate refuses a cross-site state change; every form must also carry the page's token.
    admin.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'POST') return;
      const refusal = formRefusal(request, deps.adminToken ?? '');
      if (!refusal) return;
      const error = apiError('API_CROSS_SITE', refusal);
      return reply.code(error.status).type('application/json; charset=utf-8').send(error.body);
    });

    admin.get<{ Querystring: { ok?: string; bad?: string } }>('/admin', async (request, reply) => {
      const { ok, bad } = request.query;
      return html(reply, await page({ notice: bad ? { kind: 'bad', text: bad } : ok ? { kind: 'ok', text: ok } : undefined }));
    });

    admin.post<{ Body: Form }>('/admin/preview', async (request, reply) => {
      const url = (request.body?.url ?? '').trim();
      const id = (request.body?.id ?? '').trim();
      let preview: NonNullable<AdminPageData['preview']>;
      try {
        if (!deps.inspect) throw new Error('this publisher cannot inspect sites (no outbound client)');
        const inspection = await deps.inspect(new URL(url).href, { id: id || undefined });
        preview = { url, id, inspection, error: null };
      } catch (error) {
        const coded = toFeedwrightError(error);
        preview = { url, id, inspection: null, error: { code: error instanceof TypeError ? 'FETCH_BAD_URL' : coded.code, message: coded.message } };
      }
      return html(reply, await page({ preview }));
    });

    admin.post<{ Body: Form }>('/admin/sources', async (request, reply) => {
      let suggested: Record<string, unknown> = {};
      try {
        suggested = JSON.parse(request.body?.source ?? '{}') as Record<string, unknown>;
      } catch {
        return back(reply, 'bad', 'API_BAD_REQUEST: the preview was damaged; preview the site again');
      }
      const site = typeof suggested.site === 'string' ? suggested.site : (request.body?.url ?? '');
      const body = {
        ...suggested,
        site,
        id: (request.body?.id ?? '').trim() || (typeof suggested.id === 'string' ? suggested.id : site ? sourceIdFor(site) : ''),
        ...(request.body?.name?.trim() ? { name: request.body.name.trim() } : {}),
      };
      const result = await addSource(deps, body);
      if (!result.ok) return back(reply, 'bad', `${result.error.body.error.code}: ${result.error.body.error.message}`);
      return back(reply, 'ok', `Added "${result.value.source.config.name}" (${result.value.source.config.id}); its first poll starts now.`);
    });

    for (const action of ['pause', 'resume', 'delete'] as const) {
      admin.post<{ Params: { id: string } }>(`/admin/sources/:id/${action}`, async (request, reply) => {
        const { id } = request.params;
        const result = action === 'delete' ? await removeSource(deps, id) : await pauseSource(deps, id, action === 'pause');
        if (!result.ok) return back(reply, 'bad', `${result.error.body.error.code}: ${result.error.body.error.message}`);
        return back(
          reply,
          'ok',
          action === 'delete' ? `Deleted source "${id}": it is no longer polled.` : `Source "${id}" ${action === 'pause' ? 'paused' : 'resumed'}.`,
        );
      });
    }

    admin.post<{ Params: { id: string }; Body: Form }>('/admin/subscriptions/:id/redeliver', async (request, reply) => {
      const result = await redeliverEvent(deps, request.params.id, request.body?.cursor ?? '');
      if (!result.ok) return back(reply, 'bad', `${result.error.body.error.code}: ${result.error.body.error.message}`);
      return back(reply, 'ok', `Redelivery of event ${result.value.cursor} queued.`);
    });
  });
}
