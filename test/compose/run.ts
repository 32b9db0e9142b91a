/**
 * `pnpm test:compose`: the compose stack end to end on a real Docker engine (not part of `pnpm check`:
 * it builds images and changes the host's networking; on a machine without an engine run
 * `bash ../shared/tools/docker-engine.sh` with NODE_TAG=node:24-bookworm-slim first).
 *
 * Brings up docker-compose.yml + docker-compose.demo.yml (the fixture newsroom, a webhook receiver),
 * checks the production image (non-root, Node 24, no dev dependency), waits for stories in the Atom
 * feed and a webhook whose Standard Webhooks signature the receiver verified, scales to 3 workers,
 * SIGKILLs one while fetch jobs run and checks that every story published is in the feed exactly once
 * and was delivered; then that a worker cut off from Redis reports unhealthy while its process lives,
 * that SIGTERM stops a service cleanly, and finally `down -v`. Prints what it measured.
 *
 *   pnpm test:compose [--keep]    (--keep leaves the stack running for a look)
 */
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { freePort } from '../support/free-port.ts';

const execFile = promisify(execFileCallback);
const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const root = fileURLToPath(new URL('../..', import.meta.url));
const project = `fwcompose${randomBytes(2).toString('hex')}`;
const started = Date.now();
const say = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  say(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const httpPort = await freePort();
const newsroomPort = await freePort();
const env = {
  ...process.env,
  FEEDWRIGHT_HTTP_PORT: String(httpPort),
  NEWSROOM_PORT: String(newsroomPort),
  NEWSROOM_EVERY: '2s',
  FEEDWRIGHT_ADMIN_TOKEN: randomBytes(12).toString('hex'),
  FEEDWRIGHT_PUBLIC_URL: `http://localhost:${httpPort}`,
};
const composeArgs = ['-p', project, '-f', 'docker-compose.yml', '-f', 'docker-compose.demo.yml'];
const publisher = `http://127.0.0.1:${httpPort}`;
const newsroom = `http://127.0.0.1:${newsroomPort}`;

/** Runs docker-compose for this project; returns stdout. */
function compose(...args: string[]): string {
  return execFileSync('docker-compose', [...composeArgs, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Runs docker; returns stdout. */
async function docker(...args: string[]): Promise<string> {
  return (await execFile('docker', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Polls `probe` until it returns a value other than undefined; throws after `timeoutMs`. */
async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(500);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

/**
 * An HTTP request with a deadline. Node 20's fetch can leave a connection that docker-proxy resets
 * (a container not listening yet) unsettled with nothing keeping the process alive: this timer does.
 */
async function http(url: string, init: RequestInit = {}): Promise<{ ok: boolean; status: number; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer from ${url} within 10 s`)), 10_000);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    return { ok: response.ok, status: response.status, text: await response.text() };
  } finally {
    clearTimeout(timer);
  }
}

type FeedItem = { id: string; url: string; title: string };
const feedItems = async (): Promise<FeedItem[]> =>
  (JSON.parse((await http(`${publisher}/feeds/newsroom.json?limit=1000`)).text) as { items: FeedItem[] }).items;
const stories = async (): Promise<Array<{ id: string; publishedAt: string }>> =>
  JSON.parse((await http(`${newsroom}/_newsroom/stories`)).text) as Array<{ id: string; publishedAt: string }>;
/** The demo config's retention.maxAge (the default): a story published before it is never stored or announced. */
const MAX_AGE_MS = 30 * 86_400_000;
type Delivery = { verified: boolean; webhookId?: string; type?: string; articleId?: string; url?: string };
const deliveries = (): Delivery[] =>
  compose('logs', '--no-color', 'receiver')
    .split('\n')
    .map((line) => line.slice(line.indexOf('|') + 1).trim())
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Delivery);
const containers = (service: string) => compose('ps', '-q', service).split('\n').filter(Boolean);
/** The running containers of a service (`ps -q` also lists exited ones, such as a SIGKILLed worker). */
async function running(service: string): Promise<string[]> {
  const ids = containers(service);
  const states = await Promise.all(ids.map(async (id) => (await docker('inspect', '-f', '{{.State.Running}}', id)).trim()));
  return ids.filter((_, i) => states[i] === 'true');
}
/** RSS of the node process in a container (tini is PID 1), from `docker top`. */
async function nodeRss(container: string): Promise<number> {
  const top = await docker('top', container, '-eo', 'pid,rss,args');
  const line = top.split('\n').find((l) => / node \/app\/feedwright\.mjs/.test(l) && !l.includes('tini'));
  return Number(line?.trim().split(/\s+/)[1] ?? 0) * 1024;
}
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const healthy = async (container: string) => (await docker('inspect', '-f', '{{.State.Health.Status}}', container)).trim() === 'healthy';
/** Runs a container's healthcheck-style probe of `url` inside it; true when it answers 2xx. */
async function probeInside(container: string, url: string): Promise<boolean> {
  try {
    await docker('exec', container, 'node', '-e', `fetch('${url}').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`);
    return true;
  } catch {
    return false;
  }
}

try {
  execFileSync('docker', ['info'], { stdio: 'ignore' });
} catch {
  process.stderr.write(
    'No Docker engine answers: run `NODE_TAG=node:24-bookworm-slim bash ../shared/tools/docker-engine.sh` first (see docs/operations.md).\n',
  );
  process.exit(2);
}

try {
  say(`project ${project}: publisher on ${publisher}, newsroom on ${newsroom}`);
  let t = Date.now();
  compose('build');
  say(`images built in ${((Date.now() - t) / 1000).toFixed(0)} s`);

  // The production image: non-root, Node 24, the bundle and nothing from development.
  const size = Number((await docker('image', 'inspect', '-f', '{{.Size}}', 'feedwright:local')).trim());
  const base = Number((await docker('image', 'inspect', '-f', '{{.Size}}', 'node:24-bookworm-slim')).trim());
  say(`feedwright:local ${mib(size)} (node:24-bookworm-slim base ${mib(base)}, Feedwright's layers ${mib(size - base)})`);
  check((await docker('image', 'inspect', '-f', '{{.Config.User}}', 'feedwright:local')).trim() === 'node', 'the image runs as the non-root user node');
  const inside = await docker(
    'run',
    '--rm',
    '--entrypoint',
    'sh',
    'feedwright:local',
    '-c',
    'node --version; id -u; ls -d /app/node_modules/*/*; find / -xdev \\( -name node_modules -o -name "*.ts" -o -name tsx -o -name pnpm -o -name typescript -o -name vitest -o -name jsdom -o -name playwright-core \\) -not -path "/proc/*" -not -path "/usr/local/lib/node_modules/npm/*" 2>/dev/null | sort',
  );
  const [nodeVersion, uid, ...found] = inside.trim().split('\n');
  check(/^v24\./.test(nodeVersion ?? ''), `Node ${nodeVersion} in the image`);
  check(uid === '1000', 'uid 1000 inside the container');
  // Besides the bundle: @bull-board/ui's static files, and the base image's own npm.
  const expected = ['/app/node_modules/@bull-board/ui', '/app/node_modules', '/usr/local/lib/node_modules'];
  check(found.join(' ') === expected.join(' '), `no dev dependency, TypeScript source, tsx or pnpm in the image (found: ${found.join(' ')})`);

  t = Date.now();
  compose('up', '-d');
  const readyMs = await waitFor('the publisher /healthz', 120_000, async () => ((await http(`${publisher}/healthz`)).ok ? Date.now() - t : undefined));
  say(`publisher answers /healthz ${(readyMs / 1000).toFixed(1)} s after \`up -d\` (Redis healthy and newsroom healthy first)`);
  const first = await waitFor('3 stories in /feeds/newsroom.atom', 120_000, async () => {
    const atom = (await http(`${publisher}/feeds/newsroom.atom`)).text;
    const entries = atom.match(/<entry>/g)?.length ?? 0;
    return entries >= 3 ? entries : undefined;
  });
  check(first >= 3, `${first} stories in ${publisher}/feeds/newsroom.atom ${((Date.now() - t) / 1000).toFixed(0)} s after up`);
  const signed = await waitFor('a verified webhook at the receiver', 60_000, async () => {
    const verified = deliveries().filter((d) => d.verified);
    return verified.length > 0 ? verified : undefined;
  });
  check(
    signed[0]?.type === 'article.created',
    `signed webhook delivered inside the stack and verified (${signed[0]?.webhookId} ${signed[0]?.type} ${signed[0]?.url})`,
  );

  for (const service of ['publisher', 'worker', 'poller']) {
    const [container] = containers(service);
    await waitFor(`${service} healthy`, 60_000, async () => ((await healthy(container!)) ? true : undefined));
    // Cold start: from the container's start to the process's "feedwright started" log line.
    const startedAt = Date.parse((await docker('inspect', '-f', '{{.State.StartedAt}}', container!)).trim());
    const logs = (await execFile('docker', ['logs', container!], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
    const ready = logs.split('\n').find((line) => line.includes('"msg":"feedwright started"'));
    const readyAt = ready ? (JSON.parse(ready) as { time: number }).time : NaN;
    say(
      `${service}: healthy; container start → "feedwright started" ${((readyAt - startedAt) / 1000).toFixed(2)} s; node RSS ${mib(await nodeRss(container!))} after ${((Date.now() - readyAt) / 1000).toFixed(0)} s`,
    );
  }

  // Three workers, a burst of stories, and one worker SIGKILLed while fetch jobs run.
  compose('up', '-d', '--no-recreate', '--scale', 'worker=3');
  // Generous: a loaded machine (load 12+ on 2 cores) took over 90 s, each healthcheck being a fresh node process.
  const workers = await waitFor('3 healthy workers', 240_000, async () => {
    const ids = containers('worker');
    return ids.length === 3 && (await Promise.all(ids.map(healthy))).every(Boolean) ? ids : undefined;
  }).catch(async (error: unknown) => {
    const states = await Promise.all(containers('worker').map((id) => docker('inspect', '-f', '{{.State.Health.Status}}', id)));
    throw new Error(`${(error as Error).message} (worker health: ${states.map((s) => s.trim()).join(', ')})`);
  });
  say(`scaled to ${workers.length} workers, all healthy`);
  for (let i = 0; i < 12; i++) await http(`${newsroom}/_newsroom/publish`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  const active = await waitFor('fetch jobs in flight', 30_000, async () => {
    const metrics = (await http(`${publisher}/metrics`)).text;
    const line = metrics.split('\n').find((l) => l.startsWith('feedwright_queue_jobs{') && l.includes('queue="fetch"') && l.includes('state="active"'));
    const n = Number(line?.split(' ').pop() ?? 0);
    return n > 0 ? n : undefined;
  }).catch(() => 0);
  const victim = workers[Math.floor(Math.random() * workers.length)]!;
  await docker('kill', '-s', 'KILL', victim);
  say(`SIGKILLed worker ${victim.slice(0, 12)} with ${active} fetch job(s) active`);

  // Everything the newsroom has published by now must reach the feed exactly once, and be delivered.
  await sleep(4000);
  const all = await stories();
  // The seed story is a real page of 2026-02-05: past maxAge, it is fetched once but never stored or announced.
  const expired = all.filter((s) => Date.parse(s.publishedAt) < Date.now() - MAX_AGE_MS).map((s) => s.id);
  const published = all.map((s) => s.id).filter((id) => !expired.includes(id));
  say(
    `newsroom has published ${all.length} stories, ${expired.length} of them before retention's maxAge (${expired.join(', ') || 'none'}); waiting for the other ${published.length} (a stalled job is handed over after ~30 s)`,
  );
  const final = await waitFor('every published story in the feed', 180_000, async () => {
    const items = await feedItems();
    return published.every((id) => items.some((item) => item.url.includes(`/articles/${id}/`))) ? items : undefined;
  }).catch(async () => feedItems());
  const missing = published.filter((id) => !final.some((item) => item.url.includes(`/articles/${id}/`)));
  const urls = final.map((item) => item.url);
  const duplicateUrls = urls.filter((url, i) => urls.indexOf(url) !== i);
  const ids = final.map((item) => item.id);
  check(missing.length === 0, `no story missing from the feed (${published.length} published, missing: ${missing.join(', ') || 'none'})`);
  const servedExpired = expired.filter((id) => final.some((item) => item.url.includes(`/articles/${id}/`)));
  check(servedExpired.length === 0, `no story past maxAge in the feed (${expired.length} past maxAge, served: ${servedExpired.join(', ') || 'none'})`);
  check(
    duplicateUrls.length === 0 && new Set(ids).size === ids.length,
    `no duplicate story in the feed (${final.length} entries, duplicates: ${duplicateUrls.join(', ') || 'none'})`,
  );
  const delivered = await waitFor('a webhook for every story', 60_000, async () => {
    const verified = deliveries().filter((d) => d.verified && d.type === 'article.created');
    return published.every((id) => verified.some((d) => d.url?.includes(`/articles/${id}/`))) ? verified : undefined;
  }).catch(() => deliveries().filter((d) => d.verified && d.type === 'article.created'));
  const undelivered = published.filter((id) => !delivered.some((d) => d.url?.includes(`/articles/${id}/`)));
  const articlesPerUrl = new Map<string, Set<string>>();
  for (const d of delivered) articlesPerUrl.set(d.url ?? '', (articlesPerUrl.get(d.url ?? '') ?? new Set()).add(d.articleId ?? ''));
  check(
    undelivered.length === 0,
    `an article.created webhook for every story (${new Set(delivered.map((d) => d.webhookId)).size} distinct webhook ids; undelivered: ${undelivered.join(', ') || 'none'})`,
  );
  const announcedExpired = expired.filter((id) => deliveries().some((d) => d.url?.includes(`/articles/${id}/`)));
  check(announcedExpired.length === 0, `no webhook for a story past maxAge (announced: ${announcedExpired.join(', ') || 'none'})`);
  check(
    [...articlesPerUrl.values()].every((set) => set.size === 1),
    'one article id per story URL across all deliveries',
  );
  check(
    deliveries().every((d) => d.verified),
    'every delivery carried a valid Standard Webhooks signature',
  );

  // A worker whose Redis is gone: the process answers /healthz, /readyz (its healthcheck) says 503.
  // A live worker: the SIGKILLed one is exited (its restart policy does not bring back a killed container).
  const [worker] = await running('worker');
  compose('pause', 'redis');
  const live = await probeInside(worker!, 'http://127.0.0.1:8081/healthz');
  const ready = await probeInside(worker!, 'http://127.0.0.1:8081/readyz');
  compose('unpause', 'redis');
  check(live && !ready, `Redis paused: worker /healthz ${live ? 200 : 'fails'}, /readyz (its compose healthcheck) ${ready ? 200 : '503'}`);
  check(
    await waitFor('worker /readyz after unpause', 30_000, async () => ((await probeInside(worker!, 'http://127.0.0.1:8081/readyz')) ? true : undefined)),
    'Redis back: worker /readyz 200 again',
  );

  // SIGTERM (docker stop) through tini: each service drains and exits 0 well within the grace period.
  for (const service of ['poller', 'worker', 'publisher']) {
    const [container] = await running(service);
    t = Date.now();
    await docker('stop', '-t', '30', container!);
    const stoppedMs = Date.now() - t;
    const exitCode = (await docker('inspect', '-f', '{{.State.ExitCode}}', container!)).trim();
    const logs = (await execFile('docker', ['logs', '--tail', '20', container!], { encoding: 'utf8' })).stdout;
    check(
      exitCode === '0' && logs.includes('stopped cleanly'),
      `${service}: SIGTERM → "stopped cleanly", exit ${exitCode} in ${(stoppedMs / 1000).toFixed(1)} s`,
    );
  }
} catch (error) {
  failures.push((error as Error).message);
  say(`FAIL ${(error as Error).message}`);
  try {
    say(`last logs:\n${compose('logs', '--no-color', '--tail', '5')}`);
  } catch {
    // the stack may not exist
  }
} finally {
  if (values.keep) say(`--keep: the stack runs on; stop it with docker-compose -p ${project} -f docker-compose.yml -f docker-compose.demo.yml down -v`);
  else {
    compose('down', '-v', '--remove-orphans');
    say('down -v: containers, network and volumes removed');
  }
}
say(failures.length === 0 ? 'test:compose passed' : `test:compose FAILED: ${failures.length} check(s)`);
process.exitCode = failures.length === 0 ? 0 : 1;
