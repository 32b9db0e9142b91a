import type { Logger } from 'pino';

/**
 * Resolves on the first SIGINT/SIGTERM after running `close`; a second signal exits at once.
 * Bounded: if closing takes longer than `graceMs`, the process exits with code 1.
 */
export function untilSignal(logger: Logger, close: () => Promise<void>, graceMs = 30_000): Promise<number> {
  return new Promise((resolve) => {
    let closing = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (closing) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      closing = true;
      logger.info({ signal }, 'shutting down: finishing in-flight work');
      const timer = setTimeout(() => {
        logger.error({ graceMs }, 'shutdown took too long; exiting');
        process.exit(1);
      }, graceMs);
      timer.unref();
      close().then(
        () => {
          clearTimeout(timer);
          logger.info('stopped cleanly');
          resolve(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'error while shutting down');
          resolve(1);
        },
      );
    };
    // `on`, not `once`: a second signal must reach the handler (exit 130 at once, logged), not Node's default.
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
