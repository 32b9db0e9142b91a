import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUEUES } from '@feedwright/core/jobs.ts';
import { queuePrefix } from '@feedwright/core/hash-tag.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { Queue } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { freePort } from '../support/free-port.ts';
import { createSubscription, waitFor } from '../support/webhook-receiver.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'crash-test-token';

/** A receiver that fails the first two attempts of every webhook-id, then accepts; counts per id. */
async function startFlakyReceiver() {
  const attempts = new Map<string, number>();
  const accepted = new Map<string, number>();
  const bodies: Array<{ headers: Record<string, string>; body: string }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const id = String(request.headers['webhook-id']);
      const n = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, n);
      if (n <= 2) return response.writeHead(500).end();
      accepted.set(id, (accepted.get(id) ?? 0) + 1);
      bodies.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`,
    attempts,
    accepted,
    bodies,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Polls `predicate` every 10 ms (the 400 ms between attempts is the window it must hit) for up to 20 s. */
async function waitUntil(predicate: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out after 20000 ms waiting for ${what}`);
}

describe('a publisher process SIGKILLed mid-retry and restarted', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('loses no event and delivers each exactly once to a deduping receiver (same webhook-id on every attempt)', async () => {
    const redisCtx = await openTestRedis('crash');
    const store = createStore(redisCtx.redis, redisCtx.prefix);
    const receiver = await startFlakyReceiver();
    // The real delivery queue, read only: the test kills the publisher between attempts, not during one.
    const deliverQueue = new Queue(QUEUES.deliver, { connection: redisCtx.redis, prefix: queuePrefix(redisCtx.prefix, QUEUES.deliver) });
    const dir = mkdtempSync(join(tmpdir(), 'feedwright-crash-'));
    const configPath = join(dir, 'feedwright.yaml');
    writeFileSync(
      configPath,
      `http: { allowPrivateNetworks: ["127.0.0.0/8"] }
delivery: { retry: [400ms, 400ms, 400ms, 400ms, 400ms, 400ms], timeout: 2s }
sources:
  - { id: simp, name: Simp, discover: [{ feed: "http://127.0.0.1:9/rss.xml" }] }
feeds:
  - { id: news, title: News, sources: [simp] }
`,
    );
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const start = () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start', '--only', 'publisher'], {
        cwd: root,
        env: {
          ...process.env,
          FEEDWRIGHT_CONFIG: configPath,
          REDIS_URL: TEST_REDIS_URL,
          FEEDWRIGHT_PREFIX: redisCtx.prefix,
          PORT: String(port),
          HOST: '127.0.0.1',
          FEEDWRIGHT_ADMIN_TOKEN: TOKEN,
          FEEDWRIGHT_PUBLIC_URL: base,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      children.push(child);
      return child;
    };
    const ready = () => waitFor(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status === 200, 'the publisher up', 20_000);
    try {
      const first = start();
      await ready();
      const { secret } = await createSubscription(base, TOKEN, receiver.url);

      const e1 = await store.articles.upsert(sampleArticle({ url: 'https://news.example/crash/1', title: '第一条' }), 'simp', new Date());
      await waitFor(() => [...receiver.attempts.values()].some((n) => n >= 1), 'the first (failing) attempt');
      // Kill the process once the retry is scheduled (the job delayed, none active) and before it runs. Killed
      // during an attempt instead (a loaded machine answers slowly), the job would be held by a lock for up
      // to BullMQ's stalled-job check (30 s lock, 30 s interval): another scenario, and a flaky wait here.
      await waitUntil(async () => (await deliverQueue.getDelayedCount()) >= 1 && (await deliverQueue.getActiveCount()) === 0, 'the retry scheduled');
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const attemptsAtKill = [...receiver.attempts.values()].reduce((a, b) => a + b, 0);

      // Events keep arriving while the publisher is down.
      const e2 = await store.articles.upsert(sampleArticle({ url: 'https://news.example/crash/2', title: '第二条' }), 'simp', new Date());
      const e3 = await store.articles.upsert(sampleArticle({ url: 'https://news.example/crash/3', title: '第三条' }), 'simp', new Date());
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect([...receiver.attempts.values()].reduce((a, b) => a + b, 0)).toBe(attemptsAtKill);

      const second = start();
      await ready();
      await waitFor(() => receiver.accepted.size === 3, 'all three events accepted after the restart', 60_000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect([...receiver.accepted.values()]).toEqual([1, 1, 1]);
      const ids = receiver.bodies.map((b) => (new Webhook(secret).verify(b.body, b.headers) as { data: { article: { id: string } } }).data.article.id).sort();
      expect(ids).toEqual([e1, e2, e3].map((e) => e.article.id).sort());
      // Every failing attempt was retried with the same webhook-id: three attempts per event.
      expect([...receiver.attempts.values()]).toEqual([3, 3, 3]);
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    } finally {
      await deliverQueue.close();
      await receiver.close();
      await redisCtx.cleanup();
    }
  }, 150_000);
});
