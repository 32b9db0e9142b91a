import { Cluster } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { freePort } from './free-port.ts';
import { openRedis } from './redis-connection.ts';

/** Resolves with what `client` did within `ms` after `disconnect()`: 'end', or its status then. */
async function disconnectOutcome(client: Cluster, ms: number): Promise<string> {
  const ended = new Promise<string>((resolve) => client.once('end', () => resolve('end')));
  client.disconnect();
  return Promise.race([ended, new Promise<string>((resolve) => setTimeout(() => resolve(`still ${client.status}`), ms))]);
}

/** Waits until every node of `client` has been dropped and it waits to reconnect (as after a killed master). */
async function untilDrained(client: Cluster): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(client.status === 'reconnecting' && client.nodes().length === 0)) {
    if (Date.now() > deadline) throw new Error(`the cluster client never drained (status ${client.status})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// A real ioredis client on a loopback port where nothing listens: every node is dropped and the
// client waits to reconnect, the state a failover leaves clients in (test/e2e/redis-cluster.test.ts).
describe('cluster connections (openRedis)', () => {
  it('end when disconnected while every node is gone, where ioredis alone never ends', async () => {
    const port = await freePort();
    const ours = openRedis({ kind: 'cluster', nodes: [{ host: '127.0.0.1', port }], username: null, password: null }) as Cluster;
    const theirs = new Cluster([{ host: '127.0.0.1', port }], { clusterRetryStrategy: () => 200 });
    for (const client of [ours, theirs]) client.on('error', () => undefined);
    await Promise.all([untilDrained(ours), untilDrained(theirs)]);
    expect(await disconnectOutcome(ours, 2000)).toBe('end');
    // ioredis waits for a drain that cannot come again: BullMQ's Worker.close() waited here for good.
    expect(await disconnectOutcome(theirs, 2000)).toBe('still disconnecting');
    // So do duplicates (BullMQ's blocking connections are duplicates of the connection it is given).
    const duplicate = ours.duplicate();
    duplicate.on('error', () => undefined);
    await untilDrained(duplicate);
    expect(await disconnectOutcome(duplicate, 2000)).toBe('end');
  });
});
