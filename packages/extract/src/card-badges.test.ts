import { describe, expect, it } from 'vitest';
import { isCardBadge, isDeliveryPromise, isPriceText, isRatingCount, isReadingTime } from './card-badges.ts';
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

  it('names a rating\'s count ("4.9 from 23 votes", "Based on 407 reviews", "4.9 von 23 Bewertungen"), not a sentence about ratings', () => {
    for (const count of [
      '4.9 from 23 votes',
      'Based on 407 reviews',
      '0 stars based on 0 reviews',
      'No Reviews Yet',
      '4.9 von 23 Bewertungen',
      '4,8 aus 12 Bewertungen',
      'Noch keine Bewertungen',
    ])
      expect(isRatingCount(count), count).toBe(true);
    for (const other of ['Ratings', 'Based on 407 reviews, the hotel is the best in town.', 'We read 23 reviews', 'Reviews from 2023'])
      expect(isRatingCount(other), other).toBe(false);
    const card =
      '<div class="wprm-recipe"><h2>Omas Apfelstrudel</h2><div class="wprm-recipe-rating"><span>4.9 von 23 Bewertungen</span></div><ul><li>250 g Mehl</li><li>1 kg Äpfel</li></ul></div>';
    const page = `<html><body><article><h1>Omas Apfelstrudel</h1><p>Kaum ein Kuchen weckt bei mir so viele Kindheitserinnerungen wie Omas Apfelstrudel, mit hauchdünnem Teig.</p>${card}</article></body></html>`;
    const text = extractArticle(page, { ...options, url: 'https://example.org/apfelstrudel/' }).contentText;
    expect(text).toContain('250 g Mehl');
    expect(text).not.toContain('Bewertungen');
  });

  it('drops a shop card\'s delivery promise ("Available for Shipping", "FREE 2-Day Delivery", "Get it by Tue, Mar 10"), not a sentence about delivery', () => {
    for (const promise of [
      'Available for Shipping',
      'Available for Shipping or Pickup',
      'FREE 2-Day Delivery',
      'FREE Full Service Delivery',
      'Free Fast Delivery',
      'Get it by Tue, Mar 10',
    ])
      expect(isDeliveryPromise(promise), promise).toBe(true);
    for (const other of ['Free shipping', 'Delivery', 'Available for shipping to Canada and Mexico', 'We get it by Tuesday'])
      expect(isDeliveryPromise(other), other).toBe(false);
    const card = (n: number): string =>
      `<li class="card"><h3>Folding treadmill ${n} with an incline</h3><p>A quiet treadmill that folds flat under a bed, with twelve programs, model ${n}.</p><div>$59${n}.98</div><div>${n % 2 ? 'Available for Shipping' : 'FREE 2-Day Delivery'}</div></li>`;
    const page = `<html><body><main><h1>Treadmills</h1><ul>${[1, 2, 3, 4].map(card).join('')}</ul></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain('Folding treadmill 3 with an incline');
    expect(text).not.toMatch(/Available for Shipping|2-Day Delivery/);
  });

  it("reads a card's price hidden from screen readers only (aria-hidden), unless their copy of it sits beside it", () => {
    for (const price of ['$24.50', 'Sale price: $24.50 Original price: $35.00', '$66.00 – $165.00', '249 €', 'From $19.99'])
      expect(isPriceText(price), price).toBe(true);
    for (const other of ['Free shipping over $50', '4.5 out of 5 stars', '24.50', 'Only $5 today for members']) expect(isPriceText(other), other).toBe(false);
    const tile = (n: number, copy: boolean): string =>
      `<li class="tile"><a href="/shop/candle-${n}"><h2>Glass candle ${n} with a cedar and fig scent</h2></a>` +
      `<div aria-label="current price $2${n}.50"><p aria-hidden="true"><span class="sr-only">Sale price: </span>$2${n}.50</p>` +
      (copy ? `<span class="sr-only">Current price is: $2${n}.50.</span>` : '') +
      '</div></li>';
    const page = (copy: boolean): string =>
      `<html><body><main><h1>Decorative candles</h1><p>Candles for every room of the house, poured by hand in small batches and scented with oils.</p><ul>${[1, 2, 3, 4].map((n) => tile(n, copy)).join('')}</ul></main></body></html>`;
    const shown = extractArticle(page(false), options).contentText;
    expect(shown).toContain('Glass candle 3 with a cedar and fig scent');
    expect(shown).toContain('$23.50');
    // WooCommerce's `<del aria-hidden>` price beside its "Original price was:" text: the copy is read, not the price twice.
    expect(extractArticle(page(true), options).contentText).not.toMatch(/\$23\.50\s*\n?\s*\$23\.50/);
  });
});
