import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './free-port.ts';

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export type PrivateRedis = { url: string; port: number; dir: string; stop: (options?: { keepData?: boolean }) => Promise<void> };

/**
 * Starts a private `redis-server` on a free loopback port (or `port`) with its data in a temporary
 * folder (or `dir`): for the demo on a machine without a running Redis, and for chaos runs that
 * restart Redis (`aof: true`, same port and dir); `args` are extra redis-server options. Throws when
 * redis-server is not installed.
 */
export async function startPrivateRedis(options: { aof?: boolean; port?: number; dir?: string; args?: readonly string[] } = {}): Promise<PrivateRedis> {
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'feedwright-redis-'));
  const persistence = options.aof ? ['--appendonly', 'yes', '--appendfsync', 'everysec'] : ['--appendonly', 'no'];
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...persistence, ...(options.args ?? [])],
    {
      stdio: 'ignore',
      // Its own process group: Ctrl-C in the terminal must not kill Redis before the demo has shut down.
      detached: true,
    },
  );
  const failed = new Promise<never>((_, reject) => child.once('error', (error) => reject(error)));
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await Promise.race([redisAnswers(url, 200), failed])) {
      return {
        url,
        port,
        dir,
        async stop(stopOptions = {}) {
          // SIGTERM: Redis shuts down cleanly and flushes its append-only file.
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
          if (!stopOptions.keepData) rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port}`);
}
