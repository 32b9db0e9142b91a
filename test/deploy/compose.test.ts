import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@feedwright/core/config.ts';
import { classifyRoute, routeUrls } from '@feedwright/core/discover-route.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8');

type Service = { command?: string[]; environment?: Record<string, string>; healthcheck?: { test: string[] }; depends_on?: Record<string, { condition: string }>; build?: { dockerfile: string }; volumes?: string[] };

describe('docker-compose.yml (no Docker engine here: validated, and kept identical to what the tests run)', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };

  it('is valid for docker-compose', () => {
    const which = spawnSync('sh', ['-c', 'command -v docker-compose']);
    if (which.status !== 0) throw new Error('docker-compose is not installed (apt-get install docker-compose); .ci/run installs it');
    execFileSync('docker-compose', ['-f', `${root}/docker-compose.yml`, 'config', '-q'], { cwd: root, env: { ...process.env, FEEDWRIGHT_ADMIN_TOKEN: 'x' } });
  });

  it('runs each service with the same entry point and `start --only` the tests use', () => {
    for (const name of ['poller', 'worker', 'publisher']) {
      const service = compose.services[name]!;
      expect(service.command).toEqual(['start', '--only', name]);
      expect(service.build?.dockerfile).toBe('infra/Dockerfile');
      expect(service.depends_on?.redis?.condition).toBe('service_healthy');
      // Each container's healthcheck asks the process itself (the publisher's port, or the health port).
      const probe = service.healthcheck?.test.join(' ') ?? '';
      if (name === 'publisher') expect(probe).toContain('http://127.0.0.1:8080/healthz');
      else {
        expect(service.environment?.FEEDWRIGHT_HEALTH_PORT).toBe('8081');
        expect(probe).toContain('http://127.0.0.1:8081/healthz');
      }
      expect(service.volumes).toContain('./feedwright.yaml:/etc/feedwright/feedwright.yaml:ro');
    }
    const dockerfile = read('infra/Dockerfile');
    const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string>; packageManager: string };
    expect(dockerfile).toContain('ENTRYPOINT ["/usr/bin/tini", "--", "node", "--import", "tsx", "packages/cli/src/main.ts"]');
    expect(packageJson.scripts.start).toBe('tsx packages/cli/src/main.ts start');
    expect(dockerfile).toContain(`pnpm@${packageJson.packageManager.split('@')[1]}`);
    expect(dockerfile).toContain('pnpm install --frozen-lockfile');
  });

  it('copies every workspace package.json into the image before `pnpm install --frozen-lockfile`', () => {
    // A package missing here makes the lockfile disagree with the workspace and the image build fail.
    const dockerfile = read('infra/Dockerfile');
    const workspace = parse(read('pnpm-workspace.yaml')) as { packages: string[] };
    const dirs = workspace.packages.flatMap((pattern) =>
      pattern.endsWith('/*') ? readdirSync(`${root}/${pattern.slice(0, -2)}`).map((name) => `${pattern.slice(0, -2)}/${name}`) : [pattern],
    );
    const packages = dirs.filter((dir) => existsSync(`${root}/${dir}/package.json`));
    expect(packages.length).toBeGreaterThan(10);
    for (const dir of packages) expect(dockerfile, `${dir}/package.json is copied`).toContain(`COPY ${dir}/package.json ${dir}/`);
  });

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
    expect(routes).toEqual(expect.arrayContaining(['https://feeds.bbci.co.uk/zhongwen/simp/rss.xml', 'https://feeds.bbci.co.uk/zhongwen/trad/rss.xml', 'https://www.bbc.com/zhongwen/simp', 'https://www.bbc.com/zhongwen/trad']));
    expect(config.http.allowPrivateNetworks).toBe(false);
  });
});
