import type { Article } from '@feedwright/core/article.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { articleId, contentHashOf } from '@feedwright/core/ids.ts';

/** A plausible extracted Article for tests; `url` decides the id, the body decides the hash. */
export function sampleArticle(overrides: Partial<Article> & { url: string }): Article {
  const url = canonicalizeUrl(overrides.url) ?? overrides.url;
  const base: Article = {
    id: articleId(url),
    url,
    title: '经济学家说，发展与改革',
    byline: null,
    authors: ['记者 张三'],
    siteName: 'Newsroom',
    language: 'zh-Hans',
    publishedAt: '2026-02-05T04:21:13.000Z',
    updatedAt: null,
    summary: '关于发展的简要说明。',
    leadImage: null,
    images: [],
    contentHtml: '<p>中国发展改革委员会说，头发和软件。</p>',
    contentText: '中国发展改革委员会说，头发和软件。',
    alternates: [],
    tags: ['经济'],
    contentHash: '',
    extraction: { method: 'recipe', warnings: [] },
  };
  const article = { ...base, ...overrides, url, id: articleId(url) };
  return { ...article, contentHash: overrides.contentHash ?? contentHashOf(`${article.title}\n${article.contentHtml}\n${article.updatedAt}`) };
}
