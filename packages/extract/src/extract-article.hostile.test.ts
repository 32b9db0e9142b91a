import { describe, expect, it } from 'vitest';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { extractArticle } from './extract-article.ts';

const options = { url: 'https://example.org/news/1', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const paragraph = '<p>This is a paragraph of real article prose, long enough to be scored as content, with commas, clauses, and a full stop.</p>';

/** Runs the extractor and returns its coded error (or null on success) plus the time taken. */
function attempt(input: Uint8Array | string): { code: string | null; ms: number } {
  const started = performance.now();
  try {
    extractArticle(input, options);
    return { code: null, ms: performance.now() - started };
  } catch (error) {
    if (!(error instanceof FeedwrightError)) throw error;
    return { code: error.code, ms: performance.now() - started };
  }
}

describe('hostile input: a coded error or a result, in bounded time', () => {
  it('rejects empty input as EXTRACT_NOT_HTML', () => {
    expect(attempt(new Uint8Array()).code).toBe('EXTRACT_NOT_HTML');
    expect(attempt('   \n').code).toBe('EXTRACT_NOT_HTML');
  });

  it('rejects binary input (a PNG, random bytes with NULs) as EXTRACT_NOT_HTML', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(attempt(png).code).toBe('EXTRACT_NOT_HTML');
    const noise = Buffer.alloc(50_000);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 256;
    expect(attempt(noise).code).toBe('EXTRACT_NOT_HTML');
  });

  it('tells control-byte noise (over 10% of the first 4 KB) from a page with a few stray control bytes', () => {
    expect(attempt(Buffer.from(`<html><body><article>${paragraph}\x01\x1f\x08</article></body></html>`)).code).toBeNull();
    expect(attempt(Buffer.from(`<p>${'\x01\x1f'.repeat(300)}</p>${paragraph}`)).code).toBe('EXTRACT_NOT_HTML');
    // Only the first 4 KB are read: a NUL after them is not a binary file's.
    expect(attempt(Buffer.from(`<html><body><article>${paragraph.repeat(40)}\0</article></body></html>`)).code).toBeNull();
    expect(attempt(Buffer.from(`<html><body>\0<article>${paragraph}</article></body></html>`)).code).toBe('EXTRACT_NOT_HTML');
  });

  it('rejects plain text without markup as EXTRACT_NOT_HTML', () => {
    expect(attempt('just some words, no tags at all').code).toBe('EXTRACT_NOT_HTML');
  });

  it('rejects 20 MB quickly as EXTRACT_TOO_LARGE', () => {
    const huge = Buffer.alloc(20 * 1024 * 1024, 'a');
    const result = attempt(huge);
    expect(result.code).toBe('EXTRACT_TOO_LARGE');
    expect(result.ms).toBeLessThan(200);
  });

  it('handles a page just under the size limit within a few seconds', () => {
    const big = `<html><body><article>${paragraph.repeat(50_000)}</article></body></html>`;
    const result = attempt(big);
    expect(result.code).toBeNull();
    expect(result.ms).toBeLessThan(10_000);
  });

  it('survives 100 000 levels of nesting without overflowing the stack', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}${paragraph}${'</div>'.repeat(100_000)}<article>${paragraph.repeat(5)}</article></body></html>`;
    const result = attempt(deep);
    expect(result.code === null || result.code === 'EXTRACT_NO_CONTENT').toBe(true);
    expect(result.ms).toBeLessThan(5_000);
  });

  it('extracts from unclosed tags', () => {
    const article = extractArticle(
      `<html><body><div><article><p>First paragraph of the story, with enough words to count as prose, really.<p>Second paragraph, also long enough to be kept by the extractor here.<p>Third`,
      options,
    );
    expect(article.contentText).toContain('First paragraph of the story');
    expect(article.contentText).toContain('Second paragraph');
  });

  it('extracts from a page without <body> or <html>', () => {
    const article = extractArticle(`<title>No body</title>${paragraph}${paragraph}`, options);
    expect(article.contentText).toContain('real article prose');
    expect(article.title).toBe('No body');
  });

  it('answers EXTRACT_NO_CONTENT for a page with no text', () => {
    expect(attempt('<html><head><title>x</title></head><body><div></div><script>var a=1</script></body></html>').code).toBe('EXTRACT_NO_CONTENT');
  });

  it('removes XML-illegal characters from every text field', () => {
    const article = extractArticle(
      `<html><head><title>Bad\u0001 title\uFFFE</title></head><body><article><p>Control\u0008 characters\u000B in prose\u001F that is long enough to be kept as article content.</p></article></body></html>`,
      options,
    );
    expect(article.title).toBe('Bad title');
    expect(article.contentText).toBe('Control characters in prose that is long enough to be kept as article content.');
    expect(article.contentHtml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('never throws anything but a FeedwrightError, even for a bad URL', () => {
    expect(() => extractArticle(paragraph, { ...options, url: 'not a url' })).toThrow(FeedwrightError);
  });
});
