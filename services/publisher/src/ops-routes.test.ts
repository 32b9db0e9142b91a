import { validateConfig } from '@feedwright/core/config.ts';
import { QUEUES } from '@feedwright/core/jobs.ts';
import { createPipelineMetrics } from '@feedwright/metrics/pipeline-metrics.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

const TOKEN = 'ops-token';

describe('operator endpoints (real Redis)', () => {
  let ctx: Awaited<ReturnType<typeof openTestRedis>>;
  let app: ReturnType<typeof buildApp>;
  let metrics: ReturnType<typeof createPipelineMetrics>;
  let queues: Queue[];
  const connections: Redis[] = [];
  beforeEach(async () => {
    ctx = await openTestRedis('ops');
    const connect = () => {
      const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
      connections.push(redis);
      return redis;
    };
    metrics = createPipelineMetrics({ connect, prefix: ctx.prefix });
    queues = Object.values(QUEUES).map((name) => new Queue(name, { connection: connect(), prefix: queuePrefix(ctx.prefix, name) }));
    const config = validateConfig({
      sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://example.org/rss' }] }],
      feeds: [{ id: 'f', title: 'F', sources: ['s'] }],
    });
    if (!config.ok) throw new Error('bad config');
    app = buildApp({
      config: config.config,
      store: createStore(ctx.redis, ctx.prefix),
      adminToken: TOKEN,
      publicUrl: 'http://x.example',
      logger: pino({ level: 'silent' }),
      redis: ctx.redis,
      ops: { registry: metrics.registry, queues },
    });
  });
  afterEach(async () => {
    await app.close();
    await metrics.close();
    await Promise.all(queues.map((q) => q.close()));
    for (const redis of connections.splice(0)) redis.disconnect();
    await ctx.cleanup();
  });

  it('serves Prometheus metrics with queue depths read from Redis', async () => {
    await queues[1]!.add('fetch', { sourceId: 's', url: 'https://example.org/a', reason: 'discovered', correlationId: 'c' }, { delay: 60_000 });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('feedwright_queue_jobs{queue="fetch",state="delayed"} 1');
    expect(response.body).toContain('# TYPE feedwright_stage_duration_seconds histogram');
    expect(response.body).toContain('feedwright_process_resident_memory_bytes');
  });

  it('guards the queue dashboard with the admin token (Bearer or Basic password)', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/admin/queues' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('Basic');
    expect((anonymous.json() as { error: { code: string } }).error.code).toBe('API_UNAUTHORIZED');
    const wrong = await app.inject({
      method: 'GET',
      url: '/admin/queues',
      headers: { authorization: `Basic ${Buffer.from('admin:nope').toString('base64')}` },
    });
    expect(wrong.statusCode).toBe(401);
    const basic = await app.inject({
      method: 'GET',
      url: '/admin/queues',
      headers: { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` },
    });
    expect(basic.statusCode).toBe(200);
    expect(basic.headers['content-type']).toContain('text/html');
    const api = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(api.statusCode).toBe(200);
    expect((api.json() as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort()).toEqual(['deliver', 'discover', 'fetch', 'maintenance']);
  });

  it('rate-limits the admin API per client with a coded 429', async () => {
    let last = 0;
    for (let i = 0; i < 301; i++)
      last = (await app.inject({ method: 'GET', url: '/api/subscriptions', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode;
    expect(last).toBe(429);
    const limited = await app.inject({ method: 'GET', url: '/api/subscriptions', headers: { authorization: 'Bearer guess' } });
    expect((limited.json() as { error: { code: string } }).error.code).toBe('API_RATE_LIMITED');
  });
});

describe('readiness (real Redis)', () => {
  it('is not ready while no worker consumes the pipeline queues, and ready once they do', async () => {
    const ctx = await openTestRedis('ready');
    const connect = () => new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queueConnection = connect();
    const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection: queueConnection, prefix: queuePrefix(ctx.prefix, name) }));
    const config = validateConfig({ sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://example.org/rss' }] }] });
    if (!config.ok) throw new Error('bad config');
    const app = buildApp({
      config: config.config,
      store: createStore(ctx.redis, ctx.prefix),
      adminToken: null,
      publicUrl: 'http://x.example',
      logger: pino({ level: 'silent' }),
      redis: ctx.redis,
      ops: { registry: { contentType: 'text/plain', metrics: async () => '' }, queues },
    });
    const { Worker } = await import('bullmq');
    const workers: Array<{ close(): Promise<void>; waitUntilReady(): Promise<unknown> }> = [];
    try {
      const before = await app.inject({ method: 'GET', url: '/readyz' });
      expect(before.statusCode).toBe(503);
      expect((before.json() as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'NOT_READY',
        message: expect.stringContaining('discover and fetch'),
      });
      for (const name of [QUEUES.discover, QUEUES.fetch])
        workers.push(new Worker(name, async () => undefined, { connection: connect(), prefix: queuePrefix(ctx.prefix, name) }));
      await Promise.all(workers.map((w) => w.waitUntilReady()));
      const after = await app.inject({ method: 'GET', url: '/readyz' });
      expect(after.statusCode).toBe(200);
      expect((after.json() as { workers: Record<string, number> }).workers).toMatchObject({ discover: 1, fetch: 1 });
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await app.close();
      await Promise.all(queues.map((q) => q.close()));
      queueConnection.disconnect();
      await ctx.cleanup();
    }
  });
});
