import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostBudgetRepository } from './host-budget-repository.ts';
import { storeKeys } from './store-keys.ts';
import { openTestRedis } from './testing/test-redis.ts';

describe('per-host budget (real Redis)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let hosts: ReturnType<typeof createHostBudgetRepository>;
  beforeEach(async () => {
    ctx = await openTestRedis('hostbudget');
    hosts = createHostBudgetRepository(ctx.redis, storeKeys(ctx.prefix));
  });
  afterEach(async () => ctx.cleanup());

  const generous = { concurrency: 2, perMinute: 60_000, burst: 2, leaseMs: 200 };

  it('grants at most `concurrency` slots at once, and frees a crashed holder’s slot when its lease expires', async () => {
    const a = await hosts.acquire('news.example', generous);
    const b = await hosts.acquire('news.example', generous);
    expect([a.granted, b.granted]).toEqual([true, true]);
    expect(await hosts.acquire('news.example', generous)).toMatchObject({ granted: false, reason: 'busy' });
    // Another host has its own budget.
    expect((await hosts.acquire('other.example', generous)).granted).toBe(true);
    if (a.granted) await hosts.release('news.example', a.lease);
    expect((await hosts.acquire('news.example', generous)).granted).toBe(true);
    // b is never released (its process died): after leaseMs the slot is free again.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await hosts.acquire('news.example', generous)).granted).toBe(true);
  });

  it('spaces request starts by 60 s / perMinute, or by the Crawl-delay when it is longer', async () => {
    const limits = { concurrency: 10, perMinute: 600, leaseMs: 5000 };
    expect((await hosts.acquire('news.example', limits)).granted).toBe(true);
    const refused = await hosts.acquire('news.example', limits);
    expect(refused).toMatchObject({ granted: false, reason: 'rate' });
    if (!refused.granted) expect(refused.waitMs).toBeGreaterThan(50);
    if (!refused.granted) expect(refused.waitMs).toBeLessThanOrEqual(100);
    const crawlDelayed = { ...limits, minIntervalMs: 2000 };
    expect((await hosts.acquire('slow.example', crawlDelayed)).granted).toBe(true);
    const wait = await hosts.acquire('slow.example', crawlDelayed);
    if (wait.granted) expect.unreachable();
    else expect(wait.waitMs).toBeGreaterThan(1900);
  });

  it('pauses a host until the Retry-After time, and never shortens a pause', async () => {
    const until = await hosts.defer('news.example', 30_000);
    expect(until).toBeGreaterThanOrEqual(Date.now() + 29_000);
    expect(await hosts.defer('news.example', 1_000)).toBe(until);
    const refused = await hosts.acquire('news.example', generous);
    expect(refused).toMatchObject({ granted: false, reason: 'deferred' });
    if (!refused.granted) expect(refused.waitMs).toBeGreaterThan(29_000);
    expect((await hosts.state('news.example')).blockedUntil).toBe(until);
  });
});
