import { describe, expect, it } from 'vitest';
import { isTrustedIdentityClaim, siteKey, sourceSiteKeys } from './source-identity.ts';

describe('siteKey', () => {
  it('is the registrable domain for names, public-suffix aware', () => {
    expect(siteKey('https://www.bbc.com/zhongwen/simp')).toBe('bbc.com');
    expect(siteKey('https://news.example.co.uk/a')).toBe('example.co.uk');
    expect(siteKey('https://alice.github.io/x')).not.toBe(siteKey('https://mallory.github.io/x'));
  });

  it('is host and port for IP addresses and localhost', () => {
    expect(siteKey('http://127.0.0.1:8001/a')).toBe('127.0.0.1:8001');
    expect(siteKey('http://127.0.0.1:8002/a')).not.toBe(siteKey('http://127.0.0.1:8001/a'));
    expect(siteKey('not a url')).toBeNull();
  });
});

describe('isTrustedIdentityClaim', () => {
  const bbc = sourceSiteKeys({
    site: 'https://www.bbc.com/zhongwen/simp',
    discover: [{ feed: 'https://feeds.bbci.co.uk/zhongwen/simp/rss.xml' }],
    hosts: ['www.bbc.co.uk'],
  });

  it('trusts a claim on the page\u2019s own site or on a site the source owns', () => {
    expect(isTrustedIdentityClaim('https://www.bbc.com/zhongwen/articles/x/simp', 'https://www.bbc.com/zhongwen/articles/x/simp?at_medium=RSS', bbc)).toBe(
      true,
    );
    expect(isTrustedIdentityClaim('https://www.bbc.co.uk/news/x', 'https://www.bbc.com/news/x', bbc)).toBe(true);
  });

  it('rejects a claim on another site, including the feed host of a third party', () => {
    expect(isTrustedIdentityClaim('https://victim.example/story', 'https://www.bbc.com/x', bbc)).toBe(false);
    expect(isTrustedIdentityClaim('https://feeds.bbci.co.uk/x', 'https://www.bbc.com/x', bbc)).toBe(false);
    expect(isTrustedIdentityClaim('http://127.0.0.1:9001/story', 'http://127.0.0.1:9002/page', new Set(['127.0.0.1:9002']))).toBe(false);
  });
});
