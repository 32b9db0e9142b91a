import { createOutboundHttp } from '@feedwright/cli/outbound-http.ts';
import { validateConfig, type Config } from '@feedwright/core/config.ts';
import { QUEUES, type FetchJob } from '@feedwright/core/jobs.ts';
import type { PoliteHttpClient } from '@feedwright/http/polite-http-client.ts';
import { startPoller, type Poller } from '@feedwright/poller/poller.ts';
import { createStore, type Store } from '@feedwright/store/create-store.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { startWorker, type ArticleWorker } from '@feedwright/worker/worker.ts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';

/** Validates a test config, failing loudly with every problem. */
export function testConfig(raw: unknown): Config {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.config;
}

export type DiscoveryRig = {
  config: Config;
  prefix: string;
  store: Store;
  http: PoliteHttpClient;
  poller: Poller;
  workers: ArticleWorker[];
  fetchQueue: Queue<FetchJob>;
  /** Fetch jobs enqueued so far (any state). */
  fetchJobs(): Promise<FetchJob[]>;
  close(): Promise<void>;
};

/**
 * The poller (and optionally workers) wired as `feedwright start` wires them — the polite client
 * over the guarded one, store on real Redis under a fresh prefix — with direct handles for tests.
 */
export async function startDiscoveryRig(
  config: Config,
  options: { workers?: number; workerConcurrency?: number; logger?: Logger; label?: string } = {},
): Promise<DiscoveryRig> {
  const ctx = await openTestRedis(options.label ?? 'discovery');
  const connections: Redis[] = [];
  const connect = () => {
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    connections.push(redis);
    return redis;
  };
  const store = createStore(connect(), ctx.prefix);
  const logger = options.logger ?? pino({ level: process.env.E2E_LOG_LEVEL ?? 'silent' });
  const http = createOutboundHttp(config, store);
  const common = { config, prefix: ctx.prefix, connect, store, http, logger };
  const workers: ArticleWorker[] = [];
  // Separate worker instances stand for separate processes: they share nothing but Redis.
  for (let i = 0; i < (options.workers ?? 0); i++) workers.push(await startWorker({ ...common, concurrency: options.workerConcurrency ?? 4 }));
  // Polls happen when a test says so (pollNow), not when a schedule fires.
  const poller = await startPoller({ ...common, schedule: false });
  const fetchQueue = new Queue<FetchJob>(QUEUES.fetch, { connection: connect(), prefix: queuePrefix(ctx.prefix, QUEUES.fetch) });
  return {
    config,
    prefix: ctx.prefix,
    store,
    http,
    poller,
    workers,
    fetchQueue,
    async fetchJobs() {
      const jobs = await fetchQueue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children']);
      return jobs.filter((job) => job.name === 'fetch').map((job) => job.data);
    },
    async close() {
      await poller.close();
      for (const worker of workers) await worker.close();
      await fetchQueue.close();
      await http.close();
      for (const redis of connections) redis.disconnect();
      await ctx.cleanup();
    },
  };
}
