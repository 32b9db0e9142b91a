/**
 * Page metadata signals, read once from the parsed document before the body extractor edits
 * it: JSON-LD (flattening @graph and arrays), <meta> (OpenGraph, Twitter, Dublin Core, article:*,
 * itemprop), <link rel=canonical|alternate>, <html lang> and <time> elements.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement, rawText } from './dom.ts';
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
  /** Every article:tag <meta>, in order. */
  articleTags: string[];
  body: Element | null;
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

/** Reads every metadata signal from a parsed page in one walk (selectors would walk it once per query). */
export function readSignals(document: ParentNode): PageSignals {
  const jsonLd: JsonLdNode[] = [];
  const pageDataJson: string[] = [];
  const meta = new Map<string, string>();
  const articleTags: string[] = [];
  let canonical: string | null = null;
  const alternates: { hreflang: string; href: string }[] = [];
  const times: PageSignals['times'] = [];
  let titleTag: string | null = null;
  let h1: string | null = null;
  let htmlLang: string | null = null;
  let body: Element | null = null;

  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const attribs = node.attribs;
    switch (node.name) {
      case 'html':
        htmlLang ??= attribs.lang ?? attribs['xml:lang'] ?? null;
        break;
      case 'body':
        body ??= node;
        break;
      case 'script': {
        const type = (attribs.type ?? '').toLowerCase();
        if (type === 'application/ld+json') {
          const text = rawText(node).trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
          try {
            flatten(JSON.parse(text), jsonLd);
          } catch {
            // Broken JSON-LD is common; other signals take over.
          }
        } else if (attribs.id === '__NEXT_DATA__') {
          pageDataJson.push(rawText(node));
        } else if (type === '' || type.includes('javascript')) {
          const text = rawText(node);
          if (text.includes('SIMORGH_DATA')) {
            const match = /window\.SIMORGH_DATA\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(text);
            if (match?.[1]) pageDataJson.push(match[1]);
          }
        }
        continue;
      }
      case 'style':
        continue;
      case 'meta': {
        const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'] ?? '').trim().toLowerCase();
        const content = attribs.content;
        if (key && content !== undefined && content.trim() !== '') {
          if (!meta.has(key)) meta.set(key, content.trim());
          if (key === 'article:tag') articleTags.push(content.trim());
        }
        break;
      }
      case 'link': {
        const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
        const href = attribs.href?.trim();
        if (href) {
          if (rel.includes('canonical') && canonical === null) canonical = href;
          if (rel.includes('alternate') && attribs.hreflang) alternates.push({ hreflang: attribs.hreflang, href });
        }
        break;
      }
      case 'title':
        if (titleTag === null) titleTag = normalizeSpace(rawText(node)) || null;
        continue;
      case 'h1':
        if (h1 === null) h1 = normalizeSpace(rawText(node)) || null;
        break;
      case 'time':
        if (times.length < 20) times.push({ datetime: attribs.datetime ?? null, text: normalizeSpace(rawText(node)), itemprop: attribs.itemprop ?? null });
        break;
      default:
        break;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }

  let article: JsonLdNode | null = null;
  let best = 0;
  for (const node of jsonLd) {
    const rank = articleRank(node);
    if (rank > best) {
      best = rank;
      article = node;
    }
  }
  return { jsonLd, article, meta, articleTags, canonical, alternates, htmlLang, titleTag, h1, times, pageDataJson, body };
}
