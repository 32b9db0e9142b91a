import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFeedwright as feedwright } from '../support/run-cli.ts';
import { startSmallSite, type SmallSite } from '../support/small-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'feedwright-add-'));

/** A config with loopback allowed (the sites run on 127.0.0.1) and a comment that must survive --write. */
function configFile(name: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    '# lab config: keep this comment\nhttp:\n  allowPrivateNetworks: ["127.0.0.0/8"] # loopback sites\n  perHost: { concurrency: 2, perMinute: 600 }\nsources: []\n',
  );
  return file;
}

describe('feedwright add', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let newsroom: Newsroom;
  let gazette: SmallSite;
  let bulletin: SmallSite;
  let archive: SmallSite;
  let env: Record<string, string>;
  let gazetteSeen = 0;
  const gazetteRequestsBefore = () => gazetteSeen;

  beforeAll(async () => {
    redisCtx = await openTestRedis('add');
    newsroom = await startNewsroom({ seed: true });
    for (let i = 0; i < 4; i++) newsroom.publish();
    gazette = await startSmallSite('feed');
    bulletin = await startSmallSite('listing');
    archive = await startSmallSite('sitemap', { name: 'The Archive Post' });
    env = { FEEDWRIGHT_PREFIX: redisCtx.prefix, LOG_LEVEL: 'warn' };
  });

  afterAll(async () => {
    await newsroom?.close();
    await gazette?.close();
    await bulletin?.close();
    await archive?.close();
    await redisCtx?.cleanup();
  });

  it('inspects the fixture newsroom: its feed, a preview of the newest stories, and a stanza that config check accepts', async () => {
    const file = configFile('newsroom.yaml');
    const run = await feedwright(['add', newsroom.frontUrl, '--id', 'newsroom', '--write', file], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`✓ feed ${newsroom.feedUrl.replace(/[.?]/g, '\\$&')} — 5 stories, 5 dated`));
    const newest = newsroom.stories().slice(0, 3);
    for (const story of newest) expect(run.stdout).toContain(story.title);
    expect(run.stdout).toContain('- id: newsroom');
    expect(run.stdout).toContain(`Added source "newsroom" to ${file}`);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('# lab config: keep this comment');
    expect(written).toContain('# loopback sites');
    const check = await feedwright(['config', 'check', file], env);
    expect(check.stdout).toContain('ok (1 source(s)');
    expect(check.code).toBe(0);
    // Politely: robots.txt was read before anything else.
    expect(newsroom.requests.log[0]?.path).toBe('/robots.txt');
  }, 60_000);

  it('finds a feed advertised only in <link rel=alternate> on a site it has never seen', async () => {
    const file = configFile('gazette.yaml');
    const run = await feedwright(['add', gazette.url, '--write', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ feed ${gazette.origin}/atom.xml — 6 stories, 6 dated`);
    for (const story of gazette.stories.slice(0, 3)) {
      expect(run.stdout).toContain(story.title);
      expect(run.stdout).toContain(`by ${story.author}`);
      expect(run.stdout).toContain(story.firstSentence);
    }
    expect(run.stdout).toContain(`image ${gazette.origin}/images/0.jpg`);
    expect(run.stdout).toContain('- id: 127-0-0-1');
    expect((await feedwright(['config', 'check', file], env)).code).toBe(0);
    gazetteSeen = gazette.requests();
  }, 60_000);

  it('finds stories reachable only from a listing page and infers their link pattern', async () => {
    const file = configFile('bulletin.yaml');
    const run = await feedwright(['add', bulletin.url, '--id', 'bulletin', '--write', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ listing ${bulletin.origin}/latest — 6 stories, 6 dated`);
    expect(run.stdout).toContain('pattern ^https?://127\\.0\\.0\\.1:');
    for (const story of bulletin.stories.slice(0, 3)) {
      expect(run.stdout).toContain(story.title);
      expect(run.stdout).toContain(story.firstSentence);
    }
    const check = await feedwright(['config', 'check', file], env);
    expect(check.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`listing: ${bulletin.origin}/latest`);
  }, 60_000);

  it('reads a gzipped sitemap index and its gzipped child (.xml.gz served as application/gzip) named by robots.txt', async () => {
    const file = configFile('archive.yaml');
    const run = await feedwright(['add', archive.url, '--id', 'archive', '--write', file], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ sitemap ${archive.origin}/sitemap_index.xml.gz — 6 stories, 6 dated`);
    for (const story of archive.stories.slice(0, 3)) expect(run.stdout).toContain(story.title);
    expect(archive.requests('/sitemaps/stories.xml.gz')).toBe(1);
    expect((await feedwright(['config', 'check', file], env)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`sitemap: ${archive.origin}/sitemap_index.xml.gz`);
  }, 60_000);

  it('ends with REDIS_UNAVAILABLE and exit 1 when Redis (the shared politeness budget) does not answer', async () => {
    const run = await feedwright(['add', gazette.url], { ...env, REDIS_URL: 'redis://127.0.0.1:1', FEEDWRIGHT_CONFIG: configFile('no-redis.yaml') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error REDIS_UNAVAILABLE');
    expect(gazette.requests()).toBe(gazetteRequestsBefore());
  }, 60_000);

  it('ends with DISCOVER_NOTHING_FOUND and exit 1 when a site offers nothing usable', async () => {
    const run = await feedwright(['add', `${gazette.origin}/about`], { ...env, FEEDWRIGHT_CONFIG: configFile('nothing.yaml') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error DISCOVER_NOTHING_FOUND');
  }, 60_000);
});
