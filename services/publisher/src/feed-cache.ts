import { createHash } from 'node:crypto';
import { isRedisConnectionError } from '@feedwright/core/connection-errors.ts';
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
  /** Set when Redis could not be asked and this is the last rendering (`Feedwright-Stale` header). */
  stale?: 'redis-unavailable';
};

/**
 * Renders feeds once per change: the cache key includes a version token that the store bumps on
 * every write to one of the feed's sources, so a request costs one MGET when nothing changed, and
 * every publisher replica sees a change at once. A variant feed's token covers every source,
 * because the publisher's own versions of its articles may live in other sources.
 *
 * Bounded against hostile clients: callers pass only a few limits (feed-limit.ts) and the variants
 * are a fixed list, so the number of renderings per change is small; concurrent requests for the
 * same rendering share one. While Redis is unreachable, the last rendering is served, marked stale.
 */
export function createFeedCache(store: Store, publicUrl: string, config: Pick<Config, 'sources'>, maxEntries = 200) {
  const cache = new Map<string, RenderedFeed>();
  const rendering = new Map<string, Promise<RenderedFeed>>();

  async function get(feed: FeedConfig, format: FeedFormat, limit: number, variant: ChineseVariant | null = null): Promise<RenderedFeed> {
    // Read per request: sources added at run time count too.
    const allSources = config.sources.map((s) => s.id);
    const key = `${feed.id}.${format}.${limit}.${variant ?? ''}`;
    let version: string;
    try {
      version = await store.articles.sourcesVersion(variant ? [...new Set([...feed.sources, ...allSources])] : feed.sources);
    } catch (error) {
      const last = cache.get(key);
      if (last && isRedisConnectionError(error)) return { ...last, stale: 'redis-unavailable' };
      throw error;
    }
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit;
    const flightKey = `${key}@${version}`;
    let pending = rendering.get(flightKey);
    if (!pending) {
      pending = render(key, feed, format, limit, variant, version).finally(() => rendering.delete(flightKey));
      rendering.set(flightKey, pending);
    }
    return pending;
  }

  async function render(
    key: string,
    feed: FeedConfig,
    format: FeedFormat,
    limit: number,
    variant: ChineseVariant | null,
    version: string,
  ): Promise<RenderedFeed> {
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
