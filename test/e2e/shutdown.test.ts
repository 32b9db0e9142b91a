import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleId } from '@feedwright/core/ids.ts';
import { startNewsroom } from '@feedwright/newsroom/newsroom.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { describe, expect, it } from 'vitest';
import { storeKeys } from '@feedwright/store/store-keys.ts';
import { freePort } from '../support/free-port.ts';
import { waitFor } from '../support/webhook-receiver.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('graceful shutdown of `feedwright start`', () => {
  it('on SIGTERM answers 503, finishes the in-flight article, closes Redis and exits 0', async () => {
    const redisCtx = await openTestRedis('shutdown');
    const newsroom = await startNewsroom();
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'feedwright-shutdown-'));
    writeFileSync(
      join(dir, 'feedwright.yaml'),
      `http: { allowPrivateNetworks: ["127.0.0.0/8"] }
sources:
  - id: newsroom
    name: Newsroom
    interval: { min: 1s, max: 5s }
    discover: [{ feed: "${newsroom.feedUrl}" }]
    recheck: []
feeds: [{ id: all, title: All, sources: [newsroom] }]
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start'], {
      cwd: root,
      env: {
        ...process.env,
        FEEDWRIGHT_CONFIG: join(dir, 'feedwright.yaml'),
        REDIS_URL: TEST_REDIS_URL,
        FEEDWRIGHT_PREFIX: redisCtx.prefix,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status === 200, 'the publisher', 30_000);
      // The article page takes 3 s to answer: SIGTERM arrives while the worker is fetching it.
      const story = newsroom.publish();
      newsroom.respondWith(`/zhongwen/articles/${story.id}/simp`, {
        status: 200,
        delayMs: 3000,
        times: 1,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: await (await fetch(newsroom.articleUrl(story.id))).text(),
      });
      const polled = () => newsroom.requests.log.find((r) => r.path === '/zhongwen/simp/rss.xml' && r.status === 200);
      await waitFor(() => polled() !== undefined, 'the poll that discovers the story', 20_000);
      // The worker takes the job within milliseconds of the poll; give it ample time to be mid-fetch.
      await waitFor(() => Date.now() - polled()!.at > 1000, 'the fetch to be under way');
      // Only the test's own request (to build the delayed copy) has been answered so far.
      expect(newsroom.requests.count(`/zhongwen/articles/${story.id}/simp`)).toBe(1);
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const during = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      expect(during?.status).toBe(503);
      expect(((await during!.json()) as { error: { code: string } }).error.code).toBe('SHUTTING_DOWN');

      expect(await exited).toBe(0);
      expect(Date.now() - signalledAt).toBeLessThan(15_000);
      // The in-flight article was finished and stored, not abandoned.
      const id = articleId(newsroom.articleUrl(story.id));
      expect(await redisCtx.redis.hexists(storeKeys(redisCtx.prefix).article(id), 'json')).toBe(1);
      expect(output).toContain('stopped cleanly');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await newsroom.close();
      await redisCtx.cleanup();
    }
  }, 60_000);
});
