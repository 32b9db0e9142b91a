import { FETCH_JOB_OPTIONS, fetchJobId, POLL_JOB_OPTIONS, pollJobId, QUEUES, type FetchJob, type PollJob } from '@feedwright/core/jobs.ts';
import { logConnectionErrors } from '@feedwright/core/connection-errors.ts';
import { fetchPriority } from '@feedwright/core/fetch-priority.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import { Queue } from 'bullmq';
import { createSourceCatalog, liveSourceMap } from '@feedwright/store/source-catalog.ts';
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
  const connection = deps.connect('poller queues');
  const discoverQueue = new Queue<PollJob>(QUEUES.discover, { connection, prefix: queuePrefix(deps.prefix, QUEUES.discover) });
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: queuePrefix(deps.prefix, QUEUES.fetch) });
  const clock = deps.clock ?? (() => new Date());
  // The sources to poll: YAML ones and those added at run time, minus paused ones, always current.
  const subscriber = deps.connect('poller source changes');
  const catalog = createSourceCatalog({
    config: deps.config,
    sources: deps.store.sources,
    subscriber,
    onError: (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'reloading the sources failed'),
  });
  const sources = liveSourceMap(catalog, { active: true });
  const scheduled = new Map<string, number>();
  logConnectionErrors(discoverQueue, log, 'discover queue');
  logConnectionErrors(fetchQueue, log, 'fetch queue');

  /**
   * Schedulers: one per active source, waking every interval.min (the fastest the source may be
   * polled); each wake-up polls only when the adaptive interval says the source is due. Re-run on
   * every change of the sources, so an added source is polled at once and a removed or paused one
   * is not polled again.
   */
  async function reconcileSchedules(): Promise<void> {
    const existing = new Map((await discoverQueue.getJobSchedulers()).map((scheduler) => [scheduler.key, scheduler.every]));
    for (const source of sources.values()) {
      if (scheduled.get(source.id) === source.interval.min) continue;
      // Another poller replica (or an earlier run) made it already: upserting again would re-fire it at once.
      if (existing.get(pollJobId(source.id)) === source.interval.min) {
        scheduled.set(source.id, source.interval.min);
        continue;
      }
      await discoverQueue.upsertJobScheduler(
        pollJobId(source.id),
        { every: source.interval.min },
        { name: 'poll', data: { sourceId: source.id }, opts: POLL_JOB_OPTIONS },
      );
      scheduled.set(source.id, source.interval.min);
      // A source whose interval was shortened (PATCH) must not wait out the old, longer one.
      const state = await deps.store.sourceState.get(source.id);
      const now = clock().getTime();
      if (state.nextPollAt !== null && state.nextPollAt > now + source.interval.max) {
        await deps.store.sourceState.schedule(source.id, now, Math.min(state.intervalMs ?? source.interval.min, source.interval.max));
      }
    }
    for (const key of existing.keys()) {
      const id = key.replace(/^poll-/, '');
      if (sources.has(id)) continue;
      await discoverQueue.removeJobScheduler(key);
      scheduled.delete(id);
      log.info({ sourceId: id }, catalog.get(id) ? 'paused: removed the poll schedule' : 'removed the poll schedule of a source that is no longer configured');
    }
  }
  await catalog.refresh();
  if (deps.schedule !== false) {
    await reconcileSchedules();
    catalog.onChange(() => reconcileSchedules());
  }
  await catalog.listen();

  const poll = createPollStage({
    sources,
    store: deps.store,
    http: deps.http,
    clock,
    log,
    enqueueFetches: async (jobs) => {
      const sourceId = jobs[0]!.sourceId;
      // Fairness: priorities start after this source's own backlog (core/fetch-priority.ts). The
      // count is healed against what the queue really holds, in case a job vanished uncounted.
      const pending = await fetchQueue.getJobCountByTypes('prioritized', 'waiting', 'delayed', 'active');
      const backlog = await deps.store.fetchBacklog.clamp(sourceId, pending);
      // Job id = article id: BullMQ ignores an add whose id already exists (in-flight dedupe).
      await fetchQueue.addBulk(
        jobs.map((data, i) => ({ name: 'fetch', data, opts: { ...FETCH_JOB_OPTIONS, jobId: fetchJobId(data.url), priority: fetchPriority(backlog, i) } })),
      );
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
      await catalog.close();
      subscriber.disconnect();
      await worker.close();
      await discoverQueue.close();
      await fetchQueue.close();
      connection.disconnect();
    },
  };
}
