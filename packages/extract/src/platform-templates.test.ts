import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

// Session 19 probes pass: blog platforms and news sites the earlier probes left out (Substack, Ghost, Tumblr, LiveJournal, Weebly,
// Jekyll, Hexo, Hashnode, dev.to, Squarespace, Medium; heise, Golem, SPIEGEL, ZEIT, FAZ, SZ, t-online, WELT; the Guardian, CNN,
// HuffPost, Forbes, the Independent; 2010s WordPress and Blogger posts with comments), written from their templates' markup.
const fetchedAt = new Date('2026-02-08T08:00:00Z');
const en = (n: number): string =>
  `Paragraph ${n} carries the story forward, with commas, clauses and a full stop at the end. A second sentence follows so that the paragraph is long enough to count.`;
const de = (n: number): string =>
  `Absatz ${n} erzählt die Geschichte weiter, mit Kommas, Nebensätzen und einem Punkt am Ende. Dazu kommt ein zweiter Satz, damit der Absatz lang genug ist.`;
const paras = (f: (n: number) => string, ns = [1, 2, 3, 4]): string => ns.map((n) => `<p>${f(n)}</p>`).join('');
const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li></ul></nav>';
const read = (html: string, url: string) => {
  const article = extractArticle(html, { url, fetchedAt });
  const blocks = article.contentText
    .split('\n')
    .map((b) => b.trim())
    .filter(Boolean);
  return { ...article, blocks, day: article.publishedAt ? String(article.publishedAt).slice(0, 10) : null };
};

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
    const own = 'Die Grünen unterstützen das Paket nur zum Teil, sagte die Fraktionschefin, dem Journalismus warf sie Einseitigkeit vor.';
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
