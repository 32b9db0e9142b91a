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
    // In a featured-product section the class rule keeps it; on a page of kind product it still goes, as a line that is only a
    // link (session 33's withoutLinkLines).
    const featured = dawn.replace('class="product product--large', 'class="product featured-product product--large');
    expect(read(featured, url).contentText).not.toContain('View full details');
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

// Session 23 shops pass: jQuery UI's tabs markup (a `<ul>` of `#tabs-N` links, then one `<div id="tabs-N">` per panel, every panel
// with the same class). A description panel that nests its prose in a page builder's rows and columns scores nothing of its own
// (scores reach two levels up), and an unscored chunk at either end of the repeated panels was dropped.
describe('shop templates: tab panels of one class, the description nested deep', () => {
  const deep = (n: number) =>
    `<div class="section"><div class="container"><div class="row"><div class="col-6"><h4>Part ${n}</h4><p>${'The description tells how the stand rises and folds, with commas, clauses and a full stop. '.repeat(4)}</p></div></div></div></div>`;
  const faq = ['Does it need assembly?', 'Does it ship abroad?', 'Will it hold two monitors?', 'Can it be moved?', 'Is there a warranty?']
    .map(
      (q, n) =>
        `<p><strong>${q}</strong></p><p>Answer ${n + 1}: ${'it does, and the details are written here in full, with commas and a full stop. '.repeat(2)}</p>`,
    )
    .join('');
  const page = `<!doctype html><html><head><title>Standing Desk | Shop</title></head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><h1>Standing Desk</h1><p class="price">$169.99</p><button>Add to cart</button>
<div class="description" id="tabs"><ul class="tab_titles"><li><a href="#tabs-1">Product Description</a></li><li><a href="#tabs-2">FAQ</a></li><li><a href="#tabs-3">Specs</a></li></ul>
<div class="tab_panel" id="tabs-1"><div id="description_block">${deep(1)}${deep(2)}</div></div>
<div class="tab_panel" id="tabs-2"><div class="container">${faq}</div></div>
<div class="tab_panel" id="tabs-3"><div class="container"><p>${'The top panel measures twenty by twenty-eight inches, and it holds thirty pounds, monitors included. '.repeat(2)}</p></div></div>
</div></main>
<footer><p>© 2026 Desk Shop. All rights reserved.</p></footer></body></html>`;

  it('keeps the first panel with the others', () => {
    const text = read(page, 'https://desks.example/products/standing-desk').contentText;
    expect(text).toContain('The description tells how the stand rises and folds');
    expect(text).toContain('Part 2');
    expect(text).toContain('Does it need assembly?');
    expect(text).toContain('The top panel measures');
  });
});

// Session 24 product pass: a cross-sell grid headed "Frequently bought together", "Pairs well with" or "You may also like" between
// the buy box and the rest of the description (YETI's "Add the essentials", iFixit, B&H, eBay, Nomad, lafeeca's Dawn-based theme).
// cutTail cuts only a heading with a third of the text before it; the grid here comes first and the description after it.
describe('shop templates: a cross-sell grid under its heading, wherever it stands', () => {
  const prose = (n: number) =>
    `<p>Part ${n} of the description: the mug is thrown by hand, glazed twice and fired hot, with commas, clauses and a full stop.</p>`;
  const card = (name: string, price: string) => `<div class="tile"><p>${name}</p><p>${price}</p></div>`;
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stoneware Mug"}</script>`;
  const page = (heading: string) => `<!doctype html><html><head><title>Stoneware Mug | Shop</title>${ld}</head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><div class="product"><h1>Stoneware Mug</h1><p class="price">$24.00</p>${prose(1)}
<div class="pdp-row"><h2>${heading}</h2>${card('Walnut Coaster Set', '$19.99')}${card('Linen Tea Towel', '$12.00')}${card('Pour-Over Stand', '$34.50')}</div>
<h2>Details</h2>${[2, 3, 4, 5, 6].map(prose).join('')}</div></main>
<footer><p>© 2026 Mug Shop. All rights reserved.</p></footer></body></html>`;

  // Session 25 product pass: add-on grids of other products (Bird Buddy's "Choose your add-ons", Uplift's "Choose your free
  // accessories!", IKEA's "Accessories for KALLAX", iRobot's "Explore other Robots").
  for (const heading of [
    'Frequently Bought Together',
    'Pairs well with',
    'You may also like',
    'Add the essentials',
    'Choose your add-ons',
    'Choose your free accessories!',
    'Accessories for Stoneware Mug',
    'Explore other Mugs',
  ]) {
    it(`drops the grid under "${heading}" and keeps the description after it`, () => {
      const text = read(page(heading), 'https://mugs.example/products/stoneware-mug').contentText;
      expect(text).not.toContain(heading);
      expect(text).not.toMatch(/Walnut Coaster Set|Linen Tea Towel|Pour-Over Stand/);
      for (const n of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Part ${n} of the description`);
      expect(text).toContain('Details');
    });
  }
});

// Session 25 product pass: a review list under its heading on a product page ("Reviews for this item (76)", "Be the first to review
// this item": Etsy's listing template), wherever it stands; the golds leave review lists out.
describe('shop templates: a review list under its heading, wherever it stands', () => {
  const prose = (n: number) =>
    `<p>Part ${n} of the description: the mug is thrown by hand, glazed twice and fired hot, with commas, clauses and a full stop.</p>`;
  const review = (name: string) =>
    `<div class="review"><p>5 out of 5 stars</p><p>Lovely mug, arrived well packed and the glaze is even nicer in person.</p><p>${name}</p></div>`;
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stoneware Mug"}</script>`;
  const page = (heading: string) => `<!doctype html><html><head><title>Stoneware Mug | Shop</title>${ld}</head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><div class="listing"><h1>Stoneware Mug</h1><p class="price">$24.00</p><h2>Item details</h2>${[1, 2, 3, 4, 5, 6].map(prose).join('')}
<div class="feedback"><h2>${heading}</h2>${review('Anna K.')}${review('Ben T.')}</div>
<h2>Meet your seller</h2><p>Ingrid makes every mug in her studio by the sea and ships them in recycled boxes.</p></div></main>
<footer><p>© 2026 Mug Shop. All rights reserved.</p></footer></body></html>`;

  for (const heading of ['Reviews for this item (76)', 'Be the first to review this item', 'Customer Reviews', 'Ratings & Reviews']) {
    it(`drops the reviews under "${heading}" and keeps the description and the section after them`, () => {
      const text = read(page(heading), 'https://mugs.example/listing/stoneware-mug').contentText;
      expect(text).not.toContain(heading);
      expect(text).not.toMatch(/Lovely mug|Anna K\.|Ben T\./);
      for (const n of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Part ${n} of the description`);
      expect(text).toContain('Meet your seller');
    });
  }
});

// Session 27 product pass: a step's number set alone beside each picture of a how-to (Huel's "How to use", Bird Buddy's "What's in
// the box" badges: "1.", "2."), and the shop's help prompt ("Questions? Chat with an expert.", "Need help choosing gear?"): the
// line goes, and the steps and the text after the prompt stay. An article keeps its numbers (listicles number their sections so).
describe('shop templates: step numbers set alone and help prompts', () => {
  const prose = (n: number) =>
    `<p>Part ${n} of the description: the mug is thrown by hand, glazed twice and fired hot, with commas, clauses and a full stop.</p>`;
  const step = (n: number, text: string) =>
    `<div class="step"><div class="step__image"><img src="/step-${n}.jpg" alt=""></div><div class="step__text"><p>${n}.</p></div><p>${text}</p></div>`;
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stoneware Mug"}</script>`;
  const page = (prompt: string, head = ld) => `<!doctype html><html><head><title>Stoneware Mug | Shop</title>${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><div class="product"><h1>Stoneware Mug</h1><p class="price">$24.00</p>${[1, 2, 3].map(prose).join('')}
<h2>How to use</h2><div class="steps">${step(1, 'Warm the mug with hot water first.')}${step(2, 'Pour the coffee in slowly.')}${step(3, 'Wash it by hand once it has cooled.')}</div>
<div class="help"><p>${prompt}</p><p>Our studio answers every message within a day, by email or on the phone.</p></div>${[4, 5, 6].map(prose).join('')}</div></main>
<footer><p>© 2026 Mug Shop. All rights reserved.</p></footer></body></html>`;
  const url = 'https://mugs.example/products/stoneware-mug';

  it('drops the step numbers and keeps the steps', () => {
    const page1 = read(page('We ship from the studio.'), url);
    for (const n of [1, 2, 3]) expect(page1.blocks).not.toContain(`${n}.`);
    expect(page1.blocks).toContain('Pour the coffee in slowly.');
    expect(page1.blocks).toContain('We ship from the studio.');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(page1.contentText).toContain(`Part ${n} of the description`);
  });

  for (const prompt of ['Questions? Chat with an expert.', 'More questions?', 'Need help with your order?', 'Need help choosing a mug?']) {
    it(`drops the help prompt "${prompt}" and keeps what follows it`, () => {
      const found = read(page(prompt), url);
      expect(found.blocks).not.toContain(prompt);
      expect(found.blocks).toContain('Our studio answers every message within a day, by email or on the phone.');
    });
  }

  it('keeps both on a page that is not a product', () => {
    const article = read(page('Questions? Chat with an expert.', ''), 'https://mugs.example/blog/how-to-use-a-mug');
    expect(article.blocks).toContain('2.');
    expect(article.blocks).toContain('Questions? Chat with an expert.');
  });
});

// Session 28 product pass: a heading that only names or counts reviews ("Reviews", "8 Reviews", "10 Customer ratings", WooCommerce's
// "29 reviews for <product>") heads the shoppers' reviews when a score or a prompt to write one follows it ("4.9", "4.7 / 5",
// "Write a Review"); over press quotes (Steam's "Reviews") it heads what the golds keep. Class names are hashed here, as a build leaves them.
describe('shop templates: a review list under a heading that only names reviews, told by its score', () => {
  const prose = (n: number) =>
    `<p>Part ${n} of the description: the mug is thrown by hand, glazed twice and fired hot, with commas, clauses and a full stop.</p>`;
  const review = (name: string) =>
    `<div class="x3f9a2c1b"><h4>Lovely mug</h4><p>Arrived well packed and the glaze is even nicer in person, I use it every day.</p><p>${name}</p></div>`;
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stoneware Mug"}</script>`;
  const page = (heading: string, first: string) => `<!doctype html><html><head><title>Stoneware Mug | Shop</title>${ld}</head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><div class="x81c0d2e4"><h1>Stoneware Mug</h1><p>$24.00</p><h2>Item details</h2>${[1, 2, 3, 4, 5, 6].map(prose).join('')}
<div class="x5e7710aa"><h2>${heading}</h2><p>${first}</p>${review('Anna K.')}${review('Ben T.')}</div>
<h2>Meet the maker</h2><p>Ingrid makes every mug in her studio by the sea and ships them in recycled boxes.</p></div></main>
<footer><p>© 2026 Mug Shop. All rights reserved.</p></footer></body></html>`;
  const url = 'https://mugs.example/products/stoneware-mug';

  for (const [heading, first] of [
    ['Reviews', '4.9'],
    ['8 Reviews', 'Write a Review'],
    ['10 Customer ratings', '4.7 / 5'],
    ['29 reviews for Stoneware Mug', 'Rated 5 out of 5'],
  ] as const) {
    it(`drops the reviews under "${heading}" over "${first}" and keeps the description and the section after them`, () => {
      const text = read(page(heading, first), url).contentText;
      expect(text).not.toContain(heading);
      expect(text).not.toMatch(/Lovely mug|Anna K\.|Ben T\./);
      for (const n of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Part ${n} of the description`);
      expect(text).toContain('Meet the maker');
    });
  }

  it('keeps the press quotes under a bare "Reviews"', () => {
    const text = read(page('Reviews', '“A mug you will want to hold all morning.” – Pottery Weekly'), url).contentText;
    expect(text).toContain('A mug you will want to hold all morning.');
    expect(text).toContain('Reviews');
  });
});

// Session 28 product pass: the description a product page states in its JSON-LD, found in the page's text, marks the description
// block where class words would ("product__description"): it is read alone, not the main region with the buy box, delivery notes
// and the shop's pitch around it. Class names are hashed here, as a build leaves them.
describe("shop templates: the product's stated description marks its block where class words say nothing", () => {
  const lines = [
    'The mug is thrown by hand on the wheel, glazed twice and fired hot, so no two are quite alike in colour.',
    'It holds 350 ml, keeps coffee warm for longer than thin porcelain and sits steady on the desk.',
    'Every mug is signed on its foot and packed in recycled paper before it leaves the studio.',
  ];
  const ld = (description: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Stoneware Mug', description })}</script>`;
  const chrome = (n: number) =>
    `<div class="x90ab12cd"><h3>Why shop with us ${n}</h3><ul><li>Free delivery over $50</li><li>Returns within 30 days</li><li>A studio team that answers</li><li>Early access to new glazes</li><li>Points on every order</li></ul></div>`;
  const page = (head: string) => `<!doctype html><html><head><title>Stoneware Mug | Shop</title>${head}</head><body>
<main><div class="x11aa22bb"><h1>Stoneware Mug</h1><p>$24.00</p>
<div class="x33cc44dd">${lines.map((line) => `<p>${line}</p>`).join('')}</div>
${[1, 2, 3, 4].map(chrome).join('')}</div></main></body></html>`;
  const url = 'https://mugs.example/products/stoneware-mug';

  it('reads the block that shows the stated description, without the shop around it', () => {
    const text = read(page(ld(lines.join('\n'))), url).contentText;
    for (const line of lines) expect(text).toContain(line);
    expect(text).not.toContain('Why shop with us');
  });

  it('reads the main region where the page states no description', () => {
    const text = read(page(ld('')), url).contentText;
    expect(text).toContain(lines[0]);
    expect(text).toContain('Why shop with us');
  });
});
