import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';

// Session 35 layoutcopy pass: a card a layout writes twice, a phone copy and then a desktop copy, as the only two siblings under
// its wrapper (layout-copy.ts); known by structure, with class words a hash the extractor cannot read (the proxy's markup).

const cards = [
  [
    'Scaling our event pipeline to billions of records',
    'How the data team moved the nightly batch jobs to a stream, and what broke on the way.',
    'Ada Lovelace',
  ],
  [
    'A year of running the build farm on spot machines',
    'What a fleet of short-lived machines costs, and the three changes that made the builds stable.',
    'Grace Hopper',
  ],
  [
    'Lessons from rewriting the search ranking service',
    'The old ranking code had grown for ten years; rewriting it in small steps kept the results steady.',
    'Alan Turing',
  ],
  [
    'How we test the player on a thousand television sets',
    'A lab of televisions, a robot arm and a lot of remote controls: the way the player is tested.',
    'Edsger Dijkstra',
  ],
];

type Copy = { linked?: boolean; extra?: string; title?: (title: string) => string };

/** One card written twice: the phone copy (with its writer) and then the desktop copy (without), in one wrapper. */
const card = ([title, teaser, writer]: string[], i: number, second: Copy | null) => {
  const heading = (text: string, linked: boolean) =>
    linked ? `<h2 class="x1a2b3c4d"><a href="/post/${i}">${text}</a></h2>` : `<h2 class="x1a2b3c4d">${text}</h2>`;
  const phone = `<div class="x5e6f7a8b">${heading(title!, second?.linked ?? true)}<p class="x9c0d1e2f">${teaser}</p><span class="x3a4b5c6d">${writer}</span></div>`;
  const desktop =
    second === null
      ? ''
      : `<div class="x7e8f9a0b">${heading(second.title?.(title!) ?? title!, second.linked ?? true)}<p class="x9c0d1e2f">${teaser}${second.extra ?? ''}</p></div>`;
  return `<div class="x2c3d4e5f">${phone}${desktop}</div>`;
};

const page = (second: Copy | null, list = cards) =>
  '<html lang="en"><head><title>The Engineering Blog</title></head><body><div class="x0a1b2c3d"><a href="/">Home</a><a href="/about">About</a></div>' +
  `<div class="x4d5e6f7a"><h1>The Engineering Blog</h1>${list.map((c, i) => card(c, i, second)).join('')}</div>` +
  '<div class="x8b9c0d1e"><a href="/privacy">Privacy</a><a href="/terms">Terms</a></div></body></html>';

const url = 'https://blog.example.com/';
const count = (blocks: string[], text: string) => blocks.filter((b) => b === text).length;

describe('layout copies: a card written twice for two screen widths', () => {
  it('reads each card once, from its first copy with the writer, not again from the second', () => {
    const { blocks } = read(page({}), url);
    for (const [title, teaser, writer] of cards) {
      expect(count(blocks, title!)).toBe(1);
      expect(count(blocks, teaser!)).toBe(1);
      expect(blocks).toContain(writer);
    }
  });

  it('keeps a card written once', () => {
    const { blocks } = read(page(null), url);
    for (const [title, teaser] of cards) {
      expect(count(blocks, title!)).toBe(1);
      expect(count(blocks, teaser!)).toBe(1);
    }
  });

  it('keeps both when the headings are not links (titles of sections, not of cards)', () => {
    const { blocks } = read(page({ linked: false }), url);
    for (const [title] of cards) expect(count(blocks, title!)).toBe(2);
  });

  it('keeps both when the second says something the first does not', () => {
    const { blocks } = read(page({ extra: ' Read the follow-up on caching.' }), url);
    for (const [title] of cards) expect(count(blocks, title!)).toBe(2);
  });

  it('keeps both when the titles differ, or are under three words', () => {
    const differ = read(page({ title: (t) => `${t} (part two)` }), url).blocks;
    for (const [title] of cards) expect(count(differ, title!)).toBe(1);
    const twoWords = cards.map(([, teaser, writer], i) => [`Release ${i + 1}`, teaser!, writer!]);
    const short = read(page({}, twoWords), url).blocks;
    for (const [title] of twoWords) expect(count(short, title!)).toBe(2);
  });
});
