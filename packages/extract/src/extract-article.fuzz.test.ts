import { readFileSync } from 'node:fs';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

const seedPage = readFileSync(new URL('./__fixtures__/seed-article-simp/input.html', import.meta.url));
const TAGS = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<table><tr><td>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<svg>',
  '<math>',
  '<template>',
  '<noscript>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '&#0;',
  '\u0000',
  '\uFFFE',
  '<meta charset="big5">',
  '<base href="http://evil.example/">',
];

/** Mutates real page bytes: cut, duplicate, splice in tags or random bytes, truncate. */
function mutate(page: Buffer, rng: ReturnType<typeof random>): Buffer {
  let bytes = Buffer.from(page);
  const rounds = 1 + rng.int(6);
  for (let r = 0; r < rounds; r++) {
    const at = rng.int(bytes.length);
    switch (rng.int(5)) {
      case 0: // cut a slice
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + rng.int(4000)))]);
        break;
      case 1: // duplicate a slice
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + rng.int(3000)), bytes.subarray(at)]);
        break;
      case 2: // splice in markup
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(TAGS[rng.int(TAGS.length)]!.repeat(1 + rng.int(50))), bytes.subarray(at)]);
        break;
      case 3: // random bytes
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(Array.from({ length: rng.int(200) }, () => rng.int(256))), bytes.subarray(at)]);
        break;
      default: // truncate
        bytes = bytes.subarray(0, at);
    }
  }
  return bytes;
}

function check(input: Uint8Array, label: string): number {
  const started = performance.now();
  try {
    const article = extractArticle(input, { url: 'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp', fetchedAt: new Date('2026-02-08T08:00:00Z') });
    // Whatever comes out must still be safe to publish.
    // (Escaped text such as "&lt;img onerror=…&gt;" is harmless; real tags and attributes are not.)
    expect(article.contentHtml, label).not.toMatch(/<script\b|<[^>]*\son[a-z]+\s*=|<[^>]*(href|src)\s*=\s*["']?\s*javascript:/i);
    expect(article.contentText, label).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  } catch (error) {
    if (!(error instanceof FeedwrightError)) throw new Error(`${label}: threw a non-coded error: ${(error as Error).stack}`, { cause: error });
    expect(error.code, label).toMatch(/^EXTRACT_/);
  }
  return performance.now() - started;
}

describe('extractor fuzz run: random and mutated real pages never throw uncoded errors and stay bounded', () => {
  it('survives 300 mutations of the seed page, each within a bounded time', () => {
    let slowest = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const ms = check(mutate(seedPage, random(seed)), `mutation seed ${seed}`);
      slowest = Math.max(slowest, ms);
    }
    // Typically under 50 ms; the bound is loose because CI machines are shared.
    expect(slowest).toBeLessThan(5000);
  });

  it('survives 200 random byte strings and markup soups', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rng = random(10_000 + seed);
      const soup =
        seed % 2 === 0
          ? Buffer.from(Array.from({ length: rng.int(20_000) }, () => rng.int(256)))
          : Buffer.from(Array.from({ length: 1 + rng.int(400) }, () => TAGS[rng.int(TAGS.length)]! + '文字'.repeat(rng.int(20))).join(''));
      check(soup, `soup seed ${seed}`);
    }
  });
});
