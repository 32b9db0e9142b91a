import { describe, expect, it } from 'vitest';
import { classHints } from './dom.ts';
import { AUTHOR_PREFILTER, DATE_ELEMENT_HINT, DATE_OR_AUTHOR_HINT, keptHeadOf, someHintWord, withSpaceEdges } from './metadata.ts';
import { normalizeSpace } from './text.ts';
import { seededRandom } from '@feedwright/core/testing/seeded-random.ts';
import type { Element } from 'domhandler';

// Patterns of the form metadata.ts tests class words with (inChrome, timePlace).
const CHROME = /(^|-)(nav|menu|site-header|footer|sidebar|widget)(-|$)/;
const ARTICLE = /(^|-)(entry|post|article|title)(-|$)/;
const BUILDER = /^(?:elementor|et_pb|fl-|wp-block)/;
const FOOTER = /^(?:article|entry|post|story)-(?:[a-z]+-)*footer(?:-|$)/;

const PARTS = [
  'nav',
  'menu',
  'site',
  'header',
  'footer',
  'entry',
  'post',
  'title',
  'elementor',
  'fl',
  'wp',
  'block',
  'Nav',
  'SiteHeader',
  'x',
  'ΑΣ',
  'navigation',
];
const JOINS = ['-', '-', '', '_', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff'];

function randomValue(random: () => number): string | undefined {
  if (random() < 0.15) return undefined;
  let out = random() < 0.2 ? JOINS[Math.floor(random() * JOINS.length)]! : '';
  const parts = 1 + Math.floor(random() * 5);
  for (let i = 0; i < parts; i += 1) {
    out += PARTS[Math.floor(random() * PARTS.length)]!;
    if (i < parts - 1 || random() < 0.2) out += JOINS[Math.floor(random() * JOINS.length)]!;
  }
  return out;
}

describe('someHintWord', () => {
  it('answers what classHints(element).split(/\\s+/).some(...) answered', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const cases: [RegExp, RegExp | null, RegExp | null][] = [
      [CHROME, ARTICLE, BUILDER],
      [ARTICLE, null, null],
      [CHROME, ARTICLE, FOOTER],
    ];
    for (let n = 0; n < 20_000; n += 1) {
      const className = randomValue(random);
      const id = randomValue(random);
      const attribs: Record<string, string> = {};
      if (className !== undefined) attribs.class = className;
      if (id !== undefined) attribs.id = id;
      const words = classHints({ attribs } as unknown as Element).split(/\s+/);
      for (const [word, unless, unless2] of cases) {
        const expected = words.some((w) => word.test(w) && !(unless?.test(w) ?? false) && !(unless2?.test(w) ?? false));
        expect([className, id, someHintWord(className, id, withSpaceEdges(word), word, unless, unless2)]).toEqual([className, id, expected]);
      }
    }
  });

  it('refuses a pattern that is not bounded by word edges', () => {
    expect(() => withSpaceEdges(/nav/)).toThrow();
  });
});

describe('DATE_OR_AUTHOR_HINT', () => {
  it('finds a word in exactly the class and id values that DATE_ELEMENT_HINT or AUTHOR_PREFILTER finds one in', () => {
    const random = seededRandom(20);
    const parts = ['Date', 'publish', 'posted', 'by', 'line', 'time', 'stamp', 'post', 'info', 'meta', 'entry', 'article', 'Author', 'writer', 'contributor'];
    const joins = ['', '-', '_', ' ', '__'];
    let date = 0;
    let author = 0;
    for (let i = 0; i < 5000; i += 1) {
      let value = parts[random(parts.length)]!;
      for (let n = random(4); n > 0; n -= 1) value += joins[random(joins.length)]! + parts[random(parts.length)]!;
      const byDate = DATE_ELEMENT_HINT.test(value);
      const byAuthor = AUTHOR_PREFILTER.test(value);
      if (byDate) date += 1;
      if (byAuthor) author += 1;
      expect(DATE_OR_AUTHOR_HINT.test(value), value).toBe(byDate || byAuthor);
    }
    expect(Math.min(date, author, 5000 - date - author)).toBeGreaterThan(500);
  });
});

/** Deterministic long texts of words, space runs of every kind and surrogate pairs, so cuts fall inside runs and pairs. */
function longTexts(count: number): string[] {
  const parts = ['word', ' ', '   ', '\n\t ', '\u00a0', '\u200b', '\u3000', 'é', '😀', '中文', ' \u2003 '];
  const random = seededRandom(777);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let text = '';
    const length = 200 + random(2400);
    while (text.length < length) text += parts[random(parts.length)];
    out.push(text);
  }
  out.push(
    ' '.repeat(1500) + 'word',
    'a' + ' '.repeat(1300) + 'b',
    'x'.repeat(1199) + '   ' + 'y'.repeat(400),
    'w'.repeat(150) + ' '.repeat(1100) + 'z'.repeat(500),
  );
  return out;
}

describe('keptHeadOf (session 34 speed3 pass)', () => {
  it('reads as normalizeSpace does for what textAfterHeading keeps: the first 300 characters, emptiness, over 200', () => {
    for (const text of longTexts(3000)) {
      const head = keptHeadOf(text);
      const whole = normalizeSpace(text);
      expect(head.slice(0, 300)).toBe(whole.slice(0, 300));
      expect(head === '').toBe(whole === '');
      expect(head.length > 200).toBe(whole.length > 200);
      expect(head.length > 300).toBe(whole.length > 300);
    }
  });
});
