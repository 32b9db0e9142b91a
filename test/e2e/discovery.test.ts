import { createRequire } from 'node:module';
import { articleId } from '@feedwright/core/ids.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscoveryRig, testConfig, type DiscoveryRig } from '../support/discovery-rig.ts';
import { waitFor } from '../support/webhook-receiver.ts';

// iconv-lite is the extractor's dependency; the test borrows it to write GBK and Big5 bytes.
const iconv = createRequire(new URL('../../packages/extract/package.json', import.meta.url))('iconv-lite') as {
  encode(text: string, charset: string): Buffer;
  decode(bytes: Buffer, charset: string): string;
};

const USER_AGENT = 'Feedwright/0.1 (+https://example.org/feedwright-bot)';

function config(sources: unknown[], http: Record<string, unknown> = {}) {
  return testConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: USER_AGENT, timeout: '2s', perHost: { concurrency: 4, perMinute: 6000 }, ...http },
    // The seed story is a real page of 2026-02-05: keep it (retention neither stores nor keeps a story past maxAge).
    retention: { maxAge: '3650d' },
    sources: sources.map((s) => ({ name: 'Newsroom', interval: { min: '1h', max: '2h' }, recheck: [], ...(s as object) })),
  });
}

const urlsOf = (jobs: Array<{ url: string }>) => jobs.map((j) => j.url).sort();

describe('discovery routes find every story once, canonicalised', () => {
  let newsroom: Newsroom | undefined;
  let rig: DiscoveryRig | undefined;
  afterEach(async () => {
    await rig?.close();
    await newsroom?.close();
    rig = undefined;
    newsroom = undefined;
  });

  async function publishMix(room: Newsroom) {
    room.publishSeed();
    for (let i = 0; i < 4; i++) room.publish();
    for (let i = 0; i < 3; i++) room.publish({ variant: 'trad' });
    return room.stories();
  }

  it('reads the sitemap index named in robots.txt and its news sitemaps: every URL exactly once', async () => {
    newsroom = await startNewsroom();
    const stories = await publishMix(newsroom);
    rig = await startDiscoveryRig(config([{ id: 'sitemaps', discover: [{ sitemap: `${newsroom.origin}/zhongwen/sitemap.xml` }] }]), { label: 'dsitemap' });
    await rig.poller.pollNow('sitemaps');
    // Both news sitemaps list every story, in their own variant.
    const expected = stories.flatMap((s) => [newsroom!.articleUrl(s.id, 'simp'), newsroom!.articleUrl(s.id, 'trad')]).sort();
    expect(urlsOf(await rig.fetchJobs())).toEqual(expected);
    const health = await rig.store.health.get('sitemaps');
    expect(health.routes[0]).toMatchObject({ found: expected.length, newItems: expected.length, errorCode: null, requests: 3 });

    // The same poll again: index and sitemaps answer 304, nothing new is enqueued.
    await rig.poller.pollNow('sitemaps');
    expect(urlsOf(await rig.fetchJobs())).toEqual(expected);
    expect((await rig.store.health.get('sitemaps')).routes[0]).toMatchObject({ status: 'not-modified', requests: 3 });
    expect(newsroom.requests.log.filter((r) => r.path.includes('sitemap') && r.status === 304)).toHaveLength(3);
  });

  it('reads the __NEXT_DATA__ story list of the front page: every story exactly once', async () => {
    newsroom = await startNewsroom();
    const stories = await publishMix(newsroom);
    rig = await startDiscoveryRig(config([{ id: 'pagedata', discover: [{ pageData: newsroom.frontUrl }] }]), { label: 'dpagedata' });
    await rig.poller.pollNow('pagedata');
    expect(urlsOf(await rig.fetchJobs())).toEqual(stories.map((s) => newsroom!.articleUrl(s.id, 'simp')).sort());
  });

  it('discovers a site given only its URL, through the feed its page advertises', async () => {
    newsroom = await startNewsroom();
    const stories = await publishMix(newsroom);
    rig = await startDiscoveryRig(config([{ id: 'siteonly', site: newsroom.frontUrl }]), { label: 'dsite' });
    await rig.poller.pollNow('siteonly');
    expect(urlsOf(await rig.fetchJobs())).toEqual(stories.map((s) => newsroom!.articleUrl(s.id, 'simp')).sort());
    const routes = (await rig.store.health.get('siteonly')).routes;
    expect(routes.map((r) => r.route)).toEqual([`site ${newsroom.frontUrl}`, `site ${newsroom.frontUrl} → feed ${newsroom.feedUrl}`]);
  });

  it('falls back to robots.txt sitemaps when a site advertises no feed', async () => {
    newsroom = await startNewsroom();
    const stories = await publishMix(newsroom);
    newsroom.respondWith('/home', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: '<html><head><title>home</title></head><body><a href="/zhongwen/simp/world">国际</a></body></html>',
    });
    rig = await startDiscoveryRig(config([{ id: 'siteonly', site: `${newsroom.origin}/home`, discover: [] }]), { label: 'dsite2' });
    await rig.poller.pollNow('siteonly');
    expect(urlsOf(await rig.fetchJobs())).toEqual(stories.flatMap((s) => [newsroom!.articleUrl(s.id, 'simp'), newsroom!.articleUrl(s.id, 'trad')]).sort());
  });

  it('flags and logs a listing route that used to find stories and now finds none', async () => {
    newsroom = await startNewsroom({ seed: true });
    const { lines, logger } = capturingLogger<{ code?: string; route?: string }>();
    rig = await startDiscoveryRig(config([{ id: 'rot', discover: [{ listing: newsroom.frontUrl, links: 'h3 > a.bbc-e685ds' }] }]), { label: 'drot', logger });
    await rig.poller.pollNow('rot');
    expect((await rig.store.health.get('rot')).routes[0]).toMatchObject({ found: 1, rotted: false });
    // The site redesigns its front page: the selector matches nothing any more.
    newsroom.respondWith('/zhongwen/simp', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: '<html><body><h3><a class="promo-link" href="/zhongwen/articles/cx2p8v0k4q1o/simp">x</a></h3></body></html>',
    });
    await rig.poller.pollNow('rot');
    const route = (await rig.store.health.get('rot')).routes[0]!;
    expect(route).toMatchObject({ found: 0, rotted: true, errorCode: null, status: 'ok' });
    expect(route.lastFoundAt).not.toBeNull();
    expect(lines.filter((l) => l.code === 'DISCOVER_ROUTE_EMPTY')).toHaveLength(1);
  });
});

describe('hard sites end in the right place: stories decoded, or a coded error in source health', () => {
  let newsroom: Newsroom | undefined;
  let rig: DiscoveryRig | undefined;
  afterEach(async () => {
    await rig?.close();
    await newsroom?.close();
    rig = undefined;
    newsroom = undefined;
  });

  it('decodes a GBK site and a Big5 site (listing and article)', async () => {
    newsroom = await startNewsroom();
    const simp = newsroom.publish();
    const trad = newsroom.publish({ variant: 'trad' });
    for (const [story, charset, path] of [
      [simp, 'gbk', '/gbk/'],
      [trad, 'big5', '/big5/'],
    ] as const) {
      const page = await (await fetch(newsroom.articleUrl(story.id, story.variant))).text();
      const bytes = iconv.encode(page.replace(/charset="?utf-8"?/gi, `charset=${charset}`), charset === 'gbk' ? 'gb18030' : 'big5');
      newsroom.respondWith(`${path}story`, { status: 200, headers: { 'Content-Type': `text/html; charset=${charset}` }, body: bytes });
      const listing = `<html><head><meta charset="${charset}"><title>${story.title}</title></head><body><ul><li><a href="${path}story">${story.title}</a></li></ul></body></html>`;
      newsroom.respondWith(path, {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
        body: iconv.encode(listing, charset === 'gbk' ? 'gb18030' : 'big5'),
      });
    }
    rig = await startDiscoveryRig(
      config([
        { id: 'gbk', discover: [{ listing: `${newsroom.origin}/gbk/`, pattern: '/gbk/story$' }] },
        { id: 'big5', discover: [{ listing: `${newsroom.origin}/big5/`, pattern: '/big5/story$' }] },
      ]),
      { label: 'dcharset', workers: 1 },
    );
    await rig.poller.pollNow('gbk');
    await rig.poller.pollNow('big5');
    await waitFor(
      async () => (await rig!.store.health.get('gbk')).articlesStored === 1 && (await rig!.store.health.get('big5')).articlesStored === 1,
      'both stories stored',
    );
    const [gbkArticle] = await rig.store.articles.listBySources(['gbk'], 5);
    const [big5Article] = await rig.store.articles.listBySources(['big5'], 5);
    expect(gbkArticle!.title).toBe(simp.title);
    expect(JSON.stringify(gbkArticle!.extraction.charset)).toContain('gb18030');
    expect(big5Article!.title).toBe(iconv.decode(iconv.encode(trad.title, 'big5'), 'big5'));
    expect(JSON.stringify(big5Article!.extraction.charset)).toContain('big5');
    for (const id of ['gbk', 'big5']) expect((await rig.store.health.get(id)).lastErrorCode).toBeNull();
  });

  it('a redirect loop, a site that never answers and a 50 MB page each end as a coded error in source health', async () => {
    newsroom = await startNewsroom();
    newsroom.respondWith('/loop/a', { status: 302, headers: { Location: '/loop/b' } });
    newsroom.respondWith('/loop/b', { status: 302, headers: { Location: '/loop/a' } });
    newsroom.respondWith('/silent', { status: 200, body: 'too late', delayMs: 60_000 });
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    newsroom.respondWith('/huge', { status: 200, headers: { 'Content-Type': 'text/html' }, body: big });
    rig = await startDiscoveryRig(
      config(
        [
          { id: 'loop', discover: [{ feed: `${newsroom.origin}/loop/a` }] },
          { id: 'silent', discover: [{ feed: `${newsroom.origin}/silent` }] },
          { id: 'huge', discover: [{ listing: `${newsroom.origin}/huge` }] },
        ],
        { timeout: '1s' },
      ),
      { label: 'dhard' },
    );
    const expected = { loop: 'FETCH_TOO_MANY_REDIRECTS', silent: 'FETCH_TIMEOUT', huge: 'FETCH_TOO_LARGE' } as const;
    for (const [id, code] of Object.entries(expected)) {
      await rig.poller.pollNow(id);
      const health = await rig.store.health.get(id);
      expect(health, id).toMatchObject({ lastErrorCode: code, consecutiveFailures: 1, lastSuccessAt: null });
      expect(health.routes[0]!.errorCode).toBe(code);
      // A failing source backs off: the next poll is two minimum intervals away.
      expect(health.intervalMs).toBe(2 * 3_600_000);
    }
  });

  it('refuses a redirect to 127.0.0.1 when only the site (127.0.0.2) is allowed: FETCH_BLOCKED_ADDRESS', async () => {
    newsroom = await startNewsroom({ host: '127.0.0.2', seed: true });
    const port = new URL(newsroom.origin).port;
    newsroom.respondWith('/away', { status: 302, headers: { Location: `http://127.0.0.1:${port}/zhongwen/simp/rss.xml` } });
    rig = await startDiscoveryRig(
      config([{ id: 'escape', discover: [{ feed: `${newsroom.origin}/away` }, { feed: newsroom.feedUrl }] }], { allowPrivateNetworks: ['127.0.0.2/32'] }),
      { label: 'dssrf' },
    );
    await rig.poller.pollNow('escape');
    const health = await rig.store.health.get('escape');
    expect(health.routes[0]!.errorCode).toBe('FETCH_BLOCKED_ADDRESS');
    expect(health.lastErrorCode).toBe('FETCH_BLOCKED_ADDRESS');
    // The allowed site itself still works.
    expect(health.routes[1]).toMatchObject({ errorCode: null, found: 1 });
    expect(urlsOf(await rig.fetchJobs())).toEqual([newsroom.articleUrl('cx2p8v0k4q1o')]);
  });
});

describe('edits', () => {
  it('an edited story produces exactly one article.updated listing the changed fields; unchanged re-fetches produce nothing', async () => {
    const newsroom = await startNewsroom({ seed: true });
    const rig = await startDiscoveryRig(config([{ id: 'edits', discover: [{ feed: newsroom.feedUrl }], recheck: Array.from({ length: 12 }, () => '300ms') }]), {
      label: 'dedits',
      workers: 1,
    });
    try {
      const url = newsroom.articleUrl('cx2p8v0k4q1o');
      await rig.poller.pollNow('edits');
      const events = async () => (await rig.store.events.replay(null, 100)).map((e) => e.event);
      await waitFor(async () => (await events()).length === 1, 'article.created');
      // Two re-checks of the unchanged page: 304s, no event.
      await waitFor(
        () => newsroom.requests.log.filter((r) => r.path === '/zhongwen/articles/cx2p8v0k4q1o/simp' && r.status === 304).length >= 2,
        'two unchanged re-checks',
      );
      expect((await events()).map((e) => e.type)).toEqual(['article.created']);
      newsroom.edit('cx2p8v0k4q1o', { appendParagraph: '编辑补充：更新了一段内容。' });
      await waitFor(async () => (await events()).length >= 2, 'article.updated');
      const countAfterEdit = newsroom.requests.count('/zhongwen/articles/cx2p8v0k4q1o/simp');
      await waitFor(() => newsroom.requests.count('/zhongwen/articles/cx2p8v0k4q1o/simp') >= countAfterEdit + 2, 'two more re-checks');
      const all = await events();
      expect(all.map((e) => e.type)).toEqual(['article.created', 'article.updated']);
      expect(all[1]!.data.article.id).toBe(articleId(url));
      expect(all[1]!.data.changedFields).toEqual(expect.arrayContaining(['contentText', 'updatedAt']));
    } finally {
      await rig.close();
      await newsroom.close();
    }
  });
});
