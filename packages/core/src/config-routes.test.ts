import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';
import { classifyRoute, routeUrls } from './discover-route.ts';

describe('discovery route config', () => {
  it('accepts every route kind, a multi-page listing, and a source given only a site', () => {
    const result = validateConfig({
      sources: [
        {
          id: 'a',
          name: 'A',
          discover: [
            { feed: 'https://news.example/rss.xml' },
            { listing: ['https://news.example/', 'https://news.example/page/2'], links: 'h3 a', pattern: '/story/' },
            { sitemap: 'https://news.example/sitemap.xml', pattern: '/story/' },
            { pageData: 'https://news.example/', script: 'script#__NEXT_DATA__' },
            { site: 'https://blog.example/' },
          ],
        },
        { id: 'b', name: 'B', site: 'https://blog.example/' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error('expected a valid config');
    const [a, b] = result.config.sources;
    expect(a!.discover.flatMap((route) => routeUrls(classifyRoute(route)))).toEqual([
      'https://news.example/rss.xml',
      'https://news.example/',
      'https://news.example/page/2',
      'https://news.example/sitemap.xml',
      'https://news.example/',
      'https://blog.example/',
    ]);
    expect(a!.discover[2]).toEqual({ sitemap: 'https://news.example/sitemap.xml', pattern: '/story/', follow: 5 });
    expect(b!.discover).toEqual([]);
  });

  it('reports bad routes with their paths, and a source with neither routes nor site', () => {
    const result = validateConfig({
      sources: [
        {
          id: 'a',
          name: 'A',
          discover: [
            { sitemap: 'ftp://x' },
            { pageData: 'https://x.example/', pattern: '(' },
            { sitemap: 'https://x.example/s.xml', follow: 0 },
            { listing: [] },
          ],
        },
        { id: 'b', name: 'B' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'sources[0].discover[0].sitemap', message: 'invalid URL (expected an absolute http(s) URL)' },
      { path: 'sources[0].discover[1].pattern', message: 'invalid regular expression' },
      { path: 'sources[0].discover[2].follow', message: expect.stringMatching(/>=1/) },
      { path: 'sources[0].discover[3].listing', message: expect.stringMatching(/>=1/) },
      { path: 'sources[1].discover', message: 'at least one discovery route is required' },
    ]);
  });
});
