import type { StoredArticle } from '@feedwright/core/article.ts';
import type { FeedConfig } from '@feedwright/core/config.ts';

/** What decides a feed's stories: its sources and its include/exclude keywords. */
export type FeedRule = Pick<FeedConfig, 'sources' | 'include' | 'exclude'>;

/** True when the article passes the feed's include/exclude keywords (title or body). */
export function matchesKeywords(feed: Pick<FeedRule, 'include' | 'exclude'>, article: Pick<StoredArticle, 'title' | 'contentText'>): boolean {
  const haystack = `${article.title}\n${article.contentText}`;
  if (feed.exclude.some((word) => haystack.includes(word))) return false;
  return feed.include.length === 0 || feed.include.some((word) => haystack.includes(word));
}

/**
 * The one feed-membership rule: an article is in a feed when it comes from one of the feed's
 * sources and passes its keywords. Feeds, WebSub and webhook fan-out all ask this function.
 */
export function isInFeed(feed: FeedRule, article: Pick<StoredArticle, 'sourceId' | 'title' | 'contentText'>): boolean {
  return feed.sources.includes(article.sourceId) && matchesKeywords(feed, article);
}
