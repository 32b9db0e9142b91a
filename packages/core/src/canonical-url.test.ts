import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonical-url.ts';
import { articleId, deliveryId, eventId } from './ids.ts';

describe('canonicalizeUrl', () => {
  it('removes fragments and tracking parameters and lowercases the host', () => {
    expect(canonicalizeUrl('https://WWW.BBC.com/zhongwen/articles/cx2p8v0k4q1o/simp?at_medium=RSS&at_campaign=rss#0')).toBe(
      'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp',
    );
    expect(canonicalizeUrl('https://example.org/a?utm_source=x&id=5&fbclid=abc')).toBe('https://example.org/a?id=5');
  });

  it('resolves relative links against a base and drops default ports', () => {
    expect(canonicalizeUrl('/zhongwen/articles/x/simp#comments', 'https://www.bbc.com:443/zhongwen/simp')).toBe('https://www.bbc.com/zhongwen/articles/x/simp');
  });

  it('returns null for non-http schemes and garbage', () => {
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('mailto:a@b.c')).toBeNull();
    expect(canonicalizeUrl('http://')).toBeNull();
  });
});

describe('ids', () => {
  it('gives the same id to the same canonical URL and never contains ":"', () => {
    const a = articleId('https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp');
    expect(a).toBe(articleId('https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp'));
    expect(a).toMatch(/^[0-9a-f]{24}$/);
    expect(a).not.toBe(articleId('https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/trad'));
    expect(eventId(a, 'ab'.repeat(32))).not.toContain(':');
    expect(deliveryId('sub_1', eventId(a, 'ff'.repeat(32)))).toMatch(/^msg_[0-9a-f]{24}$/);
  });
});
