import { createHmac, timingSafeEqual } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { isAuthorized } from './admin-auth.ts';
import { apiError } from './api-error.ts';

/**
 * The one gate in front of every admin surface: the admin API (`/api/subscriptions…`), the queue
 * dashboard (`/admin/queues`) and any admin page added later. Register it as an `onRequest` hook of
 * the scope that holds the admin routes:
 *
 *   app.register(async (admin) => { admin.addHook('onRequest', gate.onRequest); admin.get('/admin/x', …); });
 *
 * One gate per app (buildApp makes it), so all surfaces share its failure counter:
 * - the admin token, as a Bearer token or as the password of HTTP Basic auth (any user name), is
 *   compared in constant time (admin-auth.ts);
 * - wrong credentials are logged (`API_UNAUTHORIZED`, client address, path) and counted per client
 *   address; after `maxFailures` within `windowMs` that address gets 429 `API_RATE_LIMITED` (with
 *   Retry-After) on every admin surface, right token or not, until the window ends;
 * - a state change (POST, PUT, PATCH, DELETE) authorised by Basic auth must come from this origin
 *   (`Origin` or `Sec-Fetch-Site: same-origin`): browsers re-send cached Basic credentials on a
 *   cross-site form post, never a Bearer header.
 */
export type AdminGate = {
  onRequest: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
};

export type AdminGateOptions = {
  adminToken: string | null;
  logger: Logger;
  /** Wrong attempts allowed per client address per window (default 10). */
  maxFailures?: number;
  /** The counting window (default 15 minutes). */
  windowMs?: number;
  now?: () => number;
};

/** Client addresses tracked at most; beyond, expired entries go first, then the oldest. */
const MAX_TRACKED_ADDRESSES = 10_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Builds the admin gate (see the type's comment for what it enforces). */
export function createAdminGate(options: AdminGateOptions): AdminGate {
  const maxFailures = options.maxFailures ?? 10;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const log = options.logger.child({ component: 'admin-gate' });
  const failures = new Map<string, { count: number; resetAt: number; blockLogged: boolean }>();

  function entryFor(address: string) {
    const at = now();
    let entry = failures.get(address);
    if (entry && entry.resetAt <= at) {
      failures.delete(address);
      entry = undefined;
    }
    return entry;
  }

  function countFailure(address: string) {
    const entry = entryFor(address);
    if (entry) return void entry.count++;
    if (failures.size >= MAX_TRACKED_ADDRESSES) {
      const at = now();
      for (const [key, value] of failures) if (value.resetAt <= at) failures.delete(key);
      if (failures.size >= MAX_TRACKED_ADDRESSES) failures.delete(failures.keys().next().value!);
    }
    failures.set(address, { count: 1, resetAt: now() + windowMs, blockLogged: false });
  }

  const send = (reply: FastifyReply, error: ReturnType<typeof apiError>) => reply.code(error.status).type('application/json; charset=utf-8').send(error.body);

  async function onRequest(request: FastifyRequest, reply: FastifyReply) {
    const address = request.ip;
    const path = request.url.split('?')[0];
    const entry = entryFor(address);
    if (entry && entry.count >= maxFailures) {
      const retryAfter = Math.max(1, Math.ceil((entry.resetAt - now()) / 1000));
      if (!entry.blockLogged) {
        entry.blockLogged = true;
        log.warn(
          { code: 'API_RATE_LIMITED', clientAddress: address, path, failures: entry.count },
          'admin gate: too many wrong credentials from this address; blocked until the window ends',
        );
      }
      reply.header('Retry-After', String(retryAfter));
      return send(reply, apiError('API_RATE_LIMITED', `too many wrong admin credentials from this address; retry in ${retryAfter} s`));
    }
    if (!options.adminToken)
      return send(reply, apiError('API_UNAUTHORIZED', 'admin surfaces are disabled: set FEEDWRIGHT_ADMIN_TOKEN (or FEEDWRIGHT_ADMIN_TOKEN_FILE)'));
    const header = request.headers.authorization;
    const basic = header?.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : null;
    const presented = basic !== null ? `Bearer ${basic.split(':').slice(1).join(':')}` : header;
    if (!header) {
      reply.header('WWW-Authenticate', 'Basic realm="Feedwright admin", charset="UTF-8"');
      return send(reply, apiError('API_UNAUTHORIZED', 'admin token required: Authorization: Bearer <token> (or the token as the Basic auth password)'));
    }
    if (!isAuthorized(presented, options.adminToken)) {
      countFailure(address);
      log.warn(
        { code: 'API_UNAUTHORIZED', clientAddress: address, method: request.method, path, scheme: basic !== null ? 'basic' : header.split(' ')[0] },
        'admin gate: wrong credentials',
      );
      reply.header('WWW-Authenticate', 'Basic realm="Feedwright admin", charset="UTF-8"');
      return send(reply, apiError('API_UNAUTHORIZED', 'wrong admin credentials'));
    }
    if (basic !== null && !SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      log.warn(
        { code: 'API_CROSS_SITE', clientAddress: address, method: request.method, path, origin: request.headers.origin ?? null },
        'admin gate: refused a cross-site state change',
      );
      return send(reply, apiError('API_CROSS_SITE', 'a state change with Basic auth must come from this site (send the Bearer header instead)'));
    }
    return undefined;
  }

  return { onRequest };
}

/** True when the browser says the request comes from this origin (Origin matches Host, or Sec-Fetch-Site). */
function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Puts the app's admin gate on every route of `admin` (a plugin scope), behind a per-client rate
 * limit: the gate runs in `preParsing`, after the limiter's onRequest hook (so every request counts
 * there too) and before any body is read.
 */
export async function registerAdminGate(admin: FastifyInstance, gate: AdminGate): Promise<void> {
  await admin.register(rateLimit, {
    max: 300,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...apiError('API_RATE_LIMITED', `too many requests: at most ${context.max} per minute; retry in ${Math.ceil(context.ttl / 1000)} s`).body,
    }),
  });
  admin.addHook('preParsing', async (request, reply) => {
    await gate.onRequest(request, reply);
  });
}

/** The token the admin page's forms carry: derived from the admin token, so only a page the admin opened has it. */
export function formToken(adminToken: string): string {
  return createHmac('sha256', adminToken).update('feedwright admin form v1').digest('base64url');
}

/**
 * The admin page's second CSRF check, beside the gate's same-origin rule: a form post must carry
 * the page's form token. Returns why it is refused, or null.
 */
export function formRefusal(request: FastifyRequest, adminToken: string): string | null {
  const given = Buffer.from(String((request.body as Record<string, unknown> | undefined)?.token ?? ''));
  const expected = Buffer.from(formToken(adminToken));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'missing or wrong form token (reload the admin page)';
  return null;
}
