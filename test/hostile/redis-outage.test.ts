import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPrivateRedis, type PrivateRedis } from '@feedwright/cli/private-redis.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { articleHtml, rssFeed, startTinySite } from '../support/tiny-site.ts';
import { waitFor } from '../support/webhook-receiver.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'outage-admin-token';
const hasRedisServer = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some((path) => existsSync(path));

/** One timed request: status, a header or two, and how long it took. */
async function timed(url: string, init: RequestInit = {}) {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    const body = await response.text();
    return { status: response.status, ms: Math.round(performance.now() - started), body, stale: response.headers.get('feedwright-stale') };
  } catch (error) {
    return { status: 0, ms: Math.round(performance.now() - started), body: String(error), stale: null };
  }
}

// Row 6 of issue 10: Redis goes away under a running `feedwright start`, then comes back.
describe('degraded, not hung: Redis down', () => {
  const closers: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  }, 60_000);

  it.skipIf(!hasRedisServer)(
    'serves cached feeds at once (marked stale), answers 503 within a second elsewhere, logs only JSON, and resumes when Redis returns',
    async () => {
      const site = await startTinySite();
      closers.push(site.close);
      const first = site.set('/news/1', { type: 'text/html', body: articleHtml('First story', 'Before the outage.') });
      site.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed([first]) });

      // Our own redis-server on a free port (never the shared 6379), with AOF like infra/redis.conf.
      let redis: PrivateRedis | null = await startPrivateRedis({ aof: true });
      const { port: redisPort, dir: redisDir } = redis;
      closers.push(async () => redis?.stop());
      const dir = mkdtempSync(join(tmpdir(), 'feedwright-outage-'));
      writeFileSync(
        join(dir, 'feedwright.yaml'),
        `
http: { allowPrivateNetworks: ['127.0.0.0/8'], timeout: 2s, perHost: { concurrency: 4, perMinute: 6000 } }
sources:
  - id: site
    name: Site
    site: ${site.origin}
    interval: { min: 1s, max: 2s }
    recheck: []
    discover: [{ feed: '${site.origin}/feed.xml' }]
feeds:
  - { id: news, title: News, sources: [site] }
`,
      );
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const output: string[] = [];
      const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start'], {
        cwd: root,
        env: {
          ...process.env,
          FEEDWRIGHT_CONFIG: join(dir, 'feedwright.yaml'),
          REDIS_URL: redis.url,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          FEEDWRIGHT_ADMIN_TOKEN: TOKEN,
          FEEDWRIGHT_PREFIX: 'outage',
        },
      });
      let partial = '';
      const collect = (chunk: Buffer) => {
        const text = partial + chunk.toString();
        const lines = text.split('\n');
        partial = lines.pop()!;
        output.push(...lines.filter((line) => line.trim() !== ''));
      };
      child.stdout!.on('data', collect);
      child.stderr!.on('data', collect);
      closers.push(async () => {
        if (child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      });

      await waitFor(async () => (await timed(`${base}/feeds/news.atom`)).body.includes('First story'), 'the first story in the feed', 30_000);
      const warm = await timed(`${base}/feeds/news.atom`);
      expect(warm.stale).toBeNull();

      await redis.stop({ keepData: true });
      redis = null;
      const outageStartedAt = output.length;
      await new Promise((resolve) => setTimeout(resolve, 500));

      const feed = await timed(`${base}/feeds/news.atom`);
      const index = await timed(`${base}/`);
      const api = await timed(`${base}/api/subscriptions`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const health = await timed(`${base}/healthz`);
      const uncached = await timed(`${base}/feeds/news.json`);
      if (process.env.OUTAGE_DEBUG) console.log(output.slice(outageStartedAt).join('\n'));
      console.log(
        JSON.stringify({ figure: 'redis-down', feedMs: feed.ms, indexMs: index.ms, apiMs: api.ms, healthzMs: health.ms, uncachedFeedMs: uncached.ms }),
      );
      expect(feed).toMatchObject({ status: 200, stale: 'redis-unavailable' });
      expect(feed.body).toContain('First story');
      expect(feed.ms).toBeLessThan(1000);
      for (const answer of [index, api, uncached]) {
        expect(answer.status).toBe(503);
        expect(JSON.parse(answer.body).error.code).toBe('REDIS_UNAVAILABLE');
        expect(answer.ms).toBeLessThan(1500);
      }
      expect(health).toMatchObject({ status: 200 });
      expect(health.ms).toBeLessThan(500);
      // Let reconnect attempts and failing workers log for a while.
      await new Promise((resolve) => setTimeout(resolve, 3000));

      redis = await startPrivateRedis({ aof: true, port: redisPort, dir: redisDir });
      const second = site.set('/news/2', { type: 'text/html', body: articleHtml('Second story', 'After the outage.') });
      site.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed([second, first]) });
      await waitFor(async () => (await timed(`${base}/feeds/news.atom`)).body.includes('Second story'), 'the second story after Redis returned', 30_000);
      const fresh = await timed(`${base}/feeds/news.atom`);
      expect(fresh.stale).toBeNull();

      const outageLines = output.slice(outageStartedAt);
      const notJson = output.filter((line) => {
        try {
          return typeof JSON.parse(line) !== 'object';
        } catch {
          return true;
        }
      });
      expect(notJson).toEqual([]);
      expect(outageLines.some((line) => line.includes('REDIS_UNAVAILABLE'))).toBe(true);
    },
    120_000,
  );
});
