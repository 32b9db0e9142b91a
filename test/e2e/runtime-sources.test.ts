import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServices, type RunningServices } from '@feedwright/cli/start-services.ts';
import { parseConfig } from '@feedwright/core/config.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { openTestRedis, TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { parseOpml } from 'feedsmith';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { adminApi, testRuntimeEnv } from '../support/publisher-harness.ts';
import { runFeedwright as runCli } from '../support/run-cli.ts';
import { startSmallSite, type SmallSite } from '../support/small-site.ts';
import { waitFor } from '../support/webhook-receiver.ts';

const TOKEN = 'runtime-sources-token';
const YAML = `# no sources yet: they are added while Feedwright runs
http:
  allowPrivateNetworks: ["127.0.0.0/8"]
  perHost: { concurrency: 2, perMinute: 6000 }
sources: []
`;

describe('sources added while Feedwright runs', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let site: SmallSite;
  let services: RunningServices | null = null;
  let env: RuntimeEnv;
  let base: string;
  let configPath: string;

  const start = async () => {
    services = await startServices(parseConfig(YAML), env, pino({ level: process.env.E2E_LOG_LEVEL ?? 'silent' }));
  };
  const api = (method: string, path: string, body?: unknown) => adminApi(base, TOKEN)(method, path, body);
  const feedItems = async (id: string) => {
    const response = await fetch(`${base}/feeds/${id}.json`);
    return response.ok ? ((await response.json()) as { items: Array<{ url: string; title: string }> }).items : [];
  };

  beforeAll(async () => {
    redisCtx = await openTestRedis('runtime-sources');
    site = await startSmallSite('listing');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = testRuntimeEnv(redisCtx.prefix, port, TOKEN);
    configPath = join(mkdtempSync(join(tmpdir(), 'feedwright-runtime-')), 'feedwright.yaml');
    writeFileSync(configPath, YAML);
    await start();
  }, 30_000);

  afterAll(async () => {
    await services?.close();
    await site?.close();
    await redisCtx?.cleanup();
  });

  it('a running start with no sources gets one through POST /api/sources, and its own feed fills within one poll', async () => {
    expect((await api('GET', '/api/sources')).json.sources).toEqual([]);
    const before = site.requests('/latest');
    const created = await api('POST', '/api/sources', { site: site.url, id: 'bulletin', interval: { min: '10m', max: '30m' } });
    expect(created.status).toBe(201);
    expect(created.json.source).toMatchObject({
      id: 'bulletin',
      origin: 'api',
      name: 'The Valley Bulletin',
      language: 'en',
      feed: { atom: `${base}/feeds/bulletin.atom` },
    });
    expect(created.json.source.discover).toEqual([{ listing: `${site.origin}/latest`, pattern: expect.stringContaining('/stories/') }]);
    expect(created.json.inspection.stories.length).toBeGreaterThanOrEqual(3);

    await waitFor(async () => (await feedItems('bulletin')).length === site.stories.length, 'the new source’s feed to fill', 20_000);
    // One poll: the listing page was read once by the inspection and once by the poller, no more (interval 10 min).
    // Counted from before the POST: the poll the new source starts may run before the API has answered.
    expect(site.requests('/latest')).toBe(before + 2);
    expect((await feedItems('bulletin')).map((i) => i.title).sort()).toEqual(site.stories.map((s) => s.title).sort());

    const listed = (await api('GET', '/api/sources')).json.sources;
    expect(listed.map((s: { id: string; origin: string }) => [s.id, s.origin])).toEqual([['bulletin', 'api']]);
    const opml = parseOpml(await (await fetch(`${base}/feeds.opml`)).text());
    expect(opml.body?.outlines?.map((o) => o.xmlUrl)).toEqual([`${base}/feeds/bulletin.atom`]);
  }, 40_000);

  it('keeps the source across a restart, and config export prints it as YAML that config check accepts', async () => {
    await services!.close();
    services = null;
    await start();
    const listed = (await api('GET', '/api/sources')).json.sources;
    expect(listed.map((s: { id: string }) => s.id)).toEqual(['bulletin']);
    expect((await feedItems('bulletin')).length).toBe(site.stories.length);

    const exported = await runCli(['config', 'export', configPath], { FEEDWRIGHT_PREFIX: redisCtx.prefix, REDIS_URL: TEST_REDIS_URL });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('# no sources yet: they are added while Feedwright runs');
    const file = `${configPath}.exported.yaml`;
    writeFileSync(file, exported.stdout);
    expect(parseConfig(exported.stdout).sources.map((s) => s.id)).toEqual(['bulletin']);
    const check = await runCli(['config', 'check', file], {});
    expect(check.code).toBe(0);
  }, 40_000);

  it('PATCH changes the source at once; after DELETE the site receives no more requests', async () => {
    const patched = await api('PATCH', '/api/sources/bulletin', { interval: { min: '1s', max: '1s' } });
    expect(patched.status).toBe(200);
    expect(patched.json.interval).toEqual({ min: 1000, max: 1000 });
    // Polled every second now (the scheduler was recreated with the new interval).
    const before = site.requests('/latest');
    await waitFor(() => site.requests('/latest') >= before + 2, 'polls at the new interval', 15_000);

    expect((await api('DELETE', '/api/sources/bulletin')).status).toBe(204);
    expect((await api('GET', '/api/sources')).json.sources).toEqual([]);
    expect((await api('DELETE', '/api/sources/bulletin')).status).toBe(404);
    // A poll already running when DELETE arrived may finish; after that, silence.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const settled = site.requests();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(site.requests()).toBe(settled);
    expect((await fetch(`${base}/feeds/bulletin.atom`)).status).toBe(404);
  }, 40_000);
});
