import { createHash } from 'node:crypto';
import type { Config, FeedConfig } from '@feedwright/core/config.ts';
import type { FeedFormat } from '@feedwright/feeds/feed-formats.ts';
import { isInFeed } from '@feedwright/feeds/feed-membership.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { ChineseVariant } from './chinese-variant.ts';
import type { CompressibleBody } from './feed-compression.ts';
import { renderFeedDocument } from './render-feed-document.ts';

export type RenderedFeed = CompressibleBody & {
  /** Strong validator of the identity body; a coded body's ETag adds `-br` / `-gzip` (RFC 9110 §8.8.3). */
  etag: string;
  lastModified: Date;
  version: string;
};

/**
 * Renders feeds once per change: the cache key includes a version token that the store bumps on
 * every write to one of the feed's sources, so a request costs one MGET when nothing changed, and
 * every publisher replica sees a change at once. A variant feed's token covers every source,
 * because the publisher's own versions of its articles may live in other sources.
 */
export function createFeedCache(store: Store, publicUrl: string, config: Pick<Config, 'sources'>, maxEntries = 200) {
  const cache = new Map<string, RenderedFeed>();

  async function get(feed: FeedConfig, format: FeedFormat, limit: number, variant: ChineseVariant | null = null): Promise<RenderedFeed> {
    // Read per request: sources added at run time count too.
    const allSources = config.sources.map((s) => s.id);
    const key = `${feed.id}.${format}.${limit}.${variant ?? ''}`;
    const version = await store.articles.sourcesVersion(variant ? [...new Set([...feed.sources, ...allSources])] : feed.sources);
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit;

    // Read a little more than the limit so keyword filters still fill the feed.
    const candidates = await store.articles.listBySources(feed.sources, feed.include.length + feed.exclude.length > 0 ? limit * 2 : limit);
    const articles = candidates.filter((a) => isInFeed(feed, a)).slice(0, limit);
    const body = Buffer.from(await renderFeedDocument(store, publicUrl, feed, format, articles, variant), 'utf8');
    const lastChanged = articles.reduce((max, a) => Math.max(max, Date.parse(a.lastChangedAt) || 0), 0);
    const rendered: RenderedFeed = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      // HTTP dates have second precision; round down so If-Modified-Since compares cleanly.
      lastModified: new Date(Math.floor(lastChanged / 1000) * 1000),
      version,
      coded: {},
    };
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, rendered);
    return rendered;
  }

  return { get };
}
