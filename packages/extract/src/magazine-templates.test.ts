import { describe, expect, it } from 'vitest';
import { en, de, paras, read } from './__fixtures__/probe-kit.ts';

// Session 19 probes 2: English magazines and news groups, German, Austrian and Swiss news sites, recipe cards, written from their
// templates' markup (Vox Media, Condé Nast, The Atlantic, BuzzFeed, Vice, TechCrunch, Engadget, Mashable, Slate, Salon, PBS,
// Bloomberg, Reach plc, Sky News, McClatchy, Lee, Hearst, Business Insider; RND, Tagesspiegel, netzpolitik.org, ORF, SRF, NZZ, Der
// Standard, Krone, CHIP, COMPUTER BILD, kicker, watson, FOCUS; WP Recipe Maker, Tasty Recipes).
const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav>';

describe('magazine templates: a dateline set as a two-item list', () => {
  const lead = 'Forecasters say temperatures will climb to 30C.';
  const page = (times: string): string =>
    `<html lang="en"><head><title>Heatwave set to return this weekend - Mirror Online</title><meta property="og:type" content="article"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2019-08-02T10:15:00Z"></head><body>${nav}` +
    `<main><article><div class="article-information"><h1>Heatwave set to return this weekend</h1><p class="lead-text">${lead}</p>${times}</div><div class="article-body">${paras(en)}</div></article></main></body></html>`;
  const url = 'https://www.mirror.co.uk/news/uk-news/heatwave-set-to-return-this-weekend-12345678';

  it('drops the published and updated times set as a two-item list at the head (Reach plc: "11:15, 2 AUG 2019")', () => {
    const r = read(
      page(
        '<ul class="time-info"><li><time datetime="2019-08-02T11:15:00+01:00">11:15, 2 AUG 2019</time></li><li>Updated<time datetime="2019-08-02T13:00:00+01:00">13:00, 2 AUG 2019</time></li></ul>',
      ),
      url,
    );
    expect(r.blocks.slice(0, 2)).toEqual([lead, en(1)]);
    expect(r.day).toBe('2019-08-02');
  });

  it('keeps a list or a line that says more', () => {
    const listed = '<ul><li>11:15, 2 AUG 2019</li><li>Trains were cancelled across the south as the rails buckled in the heat.</li></ul>';
    expect(read(page(listed), url).contentText).toContain('Trains were cancelled');
    const said = '11:15, 2 AUG 2019: the Met Office raised its warning to amber for the whole of the south east.';
    expect(read(page(`<p>${said}</p>`), url).blocks).toContain(said);
  });
});

describe("magazine templates: a how-to headline's tail after a dash", () => {
  const page = (head: string): string =>
    `<html lang="de"><head>${head}<meta property="og:site_name" content="CHIP"></head><body>${nav}<article><h1>Windows 10: Autostart bearbeiten - so geht's</h1>${paras(de)}</article></body></html>`;
  const url = 'https://praxistipps.chip.de/windows-10-autostart-bearbeiten-so-gehts_12345';

  it('keeps "- so geht\'s" and "- here\'s how" in the title', () => {
    const og = `<title>Windows 10: Autostart bearbeiten - so geht's - CHIP</title><meta property="og:title" content="Windows 10: Autostart bearbeiten - so geht's">`;
    expect(read(page(og), url).title).toBe("Windows 10: Autostart bearbeiten - so geht's");
    expect(read(page(`<title>Windows 10: Autostart bearbeiten - so geht's</title>`), url).title).toBe("Windows 10: Autostart bearbeiten - so geht's");
    const english =
      `<html lang="en"><head><title>Your phone battery drains overnight – here's how to fix it</title></head><body>${nav}` +
      `<article><h1>Your phone battery drains overnight – here's how to fix it</h1>${paras(en)}</article></body></html>`;
    expect(read(english, 'https://example.com/phone-battery').title).toBe("Your phone battery drains overnight – here's how to fix it");
  });

  it('still cuts a section named after the dash', () => {
    const section = `<title>Windows 10: Autostart bearbeiten - Praxistipps</title>`;
    const html = `<html lang="de"><head>${section}</head><body>${nav}<article>${paras(de)}</article></body></html>`;
    expect(read(html, url).title).toBe('Windows 10: Autostart bearbeiten');
  });
});

describe('magazine templates: a German request for donations in the second person', () => {
  it('drops "Wir sind ein spendenfinanziertes Medium", "Unterstütze auch Du unsere Arbeit …" and "Jetzt spenden" (netzpolitik.org)', () => {
    const html =
      `<html lang="de"><head><title>Bundestag beschließt Staatstrojaner – netzpolitik.org</title><meta property="og:type" content="article"><meta property="article:published_time" content="2017-06-22T18:00:00+00:00"></head><body>${nav}` +
      `<main><article class="post"><h1 class="entry-title">Bundestag beschließt Staatstrojaner</h1><div class="entry-content">${paras(de)}</div>` +
      '<div class="entry-donate"><p><strong>Wir sind ein spendenfinanziertes Medium</strong></p><p>Unterstütze auch Du unsere Arbeit mit einer Spende.</p><a class="button">Jetzt spenden</a></div></article></main></body></html>';
    const r = read(html, 'https://netzpolitik.org/2017/bundestag-beschliesst-staatstrojaner/');
    expect(r.blocks[r.blocks.length - 1]).toBe(de(4));
    expect(r.contentText).not.toMatch(/spend/i);
  });

  it('keeps news about a donation', () => {
    const news = 'Die Stiftung unterstützt unsere Arbeit seit Jahren, im Mai kam eine Spende von 5000 Euro dazu.';
    const html = `<html lang="de"><head><title>Vereinsnachrichten</title><meta property="og:type" content="article"></head><body><article><h1>Vereinsnachrichten</h1>${paras(de, [1, 2])}<p>${news}</p>${paras(de, [3])}</article></body></html>`;
    expect(read(html, 'https://example.de/verein').blocks).toContain(news);
  });
});

describe("magazine templates: a recipe card's call to tag the blog", () => {
  const card = (cta: string): string =>
    `<html lang="en"><head><title>Easy Banana Bread | Sunny Kitchen</title><meta property="og:type" content="article"></head><body>${nav}<main><article><h1>Easy Banana Bread</h1><div class="entry-content">${paras(en, [1, 2, 3])}` +
    '<div class="tasty-recipes"><h2>Easy Banana Bread</h2><h3>Ingredients</h3><ul><li>3 ripe bananas</li><li>1/3 cup melted butter</li></ul>' +
    `<h3>Instructions</h3><ol><li>Mash the bananas in a bowl and stir in the melted butter.</li><li>Bake for 60 minutes until a skewer comes out clean.</li></ol>${cta}</div></div></article></main></body></html>`;
  const url = 'https://www.sunnykitchenblog.com/easy-banana-bread/';

  it('drops "Tag @handle on Instagram and hashtag it #hashtag" (Tasty Recipes) and "Mention @handle or tag #hashtag!" (WP Recipe Maker)', () => {
    for (const cta of [
      '<div class="tasty-recipes-cta"><h3>Did you make this recipe?</h3><p>Tag <a>@sunnykitchen</a> on Instagram and hashtag it <a>#sunnykitchen</a></p></div>',
      '<div class="wprm-call-to-action"><span>Tried this recipe?</span> <span>Mention <a>@sunnykitchen</a> or tag <a>#sunnykitchen</a>!</span></div>',
      '<div class="wprm-call-to-action"><span class="wprm-call-to-action-text">Tag @sunnykitchen on Instagram!</span></div>',
      '<div class="wprm-call-to-action"><span>Hast du das Rezept ausprobiert?</span><span>Markiere @sunnykitchen auf Instagram oder benutze #sunnykitchen!</span></div>',
    ]) {
      const r = read(card(cta), url);
      expect(r.contentText).toContain('Bake for 60 minutes until a skewer comes out clean.');
      expect(r.contentText).not.toContain('@sunnykitchen');
    }
  });

  it('keeps a sentence about tagging', () => {
    const said = 'Readers who tag @sunnykitchen on Instagram sent in three hundred photos of their loaves this spring.';
    expect(read(card(`<p>${said}</p>`), url).blocks).toContain(said);
  });
});

describe("magazine templates: an affiliate plugin's note under a product box", () => {
  const post = (note: string): string =>
    `<html lang="de"><head><title>Kabellose Kopfhörer im Test</title><meta property="og:type" content="article"></head><body>${nav}<article class="post"><h1>Kabellose Kopfhörer im Test</h1><div class="entry-content">${paras(de, [1, 2])}` +
    `<div class="aawp">${note}</div>${paras(de, [3, 4])}</div></article></body></html>`;
  const url = 'https://www.techblog-beispiel.de/2020/08/kopfhoerer-test/';

  it('drops "Letzte Aktualisierung am … / *Affiliate-Link / Bilder von der Amazon Product Advertising API" (AAWP), in German and English', () => {
    for (const note of [
      'Preis inkl. MwSt., zzgl. Versandkosten. Letzte Aktualisierung am 2.08.2020 / *Affiliate-Link / Bilder von der Amazon Product Advertising API',
      'Last update on 2020-08-02 / Affiliate links / Images from Amazon Product Advertising API',
    ]) {
      const r = read(post(`<p class="aawp-disclaimer">${note}</p>`), url);
      expect(r.blocks).toEqual([de(1), de(2), de(3), de(4)]);
    }
  });

  it('keeps a sentence about the API', () => {
    const said = 'Seit 2019 verlangt die Amazon Product Advertising API für jede Anfrage einen Schlüssel / ein Partner-Tag, schreibt der Autor.';
    expect(read(post(`<p>${said}</p>`), url).blocks).toContain(said);
  });
});

/** A magazine's article page, its body in a `<div>` of the given class, with `embed` between its second and third paragraphs. */
const moviePage = (bodyClass: string, embed: string): string =>
  `<html lang="en"><head><title>The Best Movies of the Summer</title><meta property="og:type" content="article"></head><body>${nav}<main><article><h1>The Best Movies of the Summer</h1>` +
  `<div class="${bodyClass}"><p>${en(1)}</p><p>${en(2)}</p>${embed}<p>${en(3)}</p><p>${en(4)}</p></div></article></main></body></html>`;

describe("magazine templates: an embed's placeholder note", () => {
  const page = (note: string): string => moviePage('article-body-content', `<div class="embed"><p class="embed-editorial-placeholder">${note}</p></div>`);
  const url = 'https://www.esquire.com/entertainment/movies/a28512345/best-summer-movies/';

  it('drops "This content is imported from Instagram. …" and "This content is created and maintained by a third party, …" (Hearst)', () => {
    for (const note of [
      'This content is imported from Instagram. You may be able to find the same content in another format, or you may be able to find more information, at their web site.',
      'This content is created and maintained by a third party, and imported onto this page to help users provide their email addresses. You may be able to find more information about this and similar content at piano.io',
    ]) {
      expect(read(page(note), url).blocks).toEqual([en(1), en(2), en(3), en(4)]);
    }
  });

  it('keeps a sentence that opens the same way', () => {
    const said = 'This content is imported from the archive. We restored it because readers kept asking for the original interview.';
    expect(read(page(said), url).blocks).toContain(said);
  });
});

describe("magazine templates: a platform's cookie notice in the page (session 27 grid pass)", () => {
  const page = (note: string): string =>
    moviePage('_1a2b3c', `<div class="wn1wvo1"><div class="_1445zwd1"><p>${note}</p><div><button>Allow</button></div></div></div>`);
  const url = 'https://www.theverge.com/entertainment/877243/best-summer-movies';

  it("drops Vox Media's consent placeholder and Google's cookie notice (Blogger, Google Sites)", () => {
    for (const note of [
      'This content isn\'t visible due to your cookie preferences. To load this content, click the Allow button below to opt in to "Social Media &amp; Embedded Content" cookies. These cookies are set and controlled by the third party sources from which the embedded content originates.',
      'This site uses cookies from Google to deliver its services and to analyze traffic. Information about your use of this site is shared with Google. By using this site, you agree to its use of cookies.',
    ]) {
      expect(read(page(note), url).blocks).toEqual([en(1), en(2), en(3), en(4)]);
    }
  });

  it("keeps a sentence about cookies that is the page's own", () => {
    const said = 'This site uses cookies to remember the recipes you saved, and we explain below how to clear them from your browser.';
    expect(read(page(said), url).blocks).toContain(said);
  });
});

describe("magazine templates: a paper's calls to its readers under a story (their stories, a subscription)", () => {
  const page = (box: string): string =>
    `<html lang="en"><head><title>Heatwave returns this weekend</title><meta property="og:type" content="article"></head><body>${nav}<main><article><h1>Heatwave returns this weekend</h1>` +
    `<div class="article-body">${paras(en)}${box}</div></article></main></body></html>`;
  const url = 'https://metro.co.uk/2018/08/02/heatwave-returns-7789123/';

  it('drops "Got a story for Metro? Get in touch …" and The Sun\'s "We pay for your stories!" box', () => {
    for (const box of [
      '<p><strong>Got a story for Metro?</strong> Get in touch by emailing webnews@metro.co.uk or calling 020 3615 2145.</p>',
      '<div class="article-boxout"><h2>We pay for your stories!</h2><p>Do you have a story for The Sun news desk?</p></div>',
    ]) {
      expect(read(page(box), url).blocks).toEqual([en(1), en(2), en(3), en(4)]);
    }
  });

  it('keeps a question that goes on', () => {
    const said = 'Got a story about the heat? The council wants to hear how residents coped with the last heatwave, it said on Friday.';
    const asked = 'Do you have a tip that the fire service should know about? Residents kept asking this at the meeting on Friday.';
    expect(read(page(`<p>${asked}</p>`), url).blocks).toContain(asked);
    expect(read(page(`<p>${said}</p>`), url).blocks).toContain(said);
  });

  it('drops an offer of the magazine by post, by its issues and price, or a call to subscribe for its writers (Future plc, Condé Nast)', () => {
    for (const offer of [
      'Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.',
      'Try 6 issues for $1 and read every review first.',
      'Subscribe to WIRED and stay smart with more of your favorite Ideas writers.',
      'Get access to the fastest growing financial subscriptions service, Markets Pro, for as little as Rs 599 for the first year. Use the code "GETPRO". Markets Pro offers you the information you need for wealth creation, including actionable investment ideas, independent research and insights & analysis. For more information, check out the Markets Pro website or mobile app.',
    ])
      expect(read(page(`<p>${offer}</p>`), url).blocks).toEqual([en(1), en(2), en(3), en(4)]);
  });

  it("keeps a call to subscribe to a product's plan, and a story's sentence about a subscription", () => {
    for (const kept of [
      'Subscribe to Ring Home to supercharge your Ring experience with our most advanced video and security features.',
      'Get chef-crafted meals delivered to your door every week, and skip or cancel any time.',
      'The company now offers 12 months of the service for £11.99, half what it charged when it launched.',
    ])
      expect(read(page(`<p>${kept}</p>`), url).blocks).toContain(kept);
  });
});

describe("magazine templates: German public broadcasters' furniture", () => {
  const page = (tail: string): string =>
    `<html lang="de"><head><title>Neue Radwege in Hamburg</title><meta property="og:type" content="article"></head><body>${nav}<main><article><h1>Neue Radwege in Hamburg</h1>` +
    `<div class="copytext">${paras(de)}${tail}</div></article></main></body></html>`;
  const url = 'https://www.ndr.de/nachrichten/hamburg/Neue-Radwege-in-Hamburg,radwege123.html';

  it('drops "Dieses Thema im Programm:" and the broadcast it names, on one line or two (NDR)', () => {
    for (const tail of [
      '<p class="broadcastinfo"><span>Dieses Thema im Programm:</span><br>NDR 90,3 | Nachrichten | 02.08.2019 | 10:00 Uhr</p>',
      '<p class="broadcastinfo">Dieses Thema im Programm: NDR Info | Nachrichten | 02.08.2019 | 10:00 Uhr</p>',
    ]) {
      expect(read(page(tail), url).blocks).toEqual([de(1), de(2), de(3), de(4)]);
    }
  });

  it('drops a newsletter pitch whose call follows "Dann" (BR24)', () => {
    const pitch = '<p><em>Sie interessieren sich für Themen rund um Bayern? Dann abonnieren Sie hier den BR24-Newsletter.</em></p>';
    expect(read(page(pitch), url).blocks).toEqual([de(1), de(2), de(3), de(4)]);
  });

  it('keeps a barred line that is no broadcast', () => {
    const table = 'Linie 5 | Barmbek | 02.08.2019 | gesperrt';
    expect(read(page(`<p>${table}</p>`), url).blocks).toContain(table);
  });
});
