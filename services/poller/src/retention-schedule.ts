import { articleRetentionOf, type Config } from '@feedwright/core/config.ts';
import { MAINTENANCE_JOB_OPTIONS, QUEUES, RETENTION_SCHEDULER_ID, type MaintenanceJob } from '@feedwright/core/jobs.ts';
import { logConnectionErrors } from '@feedwright/core/connection-errors.ts';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';
import { createStageWorker } from '@feedwright/core/stage-worker.ts';
import type { RemovedCounts, RetentionPlan } from '@feedwright/store/retention.ts';
import { SEEN_BUCKETS } from '@feedwright/store/seen-repository.ts';
import { createSourceCatalog } from '@feedwright/store/source-catalog.ts';
import { Queue } from 'bullmq';
import type { PollerDeps } from './service-deps.ts';

/** A full sweep of the seen buckets takes a day, or a twentieth of `seenFor` when that is shorter (entries outlive `seenFor` by at most that). */
export function seenPassMs(seenForMs: number): number {
  return Math.min(86_400_000, seenForMs / 20);
}

/** Seen buckets a retention step sweeps, so that steps every `everyMs` make one full pass per `seenPassMs`. */
export function seenBucketsPerStep(everyMs: number, seenForMs: number): number {
  return Math.min(SEEN_BUCKETS, Math.max(1, Math.ceil((SEEN_BUCKETS * everyMs) / seenPassMs(seenForMs))));
}

/** The retention plan for this configuration (sources not configured any more fall back to the top-level limits). */
export function retentionPlanOf(config: Pick<Config, 'retention' | 'sources'>): RetentionPlan {
  const r = config.retention;
  return {
    sources: config.sources.map((source) => ({ id: source.id, ...articleRetentionOf(config, source) })),
    retired: articleRetentionOf(config, null),
    seenForMs: r.seenFor,
    eventsMaxAgeMs: r.events,
    deliveriesMaxAgeMs: r.deliveries,
    healthMaxAgeMs: r.health,
    batch: r.batch,
    seenBuckets: seenBucketsPerStep(r.every, r.seenFor),
  };
}

export type RetentionSchedule = {
  /** Runs one retention step now (tests, benchmarks). */
  runNow(): Promise<RemovedCounts>;
  close(): Promise<void>;
};

/**
 * Retention on BullMQ's job scheduler: one step every `retention.every`, cluster-wide (however many
 * pollers run, one runs it), on the `maintenance` queue. Without `schedule`, only `runNow` runs it.
 */
export async function startRetentionSchedule(deps: PollerDeps): Promise<RetentionSchedule> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.logger.child({ service: 'retention' });
  // Sources added through the API carry their own retention too: each step reads the live list
  // (YAML + API), reloaded from Redis just before it, so an override set at run time applies.
  const catalog = createSourceCatalog({
    config: deps.config,
    sources: deps.store.sources,
    onError: (error) => log.error({ err: error, code: 'REDIS_UNAVAILABLE' }, 'reloading the sources for retention failed'),
  });
  const runNow = async () => {
    await catalog.refresh();
    const removed = await deps.store.retention.step(retentionPlanOf(catalog.config()), clock());
    if (Object.values(removed).some((n) => n > 0)) log.info({ removed }, 'retention removed old items');
    return removed;
  };
  if (deps.schedule === false) return { runNow, close: () => catalog.close() };

  const connection = deps.connect('maintenance queue');
  const queue = new Queue<MaintenanceJob>(QUEUES.maintenance, { connection, prefix: queuePrefix(deps.prefix, QUEUES.maintenance) });
  logConnectionErrors(queue, log, 'maintenance queue');
  await queue.upsertJobScheduler(
    RETENTION_SCHEDULER_ID,
    { every: deps.config.retention.every },
    { name: 'retention', data: { task: 'retention' }, opts: MAINTENANCE_JOB_OPTIONS },
  );
  const worker = createStageWorker({
    queue: QUEUES.maintenance,
    label: 'retention step',
    process: async () => ({ removed: await runNow() }),
    context: (data) => ({ task: data.task }),
    connect: deps.connect,
    prefix: deps.prefix,
    logger: log,
    concurrency: 1,
  });
  return {
    runNow,
    async close() {
      await worker.close();
      await queue.close();
      await catalog.close();
      connection.disconnect();
    },
  };
}
