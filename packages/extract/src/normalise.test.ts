import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

const prose = (n: number): string =>
  `Paragraph ${n} of the story carries enough words, commas, and clauses to be scored as real article prose by the extractor.`;

const page = `<!DOCTYPE html><html lang="en"><head>
<title>Lazy images and links | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="twitter:title" content="Lazy images and links">
<meta name="DC.date" content="2026-02-05">
<link rel="alternate" hreflang="x-default" href="/news/lazy">
<link rel="alternate" hreflang="de" href="https://example.org/de/news/lazy?utm_source=x">
</head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article>
<h1>Lazy images and links</h1>
<p>${prose(1)} See <a href="/related/1?utm_medium=rss&amp;id=9#frag">this earlier story</a>.</p>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/a.jpg" alt="A"><figcaption>Caption A <span class="credit">Photo: Agency</span></figcaption></figure>
<p>${prose(2)}</p>
<img src="/img/placeholder.png" data-srcset="/img/b-320.jpg 320w, /img/b-1024.jpg 1024w" alt="B">
<p>${prose(3)}</p>
<div class="image"><img src="/img/lazy.gif" class="lazy"><noscript><img src="https://cdn.example.org/img/c.jpg" alt="C"></noscript><p class="caption">Caption C</p></div>
<p>${prose(4)}</p>
<picture><source srcset="/img/d.webp 1x, /img/d@2x.webp 2x"><img alt="D"></picture>
<h2>A subheading</h2>
<p>${prose(5)}</p>
<img src="/pixel.gif" width="1" height="1">
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/x">Other story</a></li></ul></aside>
</body></html>`;

describe('normalisation', () => {
  const article = extractArticle(page, { url: 'https://example.org/news/lazy?utm_campaign=feed', fetchedAt: new Date('2026-02-08T00:00:00Z') });

  it('resolves lazy images (data-src, data-srcset, <noscript>, <picture>) to absolute URLs and drops pixels', () => {
    expect(article.images.map((i) => i.url)).toEqual([
      'https://example.org/img/a.jpg',
      'https://example.org/img/b-1024.jpg',
      'https://cdn.example.org/img/c.jpg',
      'https://example.org/img/d@2x.webp',
    ]);
    expect(article.images[0]).toMatchObject({ alt: 'A', caption: 'Caption A', credit: 'Photo: Agency' });
    expect(article.images[2]).toMatchObject({ caption: 'Caption C' });
  });

  it('keeps captions out of the text and subheadings in order', () => {
    expect(article.contentText.split('\n\n')).toEqual([`${prose(1)} See this earlier story.`, prose(2), prose(3), prose(4), 'A subheading', prose(5)]);
    expect(article.contentHtml).toContain('<h2>A subheading</h2>');
  });

  it('makes links absolute and strips tracking parameters and fragments only from tracking', () => {
    expect(article.contentHtml).toContain('<a href="https://example.org/related/1?id=9#frag">this earlier story</a>');
    expect(article.url).toBe('https://example.org/news/lazy');
  });

  it('fills metadata from Twitter, Dublin Core and hreflang when richer signals are missing', () => {
    expect(article.title).toBe('Lazy images and links');
    expect(article.extraction.sources?.title).toBe('twitter:title');
    expect(article.publishedAt).toBe('2026-02-05T00:00:00.000Z');
    expect(article.extraction.sources?.publishedAt).toBe('dublin-core');
    expect(article.alternates).toEqual([{ language: 'de', url: 'https://example.org/de/news/lazy' }]);
    expect(article.siteName).toBe('Example News');
    expect(article.language).toBe('en');
    expect(article.leadImage?.url).toBe('https://example.org/img/a.jpg');
  });

  it('resolves a relative visible date against the fetch time, never the fetch time itself', () => {
    const relative = extractArticle(
      `<html><body><article><div class="date">3 小时前</div><p>${'这是一段足够长的中文正文，用于测试相对时间的解析。'.repeat(3)}</p></article></body></html>`,
      { url: 'https://example.cn/a', fetchedAt: new Date('2026-02-08T08:00:00Z'), timezone: 'Asia/Shanghai' },
    );
    expect(relative.publishedAt).toBe('2026-02-08T05:00:00.000Z');
    expect(relative.extraction.sources?.publishedAt).toBe('visible-text');
    const none = extractArticle(`<html><body><article><p>${prose(1)}</p></article></body></html>`, {
      url: 'https://example.org/a',
      fetchedAt: new Date('2026-02-08T08:00:00Z'),
    });
    expect(none.publishedAt).toBeNull();
    expect(none.updatedAt).toBeNull();
  });
});
