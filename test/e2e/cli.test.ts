import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'feedwright-cli-'));

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the real `feedwright` entry point; `until` may end it early (SIGTERM) once output matches. */
function feedwright(
  args: string[],
  env: Record<string, string> = {},
  until?: { match: RegExp; thenWaitMs?: number },
): Promise<Run & { aliveWhenMatched?: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
    });
    let stdout = '';
    let stderr = '';
    let aliveWhenMatched: boolean | undefined;
    const check = () => {
      if (until && aliveWhenMatched === undefined && until.match.test(stdout + stderr)) {
        aliveWhenMatched = false;
        setTimeout(() => {
          aliveWhenMatched = child.exitCode === null;
          child.kill('SIGTERM');
        }, until.thenWaitMs ?? 0);
      }
    };
    child.stdout.on('data', (d: Buffer) => ((stdout += d.toString()), check()));
    child.stderr.on('data', (d: Buffer) => ((stderr += d.toString()), check()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ...(aliveWhenMatched === undefined ? {} : { aliveWhenMatched }) });
    });
  });
}

const validYaml = `
sources:
  - id: local
    name: Local
    discover:
      - feed: http://127.0.0.1:9/rss.xml
feeds:
  - id: local
    title: Local
    sources: [local]
`;

describe('the feedwright command', () => {
  it('config check lists every problem with its path and exits 1', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      `
sources:
  - id: ok
    name: OK
    discover: [{ feed: "https://example.org/rss" }]
  - id: two
    name: Two
    timezone: Mars/Base
    discover: [{ feed: "not a url" }]
feeds:
  - id: f
    title: F
    sources: [ok, nope]
`,
    );
    const run = await feedwright(['config', 'check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CONFIG_INVALID');
    expect(run.stderr).toContain('sources[1].timezone: unknown IANA time zone');
    expect(run.stderr).toContain('sources[1].discover[0].feed: invalid URL');
    expect(run.stderr).toContain('feeds[0].sources[1]: unknown source "nope"');
  });

  it('config check accepts the shipped feedwright.yaml', async () => {
    const run = await feedwright(['config', 'check', 'feedwright.yaml']);
    expect(run.stdout).toContain('feedwright.yaml: ok (2 source(s), 3 feed(s)');
    expect(run.code).toBe(0);
  });

  it('start refuses a bad config with a coded error and exit 1', async () => {
    const file = join(dir, 'bad-start.yaml');
    writeFileSync(file, 'sources:\n  - id: Not A Slug\n    name: Bad\n    site: https://news.example/\n');
    const run = await feedwright(['start'], { FEEDWRIGHT_CONFIG: file });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"code":"CONFIG_INVALID"');
    expect(run.stdout).toContain('sources[0].id: must be lowercase letters');
  });

  it('start refuses a webhook secretFile that holds no Standard Webhooks secret, and exits 1 instead of hanging', async () => {
    const secretFile = join(dir, 'webhook-secret');
    writeFileSync(secretFile, 'hunter2\n');
    const file = join(dir, 'bad-secret.yaml');
    writeFileSync(file, `${validYaml}webhooks:\n  - url: https://hooks.example/x\n    secretFile: ${secretFile}\n`);
    const port = await freePort();
    const prefix = `fwtest-secret-${port}`;
    const run = await feedwright(['start'], { FEEDWRIGHT_CONFIG: file, PORT: String(port), HOST: '127.0.0.1', FEEDWRIGHT_PREFIX: prefix });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CONFIG_INVALID');
    expect(run.stderr).toContain('not a Standard Webhooks secret');
    const { Redis } = await import('ioredis');
    const { deleteKeys } = await import('@feedwright/store/delete-keys.ts');
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    await deleteKeys(redis, `${prefix}:*`);
    redis.disconnect();
  });

  it('start with an unreachable Redis logs REDIS_UNAVAILABLE, keeps running, and stops on SIGTERM', async () => {
    const file = join(dir, 'valid.yaml');
    writeFileSync(file, validYaml);
    const port = await freePort();
    const run = await feedwright(
      ['start'],
      { FEEDWRIGHT_CONFIG: file, REDIS_URL: 'redis://127.0.0.1:1', PORT: String(port), HOST: '127.0.0.1' },
      { match: /REDIS_UNAVAILABLE/, thenWaitMs: 1500 },
    );
    expect(run.stdout).toContain('"code":"REDIS_UNAVAILABLE"');
    expect(run.aliveWhenMatched).toBe(true);
    expect(run.code === 0 || run.code === null || run.code === 143).toBe(true);
  });

  it('demo fills the feeds from the local newsroom, then Ctrl-C stops it all and removes its keys', async () => {
    const port = await freePort();
    let items = 0;
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'demo', '--port', String(port), '--every', '1s'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Four stories a second apart, each polled, fetched and stored; the seed story (a real page of
    // February 2026, past retention.maxAge) is expired, not served. 40 s leaves room for a loaded machine.
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && items < 4) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!out.includes('Press Ctrl-C')) continue;
      const response = await fetch(`http://127.0.0.1:${port}/feeds/newsroom.json`).catch(() => null);
      if (response?.ok) items = ((await response.json()) as { items: unknown[] }).items.length;
    }
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain(`http://127.0.0.1:${port}/feeds/newsroom.atom`);
    expect(items).toBeGreaterThanOrEqual(4);
    // Only this demo's keys: another demo may share the Redis.
    const prefix = /keys under "([^"]+):"/.exec(out)?.[1];
    expect(prefix).toMatch(/^fwdemo-/);
    const { Redis } = await import('ioredis');
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const [, leftovers] = await redis.scan('0', 'MATCH', `${prefix}:*`, 'COUNT', 100_000);
    redis.disconnect();
    expect(leftovers).toEqual([]);
  }, 90_000);

  it('`pnpm demo` in a terminal: Ctrl-C stops it, exit 0, without pnpm\'s "[ELIFECYCLE] Command failed" line', async () => {
    // A real terminal: util-linux `script` runs the command on a pseudo-terminal, and the Ctrl-C written
    // to it reaches the terminal's foreground process group, exactly as a keyboard's does.
    const port = await freePort();
    const child = spawn('script', ['-qfec', `pnpm demo --port ${port} --every 1s`, '/dev/null'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !out.includes('Press Ctrl-C')) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(out).toContain('Press Ctrl-C');
      child.stdin.write('\x03');
      expect(await exited).toBe(0);
      expect(out).not.toContain('ELIFECYCLE');
      expect(out).not.toContain('Command failed');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);

  it('start --only worker answers /healthz and /readyz on FEEDWRIGHT_HEALTH_PORT and exits 0 on SIGTERM', async () => {
    const file = join(dir, 'health.yaml');
    writeFileSync(file, validYaml);
    const healthPort = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start', '--only', 'worker'], {
      cwd: root,
      env: {
        ...process.env,
        FEEDWRIGHT_CONFIG: file,
        FEEDWRIGHT_PREFIX: `fwtest-health-${healthPort}`,
        FEEDWRIGHT_HEALTH_PORT: String(healthPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      let health: Response | null = null;
      for (let i = 0; i < 100 && !health?.ok; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        health = await fetch(`http://127.0.0.1:${healthPort}/healthz`).catch(() => null);
      }
      expect(await health?.json()).toEqual({ status: 'ok', services: ['worker'] });
      expect((await fetch(`http://127.0.0.1:${healthPort}/readyz`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      const { Redis } = await import('ioredis');
      const { deleteKeys } = await import('@feedwright/store/delete-keys.ts');
      const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
      await deleteKeys(redis, `fwtest-health-${healthPort}:*`);
      redis.disconnect();
    }
  }, 40_000);

  it('extract prints the seed article as Article JSON', async () => {
    const run = await feedwright([
      'extract',
      '--url',
      'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp',
      'packages/newsroom/data/seed-article-simp.html',
    ]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as { url: string; language: string; publishedAt: string };
    expect(article).toMatchObject({
      url: 'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp',
      language: 'zh-Hans',
      publishedAt: '2026-02-05T04:21:13.000Z',
    });
  });

  it('a command with --help prints the usage and exits 0; a mistyped command line is CLI_USAGE, exit 2, no stack trace', async () => {
    const help = await feedwright(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('feedwright extract [--url URL] FILE|-');

    for (const args of [['extract', '--bogus', 'page.html'], ['start', '--only'], ['extract'], ['add']]) {
      const run = await feedwright(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^error CLI_USAGE: /);
      expect(run.stderr, args.join(' ')).toContain('Usage:');
      expect(run.stderr, args.join(' ')).not.toMatch(/INTERNAL|\n\s+at /);
    }
  });
});
