import type { FetchJob, PollJob } from '@feedwright/core/jobs.ts';
import { QUEUES } from '@feedwright/core/jobs.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { createSourceCatalog, liveSourceMap } from '@feedwright/store/source-catalog.ts';
import { Queue, Worker, type Job } from 'bullmq';
import { nextInterval } from './adaptive-interval.ts';
import { pollSource } from './poll-source.ts';
import type { PollerDeps } from './service-deps.ts';

export type Poller = {
  /** Polls a source now (outside its schedule and adaptive interval), e.g. for tests and `feedwright poll`. */
  pollNow(sourceId: string): Promise<void>;
  close(): Promise<void>;
};

/** How long a claimed poll keeps others off if its poller dies mid-poll. */
const POLL_HOLD_MS = 5 * 60_000;

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
  // The sources to poll: YAML ones and those added at run time, minus paused ones, always current.
  const subscriber = deps.connect();
  const catalog = createSourceCatalog({ config: deps.config, sources: deps.store.sources, subscriber, onError: (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'reloading the sources failed') });
  const sources = liveSourceMap(catalog, { active: true });
  const scheduled = new Map<string, number>();

  /**
   * Schedulers: one per active source, waking every interval.min (the fastest the source may be
   * polled); each wake-up polls only when the adaptive interval says the source is due. Re-run on
   * every change of the sources, so an added source is polled at once and a removed or paused one
   * is not polled again.
   */
  async function reconcileSchedules(): Promise<void> {
    for (const source of sources.values()) {
      if (scheduled.get(source.id) === source.interval.min) continue;
      await discoverQueue.upsertJobScheduler(
        `poll-${source.id}`,
        { every: source.interval.min },
        { name: 'poll', data: { sourceId: source.id }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
      scheduled.set(source.id, source.interval.min);
      // A source whose interval was shortened (PATCH) must not wait out the old, longer one.
      const state = await deps.store.sourceState.get(source.id);
      const now = clock().getTime();
      if (state.nextPollAt !== null && state.nextPollAt > now + source.interval.max) {
        await deps.store.sourceState.schedule(source.id, now, Math.min(state.intervalMs ?? source.interval.min, source.interval.max));
      }
    }
    for (const scheduler of await discoverQueue.getJobSchedulers()) {
      const id = scheduler.key.replace(/^poll-/, '');
      if (sources.has(id)) continue;
      await discoverQueue.removeJobScheduler(scheduler.key);
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

  /**
   * Polls a source if it is due (or `force`): the job scheduler wakes every `interval.min`; the
   * adaptive interval, back-off and Retry-After pauses decide whether a wake-up polls. The claim is
   * atomic, so however many pollers run, one polls.
   */
  async function poll(sourceId: string, force: boolean): Promise<{ enqueued: number; skipped?: boolean }> {
    const source = sources.get(sourceId);
    if (!source) return { enqueued: 0 };
    const startedAt = clock();
    // Half a tick of slack: a wake-up a little early for the planned time still polls (no drift to the next tick).
    const slack = source.interval.min / 2;
    if (!force && !(await deps.store.sourceState.claimPoll(sourceId, startedAt.getTime() + slack, POLL_HOLD_MS))) {
      return { enqueued: 0, skipped: true };
    }
    const [previousHealth, state] = await Promise.all([deps.store.health.get(sourceId), deps.store.sourceState.get(sourceId)]);
    const { routes, enqueued, resumeAt } = await pollSource(source, {
      http: deps.http,
      store: deps.store,
      sitemapsOf: (url) => deps.http.sitemapsOf?.(url) ?? Promise.resolve([]),
      now: startedAt,
      previous: previousHealth.routes,
    });
    if (enqueued.length > 0) {
      // Job id = article id: BullMQ ignores an add whose id already exists (in-flight dedupe).
      await fetchQueue.addBulk(enqueued.map((data) => ({ name: 'fetch', data, opts: { ...FETCH_JOB_OPTIONS, jobId: articleId(data.url) } })));
    }
    const judged = routes.filter((r) => r.status !== 'deferred');
    const failed = judged.length > 0 && judged.every((r) => r.errorCode !== null);
    const intervalMs = nextInterval(source.interval, state.intervalMs, {
      newItems: enqueued.length,
      failed,
      consecutiveFailures: failed ? previousHealth.consecutiveFailures + 1 : 0,
    });
    const finishedAt = clock();
    // A host that said Retry-After is not asked again before then, whatever the interval says.
    const nextPollAt = Math.max(startedAt.getTime() + intervalMs, resumeAt ?? 0);
    await deps.store.sourceState.schedule(sourceId, nextPollAt, intervalMs);
    await deps.store.health.recordPoll(sourceId, finishedAt, routes, new Date(nextPollAt), { intervalMs });
    for (const route of routes.filter((r) => r.errorCode)) {
      log.warn({ sourceId, route: route.route, code: route.errorCode }, `discovery route failed: ${route.errorMessage}`);
    }
    for (const route of routes.filter((r) => r.rotted && r.status === 'ok')) {
      log.warn({ sourceId, route: route.route, code: 'DISCOVER_ROUTE_EMPTY', lastFoundAt: route.lastFoundAt }, 'discovery route used to find stories and now finds none: check its selector or pattern');
    }
    log.info(
      { sourceId, found: routes.reduce((n, r) => n + r.found, 0), enqueued: enqueued.length, requests: routes.reduce((n, r) => n + (r.requests ?? 0), 0), intervalMs, nextPollAt: new Date(nextPollAt).toISOString() },
      'polled source',
    );
    for (const job of enqueued) log.debug({ sourceId, url: job.url, correlationId: job.correlationId }, 'enqueued article');
    return { enqueued: enqueued.length };
  }

  const worker = new Worker<PollJob>(QUEUES.discover, async (job: Job<PollJob>) => poll(job.data.sourceId, false), {
    connection: deps.connect(),
    prefix: deps.prefix,
    concurrency: 4,
  });
  worker.on('failed', (job, error) => log.error({ err: error, sourceId: job?.data.sourceId, jobId: job?.id }, 'poll failed'));
  worker.on('error', (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'discover worker error'));

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
