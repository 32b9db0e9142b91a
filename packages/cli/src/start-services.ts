import type { Config } from '@feedwright/core/config.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import type { Logger } from 'pino';
import { startHealthServer } from './health-server.ts';
import { createOutboundHttp } from './outbound-http.ts';
import { closeInOrder, type CloseBounds, type CloseStep } from './bounded-close.ts';
import { createRedisConnector } from './redis-connection.ts';

export type ServiceName = 'poller' | 'worker' | 'publisher';
export const SERVICE_NAMES: readonly ServiceName[] = ['poller', 'worker', 'publisher'];

export type RunningServices = {
  publisherUrl: string | null;
  /** Stops intake, lets in-flight jobs finish, closes connections — in reverse start order. */
  close(): Promise<void>;
};

/**
 * Starts the chosen services in this process, all sharing one config and one Redis. Their close is
 * bounded (`closeBounds`, see bounded-close.ts): a step that waits too long is named in a warning,
 * then the connections still open are disconnected.
 */
export async function startServices(
  config: Config,
  env: RuntimeEnv,
  logger: Logger,
  only: readonly ServiceName[] = SERVICE_NAMES,
  closeBounds?: CloseBounds,
): Promise<RunningServices> {
  const topology = env.redis ?? { kind: 'single' as const, url: env.redisUrl };
  const connector = createRedisConnector(topology, logger);
  const { connect, connectFailFast } = connector;
  const redis = connect('store');
  // With replicas in play, writes wait for one to acknowledge them (nothing lost in a failover).
  const store = createStore(redis, env.prefix, { replicaAcks: topology.kind !== 'single' });
  const http = createOutboundHttp(config, store);
  const closers: CloseStep[] = [];
  let beginShutdown = () => {};
  let publisherUrl: string | null = null;
  const common = { config, prefix: env.prefix, connect, store, logger };
  try {
    // Consumers first, producers last, so nothing produced waits for a consumer that is not up.
    // Each service's code is loaded only when it runs here: a worker process never loads Fastify,
    // the dashboard or the feed writers (start time and memory; see bench/startup).
    if (only.includes('publisher')) {
      const { startPublisher } = await import('@feedwright/publisher/publisher.ts');
      const publicUrl = (env.publicUrl ?? config.publicUrl ?? `http://localhost:${env.port}`).replace(/\/$/, '');
      const requestRedis = connectFailFast('publisher requests');
      const publisher = await startPublisher({
        ...common,
        http,
        forRequests: { redis: requestRedis, store: createStore(requestRedis, env.prefix, { replicaAcks: topology.kind !== 'single' }) },
        adminToken: env.adminToken,
        publicUrl,
        host: env.host,
        port: env.port,
      });
      publisherUrl = publisher.url;
      closers.push({ name: 'publisher', close: publisher.close });
      beginShutdown = publisher.beginShutdown;
    }
    if (only.includes('worker')) {
      const { startWorker } = await import('@feedwright/worker/worker.ts');
      closers.push({ name: 'worker', close: (await startWorker({ ...common, http, concurrency: env.workerConcurrency ?? 4 })).close });
    }
    if (only.includes('poller')) {
      const { startPoller } = await import('@feedwright/poller/poller.ts');
      closers.push({ name: 'poller', close: (await startPoller({ ...common, http })).close });
      // Retention runs where the pollers run (one step per interval cluster-wide, on its own job scheduler).
      const { startRetentionSchedule } = await import('@feedwright/poller/retention-schedule.ts');
      closers.push({ name: 'retention schedule', close: (await startRetentionSchedule({ ...common, http })).close });
    }
    if (!only.includes('publisher') && env.healthPort) {
      let closing = false;
      const health = await startHealthServer({ port: env.healthPort, host: env.host, redis, services: only, isClosing: () => closing });
      beginShutdown = () => {
        closing = true;
      };
      // Closed last (closers run in reverse), so the healthcheck says 503 while jobs drain.
      closers.unshift({ name: 'health server', close: health.close });
    }
  } catch (error) {
    for (const step of closers.reverse()) await step.close().catch(() => undefined);
    connector.disconnectAll();
    throw error;
  }
  logger.info({ services: only, prefix: env.prefix }, 'feedwright started');
  return {
    publisherUrl,
    async close() {
      // Intake stops first: the publisher answers 503 while pollers and workers finish in-flight jobs.
      beginShutdown();
      await closeInOrder([...[...closers].reverse(), { name: 'outbound HTTP', close: () => http.close() }], connector, logger, closeBounds);
    },
  };
}
