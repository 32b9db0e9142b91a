import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingLostOrRepeated, runFailoverScenario } from '../support/failover-scenario.ts';
import { startRedisSentinel, type RedisSentinelRig } from '../support/redis-processes.ts';

// The failover runs (a process SIGKILLed mid-run) are `pnpm test:failover`, not part of `pnpm check`:
// in one CI-like run the cluster scenario hung after the promotion and was not root-caused in time.
const FAILOVER_TESTS = process.env.FEEDWRIGHT_FAILOVER_TESTS === '1';

describe('behind real Redis Sentinels (primary, replica, 3 sentinels, on loopback)', () => {
  let sentinel: RedisSentinelRig;
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
  }, 180_000);
  afterAll(async () => {
    await sentinel?.stop();
  });

  it.runIf(FAILOVER_TESTS)(
    'stores and serves every story, and killing the primary mid-run loses nothing and repeats nothing',
    async () => {
      const env = readRuntimeEnv({ REDIS_SENTINELS: sentinel.sentinelsVariable, REDIS_SENTINEL_NAME: sentinel.masterName });
      const before = await sentinel.primary();
      let promoted = 0;
      const outcome = await runFailoverScenario(env.redis!, async () => {
        promoted = await sentinel.killPrimary();
      });
      expect(promoted).not.toBe(before);
      expectNothingLostOrRepeated(outcome);
    },
    300_000,
  );
});
