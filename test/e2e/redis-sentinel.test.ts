import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingLostOrRepeated, runFailoverScenario } from '../support/failover-scenario.ts';
import { startRedisSentinel, type RedisSentinelRig } from '../support/redis-processes.ts';

describe('behind real Redis Sentinels (primary, replica, 3 sentinels, on loopback)', () => {
  let sentinel: RedisSentinelRig;
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
  }, 180_000);
  afterAll(async () => {
    await sentinel?.stop();
  });

  it('stores and serves every story, and killing the primary mid-run loses nothing and repeats nothing', async () => {
    const env = readRuntimeEnv({ REDIS_SENTINELS: sentinel.sentinelsVariable, REDIS_SENTINEL_NAME: sentinel.masterName });
    const before = await sentinel.primary();
    let promoted = 0;
    const outcome = await runFailoverScenario(env.redis!, async () => {
      promoted = await sentinel.killPrimary();
    });
    expect(promoted).not.toBe(before);
    expectNothingLostOrRepeated(outcome);
  }, 300_000);
});
