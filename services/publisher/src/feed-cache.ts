import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { StoredArticle } from '@feedwright/core/article.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import type { Config, FeedConfig } from '@feedwright/core/config.ts';
import { articleId } from '@feedwright/core/ids.ts';
import { renderFeed, type FeedFormat } from '@feedwright/feeds/render-feed.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { alternateUrlFor, convertArticle, languageOfVariant, type ChineseVariant } from './chinese-variant.ts';

export type ContentCoding = 'br' | 'gzip';

export type RenderedFeed = {
  /** The document's UTF-8 bytes (a Buffer, so a request never re-encodes the text). */
  body: Buffer;
  /** Strong validator of the identity body; a coded body's ETag adds `-br` / `-gzip` (RFC 9110 §8.8.3). */
  etag: string;
  lastModified: Date;
  version: string;
  /** Compressed bodies, made on first request and kept with the rendering (never per request). */
  coded: Partial<Record<ContentCoding, Buffer>>;
};

/** Extension → format, for `/feeds/<id>.<ext>`. */
export const FEED_EXTENSIONS: Record<string, FeedFormat> = { rss: 'rss', atom: 'atom', json: 'json' };

/** True when the article passes the feed's include/exclude keywords (title or body). */
export function matchesFeed(feed: FeedConfig, article: StoredArticle): boolean {
  const haystack = `${article.title}\n${article.contentText}`;
  if (feed.exclude.some((word) => haystack.includes(word))) return false;
  return feed.include.length === 0 || feed.include.some((word) => haystack.includes(word));
}

/** The feed's URLs: canonical format URLs, the document's self URL (with its variant), and the hub. */
export function feedLinks(publicUrl: string, feedId: string, format: FeedFormat, variant: ChineseVariant | null) {
  const feedUrls = { rss: `${publicUrl}/feeds/${feedId}.rss`, atom: `${publicUrl}/feeds/${feedId}.atom`, json: `${publicUrl}/feeds/${feedId}.json` };
  return { feedUrls, selfUrl: variant ? `${feedUrls[format]}?variant=${variant}` : feedUrls[format], hubUrl: `${publicUrl}/hub` };
}

/**
 * Puts articles into `variant`: an article the publisher also wrote in that variant (listed in its
 * `alternates` and stored by us) is replaced by that version; any other Chinese article is
 * converted with OpenCC. Non-Chinese articles pass unchanged. Duplicates (both versions in the
 * feed) collapse to one entry because `renderFeed` keeps the first occurrence of an id.
 */
export async function inVariant(store: Store, articles: StoredArticle[], variant: ChineseVariant): Promise<StoredArticle[]> {
  return Promise.all(
    articles.map(async (article) => {
      const url = alternateUrlFor(article, variant);
      const canonical = url ? canonicalizeUrl(url) : null;
      const own = canonical && canonical !== article.url ? await store.articles.get(articleId(canonical)) : null;
      return own ? convertArticle(own, variant) : convertArticle(article, variant);
    }),
  );
}

/** Renders one feed document from stored articles (pure apart from the alternate look-ups). */
export async function renderFeedDocument(
  store: Store,
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
    const articles = candidates.filter((a) => matchesFeed(feed, a)).slice(0, limit);
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

/** The body of `rendered` in `coding`, compressed once and kept. */
export function codedBody(rendered: RenderedFeed, coding: ContentCoding): Buffer {
  rendered.coded[coding] ??=
    coding === 'br'
      ? brotliCompressSync(rendered.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } })
      : gzipSync(rendered.body, { level: 9 });
  return rendered.coded[coding]!;
}

/** Picks br or gzip from `Accept-Encoding` (q-values honoured; br preferred on a tie), or null for identity. */
export function negotiateCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name!.trim(), qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const weight = (coding: string) => q.get(coding) ?? (coding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}
