import { logConnectionErrors } from '@feedwright/core/connection-errors.ts';
import { failureCode } from '@feedwright/core/errors.ts';
import { QUEUES, type DeliverJobResult, type FetchJobResult, type PollJobResult, type QueueName, type StageResult } from '@feedwright/core/jobs.ts';
import { Queue, QueueEvents } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

const STAGE_OF_QUEUE: Record<QueueName, string> = { discover: 'discover', fetch: 'fetch', deliver: 'deliver', maintenance: 'maintenance' };
const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;

/** The error code at the start of a failed job's reason (`FETCH_GONE: …`), else INTERNAL. */
export function codeOf(failedReason: string | undefined): string {
  const code = failureCode(failedReason);
  return code === 'INTERNAL' && failedReason?.includes('stalled') ? 'STALLED' : code;
}

/**
 * Cluster-wide pipeline metrics for Prometheus. Per-stage outcomes and durations are read from
 * BullMQ's queue event streams (every worker's completions and failures, whichever process ran
 * them), so the publisher's one `/metrics` endpoint covers the whole pipeline, however many worker
 * processes there are. Queue depths are read from Redis at scrape time.
 */
export function createPipelineMetrics(options: {
  connect: (purpose?: string) => Redis | Cluster;
  prefix: string;
  /** The connection scrapes read queue counts on; a fail-fast one makes /metrics answer while Redis is down. */
  scrapeConnection?: Redis | Cluster;
  /** Where connection errors of the queues and event listeners go (one coded JSON line each). */
  logger?: Parameters<typeof logConnectionErrors>[1];
  /** Removed-item totals of retention by kind (kept in Redis), reported as feedwright_retention_removed_total. */
  retentionRemoved?: () => Promise<Record<string, number>>;
}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'feedwright_' });

  const stageDuration = new Histogram({
    name: 'feedwright_stage_duration_seconds',
    help: 'Duration of pipeline stages (discover, fetch, extract, store, publish, deliver).',
    labelNames: ['stage'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const stageOutcomes = new Counter({
    name: 'feedwright_stage_outcomes_total',
    help: 'Finished jobs per stage and outcome (ok, or the error code).',
    labelNames: ['stage', 'outcome'],
    registers: [registry],
  });
  const articles = new Counter({
    name: 'feedwright_articles_total',
    help: 'Fetched articles by store result: created, updated, unchanged, not-modified, evicted, expired.',
    labelNames: ['result'],
    registers: [registry],
  });
  const hostOutcomes = new Counter({
    name: 'feedwright_fetch_outcomes_total',
    help: 'Outbound fetches per host and outcome (ok, not-modified or the error code).',
    labelNames: ['host', 'outcome'],
    registers: [registry],
  });
  const discoveryOutcomes = new Counter({
    name: 'feedwright_discovery_outcomes_total',
    help: 'Discovery routes polled, per host and outcome (ok, not-modified, or the error code).',
    labelNames: ['host', 'outcome'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'feedwright_deliveries_total',
    help: 'Webhook delivery attempts by outcome (delivered, skipped, or the error code).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const retentionRemoved = options.retentionRemoved;
  if (retentionRemoved) {
    new Counter({
      name: 'feedwright_retention_removed_total',
      help: 'Items removed by retention, by kind (articles, events, deliveries, health, seen); totals kept in Redis.',
      labelNames: ['kind'],
      registers: [registry],
      async collect() {
        // The totals live in Redis (every retention step adds to them, whichever poller ran it).
        const totals = await retentionRemoved();
        this.reset();
        for (const [kind, count] of Object.entries(totals)) this.inc({ kind }, count);
      },
    });
  }
  const connection = options.scrapeConnection ?? options.connect('metrics');
  const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection, prefix: queuePrefix(options.prefix, name) }));
  const watch = (emitter: Parameters<typeof logConnectionErrors>[0], what: string) =>
    options.logger ? logConnectionErrors(emitter, options.logger, what) : emitter.on('error', () => undefined);
  for (const queue of queues) watch(queue, `metrics ${queue.name} queue`);
  new Gauge({
    name: 'feedwright_queue_jobs',
    help: 'Jobs per queue and state, read from Redis at scrape time.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const queue of queues) {
        const counts = await queue.getJobCounts(...JOB_STATES);
        for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });

  const listeners = Object.values(QUEUES).map((name) => {
    const events = new QueueEvents(name, { connection: options.connect(`${name} queue events`), prefix: queuePrefix(options.prefix, name) });
    const stage = STAGE_OF_QUEUE[name];
    watch(events, `metrics ${name} events`);
    events.on('completed', ({ returnvalue }) => {
      stageOutcomes.inc({ stage, outcome: 'ok' });
      let result: unknown = returnvalue;
      if (typeof returnvalue === 'string') {
        try {
          result = JSON.parse(returnvalue);
        } catch {
          result = null;
        }
      }
      // The result types are declared by the producers (core/jobs.ts); a job from an older version may lack fields.
      record(name, (result ?? {}) as Partial<StageResult<typeof name>>);
    });
    events.on('failed', ({ failedReason }) => {
      const code = codeOf(failedReason);
      stageOutcomes.inc({ stage, outcome: code });
      if (name === QUEUES.deliver) deliveries.inc({ outcome: code });
    });
    return events;
  });

  function record(queue: QueueName, result: Partial<StageResult<QueueName>>) {
    if (queue === QUEUES.fetch) {
      const fetch = result as Partial<FetchJobResult>;
      articles.inc({ result: fetch.status ?? 'unknown' });
      if (fetch.host) hostOutcomes.inc({ host: fetch.host, outcome: fetch.status === 'not-modified' ? 'not-modified' : 'ok' });
      for (const [stage, ms] of Object.entries(fetch.timings ?? {})) if (typeof ms === 'number') stageDuration.observe({ stage }, ms / 1000);
    } else if (queue === QUEUES.discover) {
      const poll = result as Partial<PollJobResult>;
      if (typeof poll.durationMs === 'number') stageDuration.observe({ stage: 'discover' }, poll.durationMs / 1000);
      for (const route of poll.routes ?? []) discoveryOutcomes.inc({ host: route.host, outcome: route.outcome });
    } else if (queue === QUEUES.deliver) {
      const delivery = result as Partial<DeliverJobResult>;
      deliveries.inc({ outcome: 'skipped' in delivery ? 'skipped' : 'delivered' });
      if ('durationMs' in delivery && typeof delivery.durationMs === 'number') stageDuration.observe({ stage: 'deliver' }, delivery.durationMs / 1000);
    }
  }

  return {
    registry,
    /** For stages that run in the publisher itself (fan-out of the event log). */
    observe(stage: string, seconds: number) {
      stageDuration.observe({ stage }, seconds);
    },
    /** Counts an outcome of a stage that runs in the publisher itself (e.g. an event the fan-out failed alone). */
    countOutcome(stage: string, outcome: string) {
      stageOutcomes.inc({ stage, outcome });
    },
    async close() {
      await Promise.all(listeners.map((events) => events.close()));
      await Promise.all(queues.map((queue) => queue.close()));
      connection.disconnect();
    },
  };
}

export type PipelineMetrics = ReturnType<typeof createPipelineMetrics>;
