import type { DiscoverRoute, SourceInput } from '@feedwright/core/config.ts';
import { classifyRoute, describeRoute, type RouteKind as ConfiguredRouteKind } from '@feedwright/core/discover-route.ts';
import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import { decodeHtml } from '@feedwright/extract/charset.ts';
import { extractArticle } from '@feedwright/extract/extract-article.ts';
import { normalizeLanguageTag } from '@feedwright/extract/language.ts';
import { tokenize } from '@feedwright/extract/body-score.ts';
import { countCjk } from '@feedwright/extract/text.ts';
import { unpackGzipFile } from '@feedwright/http/gzip-body.ts';
import type { FetchRequest, FetchResult } from '@feedwright/http/http-client.ts';
import { load } from 'cheerio/slim';
import { alternateFeeds, storyLikeLinks } from './alternate-feeds.ts';
import type { DiscoveredLink } from './discovered-link.ts';
import { linksFromFeed } from './feed-links.ts';
import { inferLinkPattern } from './link-pattern.ts';
import { linksFromListing } from './listing-links.ts';
import { DEFAULT_PAGE_DATA_SCRIPT, linksFromPageData } from './page-data-links.ts';
import { parseSitemap, sitemapsToFollow } from './sitemap-links.ts';

/**
 * Inspecting a site Feedwright has never seen (`feedwright add`, `POST /api/sources`, the admin
 * page): which routes find stories, how many and how fresh, what the newest stories would look
 * like in a feed, and the source to configure. All IO comes in through `InspectIo` (the polite
 * client: robots.txt and the per-host budget), so this module holds no connection of its own.
 */

export type InspectIo = {
  /** The polite outbound client (robots.txt, per-host budget, SSRF guard). */
  fetch(request: FetchRequest): Promise<FetchResult>;
  /** The sitemaps the site's robots.txt names. */
  sitemapsOf(url: string): Promise<string[]>;
  now: Date;
};

export type InspectOptions = {
  /** Source id for the stanza; default derived from the site's host and path. */
  id?: string | undefined;
  /** Stories fetched and extracted for the preview (default 5). */
  preview?: number;
  /** Section pages tried when the page itself lists too few stories (default 4). */
  sectionPages?: number;
};

/** The kinds an inspection finds (a `site` route is what it resolves). */
export type RouteKind = Exclude<ConfiguredRouteKind, 'site'>;

export type RouteFinding = {
  kind: RouteKind;
  /** e.g. `feed http://…/rss.xml`. */
  label: string;
  route: DiscoverRoute;
  stories: number;
  /** Stories the route dates. */
  dated: number;
  newest: string | null;
  oldest: string | null;
  /** Label of an earlier route that already finds (almost) every story of this one. */
  duplicateOf: string | null;
  /** Part of the suggested source. */
  chosen: boolean;
  error: { code: string; message: string } | null;
};

export type StoryPreview = {
  url: string;
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  words: number;
  firstSentence: string | null;
  leadImage: string | null;
  error: { code: string; message: string } | null;
};

export type SiteInspection = {
  site: string;
  name: string;
  language: string | null;
  routes: RouteFinding[];
  stories: StoryPreview[];
  warnings: string[];
  /** The source to add (what `feedwright add` prints as YAML and `POST /api/sources` stores). */
  source: SourceInput;
  requests: number;
};

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5';
const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, */*;q=0.5';
/** Route kinds in the order a source should use them: a feed is cheapest and carries dates. */
const PREFERENCE: RouteKind[] = ['feed', 'sitemap', 'pageData', 'listing'];
/** A route whose stories are at least this share of an earlier route's is a duplicate. */
const DUPLICATE_SHARE = 0.8;
/** Fewer story links than this on a page is navigation, not a listing. */
const MIN_LISTING_STORIES = 3;
const SHORT_BODY_WORDS = 80;
const SECTION_WORDS = /^(login|signin|sign-in|register|subscribe|account|about|contact|privacy|terms|cookies|help|search|feed|rss)$/i;

/** Words in a text: CJK characters count one each, other scripts by letter runs. */
export function countWords(text: string): number {
  const cjk = countCjk(text);
  return cjk + tokenize(text.replace(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g, ' ')).length;
}

/** The first sentence of an article's text (up to the first full stop of either script). */
export function firstSentence(text: string): string | null {
  const paragraph = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find(Boolean);
  if (!paragraph) return null;
  const match = /^.+?(?:[.!?](?=\s|$)|[。！？])/su.exec(paragraph);
  const sentence = (match?.[0] ?? paragraph).trim();
  return sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence;
}

/** A source id from a URL: `https://www.news.example/world` → `news-example-world`. */
export function sourceIdFor(site: string): string {
  const url = new URL(site);
  const parts = [url.hostname.replace(/^www\./, ''), ...url.pathname.split('/').filter(Boolean).slice(0, 2)];
  const slug = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return (slug || 'site').slice(0, 64).replace(/[-_]+$/, '');
}

function statsOf(links: DiscoveredLink[]) {
  const dates = links
    .map((l) => l.date)
    .filter((d): d is string => d !== null)
    .sort();
  return { stories: links.length, dated: dates.length, newest: dates.at(-1) ?? null, oldest: dates[0] ?? null };
}

/**
 * Inspects a site: its advertised feeds, the sitemaps its robots.txt names, embedded page data,
 * the page (or, when it lists too few stories, its section pages) as a listing with an inferred
 * link pattern. Then fetches and extracts the newest few stories of the chosen routes. Throws
 * DISCOVER_NOTHING_FOUND when no route finds a story.
 */
export async function inspectSite(siteUrl: string, io: InspectIo, options: InspectOptions = {}): Promise<SiteInspection> {
  let requests = 0;
  const fetchText = async (url: string, accept?: string) => {
    requests++;
    const response = await io.fetch({ url, ...(accept ? { accept } : {}) });
    if (response.notModified) throw new FeedwrightError('DISCOVER_PARSE', `${url}: unexpected 304`, { details: { url } });
    // A sitemap may be a .xml.gz file (gzip as the content, not as a transfer coding).
    const bytes = unpackGzipFile(response.body, url);
    return { url: response.url, bytes, contentType: response.contentType, text: decodeHtml(bytes, response.contentType).html };
  };

  const home = await fetchText(siteUrl);
  const $ = load(home.text);
  const language = normalizeLanguageTag($('html').attr('lang'));
  const title = ($('meta[property="og:site_name"]').attr('content') ?? $('title').first().text()).trim().replace(/\s+/g, ' ');
  const name = title.slice(0, 120) || new URL(home.url).host;
  const found: Array<{ kind: RouteKind; label: string; route: DiscoverRoute; links: DiscoveredLink[]; error: RouteFinding['error'] }> = [];
  const entry = (route: DiscoverRoute) => {
    const typed = classifyRoute(route);
    return { kind: typed.kind as RouteKind, label: describeRoute(typed), route };
  };
  const attempt = async (route: DiscoverRoute, read: () => Promise<DiscoveredLink[]>) => {
    try {
      found.push({ ...entry(route), links: await read(), error: null });
    } catch (error) {
      const coded = toFeedwrightError(error);
      found.push({ ...entry(route), links: [], error: { code: coded.code, message: coded.message } });
    }
  };

  for (const feed of alternateFeeds(home.text, home.url)) {
    await attempt({ feed }, async () => {
      const page = await fetchText(feed, FEED_ACCEPT);
      return linksFromFeed(page.text, page.url);
    });
  }

  let sitemaps: string[] = [];
  try {
    sitemaps = (await io.sitemapsOf(home.url)).slice(0, 3);
  } catch {
    // An unreadable robots.txt already failed the page fetch; nothing more to learn here.
  }
  for (const sitemap of sitemaps) {
    await attempt({ sitemap, follow: 5 }, async () => {
      const page = await fetchText(sitemap, SITEMAP_ACCEPT);
      const parsed = parseSitemap(page.text, page.url);
      if (parsed.kind === 'urlset') return parsed.links;
      const links: DiscoveredLink[] = [];
      for (const child of sitemapsToFollow(parsed.sitemaps, 2)) {
        const childPage = await fetchText(child, SITEMAP_ACCEPT);
        const childMap = parseSitemap(childPage.text, childPage.url);
        if (childMap.kind === 'urlset') links.push(...childMap.links);
      }
      return links;
    });
  }

  // Page data (Next.js and the like): story links with dates, straight from the front end's JSON.
  if ($(DEFAULT_PAGE_DATA_SCRIPT).length > 0) {
    const all = (() => {
      try {
        return linksFromPageData(home.text, home.url);
      } catch {
        return [];
      }
    })();
    const pattern = inferLinkPattern(
      storyLikeLinks(
        all.map((l) => l.url),
        home.url,
      ),
      MIN_LISTING_STORIES,
    );
    if (pattern) await attempt({ pageData: siteUrl, pattern }, async () => linksFromPageData(home.text, home.url, { pattern }));
  }

  // The page as a listing; if it lists too few stories, the section pages it links to.
  const listingOf = (html: string, url: string) => {
    const sameHost = linksFromListing(html, url, {});
    const pattern = inferLinkPattern(
      storyLikeLinks(
        sameHost.map((l) => l.url),
        url,
      ),
      MIN_LISTING_STORIES,
    );
    return pattern ? { pattern, links: linksFromListing(html, url, { pattern }) } : null;
  };
  const homeListing = listingOf(home.text, home.url);
  if (homeListing && homeListing.links.length >= MIN_LISTING_STORIES) {
    found.push({ ...entry({ listing: siteUrl, pattern: homeListing.pattern }), links: homeListing.links, error: null });
  } else {
    const stories = new Set(
      storyLikeLinks(
        linksFromListing(home.text, home.url, {}).map((l) => l.url),
        home.url,
      ),
    );
    const sections = linksFromListing(home.text, home.url, {})
      .map((l) => l.url)
      .filter((url) => {
        const segments = new URL(url).pathname.split('/').filter(Boolean);
        return !stories.has(url) && url !== home.url && segments.length >= 1 && segments.length <= 3 && !segments.some((s) => SECTION_WORDS.test(s));
      })
      .slice(0, options.sectionPages ?? 4);
    let best: { url: string; pattern: string; links: DiscoveredLink[] } | null = null;
    for (const url of sections) {
      try {
        const page = await fetchText(url);
        const listing = listingOf(page.text, page.url);
        if (listing && listing.links.length >= MIN_LISTING_STORIES && listing.links.length > (best?.links.length ?? 0)) best = { url, ...listing };
      } catch {
        // A section page that fails is simply not a listing.
      }
    }
    if (best) found.push({ ...entry({ listing: best.url, pattern: best.pattern }), links: best.links, error: null });
  }

  // Rank by preference, mark duplicates of earlier routes, choose the best kind that finds stories.
  const ranked = [...found].sort((a, b) => PREFERENCE.indexOf(a.kind) - PREFERENCE.indexOf(b.kind));
  const routes: RouteFinding[] = [];
  const warnings: string[] = [];
  const bestKind = ranked.find((r) => r.links.length > 0)?.kind ?? null;
  for (const [i, route] of ranked.entries()) {
    const urls = new Set(route.links.map((l) => l.url));
    const earlier = ranked.slice(0, i).find((other) => {
      if (other.links.length === 0 || urls.size === 0) return false;
      const known = new Set(other.links.map((l) => l.url));
      return [...urls].filter((u) => known.has(u)).length >= urls.size * DUPLICATE_SHARE;
    });
    const chosen = route.kind === bestKind && route.links.length > 0 && !earlier;
    routes.push({
      kind: route.kind,
      label: route.label,
      route: route.route,
      ...statsOf(route.links),
      duplicateOf: earlier?.label ?? null,
      chosen,
      error: route.error,
    });
    if (earlier) warnings.push(`${route.label} finds the same stories as ${earlier.label}`);
    if (chosen && route.links.every((l) => l.date === null)) warnings.push(`${route.label}: no dates found (stories are dated when their pages are extracted)`);
  }
  const chosen = ranked.filter((_, i) => routes[i]!.chosen);
  if (chosen.length === 0) {
    const tried = routes.map((r) => `${r.label}: ${r.error ? r.error.code : `${r.stories} stories`}`);
    throw new FeedwrightError(
      'DISCOVER_NOTHING_FOUND',
      `${siteUrl}: no feed, sitemap, page data or listing with story links found${tried.length ? ` (${tried.join('; ')})` : ''}`,
      {
        details: { url: siteUrl, routes },
      },
    );
  }

  // Preview: the newest stories of the chosen routes, fetched and extracted as the worker would.
  const candidates = new Map<string, DiscoveredLink>();
  for (const route of chosen) for (const link of route.links) if (!candidates.has(link.url)) candidates.set(link.url, link);
  const newest = [...candidates.values()]
    .map((link, order) => ({ link, order }))
    .sort((a, b) => (b.link.date ?? '').localeCompare(a.link.date ?? '') || a.order - b.order)
    .slice(0, options.preview ?? 5)
    .map((entry) => entry.link);
  const stories: StoryPreview[] = [];
  for (const link of newest) {
    try {
      const page = await fetchText(link.url);
      const article = extractArticle(page.bytes, { url: page.url, fetchedAt: io.now, contentType: page.contentType, language });
      const words = countWords(article.contentText);
      stories.push({
        url: article.url,
        title: article.title || null,
        publishedAt: article.publishedAt,
        author: article.byline ?? (article.authors.length > 0 ? article.authors.join(', ') : null),
        words,
        firstSentence: firstSentence(article.contentText),
        leadImage: article.leadImage?.url ?? null,
        error: null,
      });
      if (words < SHORT_BODY_WORDS) warnings.push(`${article.url}: body is short (${words} words) — a teaser, a paywall or the wrong container?`);
      if (!article.publishedAt) warnings.push(`${article.url}: no publication date found on the page`);
    } catch (error) {
      const coded = toFeedwrightError(error);
      stories.push({
        url: link.url,
        title: null,
        publishedAt: null,
        author: null,
        words: 0,
        firstSentence: null,
        leadImage: null,
        error: { code: coded.code, message: coded.message },
      });
      warnings.push(`${link.url}: ${coded.code} ${coded.message}`);
    }
  }

  const source: SourceInput = {
    id: options.id ?? sourceIdFor(siteUrl),
    name,
    site: siteUrl,
    ...(language ? { language } : {}),
    discover: chosen.map((r) => r.route),
  };
  return { site: siteUrl, name, language, routes, stories, warnings, source, requests };
}
