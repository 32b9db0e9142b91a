import { ERROR_CODES, type ErrorCode } from '@feedwright/core/errors.ts';
import type { FastifyReply } from 'fastify';

/** The one error body of the HTTP API: `{ "error": { "code", "message" } }`. */
export type ApiErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

const STATUS: Partial<Record<ErrorCode, number>> = {
  API_UNAUTHORIZED: 401,
  API_BAD_REQUEST: 400,
  SUBSCRIPTION_URL_REFUSED: 400,
  API_NOT_FOUND: 404,
  API_CONFLICT: 409,
  DISCOVER_NOTHING_FOUND: 422,
  API_RATE_LIMITED: 429,
  API_CROSS_SITE: 403,
  REDIS_UNAVAILABLE: 503,
  NOT_READY: 503,
  SHUTTING_DOWN: 503,
};

/** Builds an API error body and its HTTP status. */
export function apiError(code: ErrorCode, message?: string, details?: unknown): { status: number; body: ApiErrorBody } {
  return {
    status: STATUS[code] ?? 500,
    body: { error: { code, message: message ?? ERROR_CODES[code].summary, ...(details === undefined ? {} : { details }) } },
  };
}

/** Sends an API error (its status, a JSON body). */
export function sendApiError(reply: FastifyReply, error: { status: number; body: ApiErrorBody }) {
  return reply.code(error.status).type('application/json; charset=utf-8').send(error.body);
}
