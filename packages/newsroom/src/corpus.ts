import { readFileSync } from 'node:fs';
import type { Story, StoryBlock } from './newsroom.ts';

/** Real text the newsroom builds stories from, split by script so a story never mixes 简 and 繁. */
export type TextPool = {
  paragraphs: string[];
  subheadings: string[];
  images: Array<{ src: string; alt: string; credit?: string; caption?: string }>;
  headlines: string[];
};

/** A link in the page furniture (promos, related content, top stories) copied from the seed page. */
export type FurnitureLink = { id: string; title: string; datetime?: string; label?: string };

/** The static page furniture of an article page: it never changes, so article ETags stay stable. */
export type PageFurniture = {
  mostReadPromo: FurnitureLink[];
  related: FurnitureLink[];
  topStories: FurnitureLink[];
  features: FurnitureLink[];
  mostRead: FurnitureLink[];
};

const dataDir = new URL('../data/', import.meta.url);

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
}

type SeedStoryJson = Omit<Story, 'publishedAt' | 'updatedAt'> & { publishedAt: string; updatedAt: string };

/** Returns a fresh copy of THE seed story (id cx2p8v0k4q1o), the page behind corpus/seed/article-simp.expected.json. */
export function loadSeedStory(): Story {
  const json = readJson('seed-story.json') as SeedStoryJson;
  return {
    ...json,
    publishedAt: new Date(json.publishedAt),
    updatedAt: new Date(json.updatedAt),
    blocks: json.blocks.map((block) => ({ ...block })),
    ...(json.leadImage ? { leadImage: { ...json.leadImage } } : {}),
  };
}

/** Returns the promo, related, top-story and most-read links that surround every article. */
export function loadPageFurniture(): PageFurniture {
  return readJson('page-furniture.json') as PageFurniture;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every Optimo block of the given type, depth first, in document order. */
function optimoBlocks(node: Json | undefined, type: string, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(node)) {
    for (const child of node) optimoBlocks(child, type, found);
  } else if (isObject(node)) {
    if (node['type'] === type) found.push(node);
    for (const value of Object.values(node)) optimoBlocks(value, type, found);
  }
  return found;
}

function stringField(node: JsonObject | undefined, key: string): string | undefined {
  const value = node?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** ichef serves every CPS picture at any width; 640 is what Simorgh puts in `src`. */
function ichefUrl(path: string): string {
  return `https://ichef.bbci.co.uk/ace/ws/640${path.startsWith('/') ? '' : '/'}${path}`;
}

function cpsPool(file: string): TextPool {
  const root = readJson(file) as JsonObject;
  const data = isObject(root['data']) ? root['data'] : undefined;
  const article = (isObject(data?.['article']) ? data['article'] : root) as JsonObject;
  const content = article['content'];
  const blocks = isObject(content) && Array.isArray(content['blocks']) ? content['blocks'] : [];
  const pool: TextPool = { paragraphs: [], subheadings: [], images: [], headlines: [] };
  for (const block of blocks) {
    if (!isObject(block)) continue;
    const text = stringField(block, 'text');
    if (block['type'] === 'paragraph' && text) pool.paragraphs.push(text);
    if (block['type'] === 'crosshead' && text) pool.subheadings.push(text);
    const path = stringField(block, 'path');
    if (block['type'] === 'image' && path) {
      const caption = stringField(block, 'caption');
      const credit = stringField(block, 'copyrightHolder');
      pool.images.push({
        src: ichefUrl(path),
        alt: stringField(block, 'altText') ?? caption ?? '',
        ...(credit ? { credit } : {}),
        ...(caption ? { caption } : {}),
      });
      // Gallery captions are full paragraphs of reporting; they make good body text too.
      if (caption && caption.length > 40) pool.paragraphs.push(caption);
    }
  }
  const promo = article['promo'];
  const headlines = isObject(promo) && isObject(promo['headlines']) ? promo['headlines'] : undefined;
  const headline = stringField(headlines, 'headline');
  if (headline) pool.headlines.push(headline);
  return pool;
}

function optimoPool(file: string): TextPool {
  const root = readJson(file) as JsonObject;
  const data = root['data'] as JsonObject;
  const article = data['article'] as JsonObject;
  const pool: TextPool = { paragraphs: [], subheadings: [], images: [], headlines: [] };
  for (const block of optimoBlocks(article['content'], 'text')) {
    for (const paragraph of optimoBlocks(block, 'paragraph')) {
      const text = stringField(paragraph['model'] as JsonObject, 'text');
      if (text) pool.paragraphs.push(text);
    }
  }
  const headline = optimoBlocks(article['content'], 'headline')[0];
  const headlineText = optimoBlocks(headline, 'paragraph')[0];
  const title = stringField(headlineText?.['model'] as JsonObject | undefined, 'text');
  if (title) pool.headlines.push(title);
  for (const promo of optimoBlocks(data['secondaryData'], 'cps')) {
    const text = stringField(isObject(promo['headlines']) ? promo['headlines'] : undefined, 'headline');
    // Test fixtures in Simorgh carry placeholder headlines such as "NEWSPALDECOM-738".
    if (text && /[\u4e00-\u9fff]/.test(text)) pool.headlines.push(text);
  }
  return pool;
}

function merge(...pools: TextPool[]): TextPool {
  const unique = (items: string[]): string[] => [...new Set(items)];
  return {
    paragraphs: unique(pools.flatMap((pool) => pool.paragraphs)),
    subheadings: unique(pools.flatMap((pool) => pool.subheadings)),
    images: pools.flatMap((pool) => pool.images),
    headlines: unique(pools.flatMap((pool) => pool.headlines)),
  };
}

function seedPool(): TextPool {
  const seed = loadSeedStory();
  const furniture = loadPageFurniture();
  const text = (type: 'p' | 'h2'): string[] => seed.blocks.flatMap((block: StoryBlock) => (block.type === type ? [block.text] : []));
  return {
    paragraphs: text('p'),
    subheadings: text('h2'),
    images: seed.blocks.flatMap((block) => (block.type === 'image' ? [{ ...block }] : [])),
    headlines: [...furniture.related, ...furniture.features, ...furniture.mostRead].map((link) => link.title),
  };
}

let pools: { simp: TextPool; trad: TextPool } | undefined;

/** Returns the Simplified and Traditional text pools built from the seed page and the Simorgh data (loaded once). */
export function loadTextPools(): { simp: TextPool; trad: TextPool } {
  if (!pools) {
    const simp = merge(seedPool(), optimoPool('simorgh/optimo-article-c3xd4x9prgyo-simp.json'), cpsPool('simorgh/cps-simp-chinese-news-49065935.json'));
    const trad = cpsPool('simorgh/cps-trad-chinese-news-57526233.json');
    // The Traditional data has one story's worth of headlines; borrow images and headlines from simp.
    pools = {
      simp,
      trad: merge(trad, { paragraphs: [], subheadings: [], images: simp.images, headlines: simp.headlines }),
    };
  }
  return pools;
}
