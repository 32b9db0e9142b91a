import { describe, expect, it } from 'vitest';
import { inferLinkPattern } from './link-pattern.ts';

describe('inferLinkPattern', () => {
  it('keeps shared segments literal, numbers as \\d+, and leaves out a stray link', () => {
    const urls = [
      'https://news.example/stories/2026/a-first-long-story',
      'https://news.example/stories/2025/second-long-story-here',
      'https://news.example/stories/2026/third-story-of-the-day',
      'https://news.example/about/the-team-behind-it',
    ];
    const pattern = inferLinkPattern(urls)!;
    expect(pattern).toBe('^https?://news\\.example/stories/\\d+/[^/]+/?$');
    const re = new RegExp(pattern);
    expect(urls.map((u) => re.test(u))).toEqual([true, true, true, false]);
    expect(re.test('https://news.example/stories/2026/a-fourth')).toBe(true);
    expect(re.test('https://news.example/stories')).toBe(false);
  });

  it('matches the newsroom article paths, and answers null below the minimum', () => {
    const pattern = inferLinkPattern(['http://127.0.0.1:4000/zhongwen/articles/cabc123/simp', 'http://127.0.0.1:4000/zhongwen/articles/cdef456/simp'])!;
    expect(new RegExp(pattern).test('http://127.0.0.1:4000/zhongwen/articles/cx2p8v0k4q1o/simp')).toBe(true);
    expect(new RegExp(pattern).test('http://127.0.0.1:4000/zhongwen/articles/cx2p8v0k4q1o/trad')).toBe(false);
    expect(inferLinkPattern(['https://a.example/x/1'], 2)).toBeNull();
  });
});
