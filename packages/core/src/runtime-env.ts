import { readFileSync } from 'node:fs';
import { FeedwrightError } from './errors.ts';
import { readRedisTopology, type RedisTopology } from './redis-topology.ts';

/**
 * The process environment, read once in main (nothing else reads process.env).
 * Documented in docs/configuration.md.
 */
export type RuntimeEnv = {
  configPath: string;
  /** The single-node URL (REDIS_URL); ignored when `redis` names a Sentinel or Cluster topology. */
  redisUrl: string;
  /** Where Redis is (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES); absent = the single node at `redisUrl`. */
  redis?: RedisTopology;
  /** Prefix of every Redis key and BullMQ queue; lets several installations share a Redis. */
  prefix: string;
  port: number;
  host: string;
  logLevel: string;
  /** Bearer token for /api/subscriptions and /admin; null disables those endpoints. */
  adminToken: string | null;
  /** Public base URL of the publisher, used in feed self links (default http://localhost:PORT). */
  publicUrl: string | null;
  /** Where a process without the publisher answers /healthz and /readyz (containers' healthchecks); null = none. */
  healthPort?: number | null;
  /** Fetch jobs one worker process runs at once (default 4); the per-host budget still applies. */
  workerConcurrency?: number;
};

/** Reads FEEDWRIGHT_CONFIG, the Redis topology (REDIS_URL | REDIS_SENTINELS + REDIS_SENTINEL_NAME | REDIS_CLUSTER_NODES, REDIS_USERNAME, REDIS_PASSWORD(_FILE), REDIS_SENTINEL_PASSWORD(_FILE)), FEEDWRIGHT_PREFIX, PORT, HOST, LOG_LEVEL, FEEDWRIGHT_ADMIN_TOKEN(_FILE), FEEDWRIGHT_PUBLIC_URL, FEEDWRIGHT_HEALTH_PORT, FEEDWRIGHT_WORKER_CONCURRENCY. */
export function readRuntimeEnv(env: Record<string, string | undefined>): RuntimeEnv {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new FeedwrightError('CONFIG_INVALID', `PORT: "${env.PORT}" is not a port number`);
  }
  const prefix = env.FEEDWRIGHT_PREFIX ?? 'fw';
  if (!/^[A-Za-z0-9_{}-]+$/.test(prefix)) {
    throw new FeedwrightError('CONFIG_INVALID', `FEEDWRIGHT_PREFIX: "${prefix}" may only contain letters, digits, "_", "-", "{", "}"`);
  }
  const redis = readRedisTopology(env, readSecret);
  return {
    configPath: env.FEEDWRIGHT_CONFIG ?? 'feedwright.yaml',
    redisUrl: redis.kind === 'single' ? redis.url : 'redis://127.0.0.1:6379',
    redis,
    prefix,
    port,
    host: env.HOST ?? '0.0.0.0',
    logLevel: env.LOG_LEVEL ?? 'info',
    adminToken: readSecret(env, 'FEEDWRIGHT_ADMIN_TOKEN'),
    publicUrl: env.FEEDWRIGHT_PUBLIC_URL ?? null,
    healthPort: parseHealthPort(env.FEEDWRIGHT_HEALTH_PORT),
    workerConcurrency: parseConcurrency(env.FEEDWRIGHT_WORKER_CONCURRENCY),
  };
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined || value === '') return 4;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new FeedwrightError('CONFIG_INVALID', `FEEDWRIGHT_WORKER_CONCURRENCY: "${value}" must be a whole number from 1 to 256`);
  return n;
}

function parseHealthPort(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new FeedwrightError('CONFIG_INVALID', `FEEDWRIGHT_HEALTH_PORT: "${value}" is not a port number`);
  return port;
}

/** Reads NAME, or the file named by NAME_FILE (Docker/Kubernetes secrets), trimmed. */
export function readSecret(env: Record<string, string | undefined>, name: string): string | null {
  const file = env[`${name}_FILE`];
  if (file) {
    try {
      return readFileSync(file, 'utf8').trim() || null;
    } catch (error) {
      throw new FeedwrightError('CONFIG_INVALID', `${name}_FILE: cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  const value = env[name]?.trim();
  return value ? value : null;
}
