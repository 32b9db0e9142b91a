import { describe, expect, it } from 'vitest';
import {
  addTextWeights,
  countCommas,
  inkWeight,
  measureText,
  normalizeSpace,
  packedProseLength,
  ProseCounter,
  proseLength,
  UNPACKED,
  weightedLength,
} from './text.ts';

/** Spaces of every kind the helpers treat differently, CJK and comma-like characters, and plain letters. */
const ALPHABET = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u200b',
  '\u2028',
  '\u202f',
  '\u3000',
  '\ufeff',
  'a',
  'Z',
  'é',
  ',',
  ';',
  '，',
  '、',
  '。',
  '中',
  'か',
  '한',
  '㐀',
  '\u3100',
  '\u4dc0',
  '豈',
  '😀',
];

/** Deterministic pseudo-random texts (a linear congruential generator, so a failure reproduces). */
function texts(count: number): string[] {
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let text = '';
    const length = next() % 24;
    for (let j = 0; j < length; j += 1) text += ALPHABET[next() % ALPHABET.length];
    out.push(text);
  }
  return out;
}

describe('text helpers', () => {
  it('normalizeSpace collapses and trims as the two regular expressions it replaces did', () => {
    const reference = (text: string): string => text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    for (const text of texts(20000)) expect(normalizeSpace(text)).toBe(reference(text));
    expect(normalizeSpace('\u3000\u3000正文\u200b  text\u00a0')).toBe('正文 text');
  });

  it('addTextWeights adds weightedLength and inkWeight of each text', () => {
    const totals = { length: 0, ink: 0 };
    let length = 0;
    let ink = 0;
    for (const text of texts(5000)) {
      addTextWeights(text, totals);
      length += weightedLength(text);
      ink += inkWeight(text);
      expect(totals).toEqual({ length, ink });
    }
  });

  it('ProseCounter reads texts in pieces as proseLength and countCommas read them joined', () => {
    const all = texts(6000);
    const counter = new ProseCounter();
    for (let i = 0; i + 3 <= all.length; i += 3) {
      const pieces = all.slice(i, i + 3);
      counter.reset();
      for (const piece of pieces) counter.add(piece);
      const joined = pieces.join('');
      expect([counter.weight, counter.commas]).toEqual([proseLength(joined), countCommas(joined)]);
    }
  });

  it('measureText gives inkWeight and the prose facts ProseCounter.addMeasured reads as add reads the text (session 34 speed3 pass)', () => {
    const all = [...texts(6000), '\u007f', 'a\u007fb', ' ,; ', '中，文', '\u200b', 'x\ufeff y'];
    const out = new Float64Array(2);
    const measured = new ProseCounter();
    const read = new ProseCounter();
    for (let i = 0; i + 3 <= all.length; i += 1) {
      measured.reset();
      read.reset();
      for (const piece of all.slice(i, i + 3)) {
        measureText(piece, out);
        expect(out[0]).toBe(inkWeight(piece));
        expect(out[1]).not.toBe(UNPACKED);
        expect(packedProseLength(out[1]!)).toBe(proseLength(piece));
        measured.addMeasured(out[1]!, piece.length);
        read.add(piece);
        expect([measured.weight, measured.commas]).toEqual([read.weight, read.commas]);
      }
    }
  });
});
