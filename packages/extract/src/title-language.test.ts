import { describe, expect, it } from 'vitest';
import { detectChineseScript, normalizeLanguageTag, resolveLanguage } from './language.ts';
import { load } from 'cheerio/slim';
import type { ParentNode } from 'domhandler';
import { readSignals } from './metadata.ts';
import { chooseTitle, cleanTitle, decodeTitleText } from './title.ts';
import { extractArticle } from './extract-article.ts';

describe('cleanTitle', () => {
  it('strips a known site name joined by a separator', () => {
    expect(cleanTitle('特朗普与习近平通话后双方各自划重点 - BBC News 中文', 'BBC News 中文')).toBe('特朗普与习近平通话后双方各自划重点');
    expect(cleanTitle('BBC News 中文 | 特朗普与习近平通话后双方各自划重点', 'BBC News 中文')).toBe('特朗普与习近平通话后双方各自划重点');
  });

  it('strips section_site underscore chains and strong separators without a site name', () => {
    expect(cleanTitle('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', null)).toBe('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶');
    expect(cleanTitle('宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', null)).toBe('宇航员在太空中喝酒会怎么样？后果很严重');
    expect(cleanTitle('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::', null)).toBe('新竹尖石_美樹營地賞楓 (2)');
    expect(cleanTitle('How the Fed works - The Economist', null)).toBe('How the Fed works');
  });

  it('keeps a title whose only separator is part of it', () => {
    expect(cleanTitle('新竹尖石_美樹營地賞楓', null)).toBe('新竹尖石_美樹營地賞楓');
    expect(cleanTitle('Re-election - a short title', null)).toBe('Re-election - a short title');
  });
});

describe('chooseTitle', () => {
  const base = { headings: [] as { text: string; chrome: boolean }[], siteNames: [] as string[], host: 'www.example-news.com', articleLike: true };
  const meta = (...pairs: [string, string][]): { from: string; text: string }[] => pairs.map(([from, text]) => ({ from, text }));

  it('takes the visible h1 when a metadata title confirms it, site name and all', () => {
    expect(
      chooseTitle({
        ...base,
        metadata: meta(['title-tag', 'Go ahead, self-host Postgres | Pierce Freeman']),
        headings: [{ text: 'Go ahead, self-host Postgres', chrome: false }],
        siteNames: ['Pierce Freeman'],
      })!.title,
    ).toBe('Go ahead, self-host Postgres');
    expect(
      chooseTitle({
        ...base,
        metadata: meta(['og:title', 'Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst']),
        headings: [{ text: 'Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst', chrome: false }],
        siteNames: ['Artlyst'],
      })!.title,
    ).toBe('Critics’ Choice: Best UK Art Exhibitions 2025');
  });

  it('strips site names known from og:site_name, the publisher or the host name, at either end', () => {
    expect(chooseTitle({ ...base, metadata: meta(['og:title', 'Example News | Storm hits the coast overnight']) })!.title).toBe(
      'Storm hits the coast overnight',
    );
    expect(
      chooseTitle({ ...base, metadata: meta(['title-tag', 'Storm hits the coast overnight — The Daily Planet']), siteNames: ['The Daily Planet'] })!.title,
    ).toBe('Storm hits the coast overnight');
    expect(chooseTitle({ ...base, host: 'bytesauna.com', metadata: meta(['title-tag', 'Understanding mathematics through Lean | ByteSauna']) })!.title).toBe(
      'Understanding mathematics through Lean',
    );
  });

  it('skips a logo h1 in the masthead and a site-name h1', () => {
    const choice = chooseTitle({
      ...base,
      metadata: meta(['og:title', 'A Beginner’s Guide to Skincare – The Southerner']),
      siteNames: ['The Southerner'],
      headings: [
        { text: 'The Southerner', chrome: false },
        { text: 'Menu', chrome: true },
      ],
    });
    expect(choice!.title).toBe('A Beginner’s Guide to Skincare');
  });

  it('prefers an article’s own headline over an SEO variant of it in the metadata', () => {
    const choice = chooseTitle({
      ...base,
      metadata: meta(['og:title', 'Top 10 Health and Nutrition Trends for 2026 | Example']),
      headings: [{ text: 'Top 10 Health and Nutrition Trends to Watch', chrome: false }],
    });
    expect(choice).toEqual({ title: 'Top 10 Health and Nutrition Trends to Watch', from: 'h1' });
  });

  it('takes a heading that opens a metadata title before a separator, and not one that only shares its first words', () => {
    expect(
      chooseTitle({
        ...base,
        articleLike: false,
        metadata: meta(['og:title', 'Kayaks | REI Co-op']),
        siteNames: ['REI'],
        headings: [{ text: 'Kayaks', chrome: true }],
      })!.title,
    ).toBe('Kayaks');
    expect(
      chooseTitle({
        ...base,
        articleLike: false,
        metadata: meta(['title-tag', 'Bike Locks & Security | Bicycle Locks | Master Lock']),
        headings: [{ text: 'Bike Locks', chrome: false }],
      })!.title,
    ).toBe('Bike Locks');
    expect(
      chooseTitle({
        ...base,
        articleLike: false,
        metadata: meta(['title-tag', 'Pet Insurance for Dogs & Cats']),
        headings: [{ text: 'Pet Insurance', chrome: false }],
      })!.title,
    ).toBe('Pet Insurance for Dogs & Cats');
  });

  it('keeps the metadata title on a non-article page whose h1 is a slogan', () => {
    const choice = chooseTitle({
      ...base,
      articleLike: false,
      metadata: meta(['og:title', 'Identity Theft Protection | Aura']),
      siteNames: ['Aura'],
      headings: [{ text: 'Protection from scams and online threats, for everyone', chrome: false }],
    });
    expect(choice!.title).toBe('Identity Theft Protection');
  });

  it('writes a shouting h1 the way the metadata does, and a glued site name is dropped', () => {
    expect(
      chooseTitle({ ...base, metadata: meta(['og:title', 'Tips for Online Success']), headings: [{ text: 'TIPS FOR ONLINE SUCCESS', chrome: false }] })!.title,
    ).toBe('Tips for Online Success');
    expect(
      chooseTitle({
        ...base,
        host: 'davidbau.com',
        metadata: meta(['title-tag', 'Vibe Coding']),
        headings: [{ text: 'davidbau.com Vibe Coding', chrome: false }],
      })!.title,
    ).toBe('Vibe Coding');
  });

  it('writes the separator the metadata gives a kicker the style sheet sets apart in the heading', () => {
    // ZEIT/tagesschau-style headings: a kicker span and a headline span, glued or with a bare space between them.
    const kicker = (heading: string): string | undefined =>
      chooseTitle({
        ...base,
        metadata: meta(['title-tag', 'Bahnstreik: GDL kündigt neuen Ausstand an | tagesschau.de']),
        headings: [{ text: heading, chrome: false }],
        siteNames: ['tagesschau.de'],
      })?.title;
    expect(kicker('BahnstreikGDL kündigt neuen Ausstand an')).toBe('Bahnstreik: GDL kündigt neuen Ausstand an');
    expect(kicker('Bahnstreik GDL kündigt neuen Ausstand an')).toBe('Bahnstreik: GDL kündigt neuen Ausstand an');
    // A heading that writes its own separator stays as written.
    expect(kicker('Bahnstreik – GDL kündigt neuen Ausstand an')).toBe('Bahnstreik – GDL kündigt neuen Ausstand an');
    // Different words are no kicker: the heading's own writing ("Re-election" against "Re election").
    expect(
      chooseTitle({ ...base, metadata: meta(['og:title', 'Re election: what next']), headings: [{ text: 'Re-election what next', chrome: false }] })!.title,
    ).toBe('Re-election what next');
  });

  it('keeps a shouting heading that a metadata title writes in the same capitals', () => {
    // No style sheet reaches a <meta>: capitals written there are the site's own writing.
    expect(
      chooseTitle({
        ...base,
        metadata: meta(
          ['json-ld', 'Actuarial Consulting vs Insurance | The Actuarial Club'],
          ['og:title', 'ACTUARIAL CONSULTING VS. INSURANCE'],
          ['title-tag', 'Actuarial Consulting vs Insurance | The Actuarial Club'],
        ),
        headings: [{ text: 'ACTUARIAL CONSULTING VS. INSURANCE', chrome: false }],
      })!.title,
    ).toBe('ACTUARIAL CONSULTING VS. INSURANCE');
    // A masthead-flagged heading too, when twitter:title writes it so and the <title> does not.
    expect(
      chooseTitle({
        ...base,
        articleLike: false,
        metadata: meta(['twitter:title', 'CERTIFICATE PROGRAMS | Professional Education'], ['title-tag', 'Certificate Programs | Professional Education']),
        headings: [{ text: 'CERTIFICATE PROGRAMS', chrome: true }],
      })!.title,
    ).toBe('CERTIFICATE PROGRAMS');
  });

  it('takes the whole visible headline when the metadata cut it short', () => {
    const choice = chooseTitle({
      ...base,
      metadata: meta(['json-ld', 'Fix It Friday: We Help 4 Readers Find Solutions (Including']),
      headings: [{ text: 'Fix It Friday: We Help 4 Readers Find Solutions (Including One Trick)', chrome: false }],
    });
    expect(choice!.title).toBe('Fix It Friday: We Help 4 Readers Find Solutions (Including One Trick)');
  });

  /** The title chosen on a non-article page of `host` with these metadata titles and headings. */
  const titleOn = (host: string, metadata: [string, string][], headings: [string, boolean][], siteNames: string[] = []): string | undefined =>
    chooseTitle({ host, articleLike: false, siteNames, metadata: meta(...metadata), headings: headings.map(([text, chrome]) => ({ text, chrome })) })?.title;

  it('leaves a date, a counter or a source trailing the visible headline out of the title', () => {
    const checklist = 'Beginner’s Backpacking Checklist (By an Outdoor Guide!)';
    expect(titleOn('madelinemarquardt.com', [['og:title', checklist]], [[`${checklist} January 1, 2025`, false]])).toBe(checklist);
    const grads = 'Computer Science Grads Find Their Degrees No Longer Guarantee Jobs';
    expect(titleOn('developers.slashdot.org', [['title-tag', `${grads} - Slashdot`]], [[`${grads} (latimes.com) 87`, true]])).toBe(grads);
  });

  it('leaves a tagline the visible heading adds after a spaced separator out of the title', () => {
    const metadata: [string, string][] = [['title-tag', 'Retirement Planning Calculator | Capital Co']];
    expect(titleOn('www.funds.example', metadata, [['Retirement Planning Calculator - Example Funds', false]])).toBe('Retirement Planning Calculator');
    const protection: [string, string][] = [['og:title', 'Identity Theft Protection | Official Site']];
    expect(titleOn('www.idguard.example', protection, [['Identity Theft Protection + $5 Million in Insurance*', false]])).toBe('Identity Theft Protection');
    // Words that go on without a separator are the headline's own.
    expect(titleOn('www.funds.example', metadata, [['Retirement Planning Calculator for Couples', false]])).toBe('Retirement Planning Calculator for Couples');
  });

  it('takes a site name from a masthead heading that ends the <title>, and keeps a product heading that only resembles the host', () => {
    const book: [string, string][] = [['title-tag', 'Recoverable Errors with Result - The Rust Programming Language']];
    expect(titleOn('doc.rust-lang.org', book, [['The Rust Programming Language', true]])).toBe('Recoverable Errors with Result');
    const wallet: [string, string][] = [
      ['og:title', 'Ridge Wallet - Royal Black'],
      ['title-tag', 'Aluminum Black Wallet - Strong & Durable | The Ridge'],
    ];
    expect(titleOn('ridge.com', wallet, [['Ridge Wallet', false]])).toBe('Ridge Wallet');
  });

  it('takes the heading a shop wraps in its name and a category', () => {
    const earbuds = 'Wireless Earbuds with Mic, 50H Playtime (White)';
    expect(titleOn('www.amazon.com', [['title-tag', `Amazon.com: ${earbuds} : Electronics`]], [[earbuds, false]])).toBe(earbuds);
    const thomann: [string, string][] = [['og:title', 'Thomann Buy Studio Headphones at Thomann']];
    expect(titleOn('www.thomann.co.uk', thomann, [['Studio Headphones', false]], ['Musikhaus Thomann'])).toBe('Studio Headphones');
  });

  it('never answers an empty core or "Home"; a home page without a heading is titled by the site name', () => {
    expect(titleOn('www.nutsvolts.com', [['title-tag', '| Nuts & Volts Magazine']], [['Electronic Gadgets', false]])).toBe('Electronic Gadgets');
    const home: [string, string][] = [
      ['og:title', 'Home'],
      ['title-tag', 'Home - The GitHub Blog'],
    ];
    expect(titleOn('github.blog', home, [], ['The GitHub Blog'])).toBe('The GitHub Blog');
  });

  it('takes the headline when the only title is the site’s name and slogan', () => {
    const thread = 'Enameled Cast Iron Pan and Metal';
    expect(titleOn('www.reddit.com', [['title-tag', 'Reddit - The heart of the internet']], [[thread, false]])).toBe(thread);
    // A link post's <h1> carries the story's first sentences too (over 250 characters) and shares only a stop word with the slogan.
    const story =
      'FCC Chair to Europe: If You Restrict US Satellite Providers, We Will Ban You Here: "New barriers are emerging that constrain US businesses operating abroad," the chair says. The FCC is now soliciting public comment on "satellite market access reciprocity."';
    expect(titleOn('www.reddit.com', [['title-tag', 'Reddit - The heart of the internet']], [[story, false]])).toBe(story);
  });

  it('cuts a short label before " - " from a discussion thread’s title, and only there', () => {
    const threadTitle = (text: string, thread: boolean): string | undefined =>
      chooseTitle({ ...base, articleLike: false, thread, metadata: meta(['og:title', text]), headings: [{ text, chrome: false }] })?.title;
    expect(threadTitle('Payment issues - how to delete or change payment method', true)).toBe('how to delete or change payment method');
    expect(threadTitle('Consulting - is it worth it?', true)).toBe('is it worth it?');
    expect(threadTitle('2024 - Pros & Cons Of Using A Travel Agent (Princess)', true)).toBe('Pros & Cons Of Using A Travel Agent (Princess)');
    // No rest of three words, or a lead of three words: the title stays whole; and not on a page that is no thread.
    expect(threadTitle('Windows 11 - driver issues', true)).toBe('Windows 11 - driver issues');
    expect(threadTitle('Types of Threads - Flarum as a Discussion Engine?', true)).toBe('Types of Threads - Flarum as a Discussion Engine?');
    expect(threadTitle('Consulting - is it worth it?', false)).toBe('Consulting - is it worth it?');
  });

  it('keeps a long subtitle of a visible heading that repeats the whole <title>, and cuts a short label', () => {
    const spiral = 'The Slow Decline of Small Languages - How Niche Tools Fade in the Age of AI';
    expect(titleOn('blog.example.org', [['title-tag', spiral]], [[spiral, false]])).toBe(spiral);
    const tested = 'Twelve Language Apps Compared - Personally Tested';
    expect(titleOn('blog.example.org', [['title-tag', tested]], [[tested, false]])).toBe('Twelve Language Apps Compared');
  });

  it('does not take a masthead-flagged heading for the site name when it stands inside a metadata title', () => {
    const thread = 'Ultimate Graphics Card Comparison Guide (2025)';
    const metadata: [string, string][] = [
      ['og:title', `Info - ${thread}`],
      ['title-tag', `Info - ${thread} | Hardware Forum`],
    ];
    expect(titleOn('forums.example.com', metadata, [[thread, true]], ['Hardware Forum'])).toBe(thread);
  });

  it('keeps the site name on a front page titled "<site> - <tagline>", and only there', () => {
    const metadata = meta(['og:title', 'Talkspace - #1 Rated Online Therapy, 1 Million+ Users']);
    const page = { host: 'www.talkspace.com', articleLike: false, siteNames: [], metadata, headings: [{ text: 'Space to figure things out', chrome: false }] };
    expect(chooseTitle({ ...page, homePage: true })!.title).toBe('Talkspace - #1 Rated Online Therapy, 1 Million+ Users');
    expect(chooseTitle({ ...page, homePage: false })!.title).toBe('#1 Rated Online Therapy, 1 Million+ Users');
    // A site name at the end of a front page's title is the usual suffix.
    const suffixed = meta(['title-tag', 'Push your ideas to the web | Netlify']);
    expect(chooseTitle({ ...page, host: 'www.netlify.com', metadata: suffixed, headings: [], homePage: true })!.title).toBe('Push your ideas to the web');
  });

  it('knows a front page by its URL path', () => {
    const page = (path: string): string =>
      extractArticle(
        '<html><head><title>Acme - Tools for every workshop</title></head><body><main><h2>Welcome</h2><p>Acme makes hand tools, power tools and workbenches for small workshops, and ships them everywhere.</p></main></body></html>',
        { url: `https://www.acme.com${path}`, fetchedAt: new Date('2026-02-08T08:00:00Z') },
      ).title;
    expect(page('/')).toBe('Acme - Tools for every workshop');
    expect(page('/index.html')).toBe('Acme - Tools for every workshop');
    expect(page('/tools/')).toBe('Tools for every workshop');
  });

  it('writes a heading the metadata confirms with the plain quotes the metadata uses', () => {
    const metadata: [string, string][] = [['og:title', "A Beginner's Guide To Refinishing Furniture"]];
    expect(titleOn('blog.example.org', metadata, [['A Beginner’s Guide To Refinishing Furniture', false]])).toBe("A Beginner's Guide To Refinishing Furniture");
    // Typographic quotes everywhere stay as written.
    const curly: [string, string][] = [['og:title', 'A Beginner’s Guide To Skincare']];
    expect(titleOn('blog.example.org', curly, [['A Beginner’s Guide To Skincare', false]])).toBe('A Beginner’s Guide To Skincare');
  });

  it('takes the writing the metadata states when the page shows the heading twice in two writings', () => {
    const metadata: [string, string][] = [['og:title', 'Trail Lamp – Compact Model - Lampco - Official Site']];
    const headings: [string, boolean][] = [
      ['Trail Lamp - Compact Model', false],
      ['Trail Lamp – Compact Model', false],
    ];
    expect(titleOn('www.lampco.example', metadata, headings)).toBe('Trail Lamp – Compact Model');
  });

  it('leaves out trademark signs the metadata does not write', () => {
    expect(titleOn('shop.example.com', [['og:title', 'Thunder ANC 2 - Bass Headphones | Wireless']], [['Thunder® ANC 2', false]])).toBe('Thunder ANC 2');
    // A brand named after the site ("Game Box" on gamebox.example) is still part of the product's name.
    expect(
      titleOn(
        'www.gamebox.example',
        [['og:title', 'Game Box - OLED Model White set - REFURBISHED - Gamebox Official Site']],
        [['Game Box™ - OLED Model White set - REFURBISHED', false]],
      ),
    ).toBe('Game Box - OLED Model White set - REFURBISHED');
    // Signs the metadata writes too stay.
    expect(titleOn('shop.example.com', [['og:title', 'Thunder® ANC 2 - Bass Headphones']], [['Thunder® ANC 2', false]])).toBe('Thunder® ANC 2');
  });

  it('drops the page’s own domain name opening the title', () => {
    expect(titleOn('janedoe.net', [['title-tag', 'janedoe.net Notes on Gardening']], [['janedoe.net', false]])).toBe('Notes on Gardening');
    // Another domain is part of the headline.
    expect(titleOn('janedoe.net', [['title-tag', 'example.com Acquired by Rival']], [])).toBe('example.com Acquired by Rival');
  });

  it('takes the visible headline on any page when the metadata title was cut short', () => {
    const cut: [string, string][] = [['og:title', 'Garden Checklist Garden Planning Checklists Garden Timeline…']];
    expect(titleOn('www.gardens.example', cut, [['Garden Checklist :: Printable Planting Timeline', false]])).toBe(
      'Garden Checklist :: Printable Planting Timeline',
    );
    // A whole metadata title keeps its place on a page that is not an article.
    const whole: [string, string][] = [['og:title', 'Garden Checklist: Garden Planning Checklists and Timeline']];
    expect(titleOn('www.gardens.example', whole, [['Garden Checklist :: Printable Planting Timeline', false]])).toBe(
      'Garden Checklist: Garden Planning Checklists and Timeline',
    );
  });

  it('passes over a metadata title that is only the site’s name, except on the front page', () => {
    const metadata: [string, string][] = [
      ['twitter:title', 'Sockco'],
      ['title-tag', 'All Wool Socks'],
    ];
    expect(titleOn('sockco.example', metadata, [], ['Sockco'])).toBe('All Wool Socks');
    // A masthead-flagged heading that ends a metadata title is not a stated site name: the headline stays.
    const headline = 'Actress Is Looking Stunning In New Photos';
    const titled: [string, string][] = [
      ['og:title', headline],
      ['twitter:title', `Naijanews | Popular news platform: ${headline}`],
    ];
    expect(titleOn('www.naijanews.example', titled, [[headline, true]], ['Naijanews | Popular news platform'])).toBe(headline);
    expect(
      chooseTitle({ host: 'sockco.example', homePage: true, articleLike: false, siteNames: ['Sockco'], metadata: meta(...metadata), headings: [] })?.title,
    ).toBe('Sockco');
  });

  it('passes over a metadata title that is only the host’s name for the content heading, except on the front page', () => {
    expect(titleOn('www.sockco.example', [['og:title', 'Sockco']], [['All Wool Socks', false]])).toBe('All Wool Socks');
    // A heading in the masthead is no content heading; the front page is titled by the site.
    expect(titleOn('www.sockco.example', [['og:title', 'Sockco']], [['Sock Club', true]])).toBe('Sockco');
    expect(
      chooseTitle({
        host: 'sockco.example',
        homePage: true,
        articleLike: false,
        siteNames: [],
        metadata: meta(['og:title', 'Sockco']),
        headings: [{ text: 'All Wool Socks', chrome: false }],
      })?.title,
    ).toBe('Sockco');
  });

  it('takes the whole metadata title when the first was cut short inside a bracket', () => {
    const whole = 'Fix It: We Help 4 Readers Arrange Their Rooms (Including One Trick That Always Works)';
    const metadata: [string, string][] = [
      ['json-ld', 'Fix It: We Help 4 Readers Arrange Their Rooms (Including'],
      ['og:title', `${whole} - Emily Example`],
    ];
    expect(titleOn('www.emilyexample.com', metadata, [], ['Emily Example'])).toBe(whole);
    // Closed brackets: the first title is whole, however the others go on.
    const closed: [string, string][] = [
      ['json-ld', 'Silver Earrings (Sterling)'],
      ['og:title', 'Silver Earrings (Sterling) for Women'],
    ];
    expect(titleOn('www.shop.example', closed, [])).toBe('Silver Earrings (Sterling)');
  });

  it('takes the <title> over a social-card teaser that shares almost no words with it', () => {
    const card: [string, string][] = [
      ['og:title', 'We Are Really Good at Email | Mailco'],
      ['twitter:title', 'We Are Really Good at Email | Mailco'],
      ['title-tag', 'Email Marketing Tools | Mailco'],
    ];
    expect(titleOn('mailco.example', card, [], ['Mailco'])).toBe('Email Marketing Tools');
    // A variant sharing most of its words stays; so does one that the JSON-LD headline seconds, and any on a front page.
    const variant = 'Email Marketing Tools for Small Teams';
    expect(
      titleOn(
        'mailco.example',
        [
          ['og:title', variant],
          ['title-tag', 'Email Marketing Software | Mailco'],
        ],
        [],
        ['Mailco'],
      ),
    ).toBe(variant);
    const headline = 'The Resurrection of the Greatest Writer You Never Read';
    const seconded: [string, string][] = [
      ['json-ld', headline],
      ['og:title', headline],
      ['title-tag', 'His books are being republished, but how did he fall into obscurity?'],
    ];
    expect(titleOn('www.magazine.example', seconded, [])).toBe(headline);
    expect(
      chooseTitle({ host: 'mailco.example', homePage: true, articleLike: false, siteNames: ['Mailco'], metadata: meta(...card), headings: [] })?.title,
    ).toBe('We Are Really Good at Email');
    // Chinese is written without spaces: there are no words to compare, and the og:title stays.
    const chinese: [string, string][] = [
      ['og:title', '花木兰真人版：迪士尼重拍的中国经典'],
      ['title-tag', '花木兰 - 新闻网'],
    ];
    expect(titleOn('www.news.example', chinese, [], ['新闻网'])).toBe('花木兰真人版：迪士尼重拍的中国经典');
  });

  it('takes the title more independent metadata sources state over the most trusted one', () => {
    const agreed = 'Average Private Meditation Sessions Cost';
    const metadata: [string, string][] = [
      ['json-ld', 'Meditation Class Cost'],
      ['og:title', agreed],
      ['title-tag', `${agreed} | Calm Co`],
    ];
    expect(titleOn('www.calm.example', metadata, [], ['Calm Co'])).toBe(agreed);
    // On an article page too, where the headline rule weighs the visible heading against that title.
    expect(
      chooseTitle({
        host: 'www.calm.example',
        articleLike: true,
        siteNames: ['Calm Co'],
        metadata: meta(...metadata),
        headings: [{ text: 'How Much Does a Meditation Class Cost?', chrome: false }],
      })?.title,
    ).toBe(agreed);
    // twitter:title copies og:title: the two are one source, and a tie keeps the most trusted title.
    const copied: [string, string][] = [
      ['json-ld', 'Meditation Class Cost'],
      ['og:title', agreed],
      ['twitter:title', agreed],
    ];
    expect(titleOn('www.calm.example', copied, [], ['Calm Co'])).toBe('Meditation Class Cost');
  });

  it('takes a visible heading that is a metadata title with a later year in it', () => {
    const metadata: [string, string][] = [['og:title', 'Guide to filing your taxes in 2024 | Consumer Bureau']];
    expect(titleOn('www.bureau.example', metadata, [['Guide to filing your taxes in 2025', false]], ['Consumer Bureau'])).toBe(
      'Guide to filing your taxes in 2025',
    );
    // An earlier year, another word changed too, or a heading in the site's chrome: the metadata title stays.
    expect(titleOn('www.bureau.example', metadata, [['Guide to filing your taxes in 2023', false]], ['Consumer Bureau'])).toBe(
      'Guide to filing your taxes in 2024',
    );
    expect(titleOn('www.bureau.example', metadata, [['Guide to paying your taxes in 2025', false]], ['Consumer Bureau'])).toBe(
      'Guide to filing your taxes in 2024',
    );
    expect(titleOn('www.bureau.example', metadata, [['Guide to filing your taxes in 2025', true]], ['Consumer Bureau'])).toBe(
      'Guide to filing your taxes in 2024',
    );
  });

  it('writes a heading left in lower case the way the metadata capitalises it', () => {
    expect(titleOn('www.encyclo.example', [['og:title', 'History of green tea | Origins, Trade, Facts | Encyclo']], [['history of green tea', false]])).toBe(
      'History of green tea',
    );
    // Lower case everywhere stays as written.
    expect(titleOn('docs.example.org', [['title-tag', 'useQuery - Example Docs']], [['useQuery', false]])).toBe('useQuery');
  });

  it('splits a title at a spaced slash, as forums join "<topic> / <board> / <site>"', () => {
    expect(titleOn('bbs.example.org', [['title-tag', 'What happened with the install image in 2024 / Discussion / Example Forums']], [['Example', true]])).toBe(
      'What happened with the install image in 2024',
    );
    // Between two numbers a spaced slash is a range.
    expect(titleOn('events.example.org', [['og:title', 'Tech conferences in Europe 2026 / 2027']], [])).toBe('Tech conferences in Europe 2026 / 2027');
  });

  it('reads no site name from a stated name written as a title', () => {
    const title = 'Deskly: AI platform for support teams | Worksco';
    expect(titleOn('www.worksco.example', [['og:title', title]], [], [title, 'Worksco'])).toBe('Deskly: AI platform for support teams');
  });

  it('takes the first <h2> on a page without a content <h1> only when it heads or is one part of a metadata title', () => {
    const page = { host: 'www.example.com', articleLike: false, siteNames: ['Example'], headings: [] };
    expect(chooseTitle({ ...page, metadata: meta(['og:title', 'Example CDN | Content Delivery Network']), subheading: 'Example CDN' })!.title).toBe(
      'Example CDN',
    );
    const catalog = meta(['title-tag', 'Browse subject: Hardware -- Catalogs | The Books Page']);
    expect(chooseTitle({ ...page, siteNames: ['The Books Page'], metadata: catalog, subheading: 'Hardware -- Catalogs' })!.title).toBe('Hardware -- Catalogs');
    // A section heading the metadata does not state, an <h1> on the page, or the core with the part it cut: the core stays.
    expect(chooseTitle({ ...page, metadata: meta(['og:title', 'Example CDN | Content Delivery Network']), subheading: 'Why choose us' })!.title).toBe(
      'Content Delivery Network',
    );
    const withH1 = { ...page, headings: [{ text: 'Fast everywhere', chrome: false }] };
    expect(chooseTitle({ ...withH1, metadata: meta(['og:title', 'Example CDN | Content Delivery Network']), subheading: 'Example CDN' })!.title).toBe(
      'Content Delivery Network',
    );
    const parts = meta(['title-tag', 'Building a Pixel Pipeline in Audio Plugins - Part 1 | Example']);
    expect(chooseTitle({ ...page, metadata: parts, subheading: 'Building a Pixel Pipeline in Audio Plugins - Part 1' })!.title).toBe(
      'Building a Pixel Pipeline in Audio Plugins',
    );
  });

  it('drops soft hyphens and zero-width spaces', () => {
    expect(titleOn('www.marionohio.us', [['title-tag', 'Home Repair Assis\u00adtance Pro\u200bgram']], [])).toBe('Home Repair Assistance Program');
  });

  it('takes the visible headline that says the URL slug’s words more closely than the metadata title', () => {
    const shop = {
      ...base,
      articleLike: false,
      host: 'www.rei.com',
      siteNames: ['REI'],
      metadata: meta(['og:title', 'Camping Stoves: Top Rated Camp Stoves | REI Co-op']),
      headings: [{ text: 'Camp Stoves', chrome: false }],
    };
    // Exactly the slug's words against the metadata's SEO wording.
    expect(chooseTitle({ ...shop, path: '/c/camp-stoves' })).toEqual({ title: 'Camp Stoves', from: 'h1' });
    // No slug, one word, or a slug the metadata says as closely: the metadata, as before.
    expect(chooseTitle(shop)!.title).toBe('Camping Stoves: Top Rated Camp Stoves');
    expect(chooseTitle({ ...shop, path: '/c/stoves' })!.title).toBe('Camping Stoves: Top Rated Camp Stoves');
    expect(chooseTitle({ ...shop, path: '/c/top-rated-camp-stoves' })!.title).toBe('Camping Stoves: Top Rated Camp Stoves');
    // All the slug's words (stop words aside) where the metadata misses one.
    const guide = {
      ...base,
      articleLike: false,
      metadata: meta(['og:title', 'Solar installation: A step-by-step guide for homeowners | Example News']),
      headings: [{ text: 'Solar installation in 4 steps: A guide for homeowners', chrome: false }],
    };
    expect(chooseTitle({ ...guide, path: '/blog/solar-installation-4-steps-guide-homeowners/' })!.title).toBe(
      'Solar installation in 4 steps: A guide for homeowners',
    );
    // The site's name after the headline stays cut, and the slug does not bring it back.
    const review = {
      ...base,
      siteNames: ['Artlyst'],
      metadata: meta(['title-tag', 'Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst']),
      headings: [{ text: 'Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst', chrome: false }],
    };
    expect(chooseTitle({ ...review, path: '/critics-choice-best-uk-art-exhibitions-2025-artlyst' })!.title).toBe(
      'Critics’ Choice: Best UK Art Exhibitions 2025',
    );
  });

  it('decodes entities left in metadata, even double-encoded ones', () => {
    expect(decodeTitleText('M&#038;A Roundup &#8211; And finally&amp;#8230;')).toBe('M&A Roundup – And finally…');
  });
});

describe('chooseTitle on whole pages', () => {
  const body = '<p>The first paragraph of the page says what it offers and for whom, in two full sentences of text.</p><p>A second paragraph goes on.</p>';
  const titleOf = (head: string, main: string, path = '/learn/some-page'): string =>
    extractArticle(`<html><head>${head}</head><body><main>${main}${body}</main></body></html>`, {
      url: `https://www.example.org${path}`,
      fetchedAt: new Date('2026-02-08T08:00:00Z'),
    }).title;

  it('takes a heading that says the metadata title’s words in another order, in the heading’s order', () => {
    const head = '<title>Graphic Design Course Online | Example School</title><meta property="og:site_name" content="Example School">';
    expect(titleOf(head, '<h1>Online Graphic Design Course</h1>')).toBe('Online Graphic Design Course');
    // Capitals set by the style sheet: the words as the metadata writes them, in the heading's order.
    expect(titleOf('<title>Marathon Beginner Plan</title>', '<h1>BEGINNER MARATHON PLAN</h1>')).toBe('Beginner Marathon Plan');
    // Other words than the metadata's: not the same title reordered.
    expect(titleOf(head, '<h1>Online Graphic Design Courses</h1>')).toBe('Graphic Design Course Online');
  });

  it('writes two typed hyphens as the metadata does where the heading sets a dash', () => {
    const title = 'Brains Are Not Required for Thinking--Simple Cells Can Do It';
    expect(titleOf(`<title>${title} | Example Science</title><meta property="og:title" content="${title}">`, `<h1>${title.replace('--', '—')}</h1>`)).toBe(
      title,
    );
    // A spaced dash in the heading and a hyphen in the metadata: the heading's writing, as before.
    expect(titleOf('<meta property="og:title" content="Zero Waste - A Beginner Guide">', '<h1>Zero Waste – A Beginner Guide</h1>')).toBe(
      'Zero Waste – A Beginner Guide',
    );
  });

  it('leaves a listing’s count of its items out of the title, not a product’s pack size nor a year', () => {
    expect(titleOf('<title>Best Books Ever (77141 books)</title>', '<h2>Score</h2>', '/list/show/1.Best_Books_Ever')).toBe('Best Books Ever');
    expect(titleOf('<title>Trail Running Shoes (158 Items) | Example Outfitters</title>', '')).toBe('Trail Running Shoes');
    expect(titleOf('<title>Storage Bins (4 Pack)</title>', '')).toBe('Storage Bins (4 Pack)');
    expect(titleOf('<title>10 Best Moving Companies in New York (2025 Reviews)</title>', '')).toBe('10 Best Moving Companies in New York (2025 Reviews)');
  });

  it('leaves a shop’s availability label after the product’s name out of the title', () => {
    const name = 'Almond Thins, Cranberry Almond, 5.25 oz (149 g)';
    expect(titleOf(`<meta property="og:title" content="${name} (Discontinued Item)">`, `<h1>${name} (Discontinued Item)</h1>`, '/p/almond-thins')).toBe(name);
    expect(titleOf('<title>Trail Runner 2 [Sold Out] | Example Shop</title>', '')).toBe('Trail Runner 2');
    // A label that is the whole title stays.
    expect(titleOf('<title>(Sold Out)</title>', '')).toBe('(Sold Out)');
  });

  it('keeps the metadata’s title over an article’s <h1> when the first <h2> writes it word for word', () => {
    const head =
      '<meta property="og:type" content="article"><meta property="og:title" content="Best Travel Insurance for Seniors in 2025"><title>Best Travel Insurance for Seniors in 2025</title>';
    expect(titleOf(head, '<h1>Best Travel Insurance for Seniors</h1><h2>Best Travel Insurance for Seniors in 2025</h2>')).toBe(
      'Best Travel Insurance for Seniors in 2025',
    );
    // A first <h2> that is a section's heading: the article's own headline, as before.
    expect(titleOf(head, '<h1>Best Travel Insurance for Seniors</h1><h2>How we chose</h2>')).toBe('Best Travel Insurance for Seniors');
  });

  it('takes a heading outside the page’s <main> that ends the metadata title after a separator as the site’s name', () => {
    // mdBook's menu bar, its class words unknown: "<h1>The Rust Programming Language</h1>" beside <main>, which sets the chapter as an <h2>.
    const book = (title: string, heading: string): string =>
      extractArticle(
        `<html><head><title>${title}</title></head><body><div><div><h1>${heading}</h1></div><div><main><h2>What is Ownership?</h2>${body}</main></div></div></body></html>`,
        { url: 'https://doc.example.org/book/ch04-01-what-is-ownership.html', fetchedAt: new Date('2026-02-08T08:00:00Z') },
      ).title;
    expect(book('What is Ownership? - The Rust Programming Language', 'The Rust Programming Language')).toBe('What is Ownership?');
    // After a colon the last part is the headline's own ("City Building Department: Home Repair Assistance Program").
    expect(book('City Building Department: Home Repair Assistance Program', 'Home Repair Assistance Program')).toBe('Home Repair Assistance Program');
    // Inside <main> the heading is the page's own, as before.
    expect(titleOf('<title>Dark Roast Coffee - Fiercely Strong Coffee</title>', '<h1>Fiercely Strong Coffee</h1>', '/products/dark-roast')).toBe(
      'Fiercely Strong Coffee',
    );
  });
});

describe('headings in site chrome', () => {
  const chromeOf = (html: string): boolean[] => readSignals(load(html).root()[0] as unknown as ParentNode).headings.map((h) => h.chrome);

  it('flags a masthead heading, not the header of the main content nor a page builder’s "widget" box', () => {
    expect(chromeOf('<body><header><h1>Site</h1></header><main><p>x</p></main></body>')).toEqual([true]);
    expect(chromeOf('<body><main><header class="mw-body-header"><h1>systemd</h1></header></main></body>')).toEqual([false]);
    expect(chromeOf('<body><div class="elementor-widget-container"><h1 class="elementor-heading-title">Trails</h1></div></body>')).toEqual([false]);
    expect(chromeOf('<body><div class="sidebar-widget"><h1>Popular</h1></div></body>')).toEqual([true]);
  });

  it('reads a heading without the subtitle or tagline set inside it, and without parts the page hides', () => {
    const textOf = (html: string): string[] => readSignals(load(html).root()[0] as unknown as ParentNode).headings.map((h) => h.text);
    expect(textOf('<body><h1>Black Edition<span class="product-header__tagline">Complete protein meal</span></h1></body>')).toEqual(['Black Edition']);
    expect(textOf('<body><h1><span id="productTitle">Atomic Habits</span> <span id="productSubtitle">Hardcover – 2018</span></h1></body>')).toEqual([
      'Atomic Habits',
    ]);
    expect(textOf('<body><h1>IAM overview<devsite-actions hidden><span>Stay organized with collections</span></devsite-actions></h1></body>')).toEqual([
      'IAM overview',
    ]);
  });

  it('does not read the page’s <body> classes as chrome: they describe the whole page', () => {
    expect(chromeOf('<body class="wp-custom-logo has-sidebar"><div class="post-title"><h1>Headline</h1></div><p>x</p></body>')).toEqual([false]);
    expect(chromeOf('<body class="wp-custom-logo"><div class="site-logo"><h1>Site</h1></div></body>')).toEqual([true]);
  });
});

describe('language', () => {
  it('normalises tags to BCP 47 and maps Chinese regions to scripts', () => {
    expect(normalizeLanguageTag('zh_CN')).toBe('zh-Hans');
    expect(normalizeLanguageTag('zh-hant-tw')).toBe('zh-Hant');
    expect(normalizeLanguageTag('ZH-HK')).toBe('zh-Hant');
    expect(normalizeLanguageTag('en-us')).toBe('en-US');
    expect(normalizeLanguageTag('not a tag')).toBeNull();
  });

  it('tells Simplified from Traditional by the characters', () => {
    expect(detectChineseScript('这个国家的经济发展问题')).toBe('zh-Hans');
    expect(detectChineseScript('這個國家的經濟發展問題')).toBe('zh-Hant');
    expect(detectChineseScript('中文')).toBeNull();
  });

  it('corrects a wrong or missing declaration from the text', () => {
    expect(resolveLanguage('zh-CN', '', '這個國家的經濟發展問題，這是關於選舉的報導。', null)).toEqual({ language: 'zh-Hant', from: 'text' });
    expect(resolveLanguage(null, '', '这个国家的经济发展问题，这是关于选举的报道。', null)).toEqual({ language: 'zh-Hans', from: 'text' });
    expect(resolveLanguage('en', '', 'An English article about the economy.', 'zh-Hans')).toEqual({ language: 'en', from: 'declared' });
    expect(resolveLanguage(null, '', 'An English article about the economy.', 'en')).toEqual({ language: 'en', from: 'config' });
    // A declared tag other than Chinese or a bare "en" stands whatever the text's script (the count is skipped for it).
    expect(resolveLanguage('ja', '', '这个国家的经济发展问题，这是关于选举的报道。', null)).toEqual({ language: 'ja', from: 'declared' });
    expect(resolveLanguage('en-US', '', '这个国家的经济发展问题，这是关于选举的报道。', null)).toEqual({ language: 'en-US', from: 'declared' });
    expect(resolveLanguage('en', '', '这个国家的经济发展问题，这是关于选举的报道。', null)).toEqual({ language: 'zh-Hans', from: 'text' });
  });

  it('reads kana and Hangul without Han, and a text with neither, as the script count does (session 34 speed3 pass)', () => {
    const kana = 'ひらがなとカタカナの文'.replace('文', '').repeat(3);
    const hangul = '한국어로 쓴 기사입니다 오늘의 뉴스'.repeat(2);
    expect(resolveLanguage(null, '', kana, null)).toEqual({ language: 'ja', from: 'text' });
    expect(resolveLanguage(null, '', hangul, 'en')).toEqual({ language: 'ko', from: 'text' });
    expect(resolveLanguage(null, '', 'ひらがな', 'en')).toEqual({ language: 'en', from: 'config' });
    expect(resolveLanguage('en', '', kana, null)).toEqual({ language: 'en', from: 'declared' });
    expect(resolveLanguage(null, 'Plain title', 'Plain text', null)).toEqual({ language: null, from: 'none' });
    expect(resolveLanguage('zh-TW', '', 'No Han here', null)).toEqual({ language: 'zh-Hant', from: 'declared' });
  });
});
