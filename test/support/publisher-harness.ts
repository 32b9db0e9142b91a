import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { validateConfig, type Config } from '@feedwright/core/config.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { createStore, type Store } from '@feedwright/store/create-store.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import { freePort } from './free-port.ts';

export const ADMIN_TOKEN = 'publisher-harness-token';

/** A config for publisher tests: two sources, feeds over them, loopback allowed, fast retries. */
export function publisherConfig(overrides: Record<string, unknown> = {}): Config {
  const result = validateConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: 'Feedwright-test/0.1' },
    delivery: { retry: ['150ms', '150ms', '150ms', '150ms', '150ms'], timeout: '2s' },
    sources: [
      { id: 'simp', name: 'Simp', language: 'zh-Hans', discover: [{ feed: 'http://127.0.0.1:9/simp.xml' }] },
      { id: 'trad', name: 'Trad', language: 'zh-Hant', discover: [{ feed: 'http://127.0.0.1:9/trad.xml' }] },
    ],
    feeds: [
      { id: 'news', title: 'News 中文', language: 'zh-Hans', sources: ['simp'], limit: 50 },
      { id: 'trad', title: '新聞', language: 'zh-Hant', sources: ['trad'] },
    ],
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

/** A JSON client for the publisher's admin API at `base` (the token as Bearer): `{status, json}`. */
export function adminApi(base: string, token: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : null) as any };
  };
}

/**
 * The runtime environment of services started in a test: the test Redis under `prefix`, HTTP on
 * loopback `port`, the admin API behind `adminToken` (null: off).
 */
export function testRuntimeEnv(prefix: string, port: number, adminToken: string | null, logLevel = 'silent'): RuntimeEnv {
  return {
    configPath: '(test)',
    redisUrl: TEST_REDIS_URL,
    prefix,
    port,
    host: '127.0.0.1',
    logLevel,
    adminToken,
    publicUrl: `http://127.0.0.1:${port}`,
  };
}

/** The real publisher (in this process) on real Redis under a fresh prefix, with a store to write articles. */
export async function startPublisherHarness(config: Config = publisherConfig(), options: { logger?: pino.Logger } = {}) {
  const redisCtx = await openTestRedis('pub');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = testRuntimeEnv(redisCtx.prefix, port, ADMIN_TOKEN);
  const services: RunningServices = await startServices(config, env, options.logger ?? pino({ level: process.env.E2E_LOG_LEVEL ?? 'silent' }), ['publisher']);
  const store: Store = createStore(redisCtx.redis, redisCtx.prefix);
  const api = adminApi(base, ADMIN_TOKEN);
  return {
    base,
    store,
    prefix: redisCtx.prefix,
    redis: redisCtx.redis,
    api,
    async close() {
      await services.close();
      await redisCtx.cleanup();
    },
  };
}
