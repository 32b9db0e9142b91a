import { DelayedError, UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import type { Logger } from 'pino';
import { logConnectionErrors } from './connection-errors.ts';
import { failureCode, failureReason, toFeedwrightError, type FeedwrightError } from './errors.ts';
import type { QueueName, StageData, StageResult } from './jobs.ts';
import { queuePrefix } from './hash-tag.ts';

/** One job as a stage's processor sees it: plain data, no BullMQ. */
export type StageJob<Q extends QueueName> = {
  id: string | undefined;
  name: string;
  data: StageData<Q>;
  /** This attempt, from 1. */
  attempt: number;
  /** Attempts the job may take in all. */
  attempts: number;
  /** A child logger pinned to the job (`queue`, `jobId` and the stage's own context). */
  log: Logger;
};

/**
 * How a failure is treated: `transient` retries with back-off, `permanent` fails the job at once
 * (BullMQ's UnrecoverableError), `deferred` (the host asked us to wait) puts the job back without
 * spending an attempt.
 */
export type FailureClass = 'transient' | 'permanent' | 'deferred';

/** Classifies a coded failure (deferral only where the stage allows it). */
export function classifyFailure(error: FeedwrightError, canDefer: boolean): FailureClass {
  if (canDefer && error.code === 'FETCH_HOST_DEFERRED') return 'deferred';
  return error.transient ? 'transient' : 'permanent';
}

export type StageWorkerOptions<Q extends QueueName> = {
  queue: Q;
  /** What one job is, for log lines: `article fetch` gives "article fetch failed: …". */
  label: string;
  /** The stage: a plain function over its ports. Throws FeedwrightError (anything else counts as INTERNAL). */
  process: (job: StageJob<Q>) => Promise<StageResult<Q>>;
  /** Fields of the job's data pinned on its child logger and on the `failed` line. */
  context: (data: StageData<Q>) => Record<string, unknown>;
  /** Told of every failure that is not a deferral; `final` when no attempt follows. */
  onFailure?: (job: StageJob<Q>, error: FeedwrightError, final: boolean) => Promise<void>;
  /** A FETCH_HOST_DEFERRED failure moves the job to delayed (by its `retryAfterMs`, else 10 s) without spending an attempt. */
  defer?: boolean;
  /** Opens a connection; the argument names it in shutdown diagnostics. */
  connect: (purpose?: string) => Redis | Cluster;
  /** The installation prefix (FEEDWRIGHT_PREFIX); the queue's own hash-tagged prefix is derived from it. */
  prefix: string;
  logger: Logger;
  concurrency: number;
  settings?: WorkerOptions['settings'];
};

const DEFAULT_DEFER_MS = 10_000;

/**
 * The one adapter between BullMQ and a stage: builds the job's child logger, runs the stage,
 * classifies its failure (transient / permanent / deferred), and logs every failed attempt in one
 * line with its code. What the stage returns is the job's typed result, which the metrics read.
 */
export function createStageWorker<Q extends QueueName>(options: StageWorkerOptions<Q>): Worker<StageData<Q>, StageResult<Q>> {
  const log = options.logger;
  const stageJob = (job: Job<StageData<Q>>): StageJob<Q> => ({
    id: job.id,
    name: job.name,
    data: job.data,
    attempt: job.attemptsMade + 1,
    attempts: job.opts.attempts ?? 1,
    log: log.child({ queue: options.queue, jobId: job.id, ...options.context(job.data) }),
  });

  async function run(job: Job<StageData<Q>>, token?: string): Promise<StageResult<Q>> {
    const current = stageJob(job);
    try {
      return await options.process(current);
    } catch (error) {
      // A processor may decide for itself that a failure is final (e.g. a job for a removed source).
      if (error instanceof UnrecoverableError) throw error;
      const coded = toFeedwrightError(error);
      const kind = classifyFailure(coded, options.defer === true && token !== undefined);
      if (kind === 'deferred') {
        const waitMs = typeof coded.details.retryAfterMs === 'number' ? coded.details.retryAfterMs : DEFAULT_DEFER_MS;
        current.log.info({ code: coded.code, delayMs: waitMs }, `${options.label} deferred: ${coded.message}`);
        await job.moveToDelayed(Date.now() + waitMs + Math.round(Math.random() * 1000), token);
        throw new DelayedError();
      }
      await options.onFailure?.(current, coded, kind === 'permanent' || current.attempt >= current.attempts);
      // Permanent failures must not be retried: BullMQ's UnrecoverableError fails the job at once,
      // and its message carries the code (`failureReason`) for metrics and the dashboard.
      if (kind === 'permanent') throw new UnrecoverableError(failureReason(coded));
      throw coded;
    }
  }

  const worker = new Worker<StageData<Q>, StageResult<Q>>(options.queue, run, {
    connection: options.connect(`${options.queue} worker`),
    prefix: queuePrefix(options.prefix, options.queue),
    concurrency: options.concurrency,
    ...(options.settings ? { settings: options.settings } : {}),
  });
  // Failures are logged here and only here, with their code.
  worker.on('failed', (job, error) => {
    const code = failureCode(error);
    const willRetry = job ? job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError) : false;
    log[willRetry ? 'warn' : 'error'](
      { err: error, code, queue: options.queue, jobId: job?.id, ...(job ? options.context(job.data) : {}), attempt: job?.attemptsMade, willRetry },
      `${options.label} failed: ${error.message}`,
    );
  });
  logConnectionErrors(worker, log, `${options.queue} worker`);
  return worker;
}
