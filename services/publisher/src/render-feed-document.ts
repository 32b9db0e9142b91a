import type { StoredArticle } from '@feedwright/core/article.ts';
import type { FeedConfig } from '@feedwright/core/config.ts';
import type { FeedFormat } from '@feedwright/feeds/feed-formats.ts';
import { renderFeed } from '@feedwright/feeds/render-feed.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { languageOfVariant, type ChineseVariant } from './chinese-variant.ts';
import { feedLinks } from './feed-links.ts';
import { inVariant } from './variant-articles.ts';

/** Renders one feed document from stored articles (pure apart from the alternate look-ups). */
export async function renderFeedDocument(
  store: Pick<Store, 'articles'>,
  publicUrl: string,
  feed: FeedConfig,
  format: FeedFormat,
  articles: StoredArticle[],
  variant: ChineseVariant | null,
): Promise<string> {
  const shown = variant ? await inVariant(store, articles, variant) : articles;
  const { feedUrls, selfUrl, hubUrl } = feedLinks(publicUrl, feed.id, format, variant);
  return renderFeed(
    format,
    {
      id: feed.id,
      title: feed.title,
      description: feed.description ?? null,
      language: variant ? languageOfVariant(variant) : (feed.language ?? null),
      siteUrl: `${publicUrl}/`,
      selfUrl,
      hubUrl,
      feedUrls,
    },
    shown,
  );
}
