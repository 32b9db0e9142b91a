import { describe, expect, it } from 'vitest';
import { newestNewLinks } from './newest-new-links.ts';

const link = (url: string, date: string | null = null) => ({ url, date });

describe('newestNewLinks', () => {
  it('picks the newest new links first and counts the rest as held for later polls', () => {
    const links = [
      link('a', '2026-11-01T00:00:00Z'),
      link('b', '2026-11-03T00:00:00Z'),
      link('seen', '2026-11-04T00:00:00Z'),
      link('c'),
      link('d', '2026-11-02T00:00:00Z'),
    ];
    const result = newestNewLinks(links, (l) => l.url !== 'seen', 2);
    expect(result.picked.map((l) => l.url)).toEqual(['b', 'd']);
    expect(result.held).toBe(2);
  });

  it('keeps page order for undated links and holds nothing under the cap', () => {
    const result = newestNewLinks([link('x'), link('y'), link('z')], () => true, 100);
    expect(result).toEqual({ picked: [link('x'), link('y'), link('z')], held: 0 });
  });
});
