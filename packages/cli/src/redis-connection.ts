import { describeRedisTopology, type RedisTopology } from '@feedwright/core/redis-topology.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/** Options every connection shares, whatever the topology. */
const COMMON: RedisOptions = {
  // BullMQ's blocking commands need this; commands wait for the reconnect (or failover) instead of failing.
  maxRetriesPerRequest: null,
  enableReadyCheck: true,
  retryStrategy: (times) => Math.min(times * 200, 5000),
};

/**
 * Options of a fail-fast connection (the publisher's HTTP requests): commands are rejected at once
 * while disconnected (no offline queue, no retry) and after 1 s when Redis hangs, so a request can
 * answer from memory or with 503 instead of waiting for the reconnect.
 */
const FAIL_FAST: RedisOptions = { maxRetriesPerRequest: 0, enableOfflineQueue: false, commandTimeout: 1000 };

/** Opens one connection of `topology`: a plain node, a Sentinel-managed primary, or a Cluster client (`failFast`: see FAIL_FAST). */
export function openRedis(topology: RedisTopology, options: { failFast?: boolean } = {}): RedisClient {
  const common: RedisOptions = options.failFast ? { ...COMMON, ...FAIL_FAST } : COMMON;
  if (topology.kind === 'single') return new Redis(topology.url, common);
  const auth = { ...(topology.username ? { username: topology.username } : {}), ...(topology.password ? { password: topology.password } : {}) };
  if (topology.kind === 'sentinel') {
    return new Redis({
      ...common,
      ...auth,
      sentinels: topology.sentinels,
      name: topology.name,
      ...(topology.sentinelPassword ? { sentinelPassword: topology.sentinelPassword } : {}),
      // No `failoverDetector`: in ioredis 5.11 its reconnect on +switch-master can race the sentinel
      // connector and throw "Connection is closed" as an unhandled rejection (seen in bench:chaos).
      // A killed primary closes the connection anyway, and the reconnect asks the sentinels again.
      sentinelRetryStrategy: (times) => Math.min(times * 200, 5000),
      // A primary that has been demoted answers READONLY: drop the connection and ask the sentinels again.
      reconnectOnError: (error) => error.message.startsWith('READONLY'),
    });
  }
  return new Cluster(topology.nodes, {
    redisOptions: { ...auth, maxRetriesPerRequest: options.failFast ? 0 : null, enableReadyCheck: true, ...(options.failFast ? { commandTimeout: 1000 } : {}) },
    clusterRetryStrategy: (times) => Math.min(times * 200, 5000),
    // While a replica is being promoted the cluster answers CLUSTERDOWN / TRYAGAIN or a node is gone:
    // commands wait and are retried against the refreshed slot map.
    retryDelayOnClusterDown: 200,
    retryDelayOnFailover: 200,
    retryDelayOnTryAgain: 200,
    maxRedirections: 64,
    slotsRefreshTimeout: 2000,
    enableOfflineQueue: !options.failFast,
  });
}

/**
 * Opens Redis connections that never give up: while Redis is unreachable each connection logs a
 * coded REDIS_UNAVAILABLE error (at most every 30 s) and keeps reconnecting, so the services keep
 * running and resume by themselves. Every connection of the process (store, BullMQ queues and
 * workers, health checks) comes from here, so all follow the same topology.
 */
export function createRedisConnector(
  topology: RedisTopology,
  logger: Logger,
): { connect: () => RedisClient; connectFailFast: () => RedisClient; disconnectAll: () => void } {
  // BullMQ never closes a connection it was handed, so every one opened here is tracked and
  // closed at shutdown (otherwise they would keep reconnecting and the process would not exit).
  const opened = new Set<RedisClient>();
  const where = describeRedisTopology(topology);
  const open = (failFast: boolean) => {
    const redis = openRedis(topology, { failFast });
    let lastLogged = 0;
    redis.on('error', (error: Error) => {
      if (Date.now() - lastLogged < 30_000) return;
      lastLogged = Date.now();
      logger.error({ code: 'REDIS_UNAVAILABLE', err: error, redis: where }, `Redis unreachable: ${error.message}; retrying`);
    });
    redis.on('ready', () => {
      if (lastLogged !== 0) logger.info({ redis: where }, 'Redis reachable again');
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
