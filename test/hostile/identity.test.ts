import { articleId } from '@feedwright/core/ids.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscoveryRig, testConfig, type DiscoveryRig } from '../support/discovery-rig.ts';
import { articleHtml, rssFeed, startTinySite } from '../support/tiny-site.ts';
import { waitFor } from '../support/webhook-receiver.ts';

// Row 1 of issue 10: source B's pages name source A's story URLs as their canonical / og:url.
describe('identity belongs to the source', () => {
  const closers: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it('refuses a canonical or og:url naming another source\u2019s story: no overwrite, no pre-empted future URL, a coded log line', async () => {
    const victim = await startTinySite();
    const hostile = await startTinySite();
    closers.push(victim.close, hostile.close);
    const victimStory = victim.set('/news/1', { type: 'text/html', body: articleHtml('Victim story', 'The real victim text.') });
    const victimFuture = `${victim.origin}/news/2`;
    victim.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed([victimStory]) });
    const fake = hostile.set('/p/fake', {
      type: 'text/html',
      body: articleHtml('Hijacked', 'Text planted by the hostile source.', `<link rel="canonical" href="${victimStory}">`),
    });
    const preempt = hostile.set('/p/preempt', {
      type: 'text/html',
      body: articleHtml('Pre-empted', 'Text that squats a future URL.', `<meta property="og:url" content="${victimFuture}">`),
    });
    hostile.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed([fake, preempt]) });

    const { lines, logger } = capturingLogger();
    const rig: DiscoveryRig = await startDiscoveryRig(
      testConfig({
        http: { allowPrivateNetworks: ['127.0.0.0/8'], timeout: '2s', perHost: { concurrency: 4, perMinute: 6000 } },
        sources: [
          {
            id: 'victim',
            name: 'Victim',
            site: victim.origin,
            discover: [{ feed: `${victim.origin}/feed.xml` }],
            interval: { min: '1h', max: '2h' },
            recheck: [],
          },
          {
            id: 'hostile',
            name: 'Hostile',
            site: hostile.origin,
            discover: [{ feed: `${hostile.origin}/feed.xml` }],
            interval: { min: '1h', max: '2h' },
            recheck: [],
          },
        ],
      }),
      { workers: 1, logger, label: 'hidentity' },
    );
    closers.push(rig.close);

    // The hostile source goes first, as an attacker would.
    await rig.poller.pollNow('hostile');
    await waitFor(
      async () => (await rig.store.articles.get(articleId(preempt))) !== null && (await rig.store.articles.get(articleId(fake))) !== null,
      'the hostile pages stored under their own URLs',
    );
    await rig.poller.pollNow('victim');
    await waitFor(async () => (await rig.store.articles.get(articleId(victimStory))) !== null, 'the victim story');

    const stored = (await rig.store.articles.get(articleId(victimStory)))!;
    expect(stored).toMatchObject({ sourceId: 'victim', title: 'Victim story', url: victimStory, version: 1 });
    expect(stored.contentText).not.toContain('planted');
    expect((await rig.store.articles.get(articleId(fake)))!).toMatchObject({ sourceId: 'hostile', url: fake });
    // The victim's future URL is not marked seen: its real story will be fetched when it appears.
    expect(await rig.store.seen.filterUnseen([articleId(victimFuture)], new Date())).toEqual([articleId(victimFuture)]);
    expect(await rig.store.articles.get(articleId(victimFuture))).toBeNull();
    const rejected = lines.filter((line) => line.code === 'IDENTITY_CLAIM_REJECTED');
    expect(rejected.map((line) => line.claimedUrl).sort()).toEqual([victimFuture, victimStory].sort());
  });

  it('caps a 1 MiB <title> (and byline, summary) before it is stored, so no feed or webhook carries it', async () => {
    const site = await startTinySite();
    closers.push(site.close);
    const huge = 'T'.repeat(1024 * 1024);
    const page = site.set('/big', {
      type: 'text/html',
      body: articleHtml(
        huge,
        'Normal text.',
        `<meta name="author" content="${'A'.repeat(100_000)}"><meta name="description" content="${'D'.repeat(200_000)}">`,
      ),
    });
    site.set('/feed.xml', { type: 'application/rss+xml', body: rssFeed([page]) });
    const rig = await startDiscoveryRig(
      testConfig({
        http: { allowPrivateNetworks: ['127.0.0.0/8'], timeout: '5s', perHost: { concurrency: 4, perMinute: 6000 } },
        sources: [
          { id: 'big', name: 'Big', site: site.origin, discover: [{ feed: `${site.origin}/feed.xml` }], interval: { min: '1h', max: '2h' }, recheck: [] },
        ],
      }),
      { workers: 1, label: 'hcaps' },
    );
    closers.push(rig.close);
    await rig.poller.pollNow('big');
    await waitFor(async () => (await rig.store.articles.get(articleId(page))) !== null, 'the page stored');
    const stored = (await rig.store.articles.get(articleId(page)))!;
    expect(Array.from(stored.title).length).toBeLessThanOrEqual(500);
    expect(Array.from(stored.byline ?? '').length).toBeLessThanOrEqual(200);
    expect(Array.from(stored.summary ?? '').length).toBeLessThanOrEqual(1000);
  });
});
