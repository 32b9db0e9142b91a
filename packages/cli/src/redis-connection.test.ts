import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { freePort } from './free-port.ts';
import { startPrivateRedis } from './private-redis.ts';
import { openRedis } from './redis-connection.ts';

/** Resolves with what `client` did within `ms` after `disconnect()`: 'end', or its status then. */
async function disconnectOutcome(client: Cluster, ms: number): Promise<string> {
  const ended = new Promise<string>((resolve) => client.once('end', () => resolve('end')));
  client.disconnect();
  return Promise.race([ended, new Promise<string>((resolve) => setTimeout(() => resolve(`still ${client.status}`), ms))]);
}

/** What `promise` did within `ms`: 'resolved', 'rejected: <message>', or 'pending'. */
async function outcomeWithin(promise: Promise<unknown>, ms: number): Promise<string> {
  const timer = new Promise<string>((resolve) => setTimeout(resolve, ms, 'pending'));
  return Promise.race([
    promise.then(
      () => 'resolved',
      (error: Error) => `rejected: ${error.message}`,
    ),
    timer,
  ]);
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

  // A real cluster node that holds half the slots answers CLUSTER SLOTS (the slot refresh works)
  // but says cluster_state:fail, as a cluster does between a master's death and its replica's
  // promotion. A client that connects then fails its ready check and reconnects by itself.
  it('settle connect() once the client is ready (or ended), where ioredis leaves it pending for good', async () => {
    const node = await startPrivateRedis({ args: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-announce-ip', '127.0.0.1'] });
    const admin = new Redis(node.port, '127.0.0.1');
    const clients: Cluster[] = [];
    try {
      await admin.call('CLUSTER', 'ADDSLOTSRANGE', '0', '8191');
      const options = { lazyConnect: true, enableReadyCheck: true, clusterRetryStrategy: () => 100 };
      const open = (kind: 'ours' | 'theirs') => {
        const topology = { kind: 'cluster' as const, nodes: [{ host: '127.0.0.1', port: node.port }], username: null, password: null };
        const client = kind === 'ours' ? (openRedis(topology) as Cluster) : new Cluster(topology.nodes, options);
        client.on('error', () => undefined);
        clients.push(client);
        return client;
      };
      const ours = open('ours');
      const theirs = open('theirs');
      // Ours connects from the start (no lazyConnect); ioredis's connect() is called here.
      const connecting = theirs.connect();
      // While the cluster fails, neither is ready.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(ours.status).not.toBe('ready');
      expect(theirs.status).not.toBe('ready');
      // The cluster recovers: both clients reconnect by themselves and become ready.
      await admin.call('CLUSTER', 'ADDSLOTSRANGE', '8192', '16383');
      const deadline = Date.now() + 10_000;
      while (!(ours.status === 'ready' && theirs.status === 'ready') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect([ours.status, theirs.status]).toEqual(['ready', 'ready']);
      // ioredis's client is ready, yet the promise of the connect() that got it there never settles.
      expect(await outcomeWithin(connecting, 1000)).toBe('pending');

      // The same with an ended client connecting again (what BullMQ's recovery does) while the cluster fails.
      await admin.call('CLUSTER', 'DELSLOTSRANGE', '8192', '16383');
      for (const client of [ours, theirs]) client.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([ours.status, theirs.status]).toEqual(['end', 'end']);
      const again = { ours: ours.connect(), theirs: theirs.connect() };
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await admin.call('CLUSTER', 'ADDSLOTSRANGE', '8192', '16383');
      expect(await outcomeWithin(again.ours, 10_000)).toBe('resolved');
      expect(ours.status).toBe('ready');
      expect(await outcomeWithin(again.theirs, 1000)).toBe('pending');
      // Disconnected before it was ever ready: ours rejects, ioredis's stays pending.
      await admin.call('CLUSTER', 'DELSLOTSRANGE', '8192', '16383');
      for (const client of [ours, theirs]) client.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const doomed = { ours: ours.connect(), theirs: theirs.connect() };
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const client of [ours, theirs]) client.disconnect();
      expect(await outcomeWithin(doomed.ours, 2000)).toBe('rejected: Connection is closed.');
      expect(await outcomeWithin(doomed.theirs, 1000)).toBe('pending');
    } finally {
      for (const client of clients) client.disconnect();
      admin.disconnect();
      await node.stop();
    }
  }, 30_000);
});
