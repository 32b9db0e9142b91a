/**
 * Embedded page data: Next.js `__NEXT_DATA__` (and Simorgh's `window.SIMORGH_DATA`) carry the
 * article as structured blocks on BBC World Service pages (the Optimo model). When present, the
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
    const content = record.content as { model?: { blocks?: unknown } } | undefined;
    if (content && Array.isArray(content.model?.blocks)) return record;
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

/** Parses the JSON of an embedded page-data script into body blocks and dates, or null. */
export function readPageData(json: string, baseUrl: string): PageData | null {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return null;
  }
  const article = findArticle(root);
  if (!article) return null;
  const content = article.content as { model: { blocks: OptimoBlock[] } };
  const blocks: Block[] = [];
  convert(content.model.blocks, baseUrl, blocks);
  if (!blocks.some((b) => b.kind === 'p')) return null;
  const headlineBlock = content.model.blocks.find((b) => b.type === 'headline');
  const metadata = (article.metadata ?? {}) as Record<string, unknown>;
  const timestamp = content.model.blocks.find((b) => b.type === 'timestamp')?.model ?? {};
  const number = (...values: unknown[]): number | null => {
    for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) return v;
    return null;
  };
  return {
    blocks,
    headline: headlineBlock ? plainText(headlineBlock) || null : null,
    firstPublished: number(metadata.firstPublished, timestamp.firstPublished),
    lastPublished: number(metadata.lastPublished, timestamp.lastPublished),
    language: typeof metadata.language === 'string' ? metadata.language : null,
  };
}
