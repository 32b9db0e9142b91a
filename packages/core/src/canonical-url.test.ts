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

  // Expected values are what the implementation that set every part gave (it set hash, credentials, host and query
  // on every URL); the one that sets only the parts that change must give the same, byte for byte.
  it.each([
    ['https://Example.ORG./a?b=1#c', undefined, 'https://example.org/a?b=1'],
    ['https://user:pw@example.org/a', undefined, 'https://example.org/a'],
    ['https://:pw@example.org/a', undefined, 'https://example.org/a'],
    ['https://example.org/a?', undefined, 'https://example.org/a'],
    ['https://example.org/a?&', undefined, 'https://example.org/a'],
    ['https://example.org/a#', undefined, 'https://example.org/a'],
    ['https://example.org/a#x?utm_source=y', undefined, 'https://example.org/a'],
    ['https://example.org/a?utm_source=x', undefined, 'https://example.org/a'],
    ['https://example.org/a?id=a+b%20c&utm_medium=x', undefined, 'https://example.org/a?id=a+b+c'],
    ['https://example.org/a?id=a+b%20c', undefined, 'https://example.org/a?id=a+b%20c'],
    ['https://example.org/a?UTM_Source=x&id=1&utm_source=y', undefined, 'https://example.org/a?id=1'],
    ['https://example.org/a?utm%5Fsource=1&id=1', undefined, 'https://example.org/a?id=1'],
    ['https://example.org/a?=&x', undefined, 'https://example.org/a?=&x'],
    ['http://example.org:80/a', undefined, 'http://example.org/a'],
    ['http://0x7f.1/a', undefined, 'http://127.0.0.1/a'],
    ['http://[::1]:8080/a', undefined, 'http://[::1]:8080/a'],
    ['http://bücher.de./a', undefined, 'http://xn--bcher-kva.de/a'],
    ['http://./a', undefined, 'http://./a'],
    ['//cdn.example.org/x.jpg', 'https://example.org/a', 'https://cdn.example.org/x.jpg'],
    ['  ../b?share=1#top ', 'https://example.org/a/c', 'https://example.org/b'],
  ] as [string, string | undefined, string][])('canonicalises %s (base %s) to %s', (input, base, expected) => {
    expect(canonicalizeUrl(input, base)).toBe(expected);
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
