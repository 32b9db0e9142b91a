import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingLostOrRepeated, runFailoverScenario } from '../support/failover-scenario.ts';
import { startRedisCluster, type RedisClusterRig } from '../support/redis-processes.ts';

describe('on a real Redis Cluster (3 masters, 3 replicas, on loopback)', () => {
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
    expectNothingLostOrRepeated(outcome);
  }, 120_000);
});
