import type { Story } from './newsroom.ts';
import { articlePath, type Variant } from './article-page.ts';
import { escapeAttribute, escapeText } from './html-text.ts';

/** CDATA cannot contain "]]>"; split it across two sections so any text survives. */
function cdata(value: string): string {
  return `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/**
 * Renders the section feed in BBC's RSS style (corpus/seed/rss-simp.xml): links carry
 * `?at_medium=RSS&at_campaign=rss`, and the guid is the bare URL plus "#0" with isPermaLink="false".
 * Written by hand because the point is to reproduce BBC's exact quirks, not to produce a clean feed.
 */
export function renderRssFeed(stories: Story[], variant: Variant, origin: string, lastBuild: Date): string {
  const items = stories
    .map((story) => {
      const url = `${origin}${articlePath(story.id, variant)}`;
      return (
        `<item><title>${cdata(story.title)}</title><description>${cdata(story.summary)}</description>` +
        `<link>${escapeText(`${url}?at_medium=RSS&at_campaign=rss`)}</link>` +
        `<guid isPermaLink="false">${escapeText(url)}#0</guid><pubDate>${story.publishedAt.toUTCString()}</pubDate></item>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">` +
    `<channel><title>${cdata('BBC News 中文')}</title><description>${cdata('BBC News 中文')}</description>` +
    `<link>${escapeText(`${origin}/zhongwen/${variant}`)}</link><generator>RSS for Node</generator><lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>` +
    `<atom:link href="${escapeAttribute(`${origin}/zhongwen/${variant}/rss.xml`)}" rel="self" type="application/rss+xml"/>` +
    `<copyright>${cdata(`版权所有 ${lastBuild.getUTCFullYear()} BBC.`)}</copyright><language>${cdata(variant === 'simp' ? 'zh-hans' : 'zh-hant')}</language><ttl>15</ttl>` +
    `${items}</channel></rss>`
  );
}
