import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

const fixture = new URL('./__fixtures__/seed-article-simp/', import.meta.url);
const html = readFileSync(new URL('input.html', fixture));
const expected = JSON.parse(readFileSync(new URL('expected.json', fixture), 'utf8')) as {
  url: string;
  canonicalUrl: string;
  language: string;
  title: string;
  siteName: string;
  publishedAt: string;
  updatedAt: string;
  leadImage: { url: string; credit: string };
  alternates: { language: string; url: string }[];
  bodyBlocks: { type: string; text: string }[];
  bodyText: string;
  imagesInBody: number;
  mustNotContain: string[];
};
const fetchedAt = new Date('2026-02-08T08:00:00Z');

function checkGolden(input: Uint8Array | string, method: string): void {
  // The fetched URL carries RSS tracking noise; the canonical URL must not.
  const article = extractArticle(input, { url: `${expected.url}?at_medium=RSS&at_campaign=rss`, fetchedAt });
  expect(article.extraction.method).toBe(method);
  expect(article.contentText).toBe(expected.bodyText);
  let cursor = 0;
  for (const block of expected.bodyBlocks) {
    const at = article.contentText.indexOf(block.text, cursor);
    expect(at, `block in order: ${block.text.slice(0, 20)}`).toBeGreaterThanOrEqual(cursor);
    cursor = at + block.text.length;
  }
  for (const text of expected.mustNotContain) expect(article.contentText).not.toContain(text);
  for (const text of expected.mustNotContain) expect(article.contentHtml).not.toContain(text);
  expect(article.title).toBe(expected.title);
  expect(article.language).toBe(expected.language);
  expect(article.siteName).toBe(expected.siteName);
  expect(article.publishedAt).toBe(expected.publishedAt);
  expect(article.updatedAt).toBe(expected.updatedAt);
  expect(article.url).toBe(expected.canonicalUrl);
  expect(article.leadImage?.url).toBe(expected.leadImage.url);
  expect(article.leadImage?.credit).toBe(expected.leadImage.credit);
  expect(article.alternates).toEqual(expected.alternates);
  expect(article.images).toHaveLength(expected.imagesInBody);
  for (const image of article.images) expect(image.credit).toBe('Getty Images');
  expect(article.contentHtml).toContain('<h2>北京再提“红线”，华盛顿强调“气氛良好”</h2>');
}

describe('the seed BBC News 中文 article', () => {
  it('extracts the golden article from the page data (__NEXT_DATA__)', () => {
    checkGolden(html, 'page-data');
  });

  it('extracts the same golden body with the generic extractor when page data is missing', () => {
    const withoutPageData = html.toString('utf8').replace(/<script id="__NEXT_DATA__"[\s\S]*?<\/script>/, '');
    checkGolden(withoutPageData, 'generic');
  });

  it('extracts the same golden body with the configured recipe', () => {
    const article = extractArticle(html, {
      url: expected.url,
      fetchedAt,
      recipe: { body: 'main[role="main"]', remove: ['section[aria-labelledby="related-content-heading"]', '[data-e2e="most-read-promo"]', 'figure p'] },
    });
    expect(article.extraction.method).toBe('recipe');
    expect(article.contentText).toBe(expected.bodyText);
  });

  it('records which signal won for each field and the charset decision', () => {
    const article = extractArticle(html, { url: expected.url, fetchedAt });
    expect(article.extraction.sources).toMatchObject({
      title: 'json-ld',
      publishedAt: 'json-ld',
      updatedAt: 'json-ld',
      canonicalUrl: 'link-canonical',
      leadImage: 'og:image',
      body: 'page-data',
    });
    expect(article.extraction.charset).toEqual({ name: 'utf-8', from: 'meta' });
  });

  it('hashes content, not fetch time: the same page fetched later keeps id and contentHash', () => {
    const a = extractArticle(html, { url: expected.url, fetchedAt });
    const b = extractArticle(html, { url: `${expected.url}?utm_source=x`, fetchedAt: new Date('2026-03-01T00:00:00Z') });
    expect(b.id).toBe(a.id);
    expect(b.contentHash).toBe(a.contentHash);
    const edited = extractArticle(html.toString('utf8').replaceAll('习特通话的时间耐人寻问。', '习特通话的时间耐人寻味。'), { url: expected.url, fetchedAt });
    expect(edited.contentHash).not.toBe(a.contentHash);
  });
});
