import { FeedwrightError } from '@feedwright/core/errors.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { createHttpClient } from '@feedwright/http/http-client.ts';
import { createPoliteHttpClient } from '@feedwright/http/polite-http-client.ts';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscoveryRig, testConfig, type DiscoveryRig } from '../support/discovery-rig.ts';
import { waitFor } from '../support/webhook-receiver.ts';

const USER_AGENT = 'Feedwright/0.1 (+https://example.org/feedwright-bot)';

function sourceConfig(newsroom: Newsroom, extra: { perHost?: { concurrency: number; perMinute: number }; recheck?: string[] } = {}) {
  return testConfig({
    http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: USER_AGENT, timeout: '5s', ...(extra.perHost ? { perHost: extra.perHost } : {}) },
    // The seed story is a real page of 2026-02-05: keep it (retention neither stores nor keeps a story past maxAge).
    retention: { maxAge: '3650d' },
    sources: [
      {
        id: 'newsroom',
        name: 'Newsroom',
        interval: { min: '1h', max: '2h' },
        discover: [
          { feed: newsroom.feedUrl },
          { listing: newsroom.frontUrl, links: 'a[href*="/zhongwen/articles/"]', pattern: '/zhongwen/articles/[a-z0-9]+/simp$' },
        ],
        recheck: extra.recheck ?? [],
      },
    ],
  });
}

/** Publishes `count` stories whose article pages answer after `delayMs` each. */
function publishSlowStories(newsroom: Newsroom, count: number, delayMs: number): ReturnType<Newsroom['publish']>[] {
  const stories = Array.from({ length: count }, () => newsroom.publish());
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>慢</title></head><body><article><h1>慢慢来</h1>${'<p>这是一段用来测试并发限制的正文内容，足够长以便提取。</p>'.repeat(8)}</article></body></html>`;
  newsroom.respondWith('/zhongwen/articles/', { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body, delayMs });
  return stories;
}

const articleRequests = (newsroom: Newsroom) => newsroom.requests.log.filter((r) => r.path.startsWith('/zhongwen/articles/'));

describe('politeness: a site sees Feedwright as one careful reader', () => {
  let newsroom: Newsroom | undefined;
  let rig: DiscoveryRig | undefined;
  afterEach(async () => {
    await rig?.close();
    await newsroom?.close();
    rig = undefined;
    newsroom = undefined;
  });

  it('answers a second poll of an unchanged front page and feed with 304s only, and fetches no article', async () => {
    newsroom = await startNewsroom({ seed: true });
    newsroom.publish();
    newsroom.publish();
    rig = await startDiscoveryRig(sourceConfig(newsroom, { perHost: { concurrency: 2, perMinute: 600 } }), { workers: 1, label: 'polite304' });
    await rig.poller.pollNow('newsroom');
    await waitFor(async () => (await rig!.store.health.get('newsroom')).articlesStored === 3, 'the three stories stored');
    expect(articleRequests(newsroom)).toHaveLength(3);

    const before = newsroom.requests.log.length;
    await rig.poller.pollNow('newsroom');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = newsroom.requests.log.slice(before);
    expect(second.map((r) => `${r.path} ${r.status}`).sort()).toEqual(['/zhongwen/simp 304', '/zhongwen/simp/rss.xml 304']);
    expect(articleRequests(newsroom)).toHaveLength(3);
    const health = await rig.store.health.get('newsroom');
    expect(health.routes.map((r) => [r.status, r.found, r.requests])).toEqual([
      ['not-modified', 0, 1],
      ['not-modified', 0, 1],
    ]);
    // robots.txt is read once per origin, and every request says who we are.
    expect(newsroom.requests.count('/robots.txt')).toBe(1);
  });

  it('pauses a host that answers 429 with Retry-After: 30 for at least 30 s, for every process', async () => {
    newsroom = await startNewsroom({ seed: true });
    rig = await startDiscoveryRig(sourceConfig(newsroom), { workers: 1, label: 'polite429' });
    newsroom.respondWith('/zhongwen/simp/rss.xml', { status: 429, headers: { 'Retry-After': '30' }, body: 'slow down', times: 1 });
    const askedAt = Date.now();
    await rig.poller.pollNow('newsroom');
    const host = new URL(newsroom.origin).host;
    const state = await rig.store.hosts.state(host);
    expect(state.blockedUntil).not.toBeNull();
    expect(state.blockedUntil!).toBeGreaterThanOrEqual(askedAt + 30_000);
    expect(state.blockedUntil!).toBeLessThan(Date.now() + 31_000);
    let health = await rig.store.health.get('newsroom');
    expect(health.routes[0]).toMatchObject({ errorCode: 'FETCH_RATE_LIMITED', status: 'error' });
    // The listing after the 429 in the same poll was not sent either: the pause is per host.
    expect(health.routes[1]).toMatchObject({ errorCode: 'FETCH_HOST_DEFERRED', status: 'deferred' });
    expect(Date.parse(health.nextPollAt!)).toBeGreaterThanOrEqual(state.blockedUntil!);

    const sent = newsroom.requests.count();
    // Another poll, another "process" (its own client, sharing only Redis), and the worker: nothing reaches the host.
    await rig.poller.pollNow('newsroom');
    health = await rig.store.health.get('newsroom');
    expect(health.routes.every((r) => r.status === 'deferred')).toBe(true);
    const otherProcess = createPoliteHttpClient({
      http: createHttpClient({ userAgent: USER_AGENT, allowPrivateNetworks: ['127.0.0.0/8'] }),
      budget: rig.store.hosts,
      robots: rig.store.robots,
      userAgent: USER_AGENT,
      perHost: { concurrency: 2, perMinute: 60 },
    });
    const refused = await otherProcess.fetch({ url: newsroom.articleUrl('cx2p8v0k4q1o') }).catch((error: unknown) => error);
    await otherProcess.close();
    expect(refused).toBeInstanceOf(FeedwrightError);
    expect(refused).toMatchObject({ code: 'FETCH_HOST_DEFERRED' });
    expect((refused as FeedwrightError).details.retryAfterMs).toBeGreaterThan(28_000);

    const url = newsroom.articleUrl('cx2p8v0k4q1o');
    await rig.fetchQueue.add('fetch', { sourceId: 'newsroom', url, reason: 'discovered', correlationId: 'c1' }, { jobId: articleId(url), attempts: 6 });
    await waitFor(async () => (await rig!.fetchQueue.getJobState(articleId(url))) === 'delayed', 'the article job delayed until the pause ends');
    const job = await rig.fetchQueue.getJob(articleId(url));
    expect(job!.attemptsMade).toBe(0);
    expect(newsroom.requests.count()).toBe(sent);
  });

  it('obeys robots.txt: a disallowed route and disallowed articles are never requested', async () => {
    newsroom = await startNewsroom({
      seed: true,
      robotsTxt: 'User-agent: Feedwright\nDisallow: /zhongwen/articles/\nDisallow: /zhongwen/simp$\n\nUser-agent: *\nDisallow: /_newsroom/\n',
    });
    rig = await startDiscoveryRig(sourceConfig(newsroom), { workers: 1, label: 'politerobots' });
    await rig.poller.pollNow('newsroom');
    await waitFor(
      async () => (await rig!.store.health.get('newsroom')).lastErrorCode === 'FETCH_ROBOTS_DISALLOWED' && (await rig!.fetchJobs()).length === 1,
      'the article refused by robots.txt',
    );
    const health = await rig.store.health.get('newsroom');
    expect(health.routes[0]).toMatchObject({ errorCode: null, found: 1 });
    expect(health.routes[1]).toMatchObject({ errorCode: 'FETCH_ROBOTS_DISALLOWED' });
    await waitFor(
      async () => (await rig!.fetchQueue.getJobState(articleId(newsroom!.articleUrl('cx2p8v0k4q1o')))) === 'failed',
      'the article job failed for good',
    );
    expect(articleRequests(newsroom)).toEqual([]);
    expect(newsroom.requests.count('/zhongwen/simp')).toBe(1); // the feed only (/zhongwen/simp/rss.xml)
    expect(newsroom.requests.count('/robots.txt')).toBe(1);
  });

  it('checks a redirect target against its own site’s robots.txt before following it', async () => {
    newsroom = await startNewsroom({ seed: true });
    const other = await startNewsroom({ robotsTxt: 'User-agent: *\nDisallow: /private/\n' });
    try {
      newsroom.respondWith('/go', { status: 302, headers: { Location: `${other.origin}/private/rss.xml` } });
      rig = await startDiscoveryRig(
        testConfig({
          http: { allowPrivateNetworks: ['127.0.0.0/8'], userAgent: USER_AGENT },
          sources: [{ id: 'hop', name: 'Hop', discover: [{ feed: `${newsroom.origin}/go` }] }],
        }),
        { label: 'politehop' },
      );
      await rig.poller.pollNow('hop');
      expect((await rig.store.health.get('hop')).routes[0]).toMatchObject({ errorCode: 'FETCH_ROBOTS_DISALLOWED' });
      expect(other.requests.log.map((r) => r.path)).toEqual(['/robots.txt']);
    } finally {
      await other.close();
    }
  });

  it('spaces requests to a host by its robots.txt Crawl-delay, for every client sharing Redis', async () => {
    newsroom = await startNewsroom({ seed: true, robotsTxt: 'User-agent: *\nCrawl-delay: 1\n' });
    rig = await startDiscoveryRig(sourceConfig(newsroom, { perHost: { concurrency: 4, perMinute: 6000 } }), { label: 'politedelay' });
    const urls = [newsroom.feedUrl, newsroom.frontUrl, newsroom.articleUrl('cx2p8v0k4q1o')];
    await Promise.all(urls.map((url) => rig!.http.fetch({ url })));
    const starts = newsroom.requests.log
      .filter((r) => r.path !== '/robots.txt')
      .map((r) => r.at)
      .sort((a, b) => a - b);
    expect(starts).toHaveLength(3);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(950);
  });

  it('never has more requests in flight at one host than http.perHost.concurrency, across two workers', async () => {
    newsroom = await startNewsroom();
    // Every article answers slowly, so unthrottled workers would pile up on the host.
    const stories = publishSlowStories(newsroom, 24, 120);
    rig = await startDiscoveryRig(sourceConfig(newsroom, { perHost: { concurrency: 2, perMinute: 6000 } }), {
      workers: 2,
      workerConcurrency: 8,
      label: 'politeinflight',
    });
    await rig.poller.pollNow('newsroom');
    await waitFor(() => articleRequests(newsroom!).length >= stories.length, 'every article fetched', 20_000);
    // The limit held, and was used: requests did overlap up to it.
    expect(newsroom.requests.maxInFlight()).toBe(2);
    expect(articleRequests(newsroom)).toHaveLength(stories.length);
  });

  it('lets a poll go before the article fetches queued for the same host, so new stories are not held up', async () => {
    newsroom = await startNewsroom();
    const stories = publishSlowStories(newsroom, 16, 300);
    // One slot for the host, eight article fetches wanting it: a backlog of about 5 s.
    rig = await startDiscoveryRig(sourceConfig(newsroom, { perHost: { concurrency: 1, perMinute: 6000 } }), {
      workers: 1,
      workerConcurrency: 8,
      label: 'politepriority',
    });
    await rig.poller.pollNow('newsroom');
    await waitFor(() => articleRequests(newsroom!).length >= 2, 'the article backlog started', 20_000);
    const before = newsroom.requests.log.length;
    const asked = Date.now();
    await rig.poller.pollNow('newsroom');
    const tookMs = Date.now() - asked;
    const after = newsroom.requests.log.slice(before);
    const lastPollRequest = after.findLastIndex((r) => r.path === '/zhongwen/simp' || r.path === '/zhongwen/simp/rss.xml');
    expect(
      after
        .filter((r) => r.path.startsWith('/zhongwen/simp'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/zhongwen/simp', '/zhongwen/simp/rss.xml']);
    // Each of the poll's two requests waits for at most the one article fetch in flight when it
    // asks (with random turns, the eight waiting fetches went first about as often as not: 7–8).
    expect(after.slice(0, lastPollRequest).filter((r) => r.path.startsWith('/zhongwen/articles/')).length).toBeLessThanOrEqual(2);
    expect(tookMs).toBeLessThan(2500);
    expect(articleRequests(newsroom).length).toBeLessThan(stories.length);
    await waitFor(() => articleRequests(newsroom!).length >= stories.length, 'every article fetched', 30_000);
  });
});
