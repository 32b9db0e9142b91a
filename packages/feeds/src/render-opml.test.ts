import { parseOpml } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { renderOpml } from './render-opml.ts';

describe('renderOpml', () => {
  it('lists every feed as an OPML 2.0 rss outline that parses back, escaping titles', () => {
    const opml = renderOpml({
      title: 'Feedwright feeds',
      dateCreated: new Date('2026-02-05T04:21:13Z'),
      feeds: [
        {
          title: 'BBC News 中文 & more <b>',
          xmlUrl: 'https://fw.example/feeds/zhongwen.atom',
          htmlUrl: 'https://www.bbc.com/zhongwen/simp',
          language: 'zh-Hans',
        },
        { title: 'Gazette\u0000', xmlUrl: 'https://fw.example/feeds/gazette.atom?x=1&y=2' },
      ],
    });
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toContain('<dateCreated>Thu, 05 Feb 2026 04:21:13 GMT</dateCreated>');
    const parsed = parseOpml(opml);
    expect(parsed.head?.title).toBe('Feedwright feeds');
    expect(parsed.body?.outlines?.map((o) => [o.text, o.type, o.xmlUrl])).toEqual([
      ['BBC News 中文 & more <b>', 'rss', 'https://fw.example/feeds/zhongwen.atom'],
      ['Gazette', 'rss', 'https://fw.example/feeds/gazette.atom?x=1&y=2'],
    ]);
  });
});
