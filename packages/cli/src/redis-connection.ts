import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Opens Redis connections that never give up: while Redis is unreachable each connection logs a
 * coded REDIS_UNAVAILABLE error (at most every 30 s) and keeps reconnecting, so the services keep
 * running and resume by themselves.
 */
export function createRedisConnector(url: string, logger: Logger): { connect: () => Redis; connectFailFast: () => Redis; disconnectAll: () => void } {
  // BullMQ never closes a connection it was handed, so every one opened here is tracked and
  // closed at shutdown (otherwise they would keep reconnecting and the process would not exit).
  const opened = new Set<Redis>();
  const open = (failFast: boolean) => {
    const redis = new Redis(url, {
      // BullMQ's blocking commands need this; commands wait for the reconnect instead of failing.
      // A fail-fast connection (HTTP requests) rejects at once while disconnected and after 1 s when Redis hangs.
      ...(failFast ? { maxRetriesPerRequest: 0, enableOfflineQueue: false, commandTimeout: 1000 } : { maxRetriesPerRequest: null }),
      enableReadyCheck: true,
      retryStrategy: (times) => Math.min(times * 200, 5000),
    });
    let lastLogged = 0;
    redis.on('error', (error) => {
      if (Date.now() - lastLogged < 30_000) return;
      lastLogged = Date.now();
      logger.error({ code: 'REDIS_UNAVAILABLE', err: error, redis: url.replace(/\/\/[^@]*@/, '//***@') }, `Redis unreachable: ${error.message}; retrying`);
    });
    redis.on('ready', () => {
      if (lastLogged !== 0) logger.info({ redis: url.replace(/\/\/[^@]*@/, '//***@') }, 'Redis reachable again');
      lastLogged = 0;
    });
    opened.add(redis);
    redis.once('end', () => opened.delete(redis));
    return redis;
  };
  return {
    connect: () => open(false),
    connectFailFast: () => open(true),
    disconnectAll() {
      for (const redis of opened) redis.disconnect();
      opened.clear();
    },
  };
}
