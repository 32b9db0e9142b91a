import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type SupervisedService = {
  name: string;
  /** How many times the process was (re)started. */
  starts: number;
  pid(): number | undefined;
  /** SIGKILLs the current process; the supervisor starts a new one. */
  kill(): void;
  /** Stops for good: SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Resident set size of the current process in bytes (from /proc), or null. */
  rssBytes(): Promise<number | null>;
};

/**
 * Runs `feedwright start --only <services>` as a child process — exactly what a container runs —
 * and restarts it whenever it dies, like docker's `restart: unless-stopped`.
 */
export function superviseService(
  name: string,
  only: string,
  env: Record<string, string>,
  options: { log?: (line: string) => void; restartDelayMs?: number } = {},
): SupervisedService {
  let child: ChildProcess | null = null;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  const service: SupervisedService = {
    name,
    starts: 0,
    pid: () => child?.pid,
    kill: () => child?.kill('SIGKILL'),
    async stop(graceMs = 10_000) {
      stopping = true;
      // A restart already scheduled (the process died just before) must not start a new one.
      clearTimeout(restart);
      const current = child;
      // A process killed by a signal has no exit code, only a signal code: it has exited all the same.
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise((resolve) => current.once('exit', resolve));
      current.kill('SIGTERM');
      const timer = setTimeout(() => current.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async rssBytes() {
      const pid = child?.pid;
      if (!pid) return null;
      try {
        const { readFile } = await import('node:fs/promises');
        const status = await readFile(`/proc/${pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
        return kb ? Number(kb) * 1024 : null;
      } catch {
        return null;
      }
    },
  };
  const start = () => {
    service.starts++;
    child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start', '--only', only], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (data: Buffer) => {
      if (!options.log) return;
      for (const line of data.toString('utf8').split('\n')) if (line.trim()) options.log(`[${name}] ${line}`);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    child.once('exit', () => {
      if (!stopping) restart = setTimeout(start, options.restartDelayMs ?? 300);
    });
  };
  start();
  return service;
}
