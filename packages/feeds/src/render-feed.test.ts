import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredArticle } from '@feedwright/core/article.ts';
import { Feed } from 'feed';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_FORMAT_NAMES, type FeedFormat } from './feed-formats.ts';
import { FEED_MEDIA_TYPES, renderFeed, type FeedMeta } from './render-feed.ts';
import {
  assertValidAtom,
  assertValidJsonFeed,
  assertWellFormedXml,
  externalValidatorsSkipped,
  parseWithFeedparser,
  parseWithFeedsmith,
  type FeedparserResult,
} from './testing/validators.ts';
import { stripXmlIllegal } from './xml-text.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURE_DIR = join(HERE, '__fixtures__', 'three-articles');
const FORMATS: FeedFormat[] = FEED_FORMAT_NAMES;

/** FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS=1: the feedparser tests are reported as skipped, never passed. */
const NO_FEEDPARSER = externalValidatorsSkipped();

/** feedparser's reading of a document (only called by tests that are skipped without it). */
function feedparsed(xml: string): FeedparserResult {
  const parsed = parseWithFeedparser(xml);
  if (parsed === null) throw new Error('feedparser did not run');
  return parsed;
}

type Fixture = { meta: FeedMeta; articles: StoredArticle[] };
const fixture = JSON.parse(readFileSync(join(FIXTURE_DIR, 'input.json'), 'utf8')) as Fixture;

function metaFor(format: FeedFormat, meta: FeedMeta = fixture.meta): FeedMeta {
  return { ...meta, selfUrl: meta.feedUrls[format] };
}

function render(format: FeedFormat, articles: StoredArticle[] = fixture.articles, meta: FeedMeta = fixture.meta): string {
  return renderFeed(format, metaFor(format, meta), articles);
}

function validate(format: FeedFormat, text: string): void {
  if (format === 'json') return assertValidJsonFeed(text);
  assertWellFormedXml(text);
  if (format === 'atom') assertValidAtom(text);
}

const toSecond = (iso: string): string => `${iso.slice(0, 19)}Z`;

// What every format must say about each source article (the source of truth for the parsers).
function expectedEntry(article: StoredArticle) {
  return {
    id: `urn:feedwright:article:${article.id}`,
    link: new URL(article.url, fixture.meta.siteUrl ?? undefined).href,
    title: stripXmlIllegal(article.title).trim(),
    published: toSecond(article.publishedAt ?? article.firstSeenAt),
    updated: toSecond(article.updatedAt ?? article.lastChangedAt),
  };
}

function article(overrides: Partial<StoredArticle> = {}): StoredArticle {
  const plain = fixture.articles[1];
  if (!plain) throw new Error('fixture has no second article');
  return { ...plain, ...overrides };
}

const XML_ILLEGAL_OR_LONE_SURROGATE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('renderFeed on the golden fixture (a Chinese article, a plain one, a hostile one)', () => {
  it.each(FORMATS)('renders %s exactly as the golden file', async (format) => {
    await expect(render(format)).toMatchFileSnapshot(join(FIXTURE_DIR, `expected.${format}`));
  });

  it.each(FORMATS)('renders %s that its validators accept', (format) => {
    expect(() => validate(format, render(format))).not.toThrow();
  });

  it.each(FORMATS)('leaves no XML-illegal character or lone surrogate in %s', (format) => {
    expect(render(format)).not.toMatch(XML_ILLEGAL_OR_LONE_SURROGATE);
  });

  it.skipIf(NO_FEEDPARSER).each(['rss', 'atom'] as const)(
    'gives feedparser a %s document whose ids, links, titles and dates equal the source articles',
    (format) => {
      const parsed = feedparsed(render(format));
      expect(parsed.bozoException).toBeNull();
      expect(parsed.bozo).toBe(0);
      expect(parsed.version).toBe(format === 'rss' ? 'rss20' : 'atom10');
      expect(parsed.entries).toHaveLength(fixture.articles.length);
      fixture.articles.forEach((source, index) => {
        const entry = parsed.entries[index];
        const expected = expectedEntry(source);
        expect(entry?.id).toBe(expected.id);
        expect(entry?.link).toBe(expected.link);
        expect(entry?.title).toBe(expected.title);
        expect(entry?.published).toBe(expected.published);
        // RSS has no "updated"; feedparser reports pubDate there.
        expect(entry?.updated).toBe(format === 'atom' ? expected.updated : expected.published);
      });
    },
  );

  it.skipIf(NO_FEEDPARSER).each(['rss', 'atom'] as const)('keeps every "]]>" of the content intact in %s', (format) => {
    const parsed = feedparsed(render(format));
    const content = parsed.entries[2]?.content[0]?.value ?? '';
    expect(content).toContain('CDATA ]]> once ]]> twice');
    expect(content).toContain('Emoji 😀 and astral 𝕏');
  });

  it.skipIf(NO_FEEDPARSER)('gives RSS readers dc:creator, media:content and an enclosure, and Atom readers authors', () => {
    const rss = feedparsed(render('rss'));
    const atom = feedparsed(render('atom'));
    expect(rss.entries[1]?.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(rss.entries[1]?.mediaContent).toEqual(['https://example.org/img/harbour.png']);
    expect(rss.entries[1]?.enclosures).toEqual(['https://example.org/img/harbour.png']);
    expect(rss.entries[2]?.mediaContent).toEqual(['https://www.bbc.com/zhongwen/articles/img/lead.jpg?w=640&h=360']);
    expect(atom.entries[1]?.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(atom.entries[2]?.authors).toEqual(['Mallory <m@example.org>']);
  });

  it.skipIf(NO_FEEDPARSER)('links the feed to itself and to its hub in RSS and Atom', () => {
    for (const format of ['rss', 'atom'] as const) {
      const parsed = feedparsed(render(format));
      expect(parsed.feed.links).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rel: 'self', href: fixture.meta.feedUrls[format] }),
          expect.objectContaining({ rel: 'hub', href: fixture.meta.hubUrl }),
        ]),
      );
    }
  });

  it('writes a JSON Feed 1.1 whose items equal the source articles', () => {
    const document = JSON.parse(render('json')) as {
      version: string;
      language: string;
      feed_url: string;
      hubs: unknown;
      items: Array<Record<string, unknown>>;
    };
    expect(document.version).toBe('https://jsonfeed.org/version/1.1');
    expect(document.language).toBe('zh-Hans');
    expect(document.feed_url).toBe(fixture.meta.feedUrls.json);
    expect(document.hubs).toEqual([{ type: 'WebSub', url: fixture.meta.hubUrl }]);
    fixture.articles.forEach((source, index) => {
      const item = document.items[index] ?? {};
      const expected = expectedEntry(source);
      expect(item.id).toBe(expected.id);
      expect(item.url).toBe(expected.link);
      expect(item.title).toBe(expected.title);
      expect(toSecond(String(item.date_published))).toBe(expected.published);
      expect(toSecond(String(item.date_modified))).toBe(expected.updated);
    });
    expect(document.items[1]?.authors).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
    expect(document.items[0]?.image).toBe(fixture.articles[0]?.leadImage?.url);
    expect(document.items[2]?.content_html).toContain('href="https://www.bbc.com/relative/link"');
    expect(document.items[2]?.content_html).toContain('href="https://www.bbc.com/zhongwen/articles/other.html"');
    expect(document.items[2]?.content_html).toContain('href="#frag"');
    expect(document.items[2]?.content_html).toContain("src='https://cdn.example.org/i.gif'");
  });

  it.each(FORMATS)('gives feedsmith, a second parser, a %s document whose entries equal the source articles', (format) => {
    const parsed = parseWithFeedsmith(render(format));
    expect(parsed.format).toBe(format);
    expect(parsed.entries).toEqual(
      fixture.articles.map((source) => {
        const expected = expectedEntry(source);
        return {
          id: expected.id,
          link: expected.link,
          title: expected.title,
          published: expected.published,
          updated: format === 'rss' ? expected.published : expected.updated,
          authors: source.authors.length > 0 ? source.authors : source.byline ? [stripXmlIllegal(source.byline)] : [],
        };
      }),
    );
  });

  it.skipIf(NO_FEEDPARSER)('agrees across RSS, Atom and JSON Feed on every entry id, link and title', () => {
    const rss = feedparsed(render('rss'));
    const atom = feedparsed(render('atom'));
    const json = JSON.parse(render('json')) as { items: Array<{ id: string; url: string; title: string }> };
    const view = (parsed: FeedparserResult) => parsed.entries.map((entry) => [entry.id, entry.link, entry.title]);
    expect(view(rss)).toEqual(view(atom));
    expect(view(atom)).toEqual(json.items.map((item) => [item.id, item.url, item.title]));
  });
});

describe('renderFeed rules', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the entry id when the article is updated', () => {
    const before = article();
    const after = article({
      title: 'Harbour reopens after storm (updated)',
      version: 2,
      lastChangedAt: '2026-02-06T00:00:00.000Z',
      updatedAt: '2026-02-06T00:00:00.000Z',
    });
    for (const format of FORMATS) {
      const id = (text: string) => /urn:feedwright:article:[0-9a-f]+/.exec(text)?.[0];
      expect(id(render(format, [after]))).toBe(id(render(format, [before])));
      expect(id(render(format, [before]))).toBe(`urn:feedwright:article:${before.id}`);
    }
  });

  it('never reads the clock: the same input gives the same bytes at any time', () => {
    const outputs = [new Date('2000-01-01T00:00:00Z'), new Date('2099-12-31T23:59:59Z')].map((now) => {
      vi.useFakeTimers({ now });
      return FORMATS.map((format) => render(format));
    });
    expect(outputs[0]).toEqual(outputs[1]);
  });

  it('dates an empty feed at the epoch rather than now, and it still validates', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const meta = { ...fixture.meta, updatedAt: null };
    expect(render('atom', [], meta)).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(render('rss', [], meta)).toContain('<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate>');
    for (const format of FORMATS) expect(() => validate(format, render(format, [], meta))).not.toThrow();
  });

  it('dates the feed at the latest of its entries and meta.updatedAt', () => {
    const older = article({ updatedAt: '2026-02-05T10:00:00.000Z' });
    expect(render('atom', [older], { ...fixture.meta, updatedAt: '2026-03-01T00:00:00.000Z' })).toContain('<updated>2026-03-01T00:00:00.000Z</updated>\n');
    expect(render('atom', [older], { ...fixture.meta, updatedAt: '2026-01-01T00:00:00.000Z' })).toContain('<updated>2026-02-05T10:00:00.000Z</updated>\n');
  });

  it('uses publishedAt, then firstSeenAt, as the RSS pubDate and the Atom published', () => {
    const undated = article({ publishedAt: null, updatedAt: null, firstSeenAt: '2026-02-01T12:00:00.000Z', lastChangedAt: '2026-02-02T12:00:00.000Z' });
    const rss = render('rss', [undated]);
    expect(rss).toContain('<pubDate>Sun, 01 Feb 2026 12:00:00 GMT</pubDate>');
    const atom = render('atom', [undated]);
    expect(atom).toContain('<published>2026-02-01T12:00:00.000Z</published>');
    expect(atom).toContain('<updated>2026-02-02T12:00:00.000Z</updated>');
  });

  it('renders a story that reaches the feed twice only once', () => {
    const json = JSON.parse(render('json', [article(), article()])) as { items: unknown[] };
    expect(json.items).toHaveLength(1);
  });

  it('renders a 1 MB body that every validator still accepts', () => {
    const paragraph = '<p>长文 long text & more ]]> 😀</p>';
    const big = article({ contentHtml: paragraph.repeat(Math.ceil(1_048_576 / paragraph.length)) });
    for (const format of FORMATS) expect(() => validate(format, render(format, [big]))).not.toThrow();
  });

  it('rejects a selfUrl that is not absolute', () => {
    expect(() => renderFeed('rss', { ...fixture.meta, selfUrl: '/feeds/x.rss' }, [])).toThrow(TypeError);
  });

  it('survives an article id with characters no URI or XML allows', () => {
    const odd = article({ id: 'abc\uD800\u0001def' });
    expect(render('atom', [odd])).toContain('<id>urn:feedwright:article:abcdef</id>');
  });

  // Documents why renderFeed wraps `feed` instead of calling it directly; if an upgrade of `feed`
  // fixes these, the wrapper can shrink.
  it('needs its fixes: feed v6 alone writes JSON Feed 1.0, ill-formed XML and corrupts "&amp;"', () => {
    const raw = new Feed({ title: 'AT&amp;T', id: 'x', link: 'https://example.org/', updated: new Date(0) });
    raw.addItem({ title: 'bad \u0001', link: 'https://example.org/1', date: new Date(0), content: 'a ]]> b ]]> c' });
    expect(JSON.parse(raw.json1()).version).toBe('https://jsonfeed.org/version/1');
    expect(raw.rss2()).toContain('bad \u0001'); // XML 1.0 forbids U+0001
    expect(raw.rss2()).toContain('a ]]]]><![CDATA[> b ]]> c'); // the second "]]>" ends the CDATA
    expect(raw.atom1()).toContain('<title>AT&amp;T</title>'); // a reader shows "AT&T"
  });

  it('declares the media type with charset for each format', () => {
    expect(FEED_MEDIA_TYPES).toEqual({
      rss: 'application/rss+xml; charset=utf-8',
      atom: 'application/atom+xml; charset=utf-8',
      json: 'application/feed+json; charset=utf-8',
    });
  });

  it('keeps the package pure: no clock, environment, file system or network in its source', () => {
    const sources = readdirSync(HERE).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    for (const name of sources) {
      const code = readFileSync(join(HERE, name), 'utf8');
      expect(code, name).not.toMatch(/new Date\(\)|Date\.now|process\.|from 'node:(fs|http|https|net|child_process)'/);
    }
  });
});
