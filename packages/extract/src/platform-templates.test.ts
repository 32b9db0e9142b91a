import { describe, expect, it } from 'vitest';
import { en, de, paras, read } from './__fixtures__/probe-kit.ts';

// Session 19 probes pass: blog platforms and news sites the earlier probes left out (Substack, Ghost, Tumblr, LiveJournal, Weebly,
// Jekyll, Hexo, Hashnode, dev.to, Squarespace, Medium; heise, Golem, SPIEGEL, ZEIT, FAZ, SZ, t-online, WELT; the Guardian, CNN,
// HuffPost, Forbes, the Independent; 2010s WordPress and Blogger posts with comments), written from their templates' markup.
const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li></ul></nav>';

describe('platform templates: news headers', () => {
  it("drops a dateline that carries the template's reading time, source or comment count on its line (heise, ZEIT)", () => {
    // The lead keeps the header in the body's container.
    const lead = 'Mit der neuen Version ändert Mozilla die Verwaltung und führt Empfehlungen ein.';
    const heise =
      `<html lang="de"><head><title>Firefox 68: Mozilla baut Erweiterungsverwaltung um | heise online</title><meta name="author" content="Jan Mahn"></head><body>${nav}` +
      '<main><article><header class="a-article-header"><h1 class="a-article-header__title">Firefox 68: Mozilla baut Erweiterungsverwaltung um</h1>' +
      `<p class="a-article-header__lead">${lead}</p><div class="a-article-header__publish-info"><div class="a-creator"><ul><li><a href="/autor/jan-mahn">Jan Mahn</a></li></ul></div><time datetime="2019-07-09T12:30:00+02:00" class="a-datetime">09.07.2019 12:30 Uhr</time> <span>Lesezeit: 2 Min.</span></div></header>` +
      `<div class="article-content">${paras(de)}</div></article></main></body></html>`;
    const h = read(heise, 'https://www.heise.de/news/Firefox-68-Mozilla-baut-Erweiterungsverwaltung-um-4468924.html');
    expect(h.blocks.slice(0, 2)).toEqual([lead, de(1)]);
    expect(h.contentText).not.toContain('Lesezeit');
    expect(h.day).toBe('2019-07-09');
    const zeit =
      `<html lang="de"><head><title>Klimaschutz: Bundestag beschließt Klimapaket | ZEIT ONLINE</title></head><body>${nav}` +
      '<main><article><header class="article-header"><h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bundestag beschließt Klimapaket</span></h1>' +
      `<div class="summary">${lead}</div><div class="metadata"><time class="metadata__date" datetime="2019-11-15T14:02:00+01:00">15. November 2019, 14:02 Uhr</time> <span class="metadata__source">Quelle: ZEIT ONLINE, dpa, AFP</span> <a class="metadata__commentcount" href="#comments">312 Kommentare</a></div></header>` +
      `<div class="article-body">${paras(de)}</div></article></main></body></html>`;
    const z = read(zeit, 'https://www.zeit.de/politik/deutschland/2019-11/klimapaket-bundestag-beschluss');
    expect(z.blocks.slice(0, 2)).toEqual([lead, de(1)]);
    expect(z.contentText).not.toMatch(/Quelle|Kommentare/);
    expect(z.day).toBe('2019-11-15');
    // A line that says more after its date is the story's.
    const own = '15. November 2019: Der Bundestag stimmt mit großer Mehrheit für das Paket, die Opposition dagegen.';
    expect(
      read(`<html lang="de"><body><article><h1>Klimapaket</h1><p>${own}</p>${paras(de)}</article></body></html>`, 'https://example.de/a').blocks,
    ).toContain(own);
  });

  it('takes the writer, not the outlet, from a wire-style byline ("Jane Doe, CNN")', () => {
    const cnn =
      `<html lang="en"><head><title>Senate passes two-year budget deal - CNNPolitics</title><meta property="og:site_name" content="CNN"><meta name="author" content="Jane Doe, CNN"></head><body>${nav}` +
      `<article><h1 class="pg-headline">Senate passes two-year budget deal</h1><p class="update-time">Updated 10:15 AM ET, Fri August 2, 2019</p>${paras(en)}</article></body></html>`;
    expect(read(cnn, 'https://edition.cnn.com/2019/08/02/politics/senate-budget-deal/index.html').authors).toEqual(['Jane Doe']);
    // Without the site's name after the comma the line is kept as it was.
    const other = cnn.replace('Jane Doe, CNN', 'Jane Doe, Reuters');
    expect(read(other, 'https://edition.cnn.com/2019/08/02/politics/senate-budget-deal/index.html').authors).not.toEqual(['Jane Doe']);
  });
});

describe('platform templates: a meta line naming the outlet', () => {
  it('drops "Jane Doe, USA TODAY Published … | Updated …" (Gannett\'s metabar) and keeps a line naming another outlet', () => {
    const page = (outlet: string) =>
      `<html lang="en"><head><title>City plans new bike lanes downtown</title><meta property="og:site_name" content="USA TODAY"></head><body><article><h1>City plans new bike lanes downtown</h1>` +
      `<div class="asset-metabar"><span class="asset-metabar-author"><a href="/staff/1/jane-doe/">Jane Doe</a>, ${outlet}</span> <span class="asset-metabar-time">Published 10:15 a.m. ET Aug. 2, 2016 | Updated 12:00 p.m. ET Aug. 2, 2016</span></div>` +
      `<p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></article></body></html>`;
    const url = 'https://www.usatoday.com/story/news/2016/08/02/city-plans-new-bike-lanes/87654321/';
    const article = read(page('USA TODAY'), url);
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.blocks[0]).toBe(en(1));
    expect(read(page('Special to the Ledger'), url).contentText).toContain('Special to the Ledger');
  });
});

describe('platform templates: furniture inside the text', () => {
  it('drops a "Related Article: <headline>" pointer (CNN) and keeps a sentence that opens with "Related"', () => {
    const page = (extra: string) =>
      `<html lang="en"><head><title>Senate passes budget deal</title></head><body><article><h1>Senate passes budget deal</h1><p>${en(1)}</p><p>${en(2)}</p>${extra}<p>${en(3)}</p></article></body></html>`;
    for (const pointer of [
      'Related Article: House votes to suspend the debt limit',
      'Related: House votes to suspend the debt limit',
      'See also: The debt limit, explained',
    ]) {
      const { blocks } = read(page(`<div class="el__embedded"><h3>${pointer}</h3></div>`), 'https://example.com/2019/08/02/budget');
      expect(blocks, pointer).not.toContain(pointer);
      expect(blocks, pointer).toContain(en(3));
    }
    const own = 'Related: the debt limit has been suspended four times since 2013. Each time the fight was shorter.';
    expect(read(page(`<p>${own}</p>`), 'https://example.com/2019/08/02/budget').blocks).toContain(own);
  });

  it('drops a pointer that names the publisher\'s site over another story\'s headline (Hearst\'s "On HoustonChronicle.com:", RT\'s "Also on rt.com")', () => {
    const page = (extra: string) =>
      `<html lang="en"><head><title>New car sales plunge</title></head><body><article><h1>New car sales plunge</h1><p>${en(1)}</p><p>${en(2)}</p>${extra}<p>${en(3)}</p></article></body></html>`;
    const url = 'https://example.com/business/article/new-car-sales-plunge-14847624.php';
    for (const pointer of [
      'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August',
      'Also on rt.com Journalists & politicians threatened with sedition arrests',
    ]) {
      const { blocks } = read(page(`<p><strong>${pointer.replace('&', '&amp;')}</strong></p>`), url);
      expect(blocks, pointer).not.toContain(pointer);
      expect(blocks, pointer).toContain(en(3));
    }
    const own = 'On Amazon.com, prices for the model fell by a third in the week after the launch. Dealers followed.';
    expect(read(page(`<p>${own}</p>`), url).blocks).toContain(own);
  });

  it('drops a contributor network\'s disclaimer ("Opinions expressed by Forbes Contributors are their own.")', () => {
    const page =
      `<html lang="en"><head><title>Why Small Businesses Are Moving To The Cloud</title></head><body>${nav}<article><h1>Why Small Businesses Are Moving To The Cloud</h1>` +
      `<div class="article-body"><p class="disclaimer">Opinions expressed by Forbes Contributors are their own.</p>${paras(en)}</div></article></body></html>`;
    const { blocks } = read(page, 'https://www.forbes.com/sites/janedoe/2019/08/02/why-small-businesses-are-moving-to-the-cloud/');
    expect(blocks[0]).toBe(en(1));
    expect(read(page.replace('Forbes Contributors', 'Entrepreneur contributors'), 'https://www.entrepreneur.com/article/123').blocks[0]).toBe(en(1));
  });

  it('drops a "Follow <name> on Twitter" line under a contributor\'s post (HuffPost) and keeps a sentence about following', () => {
    const page = (last: string) =>
      `<html lang="en"><head><title>Why City Parks Matter More In Summer</title></head><body><article><h1>Why City Parks Matter More In Summer</h1>${paras(en)}<p><em>${last}</em></p></article></body></html>`;
    for (const line of [
      'Follow Jane Doe on Twitter: www.twitter.com/janedoe',
      'Follow HuffPost Politics on Facebook',
      'Follow Newsbeat on Instagram, Facebook and Twitter.',
      'Follow @janedoe on Twitter.',
    ]) {
      const { blocks } = read(page(line), 'https://www.huffpost.com/entry/city-parks-summer_n_7912345');
      expect(blocks[blocks.length - 1], line).toBe(en(4));
    }
    const own = 'Many readers follow the mayor on Twitter, where she posts the park budget every spring.';
    expect(read(page(own), 'https://www.huffpost.com/entry/city-parks-summer_n_7912345').blocks).toContain(own);
  });

  it('drops LiveJournal\'s "Current Mood" and "Current Music" under an entry', () => {
    const page =
      '<html><head><title>Winter in the city: katya_notes — LiveJournal</title></head><body><div class="entry"><h3 class="entry-title"><a href="/123456.html">Winter in the city</a></h3>' +
      `<div class="entry-content">${en(1)}<br><br>${en(2)}<br><br>${en(3)}</div>` +
      '<div class="currents"><ul><li><span class="metadata-label-mood">Current Mood: </span><span><img src="mood.gif" width="15" height="15"> cold</span></li><li><span>Current Music: </span><span>Kino - Gruppa krovi</span></li></ul></div>' +
      '<p>Current Location: Saint Petersburg</p></div></body></html>';
    const { blocks, contentText } = read(page, 'https://katya-notes.livejournal.com/123456.html');
    expect(blocks[blocks.length - 1]).toBe(en(3));
    expect(contentText).not.toContain('Current');
  });
});

describe('platform templates: "kicker - headline - section - site" titles', () => {
  const sz = (heading: string, og = '<meta property="og:title" content="Bundestag beschließt Kita-Gesetz">') =>
    `<html lang="de"><head><title>Familienpolitik - Bundestag beschließt Kita-Gesetz - Politik - Süddeutsche.de</title>${og}<meta property="og:site_name" content="Süddeutsche.de"></head>` +
    `<body><div class="article"><section class="header">${heading}<time datetime="2014-08-02 10:15:00">2. August 2014, 10:15</time></section>${paras(de)}</div></body></html>`;
  const url = 'https://www.sueddeutsche.de/politik/bundestag-kita-gesetz-beschlossen-1.2076543';

  it("takes the og:title's headline, a later part of the <title>, over the kicker the <title>'s generic cut left", () => {
    expect(read(sz('<h2>Bundestag beschließt Kita-Gesetz</h2>'), url).title).toBe('Bundestag beschließt Kita-Gesetz');
    expect(read(sz(''), url).title).toBe('Bundestag beschließt Kita-Gesetz');
    // The kicker glued to the headline in the <h2> (<strong>Familienpolitik</strong> Bundestag …) is the label, not the title.
    expect(read(sz('<h2><strong>Familienpolitik</strong> Bundestag beschließt Kita-Gesetz</h2>'), url).title).toBe('Bundestag beschließt Kita-Gesetz');
  });
});

describe('platform templates: a news section named before the item in the <title>', () => {
  it('reads the item\'s title after "News:" (PHP-Fusion, e107) and keeps a title whose first part is no section\'s name', () => {
    const page = (tab: string) =>
      `<html lang="de"><head><title>${tab}</title></head><body><table><tr><td class="capmain">Saisonauftakt mit Heimsieg</td></tr>` +
      `<tr><td class="main-body">${de(1)}<br><br>${de(2)}<br><br>${de(3)}</td></tr></table></body></html>`;
    const url = 'http://www.fc-musterdorf.de/news.php?readmore=45';
    expect(read(page('FC Musterdorf 1920 e.V. - News: Saisonauftakt mit Heimsieg'), url).title).toBe('Saisonauftakt mit Heimsieg');
    expect(read(page('Aktuelles: Saisonauftakt mit Heimsieg'), url).title).toBe('Saisonauftakt mit Heimsieg');
    expect(read(page('Fußball: Saisonauftakt mit Heimsieg'), url).title).toBe('Fußball: Saisonauftakt mit Heimsieg');
  });
});

describe('platform templates: German bylines that name the kind of piece', () => {
  it('reads the writer after "Ein Bericht von", "Eine Analyse von" (Golem), in an element of its own or on a line', () => {
    const page = (byline: string) =>
      `<html lang="de"><head><title>Firefox 68: Mozilla baut um - Golem.de</title></head><body><article><header><h1>Firefox 68: Mozilla baut um</h1>${byline}</header>` +
      `<div class="formatted">${paras(de)}</div></article></body></html>`;
    const url = 'https://www.golem.de/news/firefox-68-1907-142345.html';
    for (const byline of [
      '<div class="authors"><span class="authors__name">Ein Bericht von <a href="/specials/autor-jane-doe/">Jane Doe</a></span> veröffentlicht am <time>9. Juli 2019, 12:30 Uhr</time></div>',
      '<p class="byline">Eine Analyse von <a href="/specials/autor-jane-doe/">Jane Doe</a></p>',
      '<p>Ein Test von Jane Doe</p>',
    ]) {
      const article = read(page(byline), url);
      expect(article.authors, byline).toEqual(['Jane Doe']);
      expect(article.blocks[0], byline).toBe(de(1));
    }
  });
});

describe('platform templates: German news furniture', () => {
  it('drops the kicker heading over the story when the title writes the kicker with a colon (n-tv)', () => {
    const page =
      `<html lang="de"><head><title>Klimaschutz: Bundestag beschließt Klimapaket - n-tv.de</title><meta property="og:title" content="Klimaschutz: Bundestag beschließt Klimapaket"></head><body>` +
      '<article><div class="article__header"><h2><span class="article__kicker">Klimaschutz</span><span class="article__headline">Bundestag beschließt Klimapaket</span></h2>' +
      `<p class="article__lead"><strong>Nach monatelangem Streit hat das Parlament das Paket verabschiedet.</strong></p></div><div class="article__text">${paras(de)}</div></article></body></html>`;
    const article = read(page, 'https://www.n-tv.de/politik/Bundestag-beschliesst-Klimapaket-article21398765.html');
    expect(article.title).toBe('Klimaschutz: Bundestag beschließt Klimapaket');
    expect(article.blocks.slice(0, 2)).toEqual(['Nach monatelangem Streit hat das Parlament das Paket verabschiedet.', de(1)]);
  });

  it("drops a network's note on its member sites' stories (Ippen) and a request for a voluntary contribution (taz)", () => {
    const page = (after: string) =>
      `<html lang="de"><head><title>Bundestag beschließt Klimapaket</title></head><body><article><h1>Bundestag beschließt Klimapaket</h1>${paras(de)}${after}</article></body></html>`;
    const url = 'https://www.merkur.de/politik/klimaschutz-bundestag-beschliesst-klimapaket-zr-13212345.html';
    for (const after of [
      '<p><em>*Merkur.de ist Teil des bundesweiten Ippen-Digital-Redaktionsnetzwerks.</em></p>',
      '<p>fr.de ist Teil des Ippen-Netzwerks.</p>',
      '<div class="tzi"><h4>taz zahl ich</h4><p>Unterstützen Sie unabhängigen Journalismus: Mit einem freiwilligen Beitrag machen Sie taz.de für alle frei zugänglich.</p><a href="/zahlich">Jetzt unterstützen</a></div>',
    ]) {
      const { blocks } = read(page(after), url);
      expect(blocks[blocks.length - 1], after).toBe(de(4));
    }
    for (const own of [
      'Die Grünen unterstützen das Paket nur zum Teil, sagte die Fraktionschefin, dem Journalismus warf sie Einseitigkeit vor.',
      'Unterstützt wurde das Projekt von der Bürgerstiftung, die Spende betrug 5.000 Euro und kam dem Kindergarten zugute.',
    ])
      expect(read(page(`<p>${own}</p>`), url).blocks).toContain(own);
  });

  it('drops Business Insider\'s "NOW WATCH: <headline>" under a story', () => {
    const page =
      `<html lang="en"><head><title>City plans new bike lanes downtown - Business Insider</title></head><body><article><h1>City plans new bike lanes downtown</h1>` +
      `${paras(en)}<p><strong>NOW WATCH: <a href="/video">Here's what it's like to ride the new lanes</a></strong></p></article></body></html>`;
    const { blocks } = read(page, 'https://www.businessinsider.com/city-plans-new-bike-lanes-2016-8');
    expect(blocks[blocks.length - 1]).toBe(en(4));
  });
});

describe("platform templates: taz's date list and unlabelled writer", () => {
  it("drops a one-item date list at the head and the stated writer's bare name under the story", () => {
    const page =
      `<html lang="de"><head><title>Bundestag beschließt Klimapaket - taz.de</title></head><body><article class="sectbody"><h1>Bundestag beschließt Klimapaket</h1>` +
      `<p class="intro">Nach monatelangem Streit hat das Parlament das Paket verabschiedet.</p><ul class="right news"><li class="date" itemprop="datePublished" content="2019-11-15T14:02:00+01:00">15. 11. 2019</li></ul>` +
      `${paras(de)}<div class="author"><span class="author" itemprop="author">Jane Doe</span></div></article></body></html>`;
    const article = read(page, 'https://taz.de/Klimapaket-im-Bundestag/!5634567/');
    expect(article.blocks.slice(0, 2)).toEqual(['Nach monatelangem Streit hat das Parlament das Paket verabschiedet.', de(1)]);
    expect(article.blocks[article.blocks.length - 1]).toBe(de(4));
    expect(article.authors).toEqual(['Jane Doe']);
    // A list of several items at the head is the story's own, even when one is a date.
    const listed = page.replace(
      '<li class="date" itemprop="datePublished" content="2019-11-15T14:02:00+01:00">15. 11. 2019</li>',
      '<li>15. 11. 2019</li><li>Abstimmung im Bundestag</li>',
    );
    expect(read(listed, 'https://taz.de/Klimapaket-im-Bundestag/!5634567/').contentText).toContain('Abstimmung im Bundestag');
  });
});

describe('platform templates: a masthead <h1> that links to the front page', () => {
  const page = (masthead: string) =>
    `<html lang="de"><head><title>Neues Fahrrad - Janes Notizen</title></head><body><div id="serendipity_banner">${masthead}<h2>Alltag, Technik und Fahrräder</h2></div>` +
    `<div class="serendipity_Entry_Date"><h3 class="serendipity_date">Freitag, 2. August 2013</h3><h4 class="serendipity_title"><a href="/archives/1234-Neues-Fahrrad.html">Neues Fahrrad</a></h4>` +
    `<div class="serendipity_entry"><div class="serendipity_entry_body">${de(1)}<br><br>${de(2)}<br><br>${de(3)}</div></div></div></body></html>`;
  const url = 'https://www.example-blog.de/archives/1234-Neues-Fahrrad.html';

  it("takes the <title>'s post name, not the blog's name the masthead <h1> repeats (Serendipity, Kubrick)", () => {
    expect(read(page('<h1><a class="homelink1" href="/">Janes Notizen</a></h1>'), url).title).toBe('Neues Fahrrad');
    expect(read(page('<h1><a href="https://www.example-blog.de/">Janes Notizen</a></h1>'), url).title).toBe('Neues Fahrrad');
  });
});

// Regression guards: whole pages after platform templates that main already read right (title, day, authors, first and last block,
// no furniture word), kept so that later rules do not break them.
describe('platform templates: whole pages read right', () => {
  it('substack', () => {
    const page = `<html lang="en"><head><title>Why cities should plant more trees - by Jane Doe - The Urban Notes</title>
<meta property="og:title" content="Why cities should plant more trees"><meta property="og:site_name" content="The Urban Notes"><meta name="author" content="Jane Doe">
</head><body><div id="entry"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Urban Notes</a><button class="button primary">Subscribe</button><button class="button">Sign in</button></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published">Why cities should plant more trees</h1><h3 dir="auto" class="subtitle">Shade, storm water and a calmer street</h3>
<div class="post-meta"><div class="post-meta-item"><div class="profile-hover-card-target"><a href="https://substack.com/@janedoe" class="pencraft">Jane Doe</a></div></div>
<div class="pencraft frontend-pencraft-Text-module__meta">Mar 14, 2021</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button" role="button"><span class="label">12</span></a><a class="post-ufi-button" href="#comments"><span class="label">4</span></a><a class="post-ufi-button" role="button"><span class="label">Share</span></a></div></div>
<div class="available-content"><div dir="auto" class="body markup"><p>${en(1)}</p><p>${en(2)}</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Urban Notes! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<p>${en(3)}</p><p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://urbannotes.substack.com/p/why?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share</span></a></p><p>${en(4)}</p></div></div>
<div class="post-footer"><div class="post-ufi"><a class="like-button"><span class="label">12</span></a><a href="#comments"><span class="label">4</span></a><a><span class="label">Share</span></a></div></div>
</article>
<div class="visibility-check"></div><div class="subscribe-footer"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div>
<div id="comments" class="comments-page"><h4 class="comments-heading">Discussion about this post</h4><div class="comment"><div class="comment-meta"><a>Bob Smith</a> <span>Mar 15, 2021</span></div><div class="comment-body"><p>Great piece, we need more of this in our town.</p></div><div class="comment-actions"><a>Reply</a><a>Share</a></div></div></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2021 Jane Doe</div><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection">Collection notice</a><a href="https://substack.com/signup">Start Writing</a><a href="https://substack.com/app">Get the app</a><div class="footer-slogan">Substack is the home for great culture</div></div></div></div></body></html>`;
    const article = read(page, 'https://urbannotes.substack.com/p/why-cities-should-plant-more-trees');
    expect(article.title).toBe('Why cities should plant more trees');
    expect(article.day).toBe('2021-03-14');
    expect(article.authors).toEqual(['Jane Doe']);
    const expected = [en(1), en(2), en(3), en(4)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of ['Subscribe', 'Thanks for reading', 'Share', 'Discussion about this post', 'Type your email', 'Ready for more?', 'Great piece'])
      expect(article.contentText, word).not.toContain(word);
  });

  it('ghost-casper5', () => {
    const page = `<html lang="en"><head><title>A week on the Baltic coast</title><meta property="og:site_name" content="Slow Travel"><meta property="og:type" content="article"><meta property="og:title" content="A week on the Baltic coast">
<meta property="article:published_time" content="2021-07-09T08:12:00.000Z"><meta name="generator" content="Ghost 5.2"></head>
<body class="post-template tag-travel"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Slow Travel</a></div>${nav}<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-travel">
<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/travel/">Travel</a></div><h1 class="article-title">A week on the Baltic coast</h1><p class="article-excerpt">Sand, wind and the slowest trains in Europe.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/anna/" class="author-avatar"><img class="author-profile-image" src="/content/images/anna.jpg" alt="Anna Berg"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/anna/">Anna Berg</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2021-07-09">Jul 9, 2021</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/beach.jpg" alt=""><figcaption>Photo by <a href="https://unsplash.com/@someone">Some One</a> / <a href="https://unsplash.com">Unsplash</a></figcaption></figure></header>
<section class="gh-content gh-canvas">${paras(en)}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2>You might also like</h2><article class="post-card post"><a class="post-card-image-link" href="/a/"><img class="post-card-image" src="/a.jpg" alt="Three days in Riga"></a><div class="post-card-content"><a class="post-card-content-link" href="/a/"><header class="post-card-header"><h2 class="post-card-title">Three days in Riga</h2></header><div class="post-card-excerpt">Old town, new food and a lot of rain.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2021-06-01">Jun 1, 2021</time><span class="post-card-meta-length">3 min read</span></footer></div></article>
<article class="post-card post"><a class="post-card-content-link" href="/b/"><header class="post-card-header"><h2 class="post-card-title">By ferry to Gotland</h2></header><div class="post-card-excerpt">The island in the off season.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2021-05-10">May 10, 2021</time><span class="post-card-meta-length">5 min read</span></footer></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Slow Travel</a> © 2021</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>`;
    const article = read(page, 'https://blog.example.com/a-week-on-the-baltic-coast/');
    expect(article.title).toBe('A week on the Baltic coast');
    expect(article.day).toBe('2021-07-09');
    expect(article.authors).toEqual(['Anna Berg']);
    const expected = [en(1), en(2), en(3), en(4)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of ['Sign up for more like this', 'Enter your email', 'Powered by Ghost', 'min read', 'Unsplash', 'You might also like'])
      expect(article.contentText, word).not.toContain(word);
  });

  it('hexo-next', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta name="generator" content="Hexo 4.2.0"><title>Setting up nginx as a reverse proxy | Kai's Blog</title><meta property="og:type" content="article"><meta property="og:title" content="Setting up nginx as a reverse proxy"><meta property="article:published_time" content="2019-08-02T02:15:00.000Z"><meta property="article:author" content="Kai"></head><body itemscope itemtype="http://schema.org/WebPage">
<div class="container"><div class="headband"></div><header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-container"><div class="site-meta"><a href="/" class="brand" rel="start"><span class="logo-line-before"><i></i></span><h1 class="site-title">Kai's Blog</h1><span class="logo-line-after"><i></i></span></a><p class="site-subtitle" itemprop="description">Notes from the terminal</p></div></div><nav class="site-nav"><ul id="menu" class="menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>Home</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>Archives</a></li></ul></nav></div></header>
<main class="main"><div class="main-inner"><div class="content-wrap"><div class="content post posts-expand"><article itemscope itemtype="http://schema.org/Article" class="post-block" lang="en"><link itemprop="mainEntityOfPage" href="https://blog.example.dev/2019/08/02/setting-up-nginx/"><span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image" content="/images/avatar.gif"><meta itemprop="name" content="Kai"></span>
<header class="post-header"><h1 class="post-title" itemprop="name headline">Setting up nginx as a reverse proxy</h1><div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">Posted on</span> <time title="Created: 2019-08-02 10:15:00" itemprop="dateCreated datePublished" datetime="2019-08-02T10:15:00+08:00">2019-08-02</time></span><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span><span class="post-meta-item-text">Edited on</span> <time title="Modified: 2019-09-01 12:00:00" itemprop="dateModified" datetime="2019-09-01T12:00:00+08:00">2019-09-01</time></span><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">In</span> <span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/Ops/" itemprop="url" rel="index"><span itemprop="name">Ops</span></a></span></span><br><span class="post-meta-item" title="Symbols count in article"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span><span class="post-meta-item-text">Symbols count in article: </span><span>1.2k</span></span><span class="post-meta-item" title="Reading time"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span><span class="post-meta-item-text">Reading time &asymp;</span><span>1 mins.</span></span></div></header>
<div class="post-body" itemprop="articleBody">${paras(en)}</div>
<div><ul class="post-copyright"><li class="post-copyright-author"><strong>Post author: </strong>Kai</li><li class="post-copyright-link"><strong>Post link: </strong><a href="https://blog.example.dev/2019/08/02/setting-up-nginx/" title="Setting up nginx as a reverse proxy">https://blog.example.dev/2019/08/02/setting-up-nginx/</a></li><li class="post-copyright-license"><strong>Copyright Notice: </strong>All articles in this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> unless stating additionally.</li></ul></div>
<footer class="post-footer"><div class="post-tags"><a href="/tags/nginx/" rel="tag"># nginx</a></div><div class="post-nav"><div class="post-nav-item"><a href="/2019/07/20/hello-world/" rel="prev" title="Hello World"><i class="fa fa-chevron-left"></i> Hello World</a></div><div class="post-nav-item"></div></div></footer></article></div></div>
<div class="toggle sidebar-toggle"><span class="toggle-line toggle-line-first"></span></div><aside class="sidebar"><div class="sidebar-inner"><ul class="sidebar-nav motion-element"><li class="sidebar-nav-toc">Table of Contents</li><li class="sidebar-nav-overview">Overview</li></ul><div class="site-overview-wrap sidebar-panel"><div class="site-author motion-element" itemprop="author" itemscope itemtype="http://schema.org/Person"><img class="site-author-image" itemprop="image" alt="Kai" src="/images/avatar.gif"><p class="site-author-name" itemprop="name">Kai</p><div class="site-description" itemprop="description">Notes from the terminal</div></div><div class="site-state-wrap motion-element"><nav class="site-state"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">12</span><span class="site-state-item-name">posts</span></a></div></nav></div></div></div></aside></div></main>
<footer class="footer"><div class="footer-inner"><div class="copyright">&copy; <span itemprop="copyrightYear">2019</span><span class="with-love"><i class="fa fa-heart"></i></span><span class="author" itemprop="copyrightHolder">Kai</span></div><div class="powered-by">Powered by <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> v4.2.0 <span class="post-meta-divider">|</span>Theme – <a href="https://theme-next.org/" class="theme-link" rel="noopener" target="_blank">NexT.Gemini</a> v7.7.0</div></div></footer></div></body></html>`;
    const article = read(page, 'https://blog.example.dev/2019/08/02/setting-up-nginx/');
    expect(article.title).toBe('Setting up nginx as a reverse proxy');
    expect(article.day).toBe('2019-08-02');
    const expected = [en(1), en(2), en(3), en(4)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of [
      'Post author',
      'Post link',
      'Copyright Notice',
      'Symbols count',
      'Reading time',
      'Posted on',
      'Edited on',
      'Previous post',
      'BY-NC-SA',
      'Hello World',
    ])
      expect(article.contentText, word).not.toContain(word);
  });

  it('devto', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Five git aliases I use every day - DEV Community</title><meta property="og:type" content="article"><meta property="og:title" content="Five git aliases I use every day"><meta property="og:site_name" content="DEV Community"><meta name="author" content="Sam Kim"></head><body data-user-status="logged-out">
<header class="crayons-header"><span class="crayons-header__container"><a href="/" class="site-logo" aria-label="DEV Community Home"><svg></svg></a><div class="crayons-header--search"><form><input class="crayons-header--search-input crayons-textfield" type="text" placeholder="Search..."></form></div><div class="flex items-center"><a href="/enter" class="crayons-btn crayons-btn--ghost">Log in</a><a href="/enter?state=new-user" class="crayons-btn">Create account</a></div></span></header>
<div id="page-content" class="wrapper"><div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions"><button class="crayons-reaction"><span class="crayons-reaction__count">24</span></button><button class="crayons-reaction"><span class="crayons-reaction__count">3</span></button></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="262626">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/samk"><img class="radius-full align-middle" src="s.png" width="40" height="40" alt="Sam Kim"></a></div><div class="pl-3 flex-1"><a href="/samk" class="crayons-link fw-bold">Sam Kim</a><p class="fs-xs color-base-60">Posted on <time datetime="2020-02-11T09:30:00Z" class="date-no-year">Feb 11, 2020</time></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">Five git aliases I use every day</h1><div class="spec__tags flex flex-wrap"><a class="crayons-tag crayons-tag--monochrome" href="/t/git"><span class="crayons-tag__prefix">#</span>git</a><a class="crayons-tag crayons-tag--monochrome" href="/t/productivity"><span class="crayons-tag__prefix">#</span>productivity</a></div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="262626" id="article-body">${paras(en)}</div></div></article>
<section id="comments" data-follow-button-container="true" class="text-padding mb-4 crayons-card comments-container"><header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (2)</h2><button class="crayons-btn crayons-btn--outlined">Subscribe</button></header><form class="comment-form"><textarea placeholder="Add to the discussion"></textarea></form><div class="comments" id="comment-trees-container"><details class="comment-wrapper" open><summary></summary><div class="comment__details"><a href="/lee">Lee Park</a> <time datetime="2020-02-12T08:00:00Z">Feb 12 '20</time></div><div class="comment__body text-styles body">Nice list, thanks for sharing these.</div><footer class="comment__footer"><button>Like</button><button>Reply</button></footer></details></div><div class="text-center fs-s"><a href="/code-of-conduct">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></div></section></div></main>
<aside class="crayons-layout__sidebar-right"><div class="crayons-card"><h3>Read next</h3><a href="/x"><h4>Rebasing without fear</h4><div>Ana Ruiz - Jan 30</div></a></div></aside></div></div>
<footer id="footer" class="crayons-footer"><div class="crayons-footer__container"><p><a href="/">DEV Community</a> — A constructive and inclusive social network for software developers. With you every step of your journey.</p><p>Built on <a href="https://www.forem.com">Forem</a> — the open source software that powers DEV and other inclusive communities.</p><p>Made with love and Ruby on Rails. DEV Community © 2016 - 2020.</p></div></footer></body></html>`;
    const article = read(page, 'https://dev.to/samk/five-git-aliases-i-use-every-day-4k2p');
    expect(article.title).toBe('Five git aliases I use every day');
    expect(article.day).toBe('2020-02-11');
    expect(article.authors).toEqual(['Sam Kim']);
    const expected = [en(1), en(2), en(3), en(4)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of ['Posted on', 'Top comments', 'Add to Discussion', 'Read next', 'Report abuse', '#git', 'Code of Conduct', 'Nice list'])
      expect(article.contentText, word).not.toContain(word);
  });

  it('wp2012-twentyeleven', () => {
    const page = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><title>Pruning apple trees | Mike&#039;s Garden</title><meta name="generator" content="WordPress 3.3.1"></head><body class="single single-post postid-12 single-format-standard">
<div id="page" class="hfeed"><header id="branding" role="banner"><hgroup><h1 id="site-title"><span><a href="https://mikesgarden.com/" rel="home">Mike&#039;s Garden</a></span></h1><h2 id="site-description">Notes from a small orchard</h2></hgroup><nav id="access" role="navigation"><h3 class="assistive-text">Main menu</h3><div class="menu"><ul><li><a href="/">Home</a></li><li class="page_item"><a href="/about/">About</a></li></ul></div></nav></header>
<div id="main"><div id="primary"><div id="content" role="main"><nav id="nav-single"><h3 class="assistive-text">Post navigation</h3><span class="nav-previous"><a href="/2012/03/01/seed-catalogues/" rel="prev"><span class="meta-nav">&larr;</span> Previous</a></span><span class="nav-next"><a href="/2012/03/20/compost/" rel="next">Next <span class="meta-nav">&rarr;</span></a></span></nav>
<article id="post-12" class="post-12 post type-post status-publish format-standard hentry category-orchard"><header class="entry-header"><h1 class="entry-title">Pruning apple trees</h1><div class="entry-meta"><span class="sep">Posted on </span><a href="/2012/03/14/pruning-apple-trees/" title="10:15 am" rel="bookmark"><time class="entry-date" datetime="2012-03-14T10:15:00+00:00" pubdate>March 14, 2012</time></a><span class="by-author"> <span class="sep"> by </span> <span class="author vcard"><a class="url fn n" href="/author/mike/" title="View all posts by Mike" rel="author">Mike</a></span></span></div></header>
<div class="entry-content">${paras(en)}</div>
<footer class="entry-meta">This entry was posted in <a href="/category/orchard/" title="View all posts in Orchard" rel="category tag">Orchard</a> and tagged <a href="/tag/apples/" rel="tag">apples</a>. Bookmark the <a href="/2012/03/14/pruning-apple-trees/" rel="bookmark">permalink</a>.</footer></article>
<div id="comments"><h2 id="comments-title">3 thoughts on &ldquo;<span>Pruning apple trees</span>&rdquo;</h2><ol class="commentlist"><li class="comment byuser even thread-even depth-1" id="li-comment-5"><article id="comment-5" class="comment"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="avatar.png" class="avatar avatar-68 photo" height="68" width="68"><span class="fn"><a href="http://bobsblog.example.com" rel="external nofollow" class="url">Bob</a></span> on <a href="/2012/03/14/pruning-apple-trees/#comment-5"><time pubdate datetime="2012-03-15T08:00:00+00:00">March 15, 2012 at 8:00 am</time></a> <span class="says">said:</span></div></footer><div class="comment-content"><p>Great post, thanks for sharing! I always wondered when to do this.</p></div><div class="reply"><a class="comment-reply-link" href="/2012/03/14/pruning-apple-trees/?replytocom=5#respond">Reply <span>&darr;</span></a></div></article></li>
<li class="comment bypostauthor odd alt thread-odd depth-1" id="li-comment-6"><article id="comment-6" class="comment"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="avatar.png" class="avatar"><span class="fn">Mike</span> on <a href="#comment-6"><time pubdate datetime="2012-03-15T09:30:00+00:00">March 15, 2012 at 9:30 am</time></a> <span class="says">said:</span></div></footer><div class="comment-content"><p>Thanks Bob, late winter is best while the tree is dormant.</p></div><div class="reply"><a class="comment-reply-link">Reply <span>&darr;</span></a></div></article></li></ol>
<div id="respond"><h3 id="reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p><p class="comment-form-author"><label for="author">Name</label> <span class="required">*</span><input id="author" name="author" type="text"></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" value="Post Comment"></p></form></div></div></div></div>
<div id="secondary" class="widget-area" role="complementary"><aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul><li><a href="/2012/03/20/compost/">Compost that works</a></li><li><a href="/2012/03/14/pruning-apple-trees/">Pruning apple trees</a></li></ul></aside><aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="/2012/03/">March 2012</a></li><li><a href="/2012/02/">February 2012</a></li></ul></aside><aside id="meta-2" class="widget widget_meta"><h3 class="widget-title">Meta</h3><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/">Entries <abbr title="Really Simple Syndication">RSS</abbr></a></li></ul></aside></div></div>
<footer id="colophon" role="contentinfo"><div id="site-generator"><a href="https://wordpress.org/" title="Semantic Personal Publishing Platform" rel="generator">Proudly powered by WordPress</a></div></footer></div></body></html>`;
    const article = read(page, 'https://mikesgarden.com/2012/03/14/pruning-apple-trees/');
    expect(article.title).toBe('Pruning apple trees');
    expect(article.day).toBe('2012-03-14');
    expect(article.authors).toEqual(['Mike']);
    const expected = [en(1), en(2), en(3), en(4)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of [
      'thoughts on',
      'Leave a Reply',
      'Your email address',
      'Reply',
      'This entry was posted',
      'Great post',
      'said:',
      'Post navigation',
      'Proudly powered',
    ])
      expect(article.contentText, word).not.toContain(word);
  });

  it('blogger-2011-de', () => {
    const page = `<!DOCTYPE html><html dir="ltr" xmlns="http://www.w3.org/1999/xhtml"><head><meta content="blogger" name="generator"><title>Küchenchaos: Zwetschgenkuchen vom Blech</title></head><body>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://kuechenchaos.blogspot.com/">Küchenchaos</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Backen, kochen, kleckern.</span></p></div></div></div></div></header>
<div class="main-outer"><div class="main-inner"><div class="columns"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Dienstag, 2. August 2011</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry"><a name="123456789"></a><h3 class="post-title entry-title"><a href="https://kuechenchaos.blogspot.com/2011/08/zwetschgenkuchen-vom-blech.html">Zwetschgenkuchen vom Blech</a></h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-123456789">${de(1)}<br /><br />${de(2)}<br /><br /><div class="separator" style="clear: both; text-align: center;"><a href="kuchen.jpg" imageanchor="1"><img border="0" height="240" src="kuchen_s.jpg" width="320" /></a></div><br />${de(3)}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Eingestellt von <span class="fn">Susanne</span></span> <span class="post-timestamp">um <a class="timestamp-link" href="https://kuechenchaos.blogspot.com/2011/08/zwetschgenkuchen-vom-blech.html" rel="bookmark" title="permanent link"><abbr class="published" title="2011-08-02T10:15:00+02:00">10:15</abbr></a></span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin pid-123"><a href="https://www.blogger.com/post-edit.g" title="Post bearbeiten"><img alt="" class="icon-action" height="18" src="icon18_edit_allbkg.gif" width="18"></a></span></span><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?target=email" title="Diesen Post per E-Mail versenden"><span class="share-button-link-text">Diesen Post per E-Mail versenden</span></a><a class="goog-inline-block share-button sb-blog" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" title="In Twitter freigeben"><span class="share-button-link-text">In Twitter freigeben</span></a><a class="goog-inline-block share-button sb-facebook" title="In Facebook freigeben"><span class="share-button-link-text">In Facebook freigeben</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/Kuchen" rel="tag">Kuchen</a>, <a href="/search/label/Obst" rel="tag">Obst</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 Kommentare:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block"><dt class="comment-author" id="c111"><a name="c111"></a><a href="https://www.blogger.com/profile/1" rel="nofollow">Anke</a> hat gesagt… </dt><dd class="comment-body" id="Blog1_cmt-111"><p>Lecker, den backe ich am Wochenende nach!</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c111" title="comment permalink">3. August 2011 um 08:00</a></span></dd></dl></div><p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=123456789" onclick="">Kommentar veröffentlichen</a></p></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2011/08/a.html" title="Neuerer Post">Neuerer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2011/07/b.html" title="Älterer Post">Älterer Post</a></span><a class="home-link" href="/">Startseite</a></div><div class="clear"></div><div class="post-feeds"><div class="feed-links">Abonnieren <a class="feed-link" href="/feeds/123/comments/default" target="_blank" type="application/atom+xml">Kommentare zum Post (Atom)</a></div></div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog-Archiv</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="/2011/">2011</a> <span class="post-count" dir="ltr">(12)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2011/08/">August</a> <span class="post-count" dir="ltr">(3)</span><ul class="posts"><li><a href="/2011/08/zwetschgenkuchen-vom-blech.html">Zwetschgenkuchen vom Blech</a></li></ul></li></ul></li></ul></div></div></div><div class="widget Profile" id="Profile1"><h2>Über mich</h2><div class="widget-content"><a href="https://www.blogger.com/profile/2"><img alt="Mein Bild" class="profile-img" src="p.jpg"></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/2" rel="author">Susanne</a></dt></dl><a class="profile-link" href="https://www.blogger.com/profile/2" rel="author">Mein Profil vollständig anzeigen</a></div></div></div></div></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Design "Einfach". Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer></div></div></body></html>`;
    const article = read(page, 'https://kuechenchaos.blogspot.com/2011/08/zwetschgenkuchen-vom-blech.html');
    expect(article.title).toBe('Zwetschgenkuchen vom Blech');
    expect(article.day).toBe('2011-08-02');
    expect(article.authors).toEqual(['Susanne']);
    const expected = [de(1), de(2), de(3)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of [
      'Eingestellt von',
      'Kommentare',
      'Labels',
      'Diesen Post per E-Mail versenden',
      'BlogThis',
      'hat gesagt',
      'Neuerer Post',
      'Abonnieren',
      'Blog-Archiv',
      'Lecker',
    ])
      expect(article.contentText, word).not.toContain(word);
  });

  it('wp-kubrick-de-2009', () => {
    const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="de-DE"><head><title>Mein Fotoblog  &raquo; Blog Archive   &raquo; Frühling im Park</title><meta name="generator" content="WordPress 2.7.1"></head><body>
<div id="page"><div id="header" role="banner"><div id="headerimg"><h1><a href="http://www.mein-fotoblog.de/">Mein Fotoblog</a></h1><div class="description">Bilder aus der Stadt</div></div></div><hr />
<div id="content" class="widecolumn" role="main"><div class="navigation"><div class="alignleft">&laquo; <a href="http://www.mein-fotoblog.de/2009/03/01/winter/">Winter am Kanal</a></div><div class="alignright"></div></div>
<div class="post-55 post hentry category-allgemein" id="post-55"><h2>Frühling im Park</h2><div class="entry">${paras(de, [1, 2, 3])}
<p class="postmetadata alt"><small>Dieser Eintrag wurde am Samstag, 14. März 2009 um 10:15 veröffentlicht und ist abgelegt unter <a href="/category/allgemein/" rel="category tag">Allgemein</a>. Du kannst alle Antworten zu diesem Eintrag über den <a href="/2009/03/14/fruehling-im-park/feed/">RSS 2.0</a> Feed verfolgen. Du kannst <a href="#respond">eine Antwort schreiben</a>, oder einen <a href="/2009/03/14/fruehling-im-park/trackback/" rel="trackback">Trackback</a> von deiner eigenen Seite setzen.</small></p></div></div>
<h3 id="comments">Eine Antwort zu &#8220;Frühling im Park&#8221;</h3><ol class="commentlist"><li class="alt" id="comment-9"><cite>Klaus</cite> sagt:<br /><small class="commentmetadata"><a href="#comment-9" title="">14. März 2009 um 18:30</a></small><p>Schöne Bilder, der Park ist wirklich toll im Frühling!</p></li></ol>
<div id="respond"><h3>Schreibe einen Kommentar</h3><p>Du musst <a href="/wp-login.php">angemeldet</a> sein, um einen Kommentar abzugeben.</p></div></div>
<hr /><div id="footer" role="contentinfo"><p>Mein Fotoblog basiert auf <a href="http://wordpress.org/">WordPress</a><br /><a href="/feed/">Einträge (RSS)</a> und <a href="/comments/feed/">Kommentare (RSS)</a>.</p></div></div></body></html>`;
    const article = read(page, 'http://www.mein-fotoblog.de/2009/03/14/fruehling-im-park/');
    expect(article.title).toBe('Frühling im Park');
    expect(article.day).toBe('2009-03-14');
    const expected = [de(1), de(2), de(3)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of [
      'Dieser Eintrag wurde',
      'RSS 2.0',
      'Eine Antwort',
      'Schreibe einen Kommentar',
      'Du musst',
      'angemeldet',
      'Kubrick',
      'Einträge (RSS)',
      'Schöne Bilder',
    ])
      expect(article.contentText, word).not.toContain(word);
  });

  it('guardian-old', () => {
    const page = `<!DOCTYPE html><html lang="en-GB"><head><title>City trees cut heatwave deaths, study finds | Environment | The Guardian</title><meta property="og:title" content="City trees cut heatwave deaths, study finds"><meta property="og:site_name" content="the Guardian"></head><body>
<header class="new-header"><a href="/" class="new-header__logo">The Guardian - Back to home</a><nav><a href="/uk">News</a><a href="/uk/commentisfree">Opinion</a><a href="/uk/sport">Sport</a><a href="/uk/culture">Culture</a></nav><a href="https://support.theguardian.com">Support The Guardian</a></header>
<div id="maincontent"><article id="article" class="content content--article tonal tonal--tone-news" itemscope itemtype="http://schema.org/NewsArticle"><div class="content__head"><div class="content__labels"><a class="content__label__link" href="/environment/environment">Environment</a></div><h1 class="content__headline" itemprop="headline">City trees cut heatwave deaths, study finds</h1>
<div class="content__standfirst" data-link-name="standfirst" itemprop="description"><p>Researchers say more shade in dense neighbourhoods could save hundreds of lives each summer</p></div></div>
<div class="content__main"><div class="content__main-column"><div class="content__meta-container"><p class="byline" data-link-name="byline"><span itemscope itemtype="http://schema.org/Person" itemprop="author"><a rel="author" class="tone-colour" itemprop="sameAs" data-link-name="auto tag link" href="https://www.theguardian.com/profile/damiancarrington"><span itemprop="name">Damian Carrington</span></a></span> Environment editor</p>
<p class="content__dateline"><time itemprop="datePublished" datetime="2019-08-02T10:15:00+0100" data-timestamp="1564737300000" class="content__dateline-wpd js-wpd">Fri 2 Aug 2019 10.15 BST</time></p>
<div class="meta__social"><ul class="social"><li><a class="social__action" data-link-name="facebook"><span class="u-h">Share on Facebook</span></a></li><li><a data-link-name="twitter"><span class="u-h">Share on Twitter</span></a></li></ul></div></div>
<figure class="element element-image" itemprop="associatedMedia image"><img src="t.jpg" alt="Trees in a city park"><figcaption class="caption caption--img" itemprop="description">Trees in a city park. Photograph: Jane Smith/Reuters</figcaption></figure>
<div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body"><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p><p>${en(4)}</p></div>
<div class="contributions__epic"><h2>Since you’re here…</h2><p>… we have a small favour to ask. More people are reading and supporting our independent journalism than ever before.</p><a href="https://support.theguardian.com/contribute">Support The Guardian</a></div>
<div class="submeta"><span class="submeta__label">Topics</span><ul class="submeta__links"><li><a href="/environment/trees">Trees and forests</a></li><li><a href="/environment/climate-change">Climate change</a></li></ul><a class="submeta__syndication" href="https://syndication.theguardian.com/">Reuse this content</a></div></div></div></article>
<aside class="most-popular"><h2>Most popular</h2><ol><li><a href="/x">Something else entirely happened today</a></li></ol></aside></div>
<footer class="l-footer"><a href="/help/terms-of-service">Terms &amp; conditions</a><p>© 2019 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>`;
    const article = read(page, 'https://www.theguardian.com/environment/2019/aug/02/city-trees-heatwave-study');
    expect(article.title).toBe('City trees cut heatwave deaths, study finds');
    expect(article.day).toBe('2019-08-02');
    expect(article.authors).toEqual(['Damian Carrington']);
    const expected = [en(1), en(2), en(3), en(4)];
    // A lead or dek may come first.
    expect(article.blocks.slice(0, 2)).toContain(expected[0]);
    expect(article.blocks[article.blocks.length - 1]).toBe(expected[expected.length - 1]);
    for (const text of expected) expect(article.contentText).toContain(text);
    for (const word of ['Photograph:', 'Topics', 'Reuse this content', 'Since you’re here', 'Share on Facebook', 'Most popular', 'Support The Guardian'])
      expect(article.contentText, word).not.toContain(word);
  });
});
