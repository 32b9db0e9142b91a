import type { StoredArticle } from '@feedwright/core/article.ts';
import { Feed, type Extension, type Item } from 'feed';
import { resolveUrl } from './absolute-urls.ts';
import { EPOCH, toFeedEntry, type FeedEntry } from './feed-entry.ts';
import { FEED_FORMATS, type FeedFormat } from './feed-formats.ts';
import { escapeHtml, forXmlAttribute, forXmlCdata, forXmlText, stripXmlIllegal } from './xml-text.ts';

export type FeedMeta = {
  id: string;
  title: string;
  description?: string | null;
  language?: string | null;
  /** Link to the site the feed is about. */
  siteUrl?: string | null;
  /** Absolute URL of this feed document. */
  selfUrl: string;
  hubUrl?: string | null;
  /** Absolute URLs of all three formats. */
  feedUrls: Record<FeedFormat, string>;
  updatedAt?: string | null;
  generator?: string;
};

/** The media type of each format (from the one list in feed-formats.ts). */
export const FEED_MEDIA_TYPES = Object.fromEntries(Object.entries(FEED_FORMATS).map(([format, { mediaType }]) => [format, mediaType])) as Record<
  FeedFormat,
  string
>;

const DEFAULT_GENERATOR = 'Feedwright';
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** The feed's metadata with illegal characters stripped and URLs made absolute (or dropped). */
type CleanMeta = {
  id: string;
  title: string;
  description: string | null;
  language: string | null;
  siteUrl: string | null;
  selfUrl: string;
  hubUrl: string | null;
  jsonUrl: string;
  updatedAt: string | null;
  generator: string;
};

function cleanMeta(meta: FeedMeta): CleanMeta {
  const clean = (value: string | null | undefined): string | null => {
    const cleaned = value == null ? '' : stripXmlIllegal(value).trim();
    return cleaned === '' ? null : cleaned;
  };
  const selfUrl = resolveUrl(clean(meta.selfUrl));
  if (!selfUrl) throw new TypeError(`FeedMeta.selfUrl must be an absolute http(s) URL, got ${JSON.stringify(meta.selfUrl)}`);
  return {
    id: clean(meta.id) ?? selfUrl,
    title: clean(meta.title) ?? selfUrl,
    description: clean(meta.description),
    language: clean(meta.language),
    siteUrl: resolveUrl(clean(meta.siteUrl)),
    selfUrl,
    hubUrl: resolveUrl(clean(meta.hubUrl)),
    jsonUrl: resolveUrl(clean(meta.feedUrls.json)) ?? selfUrl,
    updatedAt: clean(meta.updatedAt),
    generator: clean(meta.generator) ?? DEFAULT_GENERATOR,
  };
}

function feedUpdated(meta: CleanMeta, entries: FeedEntry[]): Date {
  let latest: Date | null = null;
  const metaUpdated = meta.updatedAt ? new Date(meta.updatedAt) : null;
  for (const candidate of [metaUpdated, ...entries.map((entry) => entry.updated)]) {
    if (candidate && !Number.isNaN(candidate.getTime()) && (!latest || candidate > latest)) latest = candidate;
  }
  // No entries and no meta date: see EPOCH for why not the clock.
  return latest ?? EPOCH;
}

// The same story may reach a feed through two sources; a reader must see it once, and JSON Feed
// requires unique ids. Input is newest first, so the first occurrence wins.
function uniqueEntries(articles: StoredArticle[], meta: CleanMeta): FeedEntry[] {
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  for (const article of articles) {
    const entry = toFeedEntry(article, meta.siteUrl, meta.selfUrl);
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  return entries;
}

/**
 * Adds namespace declarations (and `xml:lang`) to the root start tag. `feed` declares `dc` only
 * when some item has content and has no way to declare `media`; an undeclared prefix makes the
 * document ill-formed for every namespace-aware parser.
 */
function addRootAttributes(xml: string, root: 'rss' | 'feed', attributes: Record<string, string>): string {
  const startTag = new RegExp(`<${root}\\b([^>]*)>`);
  const match = startTag.exec(xml);
  if (!match) throw new Error(`feed produced no <${root}> element; the feed package output changed`);
  const existing = match[1] ?? '';
  const added = Object.entries(attributes)
    .filter(([name]) => !new RegExp(`\\s${name.replace('.', '\\.')}=`).test(existing))
    .map(([name, value]) => ` ${name}="${forXmlAttribute(value).replace(/"/g, '&quot;')}"`)
    .join('');
  return xml.slice(0, match.index) + `<${root}${existing}${added}>` + xml.slice(match.index + match[0].length);
}

function rssItem(entry: FeedEntry): Item {
  const extensions: Extension[] = [];
  // RSS 2.0 <author> must be an e-mail address; names go in dc:creator, one element per author.
  if (entry.authors.length > 0) {
    extensions.push({ name: 'dc:creator', objects: entry.authors.map((name) => ({ _text: forXmlText(name) })) as unknown as Record<string, unknown> });
  }
  if (entry.image) {
    const attributes: Record<string, string> = { url: forXmlAttribute(entry.image.url), medium: 'image' };
    if (entry.image.mediaType) attributes.type = entry.image.mediaType;
    const mediaContent: Record<string, unknown> = { _attributes: attributes };
    if (entry.image.description) mediaContent['media:description'] = { _attributes: { type: 'plain' }, _text: forXmlText(entry.image.description) };
    if (entry.image.credit) mediaContent['media:credit'] = { _text: forXmlText(entry.image.credit) };
    extensions.push({ name: 'media:content', objects: mediaContent });
  }
  const item: Item = {
    // Readers treat RSS titles as HTML (RSS Best Practices Profile; feedparser does), so a plain
    // title is HTML-escaped: "AT&amp;T" in the source must not display as "AT&T".
    title: forXmlCdata(escapeHtml(entry.title)),
    link: entry.link,
    guid: forXmlText(entry.id),
    // feed writes pubDate from `date`, overridden by `published`; RSS has no "updated".
    date: entry.published ?? entry.updated,
    content: entry.contentHtml === '' ? undefined : forXmlCdata(entry.contentHtml),
    description: entry.summary ? forXmlCdata(escapeHtml(entry.summary)) : undefined,
    category: entry.tags.map((tag) => ({ name: forXmlText(tag) })),
    extensions,
  };
  if (entry.published) item.published = entry.published;
  // An enclosure needs a real media type; without one media:content alone carries the image.
  if (entry.image?.mediaType) item.enclosure = { url: entry.image.url, type: entry.image.mediaType, length: 0 };
  return item;
}

function renderRss(meta: CleanMeta, entries: FeedEntry[]): string {
  const feed = new Feed({
    title: forXmlText(meta.title),
    description: forXmlText(meta.description ?? meta.title),
    // RSS requires a channel link; the feed itself is the best we have when no site is configured.
    link: meta.siteUrl ?? meta.selfUrl,
    feed: meta.selfUrl,
    hub: meta.hubUrl ?? undefined,
    language: meta.language ? forXmlText(meta.language) : undefined,
    updated: feedUpdated(meta, entries),
    generator: forXmlText(meta.generator),
  });
  for (const entry of entries) feed.addItem(rssItem(entry));
  return addRootAttributes(feed.rss2(), 'rss', {
    'xmlns:atom': NS.atom,
    'xmlns:content': NS.content,
    'xmlns:dc': NS.dc,
    'xmlns:media': NS.media,
  });
}

function atomItem(entry: FeedEntry): Item {
  const item: Item = {
    // feed marks entry titles type="html"; our titles are plain text, so escape them as HTML or
    // a title like "a <b> c" would lose its "<b>".
    title: forXmlCdata(escapeHtml(entry.title)),
    id: entry.id,
    link: entry.link,
    date: entry.updated,
    content: forXmlCdata(entry.contentHtml),
    description: entry.summary ? forXmlCdata(escapeHtml(entry.summary)) : undefined,
    author: entry.authors.map((name) => ({ name: forXmlText(name) })),
    // feed escapes `&` in category terms but not `<` (an attribute): a tag with `<` is left out
    // rather than make the document ill-formed.
    category: entry.tags.filter((tag) => !tag.includes('<')).map((tag) => ({ term: tag })),
  };
  if (entry.published) item.published = entry.published;
  return item;
}

function renderAtom(meta: CleanMeta, entries: FeedEntry[]): string {
  // RFC 4287: a feed must carry an author unless every entry does; the feed's title stands in.
  const needsFeedAuthor = entries.length === 0 || entries.some((entry) => entry.authors.length === 0);
  const feed = new Feed({
    // Atom ids must be IRIs and must not change; the feed id alone (not a host-dependent URL).
    id: forXmlText(`urn:feedwright:feed:${encodeURIComponent(meta.id)}`),
    title: forXmlText(meta.title),
    description: meta.description ? forXmlText(meta.description) : undefined,
    link: meta.siteUrl ?? undefined,
    feed: meta.selfUrl,
    hub: meta.hubUrl ?? undefined,
    updated: feedUpdated(meta, entries),
    // feed escapes the generator itself.
    generator: meta.generator,
    author: needsFeedAuthor ? { name: forXmlText(meta.title) } : undefined,
  });
  for (const entry of entries) feed.addItem(atomItem(entry));
  // feed has no Atom language option; xml:lang on the root is how Atom states it.
  return addRootAttributes(feed.atom1(), 'feed', meta.language ? { 'xml:lang': meta.language } : {});
}

// JSON Feed is written by hand: feed v6 emits version 1 (`author` objects, no `language`,
// `date_modified` from the wrong field), so nothing of its output would survive the fixes.
function renderJson(meta: CleanMeta, entries: FeedEntry[]): string {
  const document: Record<string, unknown> = {
    version: JSON_FEED_VERSION,
    title: meta.title,
  };
  if (meta.siteUrl) document.home_page_url = meta.siteUrl;
  // feed_url is the feed's identity in JSON Feed, so it is the canonical JSON URL from feedUrls,
  // not selfUrl, which may carry per-request parameters such as ?limit=.
  document.feed_url = meta.jsonUrl;
  if (meta.description) document.description = meta.description;
  if (meta.language) document.language = meta.language;
  if (meta.hubUrl) document.hubs = [{ type: 'WebSub', url: meta.hubUrl }];
  document.items = entries.map((entry) => {
    const item: Record<string, unknown> = { id: entry.id, url: entry.link, title: entry.title };
    if (entry.contentHtml !== '') item.content_html = entry.contentHtml;
    // JSON Feed requires content_html or content_text; an empty text still satisfies it.
    if (entry.contentText !== '' || entry.contentHtml === '') item.content_text = entry.contentText;
    if (entry.summary) item.summary = entry.summary;
    if (entry.image) item.image = entry.image.url;
    if (entry.published) item.date_published = entry.published.toISOString();
    item.date_modified = entry.updated.toISOString();
    if (entry.authors.length > 0) item.authors = entry.authors.map((name) => ({ name }));
    if (entry.tags.length > 0) item.tags = entry.tags;
    if (entry.language) item.language = entry.language;
    return item;
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The renderer of each format: a format without one does not compile. */
const RENDERERS: Record<FeedFormat, (meta: CleanMeta, entries: FeedEntry[]) => string> = { rss: renderRss, atom: renderAtom, json: renderJson };

/** Pure: renders articles (newest first, already limited) as one feed document. */
export function renderFeed(format: FeedFormat, meta: FeedMeta, articles: StoredArticle[]): string {
  const clean = cleanMeta(meta);
  return RENDERERS[format](clean, uniqueEntries(articles, clean));
}
