import type { Story, StoryBlock } from './newsroom.ts';
import type { TextPool } from './corpus.ts';

/** A deterministic random source: the same seed gives the same stories on every run and machine. */
export type Random = { next(): number; int(maxExclusive: number): number; pick<T>(items: readonly T[]): T };

/** Creates a mulberry32 PRNG seeded from a string, so each publish call number maps to one story. */
export function createRandom(seed: string): Random {
  // FNV-1a folds the seed string into 32 bits.
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    state ^= seed.charCodeAt(i);
    state = Math.imul(state, 0x01000193) >>> 0;
  }
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[int(items.length)] as T;
  };
  return { next, int, pick };
}

const idAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Makes a BBC Optimo-style article id: "c", ten characters of [a-z0-9], "o". */
export function generateStoryId(random: Random): string {
  let id = 'c';
  for (let i = 0; i < 10; i++) id += idAlphabet[random.int(idAlphabet.length)];
  return `${id}o`;
}

/** Returns `count` distinct items of `items` in a random order (fewer if the list is shorter). */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

/** Larger ichef widths are the same picture, which is what BBC pages use for og:image. */
function leadImageUrl(src: string): string {
  return src.replace(/\/ace\/ws\/\d+\//, '/ace/ws/1024/');
}

/**
 * Builds story number `sequence` from the corpus: real paragraphs, subheadings and pictures recombined
 * by a PRNG seeded with the sequence number, so the Nth story of every newsroom is the same.
 */
export function generateStory(sequence: number, pool: TextPool, now: Date, variant: 'simp' | 'trad'): Story {
  const random = createRandom(`feedwright-newsroom:${variant}:${sequence}`);
  const id = generateStoryId(random);
  const paragraphs = sample(random, pool.paragraphs, 6 + random.int(7));
  const subheadings = sample(random, pool.subheadings, paragraphs.length >= 9 ? 2 : 1);
  const image = pool.images.length > 0 ? random.pick(pool.images) : undefined;

  const blocks: StoryBlock[] = [];
  const sectionLength = Math.ceil(paragraphs.length / (subheadings.length + 1));
  paragraphs.forEach((text, index) => {
    if (index > 0 && index % sectionLength === 0) {
      const subheading = subheadings[index / sectionLength - 1];
      if (subheading) blocks.push({ type: 'h2', text: subheading });
    }
    blocks.push({ type: 'p', text });
    // The picture sits after the second paragraph, where BBC pages usually put the first body image.
    if (index === 1 && image) blocks.push({ type: 'image', ...image });
  });

  const headline = random.pick(pool.headlines);
  // The counter keeps titles unique however many stories are published from a finite corpus.
  const title = variant === 'simp' ? `快讯${sequence}：${headline}` : `快訊${sequence}：${headline}`;
  return {
    id,
    variant,
    title,
    summary: paragraphs[0] ?? title,
    publishedAt: new Date(now.getTime()),
    updatedAt: new Date(now.getTime()),
    blocks,
    ...(image ? { leadImage: { src: leadImageUrl(image.src), alt: image.alt, ...(image.credit ? { credit: image.credit } : {}) } } : {}),
  };
}
