import { QUEUES, RECHECK_JOB_OPTIONS, type FetchJob } from '@feedwright/core/jobs.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import { Queue } from 'bullmq';
import { createFetchStage } from './fetch-stage.ts';
import type { WorkerDeps } from './service-deps.ts';

export type ArticleWorker = { close(): Promise<void> };

/**
 * The article worker: consumes the fetch queue. Each job fetches, extracts and stores one page;
 * the store emits the event. After a story is stored it is re-fetched on the source's re-check
 * schedule, which is how edits are noticed.
 */
export async function startWorker(deps: WorkerDeps): Promise<ArticleWorker> {
  const connection = deps.connect();
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: deps.prefix });
  const stage = createFetchStage({
    sources: new Map(deps.config.sources.map((s) => [s.id, s])),
    store: deps.store,
    http: deps.http,
    clock: deps.clock ?? (() => new Date()),
    enqueueRecheck: async (data, delay, jobId) => {
      await fetchQueue.add('recheck', data, { ...RECHECK_JOB_OPTIONS, delay, jobId });
    },
  });
  const worker = createStageWorker({
    queue: QUEUES.fetch,
    label: 'article fetch',
    process: stage.process,
    onFailure: stage.onFailure,
    defer: true,
    context: (data) => ({ sourceId: data.sourceId, url: data.url, correlationId: data.correlationId }),
    connect: deps.connect,
    prefix: deps.prefix,
    logger: deps.logger.child({ service: 'worker' }),
    concurrency: deps.concurrency ?? 4,
  });

  return {
    async close() {
      await worker.close();
      await fetchQueue.close();
      connection.disconnect();
    },
  };
}
