import { articleRetentionOf } from '@feedwright/core/config.ts';
import { logConnectionErrors } from '@feedwright/core/connection-errors.ts';
import { fetchPriority } from '@feedwright/core/fetch-priority.ts';
import { QUEUES, RECHECK_JOB_OPTIONS, type FetchJob } from '@feedwright/core/jobs.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import { Queue } from 'bullmq';
import { createSourceCatalog, liveSourceMap } from '@feedwright/store/source-catalog.ts';
import { createFetchStage } from './fetch-stage.ts';
import type { WorkerDeps } from './service-deps.ts';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

export type ArticleWorker = { close(): Promise<void> };

/**
 * The article worker: consumes the fetch queue. Each job fetches, extracts and stores one page;
 * the store emits the event. After a story is stored it is re-fetched on the source's re-check
 * schedule, which is how edits are noticed.
 */
export async function startWorker(deps: WorkerDeps): Promise<ArticleWorker> {
  const log = deps.logger.child({ service: 'worker' });
  // YAML sources and those added at run time (a paused source's queued jobs still run).
  const subscriber = deps.connect('worker source changes');
  const catalog = createSourceCatalog({
    config: deps.config,
    sources: deps.store.sources,
    subscriber,
    onError: (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'reloading the sources failed'),
  });
  await catalog.refresh();
  await catalog.listen();
  const sources = liveSourceMap(catalog);
  const connection = deps.connect('fetch queue');
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: queuePrefix(deps.prefix, QUEUES.fetch) });
  logConnectionErrors(fetchQueue, log, 'fetch queue');
  // A job leaves its source's backlog once, when it is done for good (completed, or failed without retry).
  const leaveBacklog = (sourceId: string) =>
    deps.store.fetchBacklog.take(sourceId).catch((error: unknown) => log.warn({ err: error, code: 'REDIS_UNAVAILABLE' }, 'fetch backlog not updated'));
  const stage = createFetchStage({
    sources,
    store: deps.store,
    http: deps.http,
    clock: deps.clock ?? (() => new Date()),
    maxAgeMs: (source) => articleRetentionOf(deps.config, source).maxAgeMs,
    enqueueRecheck: async (data, delay, jobId) => {
      // Re-checks queue behind their source's backlog too (core/fetch-priority.ts).
      const backlog = await deps.store.fetchBacklog.get(data.sourceId);
      await fetchQueue.add('recheck', data, { ...RECHECK_JOB_OPTIONS, delay, jobId, priority: fetchPriority(backlog, 0) });
      await deps.store.fetchBacklog.add(data.sourceId, 1);
    },
  });
  const worker = createStageWorker({
    queue: QUEUES.fetch,
    label: 'article fetch',
    process: async (job) => {
      // A job may outrun the announcement of its just-added source: look in Redis again before giving up.
      if (!sources.has(job.data.sourceId)) await catalog.refresh();
      return stage.process(job);
    },
    onFailure: async (job, error, final) => {
      await stage.onFailure(job, error, final);
      if (final) await leaveBacklog(job.data.sourceId);
    },
    defer: true,
    context: (data) => ({ sourceId: data.sourceId, url: data.url, correlationId: data.correlationId }),
    connect: deps.connect,
    prefix: deps.prefix,
    logger: log,
    concurrency: deps.concurrency ?? 4,
  });

  worker.on('completed', (job) => void leaveBacklog(job.data.sourceId));
  return {
    async close() {
      await worker.close();
      await fetchQueue.close();
      await catalog.close();
      subscriber.disconnect();
      connection.disconnect();
    },
  };
}
