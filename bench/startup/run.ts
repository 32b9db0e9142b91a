/**
 * Start-up run (issue 12): how the production build is made. For each way of running the CLI —
 * TypeScript through tsx (development), tsc output (`rewriteRelativeImportExtensions`, workspace
 * packages resolved to their compiled files) and the esbuild bundle `pnpm build` makes — it prints
 * the build time and output size, then per service (`start --only publisher|worker|poller`) the cold
 * start to a 200 from /healthz, resident memory after 5 s idle, and the SIGTERM-to-exit time. Medians.
 *
 *   pnpm bench:startup [--runs 3]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPrivateRedis } from '@feedwright/cli/private-redis.ts';
import { parse } from 'yaml';
import { freePort } from '../../test/support/free-port.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const root = fileURLToPath(new URL('../..', import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Total size of the files under `path` (symlinks not followed). */
function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Workspace package folders, from pnpm-workspace.yaml's globs. */
function workspaceDirs(): string[] {
  const { packages } = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) as { packages: string[] };
  return packages
    .flatMap((pattern) => (pattern.endsWith('/*') ? readdirSync(join(root, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`) : [pattern]))
    .filter((dir) => existsSync(join(root, dir, 'package.json')));
}

/**
 * tsc output laid out so that Node resolves `@feedwright/x/file.ts` to the compiled file: each
 * package gets exports pointing at its .js files and a node_modules of links (workspace packages to
 * their compiled copies, the rest to the installed packages). Returns the entry point.
 */
function buildTsc(dir: string): { seconds: number; entry: string; jsBytes: number; files: number } {
  const out = join(dir, 'out');
  mkdirSync(dir, { recursive: true });
  const dirs = workspaceDirs();
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.base.json'),
      compilerOptions: { noEmit: false, rewriteRelativeImportExtensions: true, rootDir: root, outDir: out, typeRoots: [join(root, 'node_modules/@types')] },
      include: dirs.map((d) => join(root, d, 'src/**/*.ts')),
      exclude: [join(root, '**/*.test.ts')],
    }),
  );
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc failed: ${result.stdout}${result.stderr}`);
  const seconds = (Date.now() - started) / 1000;
  const names = new Map(dirs.map((d) => [(JSON.parse(readFileSync(join(root, d, 'package.json'), 'utf8')) as { name: string }).name, d]));
  for (const d of dirs) {
    const manifest = JSON.parse(readFileSync(join(root, d, 'package.json'), 'utf8')) as Record<string, unknown>;
    mkdirSync(join(out, d), { recursive: true });
    writeFileSync(join(out, d, 'package.json'), JSON.stringify({ ...manifest, exports: { './*.ts': './src/*.js', './*': './src/*.js' } }));
    const modules = join(root, d, 'node_modules');
    if (!existsSync(modules)) continue;
    const entries = readdirSync(modules).flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(modules, name)).map((scoped) => `${name}/${scoped}`) : name.startsWith('.') ? [] : [name],
    );
    for (const name of entries) {
      const link = join(out, d, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(names.has(name) ? join(out, names.get(name)!) : realpathSync(join(modules, name)), link);
    }
  }
  const js = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.js') && !entry.parentPath.includes('node_modules'),
  );
  return {
    seconds,
    entry: join(out, 'packages/cli/src/main.js'),
    jsBytes: js.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
    files: js.length,
  };
}

type Variant = { name: string; args: string[]; note: string };

/** Starts one service, returns ms to a 200 from /healthz, RSS after 5 s idle and ms from SIGTERM to exit. */
async function measure(variant: Variant, service: string, env: Record<string, string>): Promise<{ readyMs: number; rss: number; stopMs: number }> {
  const port = await freePort();
  const extra = service === 'publisher' ? { PORT: String(port) } : { FEEDWRIGHT_HEALTH_PORT: String(port) };
  const started = performance.now();
  const child = spawn(process.execPath, [...variant.args, 'start', '--only', service], {
    cwd: root,
    env: { ...process.env, ...env, ...extra, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let readyMs = -1;
  while (performance.now() - started < 60_000) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      readyMs = performance.now() - started;
      break;
    }
    await sleep(10);
  }
  if (readyMs < 0) throw new Error(`${variant.name} ${service}: no 200 from /healthz within 60 s`);
  await sleep(5000);
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  const stopping = performance.now();
  child.kill('SIGTERM');
  await exited;
  return { readyMs, rss, stopMs: performance.now() - stopping };
}

const work = mkdtempSync(join(tmpdir(), 'feedwright-startup-'));
const redis = await startPrivateRedis();
try {
  writeFileSync(
    join(work, 'feedwright.yaml'),
    'http: { allowPrivateNetworks: ["127.0.0.0/8"] }\nsources:\n  - { id: idle, name: Idle, interval: { min: 10m, max: 30m }, discover: [{ feed: "http://127.0.0.1:9/rss.xml" }] }\nfeeds:\n  - { id: idle, title: Idle, sources: [idle] }\n',
  );
  const env = { REDIS_URL: redis.url, FEEDWRIGHT_CONFIG: join(work, 'feedwright.yaml') };

  say('== builds');
  let started = Date.now();
  const esbuild = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'infra/build.ts')], { cwd: root, encoding: 'utf8' });
  if (esbuild.status !== 0) throw new Error(`pnpm build failed: ${esbuild.stderr}`);
  say(
    `esbuild (pnpm build)  ${((Date.now() - started) / 1000).toFixed(1)} s  dist/app ${mib(sizeOf(join(root, 'dist/app')))}: JavaScript ${mib(sizeOf(join(root, 'dist/app/feedwright.mjs')) + sizeOf(join(root, 'dist/app/chunks')))} + @bull-board/ui's static files, nothing else`,
  );
  const tsc = buildTsc(join(work, 'tsc'));
  say(
    `tsc                   ${tsc.seconds.toFixed(1)} s  ${tsc.files} .js files, ${mib(tsc.jsBytes)}, plus the production node_modules (pnpm deploy --prod: see docs/operations.md)`,
  );

  const variants: Variant[] = [
    { name: 'tsx (sources)', args: ['--import', 'tsx', join(root, 'packages/cli/src/main.ts')], note: 'development' },
    { name: 'tsc output', args: [tsc.entry], note: '' },
    { name: 'esbuild bundle', args: [join(root, 'dist/app/feedwright.mjs')], note: 'the image' },
  ];
  say(`\n== per service, median of ${RUNS} (Node ${process.version}): cold start to /healthz 200 · RSS after 5 s idle · SIGTERM to exit`);
  for (const service of ['publisher', 'worker', 'poller']) {
    for (const variant of variants) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(variant, service, { ...env, FEEDWRIGHT_PREFIX: `fwstartup-${service}-${i}` }));
      say(
        `${service.padEnd(10)} ${variant.name.padEnd(15)} ready ${median(runs.map((r) => r.readyMs))
          .toFixed(0)
          .padStart(5)} ms · RSS ${mib(median(runs.map((r) => r.rss))).padStart(9)} · stop ${median(runs.map((r) => r.stopMs))
          .toFixed(0)
          .padStart(4)} ms`,
      );
    }
  }
} finally {
  await redis.stop();
  rmSync(work, { recursive: true, force: true });
}
