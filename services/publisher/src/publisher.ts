import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { logConnectionErrors } from '@feedwright/core/connection-errors.ts';
import { toFeedwrightError } from '@feedwright/core/errors.ts';
import { deliverJobOptions, QUEUES, REDELIVER_JOB, type DeliverJob } from '@feedwright/core/jobs.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import { createAddressPolicy } from '@feedwright/http/address-policy.ts';
import { createGuardedConnector } from '@feedwright/http/guarded-connector.ts';
import { Queue } from 'bullmq';
import { createStore } from '@feedwright/store/create-store.ts';
import { createSourceCatalog } from '@feedwright/store/source-catalog.ts';
import { inspectSite } from '@feedwright/discover/inspect-site.ts';
import { Agent } from 'undici';
import { buildApp } from './app.ts';
import { fanOutOnce, FANOUT_GROUP } from './fan-out.ts';
import { createDeliveryProcessor, deliveryBackoff } from './process-delivery.ts';
import { reconcileStaticWebhooks } from './static-webhooks.ts';
import { webSubJobs } from './websub-hub.ts';
import { createPipelineMetrics } from '@feedwright/metrics/pipeline-metrics.ts';
import type { PublisherDeps } from './service-deps.ts';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

export type Publisher = {
  url: string;
  /** Starts answering 503 SHUTTING_DOWN while the rest of the process drains. */
  beginShutdown(): void;
  close(): Promise<void>;
};

/**
 * The publisher: the HTTP server (feeds, API), the fan-out loop from the event log to the
 * deliver queue, and the delivery worker that POSTs signed webhooks with retries.
 */
export async function startPublisher(deps: PublisherDeps): Promise<Publisher> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.logger.child({ service: 'publisher' });
  const redis = deps.connect('publisher');
  // Requests must answer while Redis is away (cached feeds, 503s), so they use a fail-fast connection.
  const requestRedis = deps.forRequests?.redis ?? redis;
  const requestStore = deps.forRequests?.store ?? deps.store;
  const deliverQueue = new Queue<DeliverJob>(QUEUES.deliver, { connection: redis, prefix: queuePrefix(deps.prefix, QUEUES.deliver) });
  logConnectionErrors(deliverQueue, log, 'deliver queue');
  const retry = deps.config.delivery.retry;
  const jobOptions = (jobId: string) => deliverJobOptions(retry, jobId, deps.config.retention.deliveries);

  // Webhook endpoints and WebSub callbacks go through the same SSRF guard as page fetches.
  const dispatcher = new Agent({ connect: createGuardedConnector(createAddressPolicy(deps.config.http.allowPrivateNetworks)) });

  // Cluster-wide metrics from the queues' event streams, and the queues for the dashboard.
  const metrics = createPipelineMetrics({
    connect: deps.connect,
    prefix: deps.prefix,
    scrapeConnection: requestRedis,
    logger: log,
    retentionRemoved: deps.store.retention.removedTotals,
  });
  const dashboardQueues = [QUEUES.discover, QUEUES.fetch, QUEUES.deliver, QUEUES.maintenance].map(
    (name) => new Queue(name, { connection: requestRedis, prefix: queuePrefix(deps.prefix, name) }),
  );
  for (const queue of dashboardQueues) logConnectionErrors(queue, log, `dashboard ${queue.name} queue`);

  // The live sources: YAML plus those added at run time, reloaded on every announced change.
  const subscriber = deps.connect('publisher source changes');
  const catalog = createSourceCatalog({
    config: deps.config,
    sources: deps.store.sources,
    subscriber,
    onError: (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'reloading the sources failed'),
  });
  const http = deps.http;

  // Listen first: /healthz answers (and /readyz says why not ready) even while Redis is down.
  let closing = false;
  const app = buildApp({
    ...deps,
    store: requestStore,
    redis: requestRedis,
    catalog,
    ...(http
      ? {
          inspect: (url: string, options: { id?: string | undefined }) =>
            inspectSite(url, { fetch: (request) => http.fetch(request), sitemapsOf: (site) => http.sitemapsOf(site), now: clock() }, options),
        }
      : {}),
    dispatcher,
    isClosing: () => closing,
    ops: { registry: metrics.registry, queues: dashboardQueues },
    enqueueDelivery: async (data, jobId) => {
      await deliverQueue.add(REDELIVER_JOB, data, { ...jobOptions(jobId), attempts: 1 });
    },
  });
  const address = await app.listen({ host: deps.host, port: deps.port });
  log.info({ url: address }, 'publisher listening');

  try {
    const read = deps.readSecretFile ?? ((path: string) => readFileSync(path, 'utf8').trim());
    const report = await reconcileStaticWebhooks(deps.config.webhooks, deps.store, clock(), read);
    if (report.created.length + report.updated.length + report.removed.length > 0) log.info(report, 'static webhooks reconciled with the config');
    await catalog.refresh();
    await catalog.listen();
  } catch (error) {
    // Nothing else is running yet: release the port and outbound pool so the process can exit.
    await app.close();
    await metrics.close();
    await Promise.all(dashboardQueues.map((queue) => queue.close()));
    await dispatcher.close();
    await catalog.close();
    subscriber.disconnect();
    throw error;
  }

  // Fan-out loop on its own connection (XREADGROUP blocks).
  const fanoutRedis = deps.connect('fan-out');
  const fanoutStore = createStore(fanoutRedis, deps.prefix, { replicaAcks: deps.store.replicaAcks });
  await fanoutStore.events.ensureGroup(FANOUT_GROUP);
  const consumer = `${hostname()}-${process.pid}`;
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      try {
        await fanOutOnce(
          {
            store: fanoutStore,
            // The publish stage: events read from the log and turned into delivery jobs.
            observe: (seconds) => metrics.observe('publish', seconds),
            config: catalog.config(),
            enqueue: async (jobs) => {
              if (jobs.length === 0) return;
              await deliverQueue.addBulk(jobs.map(({ data, jobId }) => ({ name: 'deliver', data, opts: jobOptions(jobId) })));
              // The events are acked next: a replica must hold the delivery jobs first, or a failover could lose them.
              await deps.store.replicaAck.after(redis, `${queuePrefix(deps.prefix, QUEUES.deliver)}:${QUEUES.deliver}:meta`);
            },
            moreJobs: (batch) => webSubJobs(fanoutStore, catalog.config(), deps.publicUrl, batch, clock()),
            onEventFailed: (code) => metrics.countOutcome('publish', code),
            log,
            clock,
          },
          consumer,
          { blockMs: 1000 },
        );
      } catch (error) {
        if (stopping) break;
        // Uncoded failures of the read loop are Redis going away (the loop itself only talks to Redis).
        const code = toFeedwrightError(error).code;
        log.error({ err: error, code: code === 'INTERNAL' ? 'REDIS_UNAVAILABLE' : code }, 'fan-out failed; retrying in 1 s');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  })();

  const worker = createStageWorker({
    queue: QUEUES.deliver,
    label: 'webhook delivery',
    process: createDeliveryProcessor({ store: deps.store, config: deps.config, clock, dispatcher, hubUrl: `${deps.publicUrl}/hub` }),
    context: (data) => ({ subscriptionId: data.subscriptionId, eventId: data.eventId, correlationId: data.correlationId }),
    connect: deps.connect,
    prefix: deps.prefix,
    logger: log,
    concurrency: 64,
    settings: { backoffStrategy: deliveryBackoff(retry) },
  });

  return {
    url: address,
    beginShutdown() {
      closing = true;
    },
    async close() {
      closing = true;
      stopping = true;
      await app.close();
      await worker.close();
      await loop;
      await catalog.close();
      subscriber.disconnect();
      fanoutRedis.disconnect();
      await deliverQueue.close();
      await metrics.close();
      await Promise.all(dashboardQueues.map((queue) => queue.close()));
      await dispatcher.close();
      redis.disconnect();
      if (requestRedis !== redis) requestRedis.disconnect();
    },
  };
}
