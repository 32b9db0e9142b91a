import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import { QUEUES, type DeliverJob } from '@feedwright/core/jobs.ts';
import { createAddressPolicy } from '@feedwright/http/address-policy.ts';
import { createGuardedConnector } from '@feedwright/http/guarded-connector.ts';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { createStore } from '@feedwright/store/create-store.ts';
import { Agent } from 'undici';
import { buildApp } from './app.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { fanOutOnce, FANOUT_GROUP } from './fan-out.ts';
import type { PublisherDeps } from './service-deps.ts';

export type Publisher = { url: string; close(): Promise<void> };

/**
 * The publisher: the HTTP server (feeds, API), the fan-out loop from the event log to the
 * deliver queue, and the delivery worker that POSTs signed webhooks with retries.
 */
export async function startPublisher(deps: PublisherDeps): Promise<Publisher> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.logger.child({ service: 'publisher' });
  const redis = deps.connect();
  const deliverQueue = new Queue<DeliverJob>(QUEUES.deliver, { connection: redis, prefix: deps.prefix });
  const retry = deps.config.delivery.retry;

  // Listen first: /healthz answers (and /readyz says why not ready) even while Redis is down.
  const app = buildApp({ ...deps, redis });
  const address = await app.listen({ host: deps.host, port: deps.port });
  log.info({ url: address }, 'publisher listening');

  await syncStaticWebhooks(deps, clock());

  // Fan-out loop on its own connection (XREADGROUP blocks).
  const fanoutRedis = deps.connect();
  const fanoutStore = createStore(fanoutRedis, deps.prefix);
  await fanoutStore.events.ensureGroup(FANOUT_GROUP);
  const consumer = `${hostname()}-${process.pid}`;
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      try {
        await fanOutOnce(
          {
            store: fanoutStore,
            config: deps.config,
            enqueue: async (jobs) => {
              if (jobs.length === 0) return;
              await deliverQueue.addBulk(
                jobs.map(({ data, jobId }) => ({
                  name: 'deliver',
                  data,
                  opts: {
                    jobId,
                    attempts: retry.length + 1,
                    backoff: { type: 'webhook' },
                    removeOnComplete: { age: 7 * 86_400, count: 100_000 },
                    removeOnFail: { age: 30 * 86_400 },
                  },
                })),
              );
            },
          },
          consumer,
          { blockMs: 1000 },
        );
      } catch (error) {
        if (stopping) break;
        log.error({ err: error, code: toFeedwrightError(error).code === 'INTERNAL' ? 'REDIS_UNAVAILABLE' : toFeedwrightError(error).code }, 'fan-out failed; retrying in 1 s');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  })();

  // Delivery worker: webhook endpoints go through the same SSRF guard as page fetches.
  const dispatcher = new Agent({ connect: createGuardedConnector(createAddressPolicy(deps.config.http.allowPrivateNetworks)) });
  const worker = new Worker<DeliverJob>(
    QUEUES.deliver,
    async (job: Job<DeliverJob>) => {
      const subscription = await deps.store.subscriptions.get(job.data.subscriptionId);
      if (!subscription || !subscription.enabled) return { skipped: subscription ? 'disabled' : 'deleted' };
      try {
        const attempt = await deliverWebhook(job.data, subscription, { now: clock(), timeoutMs: deps.config.delivery.timeout, userAgent: deps.config.http.userAgent, dispatcher });
        log.info({ subscriptionId: subscription.id, eventId: job.data.eventId, webhookId: attempt.webhookId, status: attempt.status, attempt: job.attemptsMade + 1 }, 'webhook delivered');
        return attempt;
      } catch (error) {
        const coded = toFeedwrightError(error);
        if (coded.code === 'DELIVERY_GONE') {
          await deps.store.subscriptions.disable(subscription.id, 'endpoint answered 410 Gone');
          throw new UnrecoverableError(`${coded.code}: ${coded.message}`);
        }
        throw coded;
      }
    },
    {
      connection: deps.connect(),
      prefix: deps.prefix,
      concurrency: 16,
      settings: {
        // The retry schedule from config, with ±10% jitter so retries of many events spread out.
        backoffStrategy: (attemptsMade: number) => {
          const base = retry[Math.min(attemptsMade - 1, retry.length - 1)] ?? retry[0]!;
          return Math.round(base * (0.9 + Math.random() * 0.2));
        },
      },
    },
  );
  worker.on('failed', (job, error) => {
    const code = error instanceof FeedwrightError ? error.code : (error.message.match(/^([A-Z_]+):/)?.[1] ?? 'INTERNAL');
    const willRetry = job ? job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError) : false;
    log[willRetry ? 'warn' : 'error'](
      { code, subscriptionId: job?.data.subscriptionId, eventId: job?.data.eventId, attempt: job?.attemptsMade, willRetry },
      `webhook delivery failed: ${error.message}`,
    );
  });
  worker.on('error', (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'deliver worker error'));


  return {
    url: address,
    async close() {
      stopping = true;
      await app.close();
      await worker.close();
      await loop;
      fanoutRedis.disconnect();
      await deliverQueue.close();
      await dispatcher.close();
      redis.disconnect();
    },
  };
}

/** Static webhooks from config become subscriptions with a stable id derived from their URL and feeds. */
async function syncStaticWebhooks(deps: PublisherDeps, now: Date): Promise<void> {
  const read = deps.readSecretFile ?? ((path: string) => readFileSync(path, 'utf8').trim());
  for (const hook of deps.config.webhooks) {
    const id = `cfg_${createHash('sha256').update(`${hook.url} ${(hook.feeds ?? []).join(',')}`).digest('hex').slice(0, 16)}`;
    if (await deps.store.subscriptions.get(id)) continue;
    const secret = hook.secret ?? (hook.secretFile ? read(hook.secretFile) : undefined);
    await deps.store.subscriptions.create({ id, url: hook.url, feeds: hook.feeds ?? null, events: hook.events ?? ['article.created', 'article.updated'], now, ...(secret ? { secret } : {}) });
  }
}
