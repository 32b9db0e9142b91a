import type { Article } from '@feedwright/core/article.ts';

/** A minimal extracted Article for store tests: the id and hash are given, not derived. */
export function testArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1b2c3',
    url: 'https://example.org/a',
    title: 'Title',
    byline: null,
    authors: [],
    siteName: 'Example',
    language: 'en',
    publishedAt: '2026-02-05T04:21:13.000Z',
    updatedAt: null,
    summary: null,
    leadImage: null,
    images: [],
    contentHtml: '<p>Body</p>',
    contentText: 'Body',
    alternates: [],
    tags: [],
    contentHash: 'h1',
    extraction: { method: 'generic', warnings: [] },
    ...overrides,
  };
}
