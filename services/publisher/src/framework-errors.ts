import type { Socket } from 'node:net';
import { isRedisConnectionError } from '@feedwright/core/connection-errors.ts';
import { apiError, type ApiErrorBody } from './api-error.ts';

/**
 * Errors that reach the HTTP layer from outside our handlers — Redis away, Fastify's own 4xx, and
 * Node's parser rejecting a request before Fastify sees it — all answered in the one error shape.
 */

/** The coded answer for an error a route threw: 503 for Redis away, 4xx kept, else null (a real bug). */
export function classifyRouteError(error: Error & { statusCode?: number }): { status: number; body: ApiErrorBody } | null {
  if (isRedisConnectionError(error)) return apiError('REDIS_UNAVAILABLE', 'Redis is unreachable; retry shortly');
  if (error.statusCode && error.statusCode < 500) return { status: error.statusCode, body: { error: { code: 'API_BAD_REQUEST', message: error.message } } };
  return null;
}

const CLIENT_ERROR_STATUS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', `the request did not arrive within the server's request timeout`],
};

/**
 * Fastify's `clientErrorHandler`: Node rejected the request (header overflow → 431, request
 * timeout → 408, malformed → 400) before any route ran; answer in `{error:{code,message}}` and close.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const [status, reason, message] = CLIENT_ERROR_STATUS[error.code ?? ''] ?? [400, 'Bad Request', 'malformed request'];
  const body = JSON.stringify({ error: { code: 'API_BAD_REQUEST', message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
