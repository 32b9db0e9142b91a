import type { Story } from './newsroom.ts';
import { articlePath, type Variant } from './article-page.ts';
import { chineseDate, escapeAttribute as attr, escapeText as text, isoDay, scriptJson } from './html-text.ts';

/**
 * Renders the section front page (markup of corpus/seed/front-simp.html): the stories newest first,
 * plus the navigation noise discovery must ignore — section links, a terms link, a fragment link and
 * a tracking-parameter duplicate of the newest story.
 */
export function renderFrontPage(stories: Story[], variant: Variant, origin: string): string {
  const title = variant === 'simp' ? '主页' : '主頁';
  const lang = variant === 'simp' ? 'zh-Hans' : 'zh-Hant';
  const newest = stories[0];
  const noise = newest
    ? `<a href="${articlePath(newest.id, variant)}#comments">#</a><a href="${articlePath(newest.id, variant)}?at_medium=RSS&amp;at_campaign=rss">dup</a>`
    : '';
  const items = stories
    .map(
      (story) =>
        `<li class="bbc-${story.id.slice(1, 7)}"><div class="promo"><h3 class="bbc-4sk2le"><a href="${articlePath(story.id, variant)}" class="bbc-e685ds">${text(story.title)}</a></h3><time datetime="${isoDay(story.publishedAt)}">${chineseDate(story.publishedAt)}</time></div></li>`,
    )
    .join('');
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} - BBC News 中文</title>` +
    `<link rel="alternate" type="application/rss+xml" href="${attr(`${origin}/zhongwen/${variant}/rss.xml`)}"></head><body>` +
    `<header><nav><a href="/zhongwen/${variant}/world">国际</a><a href="https://www.bbc.co.uk/usingthebbc/terms">使用条款</a><a href="/zhongwen/${variant}/media/video">视频</a>${noise}</nav></header>` +
    `<main role="main"><section aria-labelledby="top"><h2 id="top">头条新闻</h2><ul>${items}</ul></section></main>` +
    `<script id="__NEXT_DATA__" type="application/json">${scriptJson(nextData(stories, variant, origin))}</script></body></html>`
  );
}

/** Simorgh front pages embed their curations as page data; discovery can read story links from it. */
function nextData(stories: Story[], variant: Variant, origin: string): unknown {
  return {
    props: {
      pageProps: {
        service: 'zhongwen',
        variant,
        pageData: {
          title: variant === 'simp' ? '主页' : '主頁',
          curations: [
            {
              title: variant === 'simp' ? '头条新闻' : '頭條新聞',
              summaries: stories.map((story) => ({
                type: 'article',
                id: `urn:bbc:optimo:asset:${story.id}`,
                title: story.title,
                description: story.summary,
                link: `${origin}${articlePath(story.id, variant)}`,
                // Like bbc.com, the listing carries only the first publication time: edits do not show here.
                firstPublished: story.publishedAt.toISOString(),
                ...(story.leadImage ? { imageUrl: story.leadImage.src, imageAlt: story.leadImage.alt } : {}),
              })),
            },
          ],
        },
      },
    },
    page: '/[service]/[[...variant]]',
    query: { service: 'zhongwen', variant: [variant] },
  };
}
