import { failureCode, failureReason, toFeedwrightError } from '@feedwright/core/errors.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { QUEUES, type FetchJob } from '@feedwright/core/jobs.ts';
import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { createSourceCatalog, liveSourceMap } from '@feedwright/store/source-catalog.ts';
import { processArticle } from './process-article.ts';
import type { WorkerDeps } from './service-deps.ts';

export type ArticleWorker = { close(): Promise<void> };

/**
 * The job id of the n-th re-check of a story. A 304 answer carries no article id, so the URL's id
 * stands in: a raw URL would put ":" in the job id, which BullMQ refuses.
 */
export function recheckJobId(articleIdValue: string | null, url: string, index: number): string {
  return `recheck-${articleIdValue ?? articleId(url)}-${index}`;
}

/** Options of re-check jobs (same retry policy as discovered ones). */
const RECHECK_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
} as const;

/**
 * The article worker: consumes the fetch queue. Each job fetches, extracts and stores one page;
 * the store emits the event. After a story is stored it is re-fetched on the source's re-check
 * schedule, which is how edits are noticed.
 */
export async function startWorker(deps: WorkerDeps): Promise<ArticleWorker> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.logger.child({ service: 'worker' });
  // YAML sources and those added at run time (a paused source's queued jobs still run).
  const subscriber = deps.connect();
  const catalog = createSourceCatalog({ config: deps.config, sources: deps.store.sources, subscriber, onError: (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'reloading the sources failed') });
  await catalog.refresh();
  await catalog.listen();
  const sources = liveSourceMap(catalog);
  const connection = deps.connect();
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection, prefix: deps.prefix });

  async function handle(job: Job<FetchJob>, token?: string) {
    // A job may race the announcement of its (just added) source: look again in Redis before giving up.
    if (!sources.has(job.data.sourceId)) await catalog.refresh();
    const source = sources.get(job.data.sourceId);
    if (!source) throw new UnrecoverableError(`unknown source ${job.data.sourceId} (removed from config?)`);
    const jobLog = log.child({ jobId: job.id, sourceId: source.id, url: job.data.url, correlationId: job.data.correlationId });
    let outcome;
    try {
      outcome = await processArticle(job.data, source, { http: deps.http, store: deps.store, now: clock() });
    } catch (error) {
      const coded = toFeedwrightError(error);
      // The host asked us to wait, or its budget is full: come back later without spending an attempt.
      if (coded.code === 'FETCH_HOST_DEFERRED' && token !== undefined) {
        const waitMs = typeof coded.details.retryAfterMs === 'number' ? coded.details.retryAfterMs : 10_000;
        jobLog.info({ code: coded.code, delayMs: waitMs }, `article fetch deferred: ${coded.message}`);
        await job.moveToDelayed(Date.now() + waitMs + Math.round(Math.random() * 1000), token);
        throw new DelayedError();
      }
      const finalAttempt = !coded.transient || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (finalAttempt) await deps.store.health.recordArticleError(source.id, clock(), coded.code, coded.message);
      // Permanent failures must not be retried: BullMQ's UnrecoverableError fails the job at once.
      if (!coded.transient) throw new UnrecoverableError(failureReason(coded));
      throw coded;
    }
    jobLog.info({ articleId: outcome.articleId, status: outcome.status, reason: job.data.reason }, `article ${outcome.status}`);
    if (outcome.status === 'created') await deps.store.health.recordArticleStored(source.id);
    await scheduleRecheck(job.data, outcome.articleId);
    // The return value is what the pipeline metrics read (packages/metrics).
    return { status: outcome.status, articleId: outcome.articleId, host: outcome.host, timings: outcome.timings };
  }

  /** Schedules the next re-check of this story on the source's decaying schedule. */
  async function scheduleRecheck(data: FetchJob, articleIdValue: string | null) {
    const source = sources.get(data.sourceId);
    const index = data.reason === 'recheck' ? (data.recheckIndex ?? 0) + 1 : 0;
    const delay = source?.recheck[index];
    if (delay === undefined) return;
    await fetchQueue.add(
      'recheck',
      { ...data, reason: 'recheck', recheckIndex: index },
      { ...RECHECK_JOB_OPTIONS, delay, jobId: recheckJobId(articleIdValue, data.url, index) },
    );
  }

  const worker = new Worker<FetchJob>(QUEUES.fetch, handle, {
    connection: deps.connect(),
    prefix: deps.prefix,
    concurrency: deps.concurrency ?? 4,
  });
  // Failures are logged here and only here, with their code.
  worker.on('failed', (job, error) => {
    const code = failureCode(error);
    const willRetry = job ? job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError) : false;
    log[willRetry ? 'warn' : 'error'](
      { err: error, code, jobId: job?.id, sourceId: job?.data.sourceId, url: job?.data.url, correlationId: job?.data.correlationId, attempt: job?.attemptsMade, willRetry },
      `article fetch failed: ${error.message}`,
    );
  });
  worker.on('error', (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'fetch worker error'));

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
