import { validateSource, type SourceInput } from '@feedwright/core/config.ts';
import { toFeedwrightError } from '@feedwright/core/errors.ts';
import { sourceIdFor, type SiteInspection } from '@feedwright/discover/inspect-site.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { LiveSource, SourceCatalog } from '@feedwright/store/source-catalog.ts';
import { apiError } from './api-error.ts';

/**
 * Adding, changing, pausing and removing sources at run time: the one implementation behind
 * `/api/sources` and the admin page's forms. Sources are validated with feedwright.yaml's schema
 * and stored in Redis; the announcement on the sources channel reaches every poller and worker.
 */

/** Inspects a site as `feedwright add` does (the publisher wires the polite client in). */
export type Inspect = (url: string, options: { id?: string | undefined }) => Promise<SiteInspection>;

export type SourceAdminDeps = { store: Store; catalog: SourceCatalog; inspect?: Inspect | undefined; clock: () => Date };

type Outcome<T> = { ok: true; value: T } | { ok: false; error: ReturnType<typeof apiError> };

const fail = <T>(error: ReturnType<typeof apiError>): Outcome<T> => ({ ok: false, error });

function problemsError(problems: Array<{ path: string; message: string }>) {
  const lines = problems.map((p) => `${p.path}: ${p.message}`);
  return apiError('API_BAD_REQUEST', lines.join('; '), problems);
}

/** Why `id` cannot be taken by a new source, or null. */
function idConflict(catalog: SourceCatalog, id: string): string | null {
  if (catalog.get(id)) return `a source "${id}" already exists (${catalog.get(id)!.origin === 'yaml' ? 'in feedwright.yaml' : 'added through the API'})`;
  if (catalog.config().feeds.some((f) => f.id === id)) return `a feed "${id}" already exists; each API source gets the feed of its id`;
  return null;
}

/**
 * Adds a source from `{site, id?, name?, language?, interval?, discover?, retention?, …}`: when
 * `discover` is left out the site is inspected first (as `feedwright add` does) and its chosen
 * routes, name and language fill the gaps. Validated with the YAML schema, stored, announced.
 */
export async function addSource(deps: SourceAdminDeps, body: unknown): Promise<Outcome<{ source: LiveSource; inspection: SiteInspection | null }>> {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return fail(apiError('API_BAD_REQUEST', 'send a JSON object: {site, id?, name?, language?, interval?, discover?, retention?}'));
  const given = body as Record<string, unknown>;
  if (typeof given.site !== 'string') return fail(problemsError([{ path: 'site', message: 'required: the site (or section) URL' }]));
  let site: string;
  try {
    site = new URL(given.site).href;
  } catch {
    return fail(problemsError([{ path: 'site', message: 'invalid URL (expected an absolute http(s) URL)' }]));
  }
  let inspection: SiteInspection | null = null;
  let input: Record<string, unknown>;
  if (given.discover === undefined) {
    if (!deps.inspect) return fail(apiError('API_BAD_REQUEST', 'this publisher cannot inspect sites (no outbound client): send discover routes'));
    try {
      inspection = await deps.inspect(site, { id: typeof given.id === 'string' ? given.id : undefined });
    } catch (error) {
      // The site, not the request, is at fault: 422 when it offers nothing usable, 502 when it failed to answer.
      const coded = toFeedwrightError(error);
      return fail({ ...apiError(coded.code, coded.message), status: coded.transient ? 502 : 422 });
    }
    input = { ...inspection.source, ...given };
  } else {
    input = { id: sourceIdFor(site), name: new URL(site).host, ...given };
  }
  const checked = validateSource(input);
  if (!checked.ok) return fail(problemsError(checked.problems));
  const conflict = idConflict(deps.catalog, checked.source.id);
  if (conflict) return fail(apiError('API_CONFLICT', conflict));
  if (!(await deps.store.sources.add(input as SourceInput, deps.clock())))
    return fail(apiError('API_CONFLICT', `a source "${checked.source.id}" already exists`));
  await deps.catalog.refresh();
  const source = deps.catalog.get(checked.source.id);
  if (!source) return fail(apiError('INTERNAL', `source "${checked.source.id}" was stored but is not in the catalog`));
  return { ok: true, value: { source, inspection } };
}

/** Only API sources change here: YAML ones answer 409 (change them in the file). */
function apiSourceOr(deps: SourceAdminDeps, id: string): Outcome<LiveSource> {
  const source = deps.catalog.get(id);
  if (!source) return fail(apiError('API_NOT_FOUND', `no source "${id}"`));
  if (source.origin === 'yaml') return fail(apiError('API_CONFLICT', `source "${id}" comes from feedwright.yaml: change or remove it there`));
  return { ok: true, value: source };
}

/** Changes an API source: the body's fields replace the stored ones (`id` cannot change). */
export async function updateSource(deps: SourceAdminDeps, id: string, body: unknown): Promise<Outcome<LiveSource>> {
  const known = apiSourceOr(deps, id);
  if (!known.ok) return known;
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return fail(apiError('API_BAD_REQUEST', 'send a JSON object with the fields to change'));
  if ('id' in body && (body as { id: unknown }).id !== id) return fail(problemsError([{ path: 'id', message: 'cannot change; add a new source instead' }]));
  const stored = await deps.store.sources.get(id);
  if (!stored) return fail(apiError('API_NOT_FOUND', `no source "${id}"`));
  const input = { ...stored.input, ...(body as Record<string, unknown>), id };
  const checked = validateSource(input);
  if (!checked.ok) return fail(problemsError(checked.problems));
  await deps.store.sources.replace(input as SourceInput, deps.clock());
  await deps.catalog.refresh();
  return { ok: true, value: deps.catalog.get(id)! };
}

/** Removes an API source: its polling stops everywhere; its stored stories stay until retention removes them. */
export async function removeSource(deps: SourceAdminDeps, id: string): Promise<Outcome<null>> {
  const known = apiSourceOr(deps, id);
  if (!known.ok) return known;
  await deps.store.sources.remove(id);
  await deps.catalog.refresh();
  return { ok: true, value: null };
}

/** Pauses or resumes any source (YAML or API): a paused source is not polled. */
export async function pauseSource(deps: SourceAdminDeps, id: string, paused: boolean): Promise<Outcome<LiveSource>> {
  if (!deps.catalog.get(id)) return fail(apiError('API_NOT_FOUND', `no source "${id}"`));
  await deps.store.sources.setPaused(id, paused);
  await deps.catalog.refresh();
  return { ok: true, value: deps.catalog.get(id)! };
}
