import { describe, expect, it } from 'vitest';
import { cleanLink } from './links.ts';

const base = 'https://example.org/news/story';

describe('cleanLink', () => {
  it('drops tracking parameters and keeps the others', () => {
    expect(cleanLink('/a?utm_source=x&id=3', base)).toBe('https://example.org/a?id=3');
    expect(cleanLink('/a?utm_source=x&fbclid=y', base)).toBe('https://example.org/a');
    expect(cleanLink('/a?utm_source=x#part', base)).toBe('https://example.org/a#part');
  });

  it('leaves links without a query as they resolve: none, an empty one, or a ? inside the fragment', () => {
    expect(cleanLink('b', base)).toBe('https://example.org/news/b');
    expect(cleanLink('/a?', base)).toBe('https://example.org/a?');
    expect(cleanLink('/a?#x', base)).toBe('https://example.org/a?#x');
    expect(cleanLink('/a#x?utm_source=y', base)).toBe('https://example.org/a#x?utm_source=y');
    expect(cleanLink('mailto:desk@example.org?subject=utm_source', base)).toBe('mailto:desk@example.org?subject=utm_source');
  });

  it('drops what is not http(s) or mailto', () => {
    expect(cleanLink('javascript:alert(1)', base)).toBeNull();
    expect(cleanLink('#top', base)).toBeNull();
    expect(cleanLink('http://[bad', base)).toBeNull();
  });
});
