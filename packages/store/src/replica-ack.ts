import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from './redis-client.ts';

/** How long a write waits for a replica's acknowledgement before going on without it. */
const ACK_TIMEOUT_MS = 1000;
/** After a WAIT found no replica, writes stop asking for this long (a primary without replicas would otherwise pay the timeout on every write). */
const NO_REPLICA_BACKOFF_MS = 10_000;

/**
 * Appends `WAIT 1` to a pipeline when replicas are in play, so a write is acknowledged by a replica
 * before the job that made it completes. Redis replicates asynchronously: without this, a primary
 * killed a moment after a write can lose it while the job that made it is already completed
 * elsewhere (another cluster slot) or after the failover, and the story would be lost. The
 * pipeline must hold a keyed command before it, so that on a cluster the WAIT reaches that key's
 * master. When no replica answered recently nothing is appended (see NO_REPLICA_BACKOFF_MS).
 */
export function createReplicaAck(enabled: boolean) {
  let skipUntil = 0;
  return {
    /** Adds WAIT to `pipeline` when acknowledgements are on; returns whether it did. */
    append(pipeline: ChainableCommander): boolean {
      if (!enabled || Date.now() < skipUntil) return false;
      pipeline.wait(1, ACK_TIMEOUT_MS);
      return true;
    },
    /** Reads WAIT's answer (replicas that acknowledged) and backs off when there were none. */
    observe(acknowledged: unknown): void {
      if (Number(acknowledged) < 1) skipUntil = Date.now() + NO_REPLICA_BACKOFF_MS;
    },
    /** Waits until a replica of the master holding `key` has every write this connection made (one round trip). */
    async after(redis: RedisClient, key: string): Promise<void> {
      const pipeline = redis.pipeline().exists(key);
      if (!this.append(pipeline)) return;
      const rows = (await pipeline.exec()) ?? [];
      this.observe(rows[1]?.[1]);
    },
  };
}

export type ReplicaAck = ReturnType<typeof createReplicaAck>;
