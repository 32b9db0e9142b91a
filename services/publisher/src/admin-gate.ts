import { createHmac, timingSafeEqual } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAuthorized } from './admin-auth.ts';
import { apiError } from './api-error.ts';

/**
 * The admin check of the sources API and the admin page, in one place so the shared admin gate
 * replaces it with a one-line change. Accepts the admin token as a Bearer token, or as the
 * password of HTTP Basic authentication (any user name) so a browser can open `/admin`.
 */
export function adminGate(adminToken: string | null, options: { browser?: boolean } = {}) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const basicPassword = header?.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8').split(':').slice(1).join(':') : null;
    if (adminToken && isAuthorized(basicPassword !== null ? `Bearer ${basicPassword}` : header, adminToken)) return;
    const error = adminToken
      ? apiError('API_UNAUTHORIZED', options.browser ? 'the admin page needs the admin token (as the Basic auth password, any user name)' : 'missing or wrong Bearer token')
      : apiError('API_UNAUTHORIZED', 'the admin API is disabled: set FEEDWRIGHT_ADMIN_TOKEN (or FEEDWRIGHT_ADMIN_TOKEN_FILE)');
    if (options.browser && adminToken) reply.header('WWW-Authenticate', 'Basic realm="Feedwright admin", charset="UTF-8"');
    return reply.code(error.status).type('application/json; charset=utf-8').send(error.body);
  };
}

/**
 * Puts the admin gate on every route of `admin` (a plugin scope): a per-client rate limit (so a
 * guessed token cannot be brute-forced), then the token check in `preParsing` — after the
 * limiter's onRequest hook, so failed guesses count, and before any body is read.
 */
export async function registerAdminGate(admin: FastifyInstance, adminToken: string | null, options: { browser?: boolean } = {}): Promise<void> {
  await admin.register(rateLimit, {
    max: 300,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...apiError('API_RATE_LIMITED', `too many requests: at most ${context.max} per minute; retry in ${Math.ceil(context.ttl / 1000)} s`).body,
    }),
  });
  admin.addHook('preParsing', adminGate(adminToken, options));
}

/** The token the admin page's forms carry: derived from the admin token, so only a page the admin opened has it. */
export function formToken(adminToken: string): string {
  return createHmac('sha256', adminToken).update('feedwright admin form v1').digest('base64url');
}

/**
 * CSRF protection for the admin page's forms: a state change needs a same-origin request (the
 * browser's `Origin`, else `Referer`, names this server or the public URL) carrying the form
 * token. Returns the reason it is refused, or null.
 */
export function formRefusal(request: FastifyRequest, adminToken: string, publicUrl: string): string | null {
  const origin = request.headers.origin ?? (() => {
    try {
      return request.headers.referer ? new URL(request.headers.referer).origin : undefined;
    } catch {
      return undefined;
    }
  })();
  const own = new Set([`${request.protocol}://${request.host}`, new URL(publicUrl).origin]);
  if (!origin || !own.has(origin)) return `cross-origin form post refused (origin ${origin ?? 'unknown'})`;
  const given = Buffer.from(String((request.body as Record<string, unknown> | undefined)?.token ?? ''));
  const expected = Buffer.from(formToken(adminToken));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'missing or wrong form token (reload the admin page)';
  return null;
}
