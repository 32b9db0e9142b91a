import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linksFromFeed } from './feed-links.ts';
import { linksFromListing } from './listing-links.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const expected = JSON.parse(fixture('front-simp.expected.json')) as { articleUrls: string[] };

describe('discovery', () => {
  it('finds every article of the BBC front page once, canonicalised, and nothing else', () => {
    const links = linksFromListing(fixture('front-simp.html'), 'https://www.bbc.com/zhongwen/simp', {
      links: 'a[href*="/zhongwen/articles/"]',
      pattern: '^https://www\\.bbc\\.com/zhongwen/articles/[a-z0-9]+/simp$',
    });
    expect(links.map((l) => l.url).sort()).toEqual([...expected.articleUrls].sort());
    expect(links.find((l) => l.url.endsWith('cx2p8v0k4q1o/simp'))?.date).toBe('2026-02-05T00:00:00.000Z');
  });

  it('keeps to the page host when no pattern is given', () => {
    const html = '<a href="/a/1">1</a><a href="https://other.example/x">x</a><a href="mailto:x@y">m</a><a href="/a/1#c">dup</a>';
    expect(linksFromListing(html, 'https://news.example/', {}).map((l) => l.url)).toEqual(['https://news.example/a/1']);
  });

  it('reads the BBC RSS feed, stripping at_* tracking parameters', () => {
    const links = linksFromFeed(fixture('rss-simp.xml'), 'https://feeds.bbci.co.uk/zhongwen/simp/rss.xml');
    expect(links[0]).toEqual({ url: 'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp', date: '2026-02-05T04:21:13.000Z' });
    expect(links.every((l) => !l.url.includes('at_medium'))).toBe(true);
    expect(new Set(links.map((l) => l.url)).size).toBe(links.length);
  });

  it('reads Atom feeds', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
      <entry><title>a</title><id>urn:a</id><link rel="alternate" href="/story/1?utm_source=feed"/><updated>2026-01-02T00:00:00Z</updated></entry></feed>`;
    expect(linksFromFeed(atom, 'https://site.example/atom.xml')).toEqual([{ url: 'https://site.example/story/1', date: '2026-01-02T00:00:00.000Z' }]);
  });

  it('reports a page that is not a feed with DISCOVER_PARSE', () => {
    expect(() => linksFromFeed('<html><body>hello</body></html>', 'https://x.example/rss')).toThrowError(expect.objectContaining({ code: 'DISCOVER_PARSE' }));
  });
});
