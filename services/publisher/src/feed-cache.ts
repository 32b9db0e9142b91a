import { createHash } from 'node:crypto';
import type { StoredArticle } from '@feedwright/core/article.ts';
import type { FeedConfig } from '@feedwright/core/config.ts';
import { renderFeed, type FeedFormat } from '@feedwright/feeds/render-feed.ts';
import type { Store } from '@feedwright/store/create-store.ts';

export type RenderedFeed = { body: string; etag: string; lastModified: Date; version: string };

/** Extension → format, for `/feeds/<id>.<ext>`. */
export const FEED_EXTENSIONS: Record<string, FeedFormat> = { rss: 'rss', atom: 'atom', json: 'json' };

/** True when the article passes the feed's include/exclude keywords (title or body). */
export function matchesFeed(feed: FeedConfig, article: StoredArticle): boolean {
  const haystack = `${article.title}\n${article.contentText}`;
  if (feed.exclude.some((word) => haystack.includes(word))) return false;
  return feed.include.length === 0 || feed.include.some((word) => haystack.includes(word));
}

/**
 * Renders feeds once per change: the cache key includes a version token that the store bumps on
 * every write to one of the feed's sources, so a request costs one MGET when nothing changed, and
 * every publisher replica sees a change at once.
 */
export function createFeedCache(store: Store, publicUrl: string, maxEntries = 200) {
  const cache = new Map<string, RenderedFeed>();

  async function get(feed: FeedConfig, format: FeedFormat, limit: number): Promise<RenderedFeed> {
    const key = `${feed.id}.${format}.${limit}`;
    const version = await store.articles.sourcesVersion(feed.sources);
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit;

    // Read a little more than the limit so keyword filters still fill the feed.
    const candidates = await store.articles.listBySources(feed.sources, feed.include.length + feed.exclude.length > 0 ? limit * 2 : limit);
    const articles = candidates.filter((a) => matchesFeed(feed, a)).slice(0, limit);
    const feedUrls = {
      rss: `${publicUrl}/feeds/${feed.id}.rss`,
      atom: `${publicUrl}/feeds/${feed.id}.atom`,
      json: `${publicUrl}/feeds/${feed.id}.json`,
    };
    const body = renderFeed(
      format,
      { id: feed.id, title: feed.title, description: feed.description ?? null, language: feed.language ?? null, siteUrl: `${publicUrl}/`, selfUrl: feedUrls[format], feedUrls },
      articles,
    );
    const lastChanged = articles.reduce((max, a) => Math.max(max, Date.parse(a.lastChangedAt) || 0), 0);
    const rendered: RenderedFeed = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      // HTTP dates have second precision; round down so If-Modified-Since compares cleanly.
      lastModified: new Date(Math.floor(lastChanged / 1000) * 1000),
      version,
    };
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, rendered);
    return rendered;
  }

  return { get };
}
