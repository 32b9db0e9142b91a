import { FETCH_JOB_OPTIONS, fetchJobId, POLL_JOB_OPTIONS, pollJobId, QUEUES, type FetchJob, type PollJob } from '@feedwright/core/jobs.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import { Queue } from 'bullmq';
import { createPollStage } from './poll-stage.ts';
import type { PollerDeps } from './service-deps.ts';

export type Poller = {
  /** Polls a source now (outside its schedule and adaptive interval), e.g. for tests and `feedwright poll`. */
  pollNow(sourceId: string): Promise<void>;
  close(): Promise<void>;
};

/**
 * The poller: one BullMQ job scheduler per source (so one poll per interval however many poller
 * replicas run) and a worker on the discover queue that turns polls into fetch jobs.
 */
export async function startPoller(deps: PollerDeps): Promise<Poller> {
  const log = deps.logger.child({ service: 'poller' });
  const connection = deps.connect();
  const discoverQueue = new Queue<PollJob>(QUEUES.discover, { connection, prefix: deps.prefix });
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: deps.prefix });
  const sources = new Map(deps.config.sources.map((s) => [s.id, s]));

  // Schedulers: one per configured source, waking every interval.min (the fastest the source may be
  // polled); each wake-up polls only when the adaptive interval says the source is due.
  for (const source of deps.schedule === false ? [] : deps.config.sources) {
    await discoverQueue.upsertJobScheduler(pollJobId(source.id), { every: source.interval.min }, { name: 'poll', data: { sourceId: source.id }, opts: POLL_JOB_OPTIONS });
  }
  for (const scheduler of await discoverQueue.getJobSchedulers()) {
    const id = scheduler.key.replace(/^poll-/, '');
    if (!sources.has(id)) {
      await discoverQueue.removeJobScheduler(scheduler.key);
      log.info({ sourceId: id }, 'removed the poll schedule of a source that is no longer configured');
    }
  }

  const poll = createPollStage({
    sources,
    store: deps.store,
    http: deps.http,
    clock: deps.clock ?? (() => new Date()),
    log,
    enqueueFetches: async (jobs) => {
      // Job id = article id: BullMQ ignores an add whose id already exists (in-flight dedupe).
      await fetchQueue.addBulk(jobs.map((data) => ({ name: 'fetch', data, opts: { ...FETCH_JOB_OPTIONS, jobId: fetchJobId(data.url) } })));
    },
  });
  const worker = createStageWorker({
    queue: QUEUES.discover,
    label: 'poll',
    process: (job) => poll(job.data.sourceId, false),
    context: (data) => ({ sourceId: data.sourceId }),
    connect: deps.connect,
    prefix: deps.prefix,
    logger: log,
    concurrency: 4,
  });

  return {
    async pollNow(sourceId) {
      await poll(sourceId, true);
    },
    async close() {
      await worker.close();
      await discoverQueue.close();
      await fetchQueue.close();
      connection.disconnect();
    },
  };
}
