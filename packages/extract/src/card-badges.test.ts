import { describe, expect, it } from 'vitest';
import { isCardBadge, isReadingTime } from './card-badges.ts';
import { extractArticle } from './extract-article.ts';

const options = { url: 'https://shop.example.org/c/tents', fetchedAt: new Date('2026-02-08T08:00:00Z') };

describe('card badges', () => {
  it('names badges and card links, not headings or sentences that hold the same words', () => {
    expect(isCardBadge('Top Rated')).toBe(true);
    expect(isCardBadge('New Arrival')).toBe(true);
    expect(isCardBadge('Read full article')).toBe(true);
    expect(isCardBadge('7 min read')).toBe(true);
    expect(isCardBadge('Best Sellers')).toBe(false);
    expect(isCardBadge('Our top rated tents for the new season')).toBe(false);
  });

  it('names a reading time in English and other languages, not a sentence or a bare label', () => {
    for (const time of [
      'Reading Time: 11 minutes',
      '3 MIN. READ',
      '5 minute read',
      'Est. reading time: 4 minutes',
      'Lesedauer: ca. 3 Minuten',
      '5 min de lectura',
      'Leestijd: 4 minuten',
      'Czas czytania: 5 min',
      'Tempo de leitura: 1 minuto',
    ])
      expect(isReadingTime(time)).toBe(true);
    for (const other of ['Reading time', '5 minutes', 'Read the 5 minute guide', 'We read for 5 minutes a day']) expect(isReadingTime(other)).toBe(false);
  });

  it("drops the badges stamped on a listing's cards and keeps the cards", () => {
    const card = (n: number, badge: string): string =>
      `<li class="card"><div>${badge}</div><h3>Trail tent ${n} for two hikers</h3><p>A light tent for two, with a roomy vestibule and a quick pitch, model ${n}.</p></li>`;
    const page = `<html><body><main><h1>Tents</h1><ul>${[1, 2, 3, 4].map((n) => card(n, n % 2 ? 'Top Rated' : 'New Arrival')).join('')}</ul></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain('Trail tent 3 for two hikers');
    expect(text).not.toContain('Top Rated');
    expect(text).not.toContain('New Arrival');
  });
});
