import type { FetchJob, PollJob } from '@feedwright/core/jobs.ts';
import { QUEUES } from '@feedwright/core/jobs.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { Queue, Worker, type Job } from 'bullmq';
import { pollSource } from './poll-source.ts';
import type { PollerDeps } from './service-deps.ts';

export type Poller = {
  /** Polls a source now (outside its schedule), e.g. for tests and `feedwright poll`. */
  pollNow(sourceId: string): Promise<void>;
  close(): Promise<void>;
};

/** Options every fetch job gets: transient failures retry with exponential back-off. */
export const FETCH_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  // Failed jobs are kept a week: their job id keeps the URL from being re-enqueued every poll.
  removeOnFail: { age: 7 * 86_400 },
} as const;

/**
 * The poller: one BullMQ job scheduler per source (so one poll per interval however many poller
 * replicas run) and a worker on the discover queue that turns polls into fetch jobs.
 */
export async function startPoller(deps: PollerDeps): Promise<Poller> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.logger.child({ service: 'poller' });
  const connection = deps.connect();
  const discoverQueue = new Queue<PollJob>(QUEUES.discover, { connection, prefix: deps.prefix });
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: deps.prefix });
  const sources = new Map(deps.config.sources.map((s) => [s.id, s]));

  // Schedulers: create/update one per configured source; remove those of sources no longer configured.
  for (const source of deps.config.sources) {
    await discoverQueue.upsertJobScheduler(
      `poll-${source.id}`,
      { every: source.interval.min },
      { name: 'poll', data: { sourceId: source.id }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
  for (const scheduler of await discoverQueue.getJobSchedulers()) {
    const id = scheduler.key.replace(/^poll-/, '');
    if (!sources.has(id)) {
      await discoverQueue.removeJobScheduler(scheduler.key);
      log.info({ sourceId: id }, 'removed the poll schedule of a source that is no longer configured');
    }
  }

  async function poll(sourceId: string): Promise<{ enqueued: number }> {
    const source = sources.get(sourceId);
    if (!source) return { enqueued: 0 };
    const { routes, enqueued } = await pollSource(source, { http: deps.http, store: deps.store });
    if (enqueued.length > 0) {
      // Job id = article id: BullMQ ignores an add whose id already exists (in-flight dedupe).
      await fetchQueue.addBulk(enqueued.map((data) => ({ name: 'fetch', data, opts: { ...FETCH_JOB_OPTIONS, jobId: articleId(data.url) } })));
    }
    const next = new Date(clock().getTime() + source.interval.min);
    await deps.store.health.recordPoll(sourceId, clock(), routes, next);
    for (const route of routes.filter((r) => r.errorCode)) {
      log.warn({ sourceId, route: route.route, code: route.errorCode }, `discovery route failed: ${route.errorMessage}`);
    }
    log.info({ sourceId, found: routes.reduce((n, r) => n + r.found, 0), enqueued: enqueued.length }, 'polled source');
    for (const job of enqueued) log.debug({ sourceId, url: job.url, correlationId: job.correlationId }, 'enqueued article');
    return { enqueued: enqueued.length };
  }

  const worker = new Worker<PollJob>(QUEUES.discover, async (job: Job<PollJob>) => poll(job.data.sourceId), {
    connection: deps.connect(),
    prefix: deps.prefix,
    concurrency: 4,
  });
  worker.on('failed', (job, error) => log.error({ err: error, sourceId: job?.data.sourceId, jobId: job?.id }, 'poll failed'));
  worker.on('error', (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'discover worker error'));

  return {
    async pollNow(sourceId) {
      await poll(sourceId);
    },
    async close() {
      await worker.close();
      await discoverQueue.close();
      await fetchQueue.close();
      connection.disconnect();
    },
  };
}
