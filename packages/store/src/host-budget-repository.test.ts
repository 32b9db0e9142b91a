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

  it('gives the next free slot to a waiting high-priority request (a poll) before normal ones, and forgets a waiter that stops asking', async () => {
    // A burst, so back-to-back starts within one millisecond are not refused by the rate limit (1 ms spacing).
    const one = { concurrency: 1, perMinute: 60_000, burst: 4, leaseMs: 5000 };
    const held = await hosts.acquire('news.example', one);
    if (!held.granted) expect.unreachable();
    // A poll asks while the slot is taken: it is refused, and now marked as waiting.
    expect(await hosts.acquire('news.example', one, { priority: 'high', waiter: 'poll-1' })).toMatchObject({ granted: false, reason: 'busy' });
    await hosts.release('news.example', held.lease);
    // The slot is free, but an article fetch asking first is refused while the poll waits ...
    expect(await hosts.acquire('news.example', one)).toMatchObject({ granted: false, reason: 'busy' });
    expect(await hosts.acquire('other.example', one)).toMatchObject({ granted: true });
    // ... and the poll gets it.
    const poll = await hosts.acquire('news.example', one, { priority: 'high', waiter: 'poll-1' });
    if (!poll.granted) expect.unreachable();
    await hosts.release('news.example', poll.lease);
    // Granted, the poll no longer holds others back.
    expect(await hosts.acquire('news.example', one)).toMatchObject({ granted: true });

    // A poll that gave up (or whose process died) holds normal requests back for about a second at most.
    const quiet = { ...one, leaseMs: 200 };
    expect((await hosts.acquire('quiet.example', quiet)).granted).toBe(true);
    expect(await hosts.acquire('quiet.example', quiet, { priority: 'high', waiter: 'gone' })).toMatchObject({ granted: false });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await hosts.acquire('quiet.example', quiet)).toMatchObject({ granted: false, reason: 'busy' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await hosts.acquire('quiet.example', quiet)).toMatchObject({ granted: true });
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
