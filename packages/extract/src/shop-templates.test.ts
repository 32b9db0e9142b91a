import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';
import { description, PROBES, related, review } from './__fixtures__/shop-pages.ts';

// Session 21 shops pass: the product page of each shop platform's default template, written from its markup (see
// __fixtures__/shop-pages.ts). What the development golds agree on across platforms: the description is kept, the reviews and
// the other products' carousels ("Related products", "You may also like") are left out. Golds part ways on FAQs, specification
// tables and the buy box, so these probes do not pin them.
describe('shop templates: the product description, without reviews or other products', () => {
  for (const [platform, [html, url]] of Object.entries(PROBES)) {
    it(`reads ${platform}'s product page: the description in full, no review, no related product`, () => {
      const page = read(html, url);
      expect(page.title).toBe('Stoneware Mug');
      for (const paragraph of description) expect(page.blocks).toContain(paragraph);
      for (const n of [1, 2, 3]) expect(page.contentText).not.toContain(review(n));
      for (const name of related) expect(page.contentText).not.toContain(name);
      expect(page.contentText).not.toMatch(/Add to (?:cart|Cart|shopping cart)|Powered by|Newsletter/);
    });
  }
});

describe("shop templates: Shopify Dawn's buy box as its stylesheet shows it", () => {
  const [dawn, url] = PROBES.shopify!;

  it('drops the "Sale" and "Sold out" badges of a price marked neither on sale nor sold out', () => {
    const page = read(dawn, url);
    expect(page.blocks).toContain('$24.00 USD');
    expect(page.contentText).not.toMatch(/\bSale\b|Sold out/);
  });

  it('keeps the badge that names the state its price element is marked with', () => {
    expect(read(dawn.replace('price--show-badge', 'price--show-badge price--on-sale'), url).contentText).toMatch(/\bSale\b/);
    const soldOut = read(dawn.replace('price--show-badge', 'price--show-badge price--sold-out'), url).contentText;
    expect(soldOut).toContain('Sold out');
    expect(soldOut).not.toMatch(/\bSale\b/);
  });

  it('drops "View full details", which the theme shows only in quick-add and featured-product sections', () => {
    expect(read(dawn, url).contentText).not.toContain('View full details');
    const featured = dawn.replace('class="product product--large', 'class="product featured-product product--large');
    expect(read(featured, url).contentText).toContain('View full details');
  });

  it('drops the legend of a variant picker ("Color" above the swatches) and keeps a fieldset without controls', () => {
    expect(read(dawn, url).blocks).not.toContain('Color');
    const framed = dawn.replace(
      '<p class="product__text inline-richtext"></p>',
      '<fieldset><legend>Glaze notes</legend><p>Each glaze is mixed in the studio.</p></fieldset>',
    );
    expect(read(framed, url).blocks).toContain('Glaze notes');
  });
});
