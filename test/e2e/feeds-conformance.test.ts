import type { Article, StoredArticle } from '@feedwright/core/article.ts';
import {
  assertValidAtom,
  assertValidJsonFeed,
  assertWellFormedXml,
  parseWithFeedparser,
  parseWithFeedsmith,
  type ParsedEntry,
} from '@feedwright/feeds/testing/validators.ts';
import { stripXmlIllegal } from '@feedwright/feeds/xml-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { startPublisherHarness } from '../support/publisher-harness.ts';

type Harness = Awaited<ReturnType<typeof startPublisherHarness>>;

const toSecond = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Articles a hostile or careless site produces; each must come out of every feed valid and equal. */
function hostileArticles(): Array<Article> {
  return [
    sampleArticle({
      url: 'https://news.example/hostile/control',
      title: 'Hostile\u0000 \btitle\u000b & <b>bold</b> &amp; "quotes" ]]> \ud83d\ude00 \ud835\udd4f \ud800 \ufffe end',
      byline: 'Mallory\u0001 <m@example.org>',
      authors: ['Mallory\u0001 <m@example.org>'],
      summary: 'Summary with ]]> and <tags> & \u001f control',
      contentHtml:
        '<p>CDATA ]]> once ]]> twice\u0007</p><p>Emoji 😀 and astral 𝕏 \udc00 lone</p><p><a href="/relative/link">relative</a> <img src="img/x.png" alt="x"></p>',
      contentText: 'CDATA ]]> once ]]> twice\u0007\n\nEmoji 😀 and astral 𝕏 lone',
      leadImage: { url: 'img/lead.jpg?w=640&h=360', alt: 'alt "quoted" & <angled>', caption: null, credit: 'Cr\u0002edit' },
      tags: ['a&b', '<script>', 'ok'],
      language: null,
    }),
    // No dates at all: published falls back to first seen, never to "now".
    sampleArticle({ url: 'https://news.example/hostile/no-dates', title: '没有日期的新闻', publishedAt: null, updatedAt: null }),
    // A relative canonical URL (a site's broken <link rel=canonical>): resolved against the site URL.
    { ...sampleArticle({ url: 'https://news.example/hostile/relative' }), url: '/zhongwen/articles/relative?x=1&y=2', title: '相对链接' },
    // A 1 MB body.
    sampleArticle({
      url: 'https://news.example/hostile/huge',
      title: '很长的文章',
      contentHtml: `<p>${'长文本，很长。'.repeat(150_000)}</p>`,
      contentText: '长文本，很长。'.repeat(150_000),
    }),
    sampleArticle({
      url: 'https://news.example/hostile/updated',
      title: '更新过的新闻',
      publishedAt: '2026-02-05T04:21:13.000Z',
      updatedAt: '2026-02-05T06:02:41.000Z',
      authors: ['Jane Doe', 'John Roe'],
    }),
  ];
}

describe('feeds on the wire: live HTTP responses of the real publisher, checked by real parsers', () => {
  let h: Harness;
  let stored: StoredArticle[];
  beforeAll(async () => {
    h = await startPublisherHarness();
    stored = [];
    for (const article of hostileArticles()) stored.push((await h.store.articles.upsert(article, 'simp', new Date('2026-02-05T07:00:00Z'))).article);
    expect(stored[3]!.contentHtml.length).toBeGreaterThan(1_000_000);
  });
  afterAll(async () => {
    await h?.close();
  });

  const expected = (article: StoredArticle) => ({
    id: `urn:feedwright:article:${article.id}`,
    link: new URL(article.url, `${h.base}/`).href,
    title: stripXmlIllegal(article.title).trim(),
    published: toSecond(article.publishedAt ?? article.firstSeenAt),
    updated: toSecond(article.updatedAt ?? article.lastChangedAt),
  });

  async function get(path: string, encoding = 'gzip, br') {
    const response = await fetch(`${h.base}${path}`, { headers: { 'accept-encoding': encoding } });
    expect(response.status).toBe(200);
    return { text: await response.text(), headers: response.headers };
  }

  function expectSameEntries(entries: ParsedEntry[], format: 'rss' | 'atom' | 'json') {
    expect(entries).toHaveLength(stored.length);
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const article of stored) {
      const want = expected(article);
      const entry = byId.get(want.id);
      expect(entry, want.id).toBeDefined();
      expect(entry!.link).toBe(want.link);
      expect(entry!.title).toBe(want.title);
      expect(entry!.published).toBe(want.published);
      expect(entry!.updated).toBe(format === 'rss' ? want.published : want.updated);
    }
  }

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['identity', 'identity'],
  ])('serves RSS 2.0 (%s) that xmllint, feedparser (bozo 0) and feedsmith accept with every entry equal to its article', async (_label, encoding) => {
    const { text, headers } = await get('/feeds/news.rss', encoding);
    expect(headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(headers.get('content-encoding') ?? 'identity').toBe(encoding);
    assertWellFormedXml(text);
    const parsed = parseWithFeedparser(text);
    if (parsed) {
      expect(parsed.bozoException).toBeNull();
      expect(parsed.bozo).toBe(0);
      expect(parsed.version).toBe('rss20');
      expectSameEntries(parsed.entries, 'rss');
      expect(parsed.feed.links).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rel: 'self', href: `${h.base}/feeds/news.rss` }),
          expect.objectContaining({ rel: 'hub', href: `${h.base}/hub` }),
        ]),
      );
    }
    expectSameEntries(parseWithFeedsmith(text).entries, 'rss');
  });

  it('serves Atom 1.0 valid against RFC 4287 (jing + atom.rnc and the rules it cannot express), read alike by feedparser and feedsmith', async () => {
    const { text, headers } = await get('/feeds/news.atom');
    expect(headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    assertValidAtom(text);
    const parsed = parseWithFeedparser(text);
    if (parsed) {
      expect(parsed.bozo).toBe(0);
      expect(parsed.version).toBe('atom10');
      expectSameEntries(parsed.entries, 'atom');
      const hostile = parsed.entries.find((e) => e.id === expected(stored[0]!).id)!;
      expect(hostile.content[0]!.value).toContain('CDATA ]]> once ]]> twice');
      expect(hostile.content[0]!.value).toContain('Emoji 😀 and astral 𝕏');
      expect(hostile.content[0]!.value).toContain('href="https://news.example/relative/link"');
    }
    expectSameEntries(parseWithFeedsmith(text).entries, 'atom');
  });

  it('serves JSON Feed 1.1 valid against the schema, with unique ids and absolute URLs, read alike by feedsmith', async () => {
    const { text, headers } = await get('/feeds/news.json');
    expect(headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    assertValidJsonFeed(text);
    const document = JSON.parse(text) as {
      language: string;
      hubs: unknown;
      items: Array<{ id: string; date_modified: string; authors?: Array<{ name: string }> }>;
    };
    expect(document.language).toBe('zh-Hans');
    expect(document.hubs).toEqual([{ type: 'WebSub', url: `${h.base}/hub` }]);
    expect(document.items.find((i) => i.id === expected(stored[4]!).id)).toMatchObject({
      date_modified: '2026-02-05T06:02:41.000Z',
      authors: [{ name: 'Jane Doe' }, { name: 'John Roe' }],
    });
    expectSameEntries(parseWithFeedsmith(text).entries, 'json');
  });

  it.each(['rss', 'atom', 'json'])('serves a valid ?variant=trad %s document', async (ext) => {
    const { text } = await get(`/feeds/news.${ext}?variant=trad`);
    if (ext === 'json') assertValidJsonFeed(text);
    else if (ext === 'atom') assertValidAtom(text);
    else assertWellFormedXml(text);
    if (ext !== 'json') expect(parseWithFeedparser(text)?.bozo ?? 0).toBe(0);
    expect(text).toContain('沒有日期的新聞');
  });

  it('keeps entry ids when an article is edited: the entry changes in place with a new updated date', async () => {
    const before = JSON.parse((await get('/feeds/news.json')).text) as { items: Array<{ id: string }> };
    const edited = { ...hostileArticles()[4]!, title: '更新过的新闻（更正）', updatedAt: '2026-02-05T08:00:00.000Z', contentHash: 'edited' };
    const result = await h.store.articles.upsert(edited, 'simp', new Date('2026-02-05T08:01:00Z'));
    expect(result.status).toBe('updated');
    const { text } = await get('/feeds/news.atom');
    const parsed = parseWithFeedparser(text);
    const after = JSON.parse((await get('/feeds/news.json')).text) as { items: Array<{ id: string; title: string; date_modified: string }> };
    expect(after.items.map((i) => i.id).sort()).toEqual(before.items.map((i) => i.id).sort());
    expect(after.items.find((i) => i.id === expected(stored[4]!).id)).toMatchObject({
      title: '更新过的新闻（更正）',
      date_modified: '2026-02-05T08:00:00.000Z',
    });
    if (parsed)
      expect(parsed.entries.find((e) => e.id === expected(stored[4]!).id)).toMatchObject({ updated: '2026-02-05T08:00:00Z', title: '更新过的新闻（更正）' });
  });
});
