import { spawnSync } from 'node:child_process';
import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFailoverScenario } from '../support/failover-scenario.ts';
import { startRedisSentinel, type RedisSentinelRig } from '../support/redis-processes.ts';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

describe.skipIf(!hasRedisServer)('behind real Redis Sentinels (primary, replica, 3 sentinels, on loopback)', () => {
  let sentinel: RedisSentinelRig;
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
  }, 90_000);
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
