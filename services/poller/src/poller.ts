import { FETCH_JOB_OPTIONS, fetchJobId, POLL_JOB_OPTIONS, pollJobId, QUEUES, type FetchJob, type PollJob } from '@feedwright/core/jobs.ts';
import { logConnectionErrors } from '@feedwright/core/connection-errors.ts';
import { fetchPriority } from '@feedwright/core/fetch-priority.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import { Queue } from 'bullmq';
import { createPollStage } from './poll-stage.ts';
import type { PollerDeps } from './service-deps.ts';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

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
  const discoverQueue = new Queue<PollJob>(QUEUES.discover, { connection, prefix: queuePrefix(deps.prefix, QUEUES.discover) });
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: queuePrefix(deps.prefix, QUEUES.fetch) });
  const sources = new Map(deps.config.sources.map((s) => [s.id, s]));
  logConnectionErrors(discoverQueue, log, 'discover queue');
  logConnectionErrors(fetchQueue, log, 'fetch queue');

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
      const sourceId = jobs[0]!.sourceId;
      // Fairness: priorities start after this source's own backlog (core/fetch-priority.ts). The
      // count is healed against what the queue really holds, in case a job vanished uncounted.
      const pending = await fetchQueue.getJobCountByTypes('prioritized', 'waiting', 'delayed', 'active');
      const backlog = await deps.store.fetchBacklog.clamp(sourceId, pending);
      // Job id = article id: BullMQ ignores an add whose id already exists (in-flight dedupe).
      await fetchQueue.addBulk(jobs.map((data, i) => ({ name: 'fetch', data, opts: { ...FETCH_JOB_OPTIONS, jobId: fetchJobId(data.url), priority: fetchPriority(backlog, i) } })));
      await deps.store.fetchBacklog.add(sourceId, jobs.length);
    },
    queued: async (ids) => {
      // One round trip: which of these ids have a fetch job in the queue (any state).
      if (ids.length === 0) return new Set<string>();
      const pipeline = connection.pipeline();
      for (const id of ids) pipeline.exists(fetchQueue.toKey(id));
      const answers = (await pipeline.exec()) ?? [];
      return new Set(ids.filter((_, i) => answers[i]?.[1] === 1));
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
