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

type Waiter = { resolve: () => void; reject: (error: Error) => void };
const CONNECTION_CLOSED = 'Connection is closed.';
/** The connect() calls of each ClosableCluster still waiting for it to be ready (or to end). */
const connectWaiters = new WeakMap<ClosableCluster, Set<Waiter>>();

/**
 * ioredis's Cluster client (5.11, the same in 6.0) with three defects fixed. Each left a service
 * unable to shut down after a master was killed: BullMQ's `Worker.close()` awaits the `end` of its
 * blocking connection, and its worker loop awaits `connect()` of that connection when it recovers
 * it; none of these ever happened (test/e2e/redis-cluster.test.ts hung in about one run in five
 * under load before the first two fixes, 2 of 25 before the third; docs/redis.md).
 * - `disconnect()` of a client whose node pool is already empty never ends: ioredis moves to
 *   `close` and `end` only when the pool "drains", and an empty pool never drains again. A pool is
 *   left empty after a failover (every node dropped, a reconnect not made yet). Such a disconnect
 *   now ends the client itself (or schedules the reconnect, for `disconnect(true)`).
 * - One disconnect drains the pool once per node: `reset([])` empties it at once, then every node's
 *   own `end` event announces the drain again. The first drain closes the client (`end`); the later
 *   ones set it back to `close`, where it stays for good: no reconnect scheduled, no `end` again.
 *   A drain of a client already `close` or `end` is now ignored.
 * - `connect()` never settles once its attempt got past the slot refresh but did not become ready:
 *   the ready check found `cluster_state:fail` (a master is down and not replaced yet), or the
 *   client was disconnected meanwhile. ioredis then reconnects by itself (or ends) but leaves the
 *   promise of that first attempt pending for good, and BullMQ's worker loop (`RedisConnection
 *   .reconnect`) waited on it: the worker stopped taking jobs and its `close()` never returned.
 *   `connect()` now settles with the client: resolved when it is ready, rejected when it ends.
 * `duplicate()` keeps the class, so BullMQ's blocking connections (duplicates of the connection
 * it is handed) get the fixes too.
 */
export class ClosableCluster extends Cluster {
  constructor(startupNodes: ClusterNode[], options: ClusterOptions = {}) {
    super(startupNodes, options);
    // One pair of listeners settles every waiting connect(), however many reconnects ioredis makes
    // meanwhile (each calls connect() again). Status events are emitted on the next tick: one left
    // over from before a connect() (the `end` of the disconnect that preceded it) must not settle
    // it, so the status decides.
    const settleAll = (error?: Error) => {
      const waiters = connectWaiters.get(this);
      if (!waiters) return;
      for (const waiter of waiters) {
        if (error) waiter.reject(error);
        else waiter.resolve();
      }
      waiters.clear();
    };
    this.on('ready', () => {
      if (this.status === 'ready') settleAll();
    });
    this.on('end', () => {
      if (this.status === 'end') settleAll(new Error(CONNECTION_CLOSED));
    });
    const pool = (this as unknown as { connectionPool: EventEmitter }).connectionPool;
    for (const onDrain of pool.listeners('drain') as Array<() => void>) {
      pool.off('drain', onDrain);
      pool.on('drain', () => {
        if (this.status !== 'close' && this.status !== 'end') onDrain();
      });
    }
  }

  override connect(): Promise<void> {
    const attempt = super.connect();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      // Called from ioredis's constructor too, before this class's own constructor has run.
      const waiters = connectWaiters.get(this) ?? new Set<Waiter>();
      connectWaiters.set(this, waiters.add(waiter));
      const settle = (error?: unknown) => {
        if (!waiters.delete(waiter)) return;
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      attempt.then(
        () => settle(),
        (error: unknown) => settle(error ?? new Error(CONNECTION_CLOSED)),
      );
    });
  }

  override disconnect(reconnect = false): void {
    const drained = this.nodes().length === 0 && this.status !== 'wait' && this.status !== 'end';
    super.disconnect(reconnect);
    if (!drained) return;
    // What ioredis does after a drain, minus the `close` event: a connect() made right after this
    // disconnect (BullMQ's cluster recovery does that) would take that late event for its own
    // failure. ioredis's own (private) step: `end`, or the reconnect when asked.
    (this as unknown as { handleCloseEvent(): void }).handleCloseEvent();
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

/** What one open connection is doing, for a shutdown that waits too long (see `describeConnection`). */
export type ConnectionReport = {
  /** What the connection is for (`fetch worker`, `store`, …); BullMQ's blocking connection is `<purpose> (blocking)`. */
  purpose: string;
  kind: 'cluster' | 'node';
  /** ioredis's status: `ready`/`connect` in use, `reconnecting`, `disconnecting`, `close`, `end` (done). */
  status: string;
  /** Commands sent and not answered yet, and commands held while disconnected. */
  pending: number;
  queued: number;
  /** A cluster client's node connections (`host:port status pending/queued`). */
  nodes?: string[];
};

type QueueCounts = { commandQueue?: { length: number }; offlineQueue?: { length: number } };

/** Reads what `client` is doing from ioredis's (undocumented but stable) queues: `-1` where a field is missing. */
export function describeConnection(client: RedisClient, purpose: string): ConnectionReport {
  const queues = client as unknown as QueueCounts;
  const length = (queue: { length: number } | undefined) => queue?.length ?? -1;
  if (!(client instanceof Cluster)) {
    return { purpose, kind: 'node', status: client.status, pending: length(queues.commandQueue), queued: length(queues.offlineQueue) };
  }
  const nodes = client.nodes().map((node) => {
    const q = node as unknown as QueueCounts;
    return `${node.options.host}:${node.options.port} ${node.status} ${length(q.commandQueue)}/${length(q.offlineQueue)}`;
  });
  const pending = client.nodes().reduce((sum, node) => sum + Math.max(0, length((node as unknown as QueueCounts).commandQueue)), 0);
  return { purpose, kind: 'cluster', status: client.status, pending, queued: length(queues.offlineQueue), nodes };
}

export type RedisConnector = {
  /** A connection that waits for Redis (commands queue while it is away); `purpose` names it in logs. */
  connect: (purpose?: string) => RedisClient;
  /** A fail-fast connection (see FAIL_FAST). */
  connectFailFast: (purpose?: string) => RedisClient;
  /** Every connection opened here (BullMQ's duplicates included) that is not ended now. */
  openConnections: () => ConnectionReport[];
  /** Disconnects every connection that has not ended (duplicates included). */
  disconnectAll: () => void;
};

/**
 * Opens Redis connections that never give up: while Redis is unreachable each connection logs a
 * coded REDIS_UNAVAILABLE error (at most every 30 s) and keeps reconnecting, so the services keep
 * running and resume by themselves. Every connection of the process (store, BullMQ queues and
 * workers, health checks) comes from here, so all follow the same topology. The connections BullMQ
 * makes from them (`duplicate()`: a worker's blocking connection) are tracked too, so a shutdown
 * that waits too long can say which connection it waits for (`openConnections`).
 */
export function createRedisConnector(topology: RedisTopology, logger: Logger): RedisConnector {
  // BullMQ never closes a connection it was handed, so every one opened here is tracked and
  // closed at shutdown (otherwise they would keep reconnecting and the process would not exit).
  const opened = new Map<RedisClient, string>();
  const where = describeRedisTopology(topology);
  const track = (redis: RedisClient, purpose: string) => {
    // Kept after an `end`: BullMQ's cluster recovery ends a connection and connects it again.
    opened.set(redis, purpose);
    // BullMQ's blocking connection is a duplicate of the connection it is handed.
    const duplicate = redis.duplicate.bind(redis) as (...args: unknown[]) => RedisClient;
    (redis as { duplicate: (...args: unknown[]) => RedisClient }).duplicate = (...args: unknown[]) => track(duplicate(...args), `${purpose} (blocking)`);
    return redis;
  };
  const open = (failFast: boolean, purpose: string) => {
    const redis = openRedis(topology, { failFast });
    let lastLogged = 0;
    redis.on('error', (error: Error) => {
      if (Date.now() - lastLogged < 30_000) return;
      lastLogged = Date.now();
      logger.error({ code: 'REDIS_UNAVAILABLE', err: error, redis: where, connection: purpose }, `Redis unreachable: ${error.message}; retrying`);
    });
    redis.on('ready', () => {
      if (lastLogged !== 0) logger.info({ redis: where, connection: purpose }, 'Redis reachable again');
      lastLogged = 0;
    });
    return track(redis, purpose);
  };
  return {
    connect: (purpose = 'connection') => open(false, purpose),
    connectFailFast: (purpose = 'connection') => open(true, purpose),
    openConnections: () => [...opened].filter(([redis]) => redis.status !== 'end').map(([redis, purpose]) => describeConnection(redis, purpose)),
    disconnectAll() {
      for (const redis of opened.keys()) if (redis.status !== 'end') redis.disconnect();
    },
  };
}
