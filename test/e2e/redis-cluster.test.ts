import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFailoverScenario } from '../support/failover-scenario.ts';
import { startRedisCluster, type RedisClusterRig } from '../support/redis-processes.ts';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

describe.skipIf(!hasRedisServer)('on a real Redis Cluster (3 masters, 3 replicas, on loopback)', () => {
  let cluster: RedisClusterRig;
  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('stores and serves every story, and killing the busiest master mid-run loses nothing and repeats nothing', async () => {
    let killed = 0;
    const outcome = await runFailoverScenario({ kind: 'cluster', nodes: cluster.nodes, username: null, password: null }, async () => {
      killed = await cluster.busiestMaster();
      await cluster.killMaster(killed);
    });
    expect(killed).toBeGreaterThan(0);
    expect(await cluster.masters()).not.toContain(killed);
    expect(outcome.readyBefore).toBe(200);
    expect(outcome.lost).toEqual([]);
    expect(outcome.stored).toBe(outcome.published);
    expect(outcome.createdTwice).toBe(0);
    expect(outcome.createdEvents).toBe(outcome.published);
    expect(outcome.feedItems).toBe(outcome.published);
    expect(outcome.feedRepeats).toBe(0);
    expect(outcome.delivered).toBe(outcome.published);
    expect(outcome.conflictingWebhookIds).toBe(0);
  }, 120_000);
});
