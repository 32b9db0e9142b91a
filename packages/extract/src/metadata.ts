/**
 * Page metadata signals, read once from the parsed document before the body extractor edits
 * it: JSON-LD (flattening @graph and arrays), <meta> (OpenGraph, Twitter, Dublin Core, article:*,
 * itemprop), <link rel=canonical|alternate>, <html lang> and <time> elements.
 */
import type { CheerioAPI } from 'cheerio/slim';
import { normalizeSpace } from './text.ts';

export type JsonLdNode = Record<string, unknown>;

export type PageSignals = {
  jsonLd: JsonLdNode[];
  /** The JSON-LD node describing the article, if any. */
  article: JsonLdNode | null;
  /** <meta> content by lowercased name/property/itemprop (first occurrence wins). */
  meta: Map<string, string>;
  canonical: string | null;
  alternates: { hreflang: string; href: string }[];
  htmlLang: string | null;
  titleTag: string | null;
  h1: string | null;
  times: { datetime: string | null; text: string; itemprop: string | null }[];
  /** Raw JSON of embedded page-data scripts (__NEXT_DATA__, SIMORGH_DATA). */
  pageDataJson: string[];
};

const ARTICLE_TYPE = /(^|:)(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage|MediaObject)$/;

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4 || !value) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const node = value as JsonLdNode;
  out.push(node);
  if (Array.isArray(node['@graph'])) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out, depth + 1);
}

/** The @type values of a JSON-LD node. */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function articleRank(node: JsonLdNode): number {
  const types = typesOf(node);
  if (types.some((t) => /NewsArticle$|^Article$|BlogPosting|LiveBlogPosting/.test(t))) return 3;
  if (types.some((t) => ARTICLE_TYPE.test(t) && t !== 'WebPage')) return 2;
  if (types.includes('WebPage') && (node.datePublished || node.headline)) return 1;
  return 0;
}

/** Reads every metadata signal from a parsed page. */
export function readSignals($: CheerioAPI): PageSignals {
  const jsonLd: JsonLdNode[] = [];
  const pageDataJson: string[] = [];
  $('script').each((_, element) => {
    const type = ($(element).attr('type') ?? '').toLowerCase();
    const id = $(element).attr('id') ?? '';
    if (type === 'application/ld+json') {
      const text = $(element).text().trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
      try {
        flatten(JSON.parse(text), jsonLd);
      } catch {
        // Broken JSON-LD is common; other signals take over.
      }
    } else if (id === '__NEXT_DATA__') {
      pageDataJson.push($(element).text());
    } else if (type === '' || type.includes('javascript')) {
      const text = $(element).text();
      const match = /window\.SIMORGH_DATA\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(text);
      if (match?.[1]) pageDataJson.push(match[1]);
    }
  });
  let article: JsonLdNode | null = null;
  let best = 0;
  for (const node of jsonLd) {
    const rank = articleRank(node);
    if (rank > best) {
      best = rank;
      article = node;
    }
  }

  const meta = new Map<string, string>();
  $('meta').each((_, element) => {
    const attribs = (element as unknown as { attribs: Record<string, string> }).attribs;
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').trim().toLowerCase();
    const content = attribs.content;
    if (key && content !== undefined && content.trim() !== '' && !meta.has(key)) meta.set(key, content.trim());
  });

  let canonical: string | null = null;
  const alternates: { hreflang: string; href: string }[] = [];
  $('link').each((_, element) => {
    const attribs = (element as unknown as { attribs: Record<string, string> }).attribs;
    const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
    const href = attribs.href?.trim();
    if (!href) return;
    if (rel.includes('canonical') && canonical === null) canonical = href;
    const hreflang = attribs.hreflang;
    if (rel.includes('alternate') && hreflang) alternates.push({ hreflang, href });
  });

  const times: PageSignals['times'] = [];
  $('time').each((_, element) => {
    if (times.length >= 20) return;
    times.push({ datetime: $(element).attr('datetime') ?? null, text: normalizeSpace($(element).text()), itemprop: $(element).attr('itemprop') ?? null });
  });

  const titleTag = normalizeSpace($('head title').first().text() || $('title').first().text()) || null;
  const h1 = normalizeSpace($('h1').first().text()) || null;
  const htmlLang = $('html').attr('lang') ?? $('html').attr('xml:lang') ?? null;
  return { jsonLd, article, meta, canonical, alternates, htmlLang, titleTag, h1, times, pageDataJson };
}
