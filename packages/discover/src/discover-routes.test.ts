import { describe, expect, it } from 'vitest';
import { alternateFeeds, storyLikeLinks } from './alternate-feeds.ts';
import { linksFromPageData } from './page-data-links.ts';
import { parseSitemap, sitemapsToFollow } from './sitemap-links.ts';

const INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-old.xml</loc><lastmod>2025-01-01T00:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://news.example/news-sitemap.xml</loc><lastmod>2026-02-05T06:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://news.example/news-sitemap.xml#again</loc></sitemap>
</sitemapindex>`;

const NEWS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/a/1?utm_source=sitemap</loc><lastmod>2026-02-05T06:02:41Z</lastmod>
    <news:news><news:publication><news:name>N</news:name><news:language>zh-cn</news:language></news:publication>
    <news:publication_date>2026-02-05T04:21:13Z</news:publication_date><news:title>一</news:title></news:news></url>
  <url><loc>https://news.example/a/2</loc><lastmod>2026-02-04T00:00:00+08:00</lastmod></url>
  <url><loc>https://news.example/a/1</loc></url>
  <url><loc>https://news.example/video/3</loc></url>
</urlset>`;

describe('sitemaps', () => {
  it('reads a sitemap index and follows the newest children first, each once', () => {
    const parsed = parseSitemap(INDEX, 'https://news.example/sitemap.xml');
    expect(parsed.kind).toBe('index');
    if (parsed.kind !== 'index') throw new Error('expected a sitemap index');
    expect(parsed.sitemaps.map((s) => s.url)).toEqual(['https://news.example/sitemap-old.xml', 'https://news.example/news-sitemap.xml']);
    expect(sitemapsToFollow(parsed.sitemaps, 1)).toEqual(['https://news.example/news-sitemap.xml']);
  });

  it('dates news sitemap URLs by news:publication_date, else lastmod, canonicalised and de-duplicated', () => {
    const parsed = parseSitemap(NEWS, 'https://news.example/news-sitemap.xml', { pattern: '/a/\\d+$' });
    expect(parsed).toEqual({
      kind: 'urlset',
      links: [
        { url: 'https://news.example/a/1', date: '2026-02-05T04:21:13.000Z' },
        { url: 'https://news.example/a/2', date: '2026-02-03T16:00:00.000Z' },
      ],
    });
  });

  it('reports a document that is not a sitemap with DISCOVER_PARSE', () => {
    expect(() => parseSitemap('<html><body>hi</body></html>', 'https://x.example/sitemap.xml')).toThrowError(
      expect.objectContaining({ code: 'DISCOVER_PARSE' }),
    );
  });
});

describe('embedded page data', () => {
  const page = (data: unknown) =>
    `<html><body><a href="/nav">nav</a><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`;

  it('finds the story links of a __NEXT_DATA__ curation once each, with their dates', () => {
    const html = page({
      props: {
        pageProps: {
          pageData: {
            curations: [
              {
                summaries: [
                  {
                    link: 'https://news.example/articles/c1/simp?at_medium=RSS',
                    firstPublished: '2026-02-05T04:21:13Z',
                    imageUrl: 'https://img.example/1.jpg',
                  },
                  { link: '/articles/c2/simp', firstPublished: 1770265273000 },
                ],
              },
              { summaries: [{ link: 'https://news.example/articles/c1/simp' }, { link: 'https://elsewhere.example/x' }] },
            ],
          },
        },
      },
    });
    expect(linksFromPageData(html, 'https://news.example/front')).toEqual([
      { url: 'https://news.example/articles/c1/simp', date: '2026-02-05T04:21:13.000Z' },
      { url: 'https://news.example/articles/c2/simp', date: '2026-02-05T04:21:13.000Z' },
    ]);
  });

  it('applies the pattern, and fails with DISCOVER_PARSE when the script is missing or not JSON', () => {
    const html = page({ items: [{ url: 'https://news.example/articles/c1/simp' }, { url: 'https://news.example/live/9' }] });
    expect(linksFromPageData(html, 'https://news.example/', { pattern: '/articles/' }).map((l) => l.url)).toEqual(['https://news.example/articles/c1/simp']);
    expect(() => linksFromPageData('<html></html>', 'https://news.example/')).toThrowError(expect.objectContaining({ code: 'DISCOVER_PARSE' }));
    expect(() => linksFromPageData('<script id="__NEXT_DATA__">{oops</script>', 'https://news.example/')).toThrowError(
      expect.objectContaining({ code: 'DISCOVER_PARSE' }),
    );
  });
});

describe('site-only discovery', () => {
  it('finds the feeds a page advertises, and only those', () => {
    const html = `<head><link rel="alternate" type="application/rss+xml" href="/rss.xml?utm_source=x">
      <link rel="alternate" type="application/atom+xml" href="https://news.example/atom.xml">
      <link rel="alternate" hreflang="zh-Hant" href="/trad"><link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/json+oembed" href="/oembed"></head>`;
    expect(alternateFeeds(html, 'https://news.example/')).toEqual(['https://news.example/rss.xml', 'https://news.example/atom.xml']);
  });

  it('falls back to story-like links: same host, deep paths with an id, not section navigation', () => {
    const urls = [
      'https://news.example/zhongwen/articles/cx2p8v0k4q1o/simp',
      'https://news.example/zhongwen/simp/world',
      'https://other.example/a/123456',
      'https://news.example/2026/02/05/a-long-story-slug',
    ];
    expect(storyLikeLinks(urls, 'https://news.example/zhongwen/simp')).toEqual([urls[0], urls[3]]);
  });
});
