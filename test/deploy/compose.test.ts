import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@feedwright/core/config.ts';
import { classifyRoute, routeUrls } from '@feedwright/core/discover-route.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '../support/free-port.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8');

type Service = {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  build?: { dockerfile: string };
  volumes?: string[];
};

describe('docker-compose.yml (no Docker engine here: validated, and kept identical to what the tests run)', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };

  it('is valid for docker-compose', () => {
    const which = spawnSync('sh', ['-c', 'command -v docker-compose']);
    if (which.status !== 0) throw new Error('docker-compose is not installed (apt-get install docker-compose); .ci/run installs it');
    execFileSync('docker-compose', ['-f', `${root}/docker-compose.yml`, 'config', '-q'], { cwd: root, env: { ...process.env, FEEDWRIGHT_ADMIN_TOKEN: 'x' } });
  });

  it('docker-compose.demo.yml: valid with docker-compose.yml, the fixtures from their own stage, the services on infra/demo/feedwright.yaml', () => {
    execFileSync('docker-compose', ['-f', `${root}/docker-compose.yml`, '-f', `${root}/docker-compose.demo.yml`, 'config', '-q'], { cwd: root });
    const demo = parse(read('docker-compose.demo.yml'), { merge: true }) as {
      services: Record<string, Service & { command?: string[]; build?: { target?: string } }>;
    };
    for (const name of ['newsroom', 'receiver']) expect(demo.services[name]?.build?.target).toBe('fixtures');
    for (const name of ['poller', 'worker', 'publisher']) {
      expect(demo.services[name]?.environment?.FEEDWRIGHT_CONFIG).toBe('/etc/feedwright/demo.yaml');
      expect(demo.services[name]?.volumes).toContain('./infra/demo/feedwright.yaml:/etc/feedwright/demo.yaml:ro');
    }
    const config = loadConfig(`${root}/infra/demo/feedwright.yaml`);
    expect(config.sources.flatMap((s) => s.discover.flatMap((route) => routeUrls(classifyRoute(route))))).toContain(
      'http://newsroom:8090/zhongwen/simp/rss.xml',
    );
    expect(config.feeds.map((f) => f.id)).toEqual(['newsroom']);
    // The receiver verifies with the secret the config signs with.
    const receiver = demo.services.receiver!.command!;
    expect(receiver[receiver.indexOf('--secret') + 1]).toBe(config.webhooks[0]?.secret);
    expect(demo.services.newsroom!.command).toEqual(expect.arrayContaining(['--origin', 'http://newsroom:8090']));
  });

  it('runs each service from the image built by infra/Dockerfile with `start --only`, and checks health the way each needs', () => {
    for (const name of ['poller', 'worker', 'publisher']) {
      const service = compose.services[name]!;
      expect(service.command).toEqual(['start', '--only', name]);
      expect(service.build?.dockerfile).toBe('infra/Dockerfile');
      expect(service.depends_on?.redis?.condition).toBe('service_healthy');
      // Each container's healthcheck asks the process itself: the publisher its /healthz (it serves feeds
      // with workers scaled to zero), workers and pollers their /readyz (unhealthy while their Redis is gone).
      const probe = service.healthcheck?.test.join(' ') ?? '';
      if (name === 'publisher') expect(probe).toContain("/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz ");
      else {
        expect(service.environment?.FEEDWRIGHT_HEALTH_PORT).toBe('8081');
        expect(probe).toContain("/dev/tcp/127.0.0.1/8081 && printf 'GET /readyz ");
      }
      expect(service.volumes).toContain('./feedwright.yaml:/etc/feedwright/feedwright.yaml:ro');
    }
  });

  it('healthchecks (bash speaking HTTP/1.0, no node process) pass on a 200 from their path and fail on a 503, a 404 or a closed port', async () => {
    const demo = parse(read('docker-compose.demo.yml'), { merge: true }) as { services: Record<string, Service> };
    const probes = [...['publisher', 'worker', 'poller'].map((name) => compose.services[name]!), demo.services.newsroom!].map((s) => s.healthcheck!.test);
    let status = 200;
    const asked: string[] = [];
    const server = createServer((request, response) => {
      asked.push(request.url ?? '');
      response.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // The container's port, here the test server's; the probe runs as `CMD bash -c <script>`.
    const run = (test: string[], at = port) =>
      new Promise<number | null>((resolve) => {
        expect(test.slice(0, 3)).toEqual(['CMD', 'bash', '-c']);
        const child = spawn('bash', ['-c', test[3]!.replace(/\/dev\/tcp\/127\.0\.0\.1\/\d+/, `/dev/tcp/127.0.0.1/${at}`)], { stdio: 'ignore' });
        child.on('exit', resolve);
      });
    try {
      for (const test of probes) {
        status = 200;
        expect(await run(test)).toBe(0);
        for (status of [503, 404]) expect(await run(test)).not.toBe(0);
      }
      expect(asked).toEqual(['/healthz', '/readyz', '/readyz', '/zhongwen/simp'].flatMap((path) => [path, path, path]));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(await run(probes[0]!, await freePort())).not.toBe(0);
  });

  it('builds with pnpm from the lockfile alone and ships only the compiled bundle, on Node 24, as a non-root user', () => {
    const dockerfile = read('infra/Dockerfile');
    const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string>; packageManager: string };
    const stages = dockerfile.split(/^FROM /m).slice(1);
    const stage = (name: string) => stages.find((text) => text.split('\n')[0]!.endsWith(` AS ${name}`)) ?? '';
    expect(stages.map((text) => text.split('\n')[0])).toEqual([
      'node:24-bookworm-slim AS build',
      'node:24-bookworm-slim AS fixtures',
      'node:24-bookworm-slim AS runtime',
    ]);
    // No list of workspace packages to keep in step: `pnpm fetch` needs only the lockfile, the rest comes with COPY . .
    expect(stage('build')).toContain(`npm install -g pnpm@${packageJson.packageManager.split('@')[1]}`);
    expect(stage('build')).toMatch(
      /COPY pnpm-lock\.yaml pnpm-workspace\.yaml \.\/\nRUN pnpm fetch\nCOPY \. \.\nRUN pnpm install --offline --frozen-lockfile && pnpm build/,
    );
    expect(stage('build')).not.toMatch(/COPY (packages|services|test)\//);
    // The runtime stage: the bundle only, run by plain node under tini, as the node user.
    const runtime = stage('runtime');
    expect(runtime).toContain('COPY --from=build /src/dist/app/ /app/');
    expect(runtime).not.toMatch(/COPY \. |pnpm|tsx|node_modules\/\.pnpm/);
    expect(runtime).toContain('ENTRYPOINT ["/usr/bin/tini", "--", "node", "/app/feedwright.mjs"]');
    expect(runtime).toMatch(/^USER node$/m);
    expect(packageJson.scripts.build).toBe('tsx infra/build.ts');
    expect(read('infra/build.ts')).toContain("feedwright: 'packages/cli/src/main.ts'");
  });

  it('the production bundle runs with plain node and nothing but its own folder (no workspace, no node_modules)', () => {
    const out = mkdtempSync(join(tmpdir(), 'feedwright-build-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'infra/build.ts', '--out', out], { cwd: root, stdio: 'pipe' });
      const app = join(out, 'app');
      expect(readdirSync(app).sort()).toEqual(['chunks', 'feedwright.mjs', 'node_modules']);
      expect(readdirSync(join(app, 'node_modules/@bull-board'))).toEqual(['ui']);
      // Run from a folder with no node_modules above it: every import is inside the bundle.
      const check = spawnSync(process.execPath, [join(app, 'feedwright.mjs'), 'config', 'check', `${root}/feedwright.yaml`], { cwd: out, encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.stdout).toContain('feedwright.yaml: ok');
      expect(check.status).toBe(0);
      // The fixture newsroom stays out of the production bundle.
      const demo = spawnSync(process.execPath, [join(app, 'feedwright.mjs'), 'demo'], { cwd: out, encoding: 'utf8' });
      expect(demo.stderr).toContain('error DEMO_UNAVAILABLE');
      expect(demo.status).toBe(1);
      for (const chunk of readdirSync(join(app, 'chunks'))) expect(readFileSync(join(app, 'chunks', chunk), 'utf8')).not.toContain('renderFrontPage');
      // No keepNames wrappers: `__name()` around every class and closure made extraction 1.5× slower on Node 24 (infra/esbuild-options.ts).
      for (const file of ['feedwright.mjs', ...readdirSync(join(app, 'chunks')).map((chunk) => join('chunks', chunk))]) {
        expect(readFileSync(join(app, file), 'utf8')).not.toMatch(/\b__name\(/);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives Redis AOF persistence, noeviction and a healthcheck', () => {
    const redis = compose.services.redis!;
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    const conf = read('infra/redis.conf');
    expect(conf).toMatch(/^appendonly yes$/m);
    expect(conf).toMatch(/^maxmemory-policy noeviction$/m);
  });

  it('mounts a feedwright.yaml that validates and polls BBC News 中文 (Simplified and Traditional)', () => {
    const config = loadConfig(`${root}/feedwright.yaml`);
    const routes = config.sources.flatMap((s) => s.discover.flatMap((route) => routeUrls(classifyRoute(route))));
    expect(routes).toEqual(
      expect.arrayContaining([
        'https://feeds.bbci.co.uk/zhongwen/simp/rss.xml',
        'https://feeds.bbci.co.uk/zhongwen/trad/rss.xml',
        'https://www.bbc.com/zhongwen/simp',
        'https://www.bbc.com/zhongwen/trad',
      ]),
    );
    expect(config.http.allowPrivateNetworks).toBe(false);
  });
});
