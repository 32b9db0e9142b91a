/**
 * BullMQ queues, workers and event listeners re-emit their Redis connection's errors; one without
 * an `error` listener makes BullMQ print the raw stack to stderr (not JSON, many lines). Every such
 * emitter gets this listener. Lost-connection errors are already logged, coded, by the connection
 * itself (cli/redis-connection.ts), so here they go to debug; anything else is logged at error,
 * at most once per `everyMs` per emitter.
 */

type ErrorEmitter = { on(event: 'error', listener: (error: Error) => void): unknown };
type ErrorLogger = { error(object: Record<string, unknown>, message: string): void; debug(object: Record<string, unknown>, message: string): void };

// The second line: a Cluster client (fail-fast connections have no offline queue) while it
// connects or follows a failover, and a demoted primary behind Sentinel.
const CONNECTION_LOST = new RegExp(
  [
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|Connection is closed|Stream isn't writeable|Command timed out|Socket closed/.source,
    /Cluster isn't ready|None of startup nodes is available|Failed to refresh slots cache|CLUSTERDOWN|Cluster is ended|READONLY/.source,
  ].join('|'),
  'i',
);

/** True for errors that only say Redis cannot be reached right now. */
export function isRedisConnectionError(error: unknown): boolean {
  return error instanceof Error && (CONNECTION_LOST.test(error.message) || CONNECTION_LOST.test(String((error as { code?: unknown }).code ?? '')));
}

/** Logs `emitter`'s errors as coded JSON lines (REDIS_UNAVAILABLE), at most one per `everyMs`. */
export function logConnectionErrors(emitter: ErrorEmitter, log: ErrorLogger, what: string, everyMs = 30_000): void {
  let last = 0;
  emitter.on('error', (error) => {
    if (isRedisConnectionError(error))
      return void log.debug({ code: 'REDIS_UNAVAILABLE', component: what, reason: error.message }, `${what}: Redis unreachable`);
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    log.error({ code: 'REDIS_UNAVAILABLE', err: error, component: what }, `${what}: ${error.message}`);
  });
}
