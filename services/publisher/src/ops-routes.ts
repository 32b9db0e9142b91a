import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { isAuthorized } from './admin-auth.ts';
import { apiError } from './api-error.ts';

export type OpsDeps = {
  /** Prometheus registry served at /metrics (a prom-client Registry). */
  registry: { contentType: string; metrics(): Promise<string> };
  /** Queues shown on the /admin/queues dashboard. */
  queues: Queue[];
  adminToken: string | null;
};

/**
 * Operator endpoints: `/metrics` (Prometheus text format) and the BullMQ dashboard at
 * `/admin/queues`, which needs the admin token — as a Bearer token, or as the password of HTTP
 * Basic authentication so a browser can open it (any user name).
 */
export async function registerOpsRoutes(app: FastifyInstance, deps: OpsDeps): Promise<void> {
  app.get('/metrics', async (_request, reply) => reply.type(deps.registry.contentType).send(await deps.registry.metrics()));

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath('/admin/queues');
  createBullBoard({ queues: deps.queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })), serverAdapter });
  await app.register(async (board) => {
    board.addHook('onRequest', async (request, reply) => {
      const header = request.headers.authorization;
      const basicPassword = header?.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8').split(':').slice(1).join(':') : null;
      const token = basicPassword !== null ? `Bearer ${basicPassword}` : header;
      if (deps.adminToken && isAuthorized(token, deps.adminToken)) return;
      const error = deps.adminToken
        ? apiError('API_UNAUTHORIZED', 'the queue dashboard needs the admin token (Bearer, or as the Basic auth password)')
        : apiError('API_UNAUTHORIZED', 'the queue dashboard is disabled: set FEEDWRIGHT_ADMIN_TOKEN');
      return reply.code(error.status).header('WWW-Authenticate', 'Basic realm="Feedwright admin", charset="UTF-8"').send(error.body);
    });
    await board.register(serverAdapter.registerPlugin(), { prefix: '/admin/queues' });
  });
}
