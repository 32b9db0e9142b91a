import { FeedwrightError, type ErrorCode } from '@feedwright/core/errors.ts';
import type { Logger } from 'pino';
import type { RedisConnector } from './redis-connection.ts';

/** One step of a shutdown (a service's `close`), named for the log line that says what is slow. */
export type CloseStep = { name: string; close: () => Promise<void> };

export type CloseBounds = {
  /** After this long, a warning (SHUTDOWN_SLOW) names the step being waited for and every connection still open. */
  warnAfterMs: number;
  /** After this long, every connection still open is disconnected (SHUTDOWN_FORCED, naming them). */
  forceAfterMs: number;
  /** After the force, each step still running gets this long before the shutdown goes on without it. */
  afterForceMs: number;
};

/** Defaults: a clean shutdown takes a few seconds (a worker's blocking wait is at most 5 s); the process's own grace is 30 s (shutdown.ts). */
export const CLOSE_BOUNDS: CloseBounds = { warnAfterMs: 10_000, forceAfterMs: 20_000, afterForceMs: 2_000 };

/**
 * Runs `steps` in order, each to its end, then disconnects every connection. A shutdown is bounded
 * even when a step never finishes (a BullMQ worker waiting for a connection that never ends):
 * past `warnAfterMs` it logs which step and which connections it waits for; past `forceAfterMs` it
 * disconnects every connection still open (which fails whatever command they hold) and gives each
 * remaining step only `afterForceMs`. A step that throws is logged and the others still run; the
 * first error is rethrown at the end, and a forced shutdown rejects too (SHUTDOWN_FORCED), so the
 * process exits with code 1 (shutdown.ts).
 */
export async function closeInOrder(
  steps: readonly CloseStep[],
  connector: Pick<RedisConnector, 'openConnections' | 'disconnectAll'>,
  logger: Logger,
  bounds: CloseBounds = CLOSE_BOUNDS,
): Promise<void> {
  const started = Date.now();
  let current = steps[0]?.name ?? 'connections';
  let forced = false;
  let onForce = () => {};
  const force = new Promise<void>((resolve) => (onForce = resolve));
  const warnTimer = setTimeout(() => {
    const connections = connector.openConnections();
    logger.warn(
      { code: 'SHUTDOWN_SLOW' satisfies ErrorCode, waitingFor: current, elapsedMs: Date.now() - started, connections },
      `shutdown is still waiting for the ${current} after ${Math.round((Date.now() - started) / 1000)} s (${connections.length} Redis connections open)`,
    );
  }, bounds.warnAfterMs);
  const forceTimer = setTimeout(() => {
    forced = true;
    const connections = connector.openConnections();
    logger.warn(
      { code: 'SHUTDOWN_FORCED' satisfies ErrorCode, waitingFor: current, elapsedMs: Date.now() - started, connections },
      `shutdown waited ${Math.round(bounds.forceAfterMs / 1000)} s for the ${current}: disconnecting ${connections.length} Redis connections still open`,
    );
    connector.disconnectAll();
    onForce();
  }, bounds.forceAfterMs);
  let firstError: unknown;
  try {
    for (const step of steps) {
      current = step.name;
      const done = Promise.resolve()
        .then(() => step.close())
        .catch((error: unknown) => {
          logger.error({ err: error, step: step.name }, `error while closing the ${step.name}`);
          firstError ??= error;
        });
      if (!forced) await Promise.race([done, force]);
      if (forced) {
        let timer: NodeJS.Timeout | undefined;
        const gaveUp = await Promise.race([
          done.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(resolve, bounds.afterForceMs, true))),
        ]);
        clearTimeout(timer);
        if (gaveUp)
          logger.warn({ code: 'SHUTDOWN_FORCED' satisfies ErrorCode, step: step.name }, `the ${step.name} did not finish closing; going on without it`);
      }
    }
    current = 'connections';
    connector.disconnectAll();
  } finally {
    clearTimeout(warnTimer);
    clearTimeout(forceTimer);
  }
  if (firstError !== undefined) throw firstError;
  // A forced shutdown is not a clean one, even when every step ended after the force.
  if (forced) throw new FeedwrightError('SHUTDOWN_FORCED', `shutdown had to disconnect Redis connections after ${Math.round(bounds.forceAfterMs / 1000)} s`);
}
