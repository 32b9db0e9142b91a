import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import type { AdminGate } from './admin-gate.ts';
import { apiError, sendApiError } from './api-error.ts';

export type OpsDeps = {
  /** Prometheus registry served at /metrics (a prom-client Registry). */
  registry: { contentType: string; metrics(): Promise<string> };
  /** Queues shown on the /admin/queues dashboard. */
  queues: Queue[];
  /** The app's one admin gate (admin-gate.ts): the dashboard is an admin surface. */
  adminGate: AdminGate;
};

/**
 * Operator endpoints: `/metrics` (Prometheus text format) and the BullMQ dashboard at
 * `/admin/queues`, behind the admin gate (the token as Bearer, or as the Basic auth password so a
 * browser can open it).
 */
export async function registerOpsRoutes(app: FastifyInstance, deps: OpsDeps): Promise<void> {
  app.get('/metrics', async (_request, reply) => reply.type(deps.registry.contentType).send(await deps.registry.metrics()));

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath('/admin/queues');
  createBullBoard({ queues: deps.queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })), serverAdapter });
  await app.register(async (board) => {
    board.addHook('onRequest', deps.adminGate.onRequest);
    await board.register(serverAdapter.registerPlugin(), { prefix: '/admin/queues' });
  });
}

/**
 * Liveness and readiness: `/healthz` answers while the process runs; `/readyz` says whether Redis
 * answers now and (in the running publisher) whether some process consumes each pipeline queue.
 */
export async function healthRoutes(app: FastifyInstance, deps: { redis: RedisClient; ops?: Pick<OpsDeps, 'queues'> | undefined }): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      // Commands wait for a reconnect by design; readiness must answer now.
      await Promise.race([deps.redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 1 s')), 1000).unref())]);
    } catch (error) {
      return sendApiError(reply, apiError('REDIS_UNAVAILABLE', `Redis: ${(error as Error).message}`));
    }
    if (!deps.ops) return { status: 'ready' };
    // Ready means the pipeline can make progress: some process consumes each queue (BullMQ lists
    // the connected workers of a queue from Redis, whichever machine they run on).
    const workers = Object.fromEntries(await Promise.all(deps.ops.queues.map(async (queue) => [queue.name, await queue.getWorkersCount()] as const)));
    const idle = ['discover', 'fetch'].filter((name) => name in workers && workers[name] === 0);
    if (idle.length > 0)
      return sendApiError(reply, apiError('NOT_READY', `no worker consumes the ${idle.join(' and ')} queue(s): start the poller/worker services`, { workers }));
    return { status: 'ready', workers };
  });
}
