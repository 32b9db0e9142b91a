import { createServer } from 'node:http';
import type { RedisClient } from '@feedwright/store/redis-client.ts';

/**
 * A tiny health endpoint for processes that run no publisher (`--only worker`, `--only poller`),
 * so their containers have a real healthcheck: `/healthz` is 200 while the process runs and 503
 * once it is shutting down; `/readyz` is 200 when Redis answers within a second.
 */
export async function startHealthServer(options: { port: number; host: string; redis: RedisClient; services: readonly string[]; isClosing: () => boolean }) {
  const server = createServer((request, response) => {
    const reply = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (options.isClosing()) return reply(503, { error: { code: 'SHUTTING_DOWN', message: 'shutting down: finishing in-flight work' } });
      return reply(200, { status: 'ok', services: options.services });
    }
    if (path === '/readyz') {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 1 s')), 1000).unref());
      Promise.race([options.redis.ping(), timeout]).then(
        () => reply(200, { status: 'ready', services: options.services }),
        (error: Error) => reply(503, { error: { code: 'REDIS_UNAVAILABLE', message: `Redis: ${error.message}` } }),
      );
      return;
    }
    reply(404, { error: { code: 'API_NOT_FOUND', message: `no route ${request.method} ${path}` } });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
