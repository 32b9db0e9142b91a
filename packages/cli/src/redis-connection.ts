import type { EventEmitter } from 'node:events';
import { describeRedisTopology, type RedisTopology } from '@feedwright/core/redis-topology.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import { Cluster, Redis, type ClusterNode, type ClusterOptions, type RedisOptions } from 'ioredis';
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

/**
 * ioredis's Cluster client (5.11, the same in 6.0) with two defects of its close path fixed. Both
 * left a service unable to shut down after a master was killed: BullMQ's `Worker.close()` awaits
 * the `end` of its blocking connection, or waits for a blocking connection stuck in `close` to come
 * back, and neither ever happened (test/e2e/redis-cluster.test.ts hung in about one run in five under
 * load; the trace is in docs/redis.md).
 * - `disconnect()` of a client whose node pool is already empty never ends: ioredis moves to
 *   `close` and `end` only when the pool "drains", and an empty pool never drains again. A pool is
 *   left empty after a failover (every node dropped, a reconnect not made yet). Such a disconnect
 *   now finishes the close itself, as ioredis already does for a client that never connected.
 * - One disconnect drains the pool once per node: `reset([])` empties it at once, then every node's
 *   own `end` event announces the drain again. The first drain closes the client (`end`); the later
 *   ones set it back to `close`, where it stays for good: no reconnect scheduled, no `end` again.
 *   A drain of a client already `close` or `end` is now ignored.
 * `duplicate()` keeps the class, so BullMQ's blocking connections (duplicates of the connection
 * it is handed) get the fixes too.
 */
export class ClosableCluster extends Cluster {
  constructor(startupNodes: ClusterNode[], options: ClusterOptions = {}) {
    super(startupNodes, options);
    const pool = (this as unknown as { connectionPool: EventEmitter }).connectionPool;
    for (const onDrain of pool.listeners('drain') as Array<() => void>) {
      pool.off('drain', onDrain);
      pool.on('drain', () => {
        if (this.status !== 'close' && this.status !== 'end') onDrain();
      });
    }
  }

  override disconnect(reconnect = false): void {
    const drained = this.nodes().length === 0 && this.status !== 'wait' && this.status !== 'end';
    super.disconnect(reconnect);
    if (!drained) return;
    // ioredis's own (private) steps after a drain: `close`, then `end` (or a reconnect when asked).
    const internals = this as unknown as { setStatus(status: string): void; handleCloseEvent(): void };
    internals.setStatus('close');
    internals.handleCloseEvent();
  }

  override duplicate(overrideStartupNodes: ClusterNode[] = [], overrideOptions: ClusterOptions = {}): ClosableCluster {
    const startupNodes = overrideStartupNodes.length > 0 ? overrideStartupNodes : (this as unknown as { startupNodes: ClusterNode[] }).startupNodes.slice(0);
    return new ClosableCluster(startupNodes, { ...this.options, ...overrideOptions });
  }
}

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
  return new ClosableCluster(topology.nodes, {
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
