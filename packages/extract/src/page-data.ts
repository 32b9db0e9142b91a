/**
 * Embedded page data: Next.js `__NEXT_DATA__` (and Simorgh's `window.SIMORGH_DATA`) carry the
 * article as structured blocks on BBC World Service pages (the Optimo model, and the older CPS
 * asset model of `chinese-news-…` stories and photo galleries). When present, the
 * blocks are the most faithful body: no promos, no captions in the text, subheadings in place.
 */
import type { ImageRef } from '@feedwright/core/article.ts';
import type { Block } from './blocks.ts';
import { escapeAttribute, escapeHtml } from './blocks.ts';
import { cleanLink } from './links.ts';
import { normalizeSpace } from './text.ts';

type OptimoBlock = { type?: string; model?: Record<string, unknown> & { blocks?: OptimoBlock[] } };

export type PageData = {
  blocks: Block[];
  headline: string | null;
  firstPublished: number | null;
  lastPublished: number | null;
  language: string | null;
};

/** Finds the first object (breadth-first, bounded) that has `content.model.blocks`. */
function findArticle(root: unknown): Record<string, unknown> | null {
  const queue: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let visited = 0;
  while (queue.length > 0 && visited < 5000) {
    const { value, depth } = queue.shift()!;
    visited += 1;
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const record = value as Record<string, unknown>;
    const content = record.content as { model?: { blocks?: unknown }; blocks?: unknown } | undefined;
    if (content && (Array.isArray(content.model?.blocks) || Array.isArray(content.blocks))) return record;
    if (depth >= 6) continue;
    for (const child of Object.values(record)) {
      if (child && typeof child === 'object' && !Array.isArray(child)) queue.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

function childBlocks(block: OptimoBlock | undefined): OptimoBlock[] {
  const blocks = block?.model?.blocks;
  return Array.isArray(blocks) ? blocks : [];
}

function paragraphHtml(paragraph: OptimoBlock, baseUrl: string): string {
  const parts: string[] = [];
  for (const piece of childBlocks(paragraph)) {
    const model = piece.model ?? {};
    if (piece.type === 'fragment') {
      let html = escapeHtml(String(model.text ?? ''));
      const attributes = Array.isArray(model.attributes) ? (model.attributes as string[]) : [];
      if (attributes.includes('bold')) html = `<strong>${html}</strong>`;
      if (attributes.includes('italic')) html = `<em>${html}</em>`;
      parts.push(html);
    } else if (piece.type === 'urlLink') {
      const href = cleanLink(String(model.locator ?? ''), baseUrl);
      const text = escapeHtml(String(model.text ?? ''));
      parts.push(href ? `<a href="${escapeAttribute(href)}">${text}</a>` : text);
    }
  }
  return parts.length > 0 ? parts.join('') : escapeHtml(String(paragraph.model?.text ?? ''));
}

function plainText(block: OptimoBlock): string {
  const texts: string[] = [];
  const visit = (current: OptimoBlock): void => {
    if (current.type === 'paragraph' && typeof current.model?.text === 'string') {
      texts.push(current.model.text);
      return;
    }
    for (const child of childBlocks(current)) visit(child);
  };
  visit(block);
  return normalizeSpace(texts.join(' '));
}

function imageUrl(raw: Record<string, unknown>): string | null {
  const locator = typeof raw.locator === 'string' ? raw.locator : null;
  if (!locator) return null;
  if (/^https?:\/\//.test(locator)) return locator;
  const origin = typeof raw.originCode === 'string' ? raw.originCode : 'cpsprodpb';
  // The BBC's image service; the path layout differs for PIPS (programme) images.
  if (origin === 'pips') return `https://ichef.bbci.co.uk/images/ic/1024xn/${locator}`;
  const path = locator.startsWith(`${origin}/`) ? locator : `${origin}/${locator}`;
  return `https://ichef.bbci.co.uk/ace/ws/1024/${path}`;
}

function imageBlock(block: OptimoBlock): ImageRef | null {
  let raw: Record<string, unknown> | null = null;
  let alt: string | null = null;
  let caption: string | null = null;
  for (const child of childBlocks(block)) {
    if (child.type === 'rawImage' && child.model) raw = child.model;
    else if (child.type === 'altText') alt = plainText(child) || null;
    else if (child.type === 'caption') caption = plainText(child) || null;
  }
  if (!raw) return null;
  const url = imageUrl(raw);
  if (!url) return null;
  const credit = typeof raw.copyrightHolder === 'string' && raw.copyrightHolder.trim() !== '' ? raw.copyrightHolder.trim() : null;
  const image: ImageRef = { url, alt, caption, credit };
  if (typeof raw.width === 'number') image.width = raw.width;
  if (typeof raw.height === 'number') image.height = raw.height;
  return image;
}

function convert(blocks: OptimoBlock[], baseUrl: string, out: Block[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'text':
        for (const child of childBlocks(block)) {
          if (child.type === 'paragraph') {
            const text = normalizeSpace(String(child.model?.text ?? ''));
            if (text !== '') out.push({ kind: 'p', text, html: paragraphHtml(child, baseUrl) });
          } else if (child.type === 'unorderedList' || child.type === 'orderedList') {
            const items = childBlocks(child)
              .map((item) => plainText(item))
              .filter((text) => text !== '')
              .map((text) => ({ text, html: escapeHtml(text) }));
            if (items.length > 0) out.push({ kind: 'list', ordered: child.type === 'orderedList', items, text: items.map((i) => i.text).join('\n') });
          }
        }
        break;
      case 'subheadline':
      case 'crosshead': {
        const text = plainText(block);
        if (text !== '') out.push({ kind: 'h', level: 2, text, html: escapeHtml(text) });
        break;
      }
      case 'image': {
        const image = imageBlock(block);
        if (image) out.push({ kind: 'image', image });
        break;
      }
      default:
        // headline, timestamp, byline, ads (mpu), recommendations (wsoj), embeds, related links.
        break;
    }
  }
}

type CpsBlock = {
  type?: string;
  text?: unknown;
  markupType?: unknown;
  path?: unknown;
  href?: unknown;
  altText?: unknown;
  caption?: unknown;
  copyrightHolder?: unknown;
  width?: unknown;
  height?: unknown;
  items?: unknown;
  numbered?: unknown;
};

/** CPS "candy" markup (<link><caption>…</caption><url …/></link>, <bold>…) reduced to its text. */
function cpsText(block: CpsBlock): string {
  const raw = typeof block.text === 'string' ? block.text : '';
  const text =
    block.markupType === 'plain_text'
      ? raw
      : raw
          .replace(/<url[^>]*\/>/g, '')
          .replace(/<altText>[\s\S]*?<\/altText>/g, '')
          .replace(/<[^>]+>/g, '');
  return normalizeSpace(text);
}

function cpsImage(block: CpsBlock): ImageRef | null {
  const path = typeof block.path === 'string' ? block.path : null;
  const href = typeof block.href === 'string' ? block.href : null;
  const url = path && path.startsWith('/cpsprodpb/') ? `https://ichef.bbci.co.uk/ace/ws/1024${path}` : (href?.replace(/^http:/, 'https:') ?? null);
  if (!url) return null;
  const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? normalizeSpace(value) : null);
  const image: ImageRef = { url, alt: text(block.altText), caption: text(block.caption), credit: text(block.copyrightHolder) };
  if (typeof block.width === 'number') image.width = block.width;
  if (typeof block.height === 'number') image.height = block.height;
  return image;
}

/** Older BBC pages (CPS assets): a flat list of paragraph/crosshead/image/list/media blocks. */
function convertCps(blocks: CpsBlock[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': {
        const text = cpsText(block);
        if (text !== '') out.push({ kind: 'p', text, html: escapeHtml(text) });
        break;
      }
      case 'crosshead':
      case 'subheadline': {
        const text = cpsText(block);
        if (text !== '') out.push({ kind: 'h', level: 2, text, html: escapeHtml(text) });
        break;
      }
      case 'image': {
        const image = cpsImage(block);
        if (image) out.push({ kind: 'image', image });
        break;
      }
      case 'list': {
        const items = Array.isArray(block.items) ? (block.items as CpsBlock[]) : [];
        // Lists of <itemMeta> are related-story links, not prose.
        if (items.some((item) => typeof item.text === 'string' && item.text.includes('<itemMeta>'))) break;
        const texts = items
          .map(cpsText)
          .filter((t) => t !== '')
          .map((t) => ({ text: t, html: escapeHtml(t) }));
        if (texts.length > 0) out.push({ kind: 'list', ordered: block.numbered === true, items: texts, text: texts.map((t) => t.text).join('\n') });
        break;
      }
      default:
        // media (video/audio players), include, social embeds.
        break;
    }
  }
  // A photo gallery's story is told by its captions: with no paragraphs, they become the text.
  if (!out.some((b) => b.kind === 'p')) {
    const withCaptions: Block[] = [];
    for (const block of out) {
      withCaptions.push(block);
      if (block.kind === 'image' && block.image.caption) withCaptions.push({ kind: 'p', text: block.image.caption, html: escapeHtml(block.image.caption) });
    }
    return withCaptions;
  }
  return out;
}

/** Parses the JSON of an embedded page-data script into body blocks and dates, or null. */
/** A JSON key spelled with an escape for a letter of "blocks" (\u0062 …): the only other way to write it. */
const ESCAPED_BLOCKS_LETTER = /\\u00(?:6[23bcf]|73)/i;

export function readPageData(json: string, baseUrl: string): PageData | null {
  // Parsing a multi-megabyte __NEXT_DATA__ to find no article costs more than the rest of the page: without a "blocks" key there is none.
  if (!json.includes('"blocks"') && !ESCAPED_BLOCKS_LETTER.test(json)) return null;
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return null;
  }
  const article = findArticle(root);
  if (!article) return null;
  const content = article.content as { model?: { blocks: OptimoBlock[] }; blocks?: CpsBlock[] };
  const optimoBlocks = content.model?.blocks ?? [];
  const blocks: Block[] = [];
  if (content.model) convert(optimoBlocks, baseUrl, blocks);
  else blocks.push(...convertCps(content.blocks ?? []));
  if (!blocks.some((b) => b.kind === 'p')) return null;
  const headlineBlock = optimoBlocks.find((b) => b.type === 'headline');
  const metadata = (article.metadata ?? {}) as Record<string, unknown>;
  const timestamp = optimoBlocks.find((b) => b.type === 'timestamp')?.model ?? {};
  const promo = (article.promo ?? {}) as { headlines?: { headline?: unknown } };
  const number = (...values: unknown[]): number | null => {
    for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) return v;
    return null;
  };
  return {
    blocks,
    headline: headlineBlock
      ? plainText(headlineBlock) || null
      : typeof promo.headlines?.headline === 'string'
        ? normalizeSpace(promo.headlines.headline) || null
        : null,
    firstPublished: number(metadata.firstPublished, timestamp.firstPublished),
    lastPublished: number(metadata.lastPublished, timestamp.lastPublished),
    language: typeof metadata.language === 'string' ? metadata.language : null,
  };
}
