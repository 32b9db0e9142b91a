import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

const options = { url: 'https://news.example.org/2019/08/02/story', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const en = (n: number): string => `Paragraph ${n} of the story reports what the council decided, with figures, quotes, and a full stop.`;
const de = (n: number): string => `Absatz ${n} berichtet, was der Stadtrat beschlossen hat, mit Zahlen, Stimmen, und einem Punkt.`;
const blocksOf = (page: string): string[] =>
  extractArticle(page, options)
    .contentText.split('\n')
    .filter((text) => text !== '');

describe('news templates: labels, credits and captions set as paragraphs of the story', () => {
  it('drops an advertisement label set between dashes and a note that the story goes on below an advertisement', () => {
    for (const label of [
      '- Advertisement -',
      '— Advertisement —',
      '- Anzeige -',
      'Story continues below advertisement',
      'Article continues below this ad',
      'Weiterlesen nach der Anzeige',
      'Der Artikel wird nach der Anzeige fortgesetzt',
      'La suite après la publicité',
    ]) {
      const page = `<html><body><article><h1>Council approves budget</h1><p>${en(1)}</p><div class="td-a-rec"><span class="td-adspot-title">${label}</span></div><p>${en(2)}</p><p>${en(3)}</p></article></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
    }
    // The story's own photos: one gold keeps "Story continues below gallery".
    const gallery = `<html><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>Story continues below gallery</p><p>${en(2)}</p></article></body></html>`;
    expect(blocksOf(gallery)).toContain('Story continues below gallery');
  });

  it('drops a German photo credit line ("Foto: dpa") as it drops "Photo: …" and "Bildnachweis: …"', () => {
    for (const line of ['Foto: dpa', 'Fotos: Anna Beispiel', 'Bild: picture alliance/dpa']) {
      const page = `<html lang="de"><body><article><h1>Stadtrat beschließt Haushalt</h1><p>${de(1)}</p><img src="/a.jpg" alt=""><p>${line}</p><p>${de(2)}</p><p>${de(3)}</p></article></body></html>`;
      expect(blocksOf(page)).toEqual([de(1), de(2), de(3)]);
    }
  });

  it("drops a news photo's caption left as a paragraph, known by the credit it ends with", () => {
    for (const caption of [
      'Smoke rises over Paradise on Thursday as the fire spreads. (AP Photo/Noah Berger)',
      'Fans wait outside the stadium before the game. (Photo: Getty Images)',
      'Das Parkhaus am Marktplatz soll erweitert werden. (Foto: dpa)',
      // A design magazine's caption, its credit after a comma with the © and the year.
      'Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018',
    ]) {
      const page = `<html><body><article><h1>Wildfire forces evacuations</h1><p>${en(1)}</p><p>${caption}</p><p>${en(2)}</p></article></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2)]);
    }
  });

  it("keeps a sentence that names a photographer's rights without ending in the credit", () => {
    const said = 'The museum owns the photos, © and all, and it lends them out to other museums twice a year.';
    const page = `<html><body><article><h1>Wildfire forces evacuations</h1><p>${en(1)}</p><p>${said}</p><p>${en(2)}</p></article></body></html>`;
    expect(blocksOf(page)).toContain(said);
  });

  it("leaves a German template's caption out of the body: a figure named `bild`/`foto`, a caption named `bildtext`/`bildunterschrift`", () => {
    const figure = `<div class="bild"><img src="/katze.jpg" alt="Katze"><p class="bildtext">Die Katze wohlbehalten auf dem Arm ihrer Besitzerin. Foto: Max Mustermann</p></div>`;
    const loose = `<p class="bildunterschrift">Die Drehleiter der Feuerwehr vor der Kastanie am Marktplatz.</p>`;
    const page = `<html lang="de"><body><div class="artikel"><h1>Feuerwehr rettet Katze</h1><p>${de(1)}</p>${figure}<p>${de(2)}</p>${loose}<p>${de(3)}</p></div></body></html>`;
    const article = extractArticle(page, options);
    expect(article.contentText.split('\n').filter((text) => text !== '')).toEqual([de(1), de(2), de(3)]);
    expect(article.images[0]?.caption).toBe('Die Katze wohlbehalten auf dem Arm ihrer Besitzerin. Foto: Max Mustermann');
  });
});

describe('news templates: the head of the story set as plain paragraphs', () => {
  it('drops a date line in German or with "p.m." as it drops "November 19, 2019" (and keeps a two-digit year)', () => {
    for (const line of [
      '02.08.2019, 14:35 Uhr',
      'Stand: 02.08.2019 14:35 Uhr',
      'Aktualisiert am 03.08.2019, 09:12 Uhr',
      'Veröffentlicht am 2. August 2019',
      '5. März 2024 um 14.35 Uhr',
      'Artikel vom 02.08.2019',
      'Nov. 19, 2019, 5:45 p.m.',
      'Published 5:45 p.m. ET Nov. 19, 2019',
    ]) {
      const page = `<html><body><div class="story"><h1>Council approves budget</h1><p>${line}</p><p>${en(1)}</p><p>${en(2)}</p><p>${line}</p><p>${en(3)}</p></div></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
    }
    const term = `<html><body><div class="story"><h1>Course dates</h1><p>${en(1)}</p><p>12.01.26 — 10.04.26</p><p>${en(2)}</p></div></body></html>`;
    expect(blocksOf(term)).toContain('12.01.26 — 10.04.26');
    // A month's name, not any word: a league and its season stay.
    const league = `<html lang="de"><body><div class="story"><h1>Tabelle</h1><p>${de(1)}</p><p>3. Liga 2019</p><p>${de(2)}</p></div></body></html>`;
    expect(blocksOf(league)).toContain('3. Liga 2019');
  });

  it('drops a byline paragraph naming the authors the page states, with a role or desk after them', () => {
    const head = '<head><meta name="author" content="Tom Reilly"></head>';
    for (const line of [
      'By Tom Reilly',
      'BY TOM REILLY, Staff Writer',
      'Von Tom Reilly, ARD-Hauptstadtstudio',
      'By Tom Reilly | The Valley Times',
      'By Tom Reilly<br>Staff Writer',
    ]) {
      const page = `<html>${head}<body><div class="story"><h1>Council approves budget</h1><p>${line}</p><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></div></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
    }
    const two = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","author":[{"@type":"Person","name":"Lisa Mascaro"},{"@type":"Person","name":"Mary Clare Jalonick"}]}</script></head><body><div class="story"><h1>Council approves budget</h1><p>By Lisa Mascaro and Mary Clare Jalonick, Associated Press</p><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></div></body></html>`;
    expect(blocksOf(two)).toEqual([en(1), en(2), en(3)]);
    // A short first line after the byline that names no role is the story's.
    const greeting = `<html>${head}<body><div class="story"><h1>Council approves budget</h1><p>By Tom Reilly</p><p>Hello friends</p><p>${en(1)}</p><p>${en(2)}</p></div></body></html>`;
    expect(blocksOf(greeting)).toEqual(['Hello friends', en(1), en(2)]);
    // Another writer's credit, and a sentence opening with "By", stay.
    for (const line of ['By Jane Doe, Staff Writer', 'By tracing the rings there is less chance of confusion.']) {
      const page = `<html>${head}<body><div class="story"><h1>Council approves budget</h1><p>${line}</p><p>${en(1)}</p><p>${en(2)}</p></div></body></html>`;
      expect(blocksOf(page)).toContain(line);
    }
  });

  it("keeps the writers' lines of a river of cards, which is what the page lists", () => {
    const cards = ['Ann Lee', 'Tom Reilly', 'Bo Kim'].map((name, n) => `<h2>Guide ${n}</h2><p>by ${name}</p><p>${en(n)}</p>`).join('');
    const page = `<html><head><meta name="author" content="Tom Reilly"></head><body><main><h1>Our guides</h1>${cards}</main></body></html>`;
    expect(blocksOf(page)).toContain('by Tom Reilly');
  });

  it('drops a kicker of a word or two set as the first block right over the headline', () => {
    const page = (kicker: string): string =>
      `<html lang="de"><body><div class="artikel"><p class="rubrik">${kicker}</p><h1>Feuerwehr rettet Katze aus einem Baum</h1><p>${de(1)}</p><p>${de(2)}</p><p>${de(3)}</p></div></body></html>`;
    for (const kicker of ['Lokales', 'Schlafforschung', 'Nation & World']) expect(blocksOf(page(kicker))).toEqual([de(1), de(2), de(3)]);
    // A "Dachzeile" set as a heading one level below the headline.
    const dachzeile = `<html lang="de"><body><div class="artikel"><h2 class="dachzeile">Verkehr</h2><h1>Brücke wird im März wieder freigegeben</h1><p>${de(1)}</p><p>${de(2)}</p></div></body></html>`;
    expect(blocksOf(dachzeile)).toEqual([de(1), de(2)]);
    // A sentence over the headline says more than a topic.
    expect(blocksOf(page('Ein Bericht aus Musterstadt.'))).toContain('Ein Bericht aus Musterstadt.');
  });
});

describe('news templates: a kicker inside the headline', () => {
  it('takes the headline the metadata states alone when the <h1> sets a kicker before it in an element of its own', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Stadtrat beschließt neues Parkkonzept"}</script>';
    const head = `<head>${ld}<meta property="og:title" content="Stadtrat beschließt neues Parkkonzept"><title>Stadtrat beschließt neues Parkkonzept | Musterstädter Zeitung</title></head>`;
    for (const h1 of [
      '<h1><span class="topline">Verkehr</span> <span class="headline">Stadtrat beschließt neues Parkkonzept</span></h1>',
      '<h1><a href="/x"><span class="kicker">Verkehr</span><span>Stadtrat beschließt neues Parkkonzept</span></a></h1>',
    ]) {
      const page = `<html lang="de">${head}<body><article>${h1}<p>${de(1)}</p><p>${de(2)}</p></article></body></html>`;
      expect(extractArticle(page, options).title).toBe('Stadtrat beschließt neues Parkkonzept');
    }
  });
});

describe('news templates: a paywalled story over a grid of other stories', () => {
  const card = (n: number): string =>
    `<div class="teaser"><a href="/t${n}"><h3>Andere Geschichte ${n}</h3><p>Der Vorspann der anderen Geschichte ${n} erzählt, worum es geht, in zwei langen Sätzen. Er ist länger als der Anriss.</p></a></div>`;
  const page = (kind: string, heading: string): string =>
    `<html lang="de"><head><script type="application/ld+json">{"@type":"${kind}","headline":"Koalition einigt sich"}</script></head><body><main><article><h1>Koalition einigt sich</h1><div class="article__body"><p>${de(1)}</p><p>${de(2).slice(0, 50)}</p></div><div class="paywall"><p>Weiterlesen mit Plus</p></div></article><section class="grid"><h2>${heading}</h2>${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</section></main></body></html>`;

  it('cuts at a closing heading followed only by teaser cards, however little of the story is before it', () => {
    expect(blocksOf(page('NewsArticle', 'Weitere Artikel'))).toEqual([de(1), de(2).slice(0, 50)]);
  });

  it('keeps the cards on a page that is not an article, and under a heading that does not close a story', () => {
    expect(blocksOf(page('CollectionPage', 'Weitere Artikel')).length).toBeGreaterThan(4);
    expect(blocksOf(page('NewsArticle', 'Klimapolitik im Überblick')).length).toBeGreaterThan(4);
  });
});

describe("news templates: a share plugin's label and the reporter's contact line", () => {
  it('drops "Sharing is caring!", a WordPress share plugin\'s label left as a paragraph', () => {
    const page = `<html><body><article><h1>Pear jam</h1><p>${en(1)}</p><p>${en(2)}</p><p>Sharing is caring!</p></article></body></html>`;
    expect(blocksOf(page)).toEqual([en(1), en(2)]);
  });

  it("drops the reporter's contact line among an article's last blocks, in English and German", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget"}</script>';
    for (const line of [
      'Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @amykup.',
      'Jane Doe can be reached at 555-123-4567 or jdoe@herald-star.com.',
      'Reach the reporters on Twitter at http://twitter.com/jdoe and http://twitter.com/mroe',
      'Sie erreichen die Autorin unter anna.beispiel@example.de.',
      'Contact Mark Hensley at mhensley@springfieldnews.com.',
      // Hearst's papers: the reporter's address and handle, with no words.
      'paul.takahashi@chron.com twitter.com/paultakahashi',
      'jdoe@herald-star.com | @jdoe',
    ]) {
      const page = `<html><head>${ld}</head><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p><p><i>${line}</i></p></article></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
    }
    // An older template that states no kind of page at all.
    const plain = `<html><body><div class="story"><h1>Council approves budget</h1><p>${en(1)}</p><p>${en(2)}</p><p><i>Contact Mark Hensley at mhensley@springfieldnews.com.</i></p></div></body></html>`;
    expect(blocksOf(plain)).toEqual([en(1), en(2)]);
    // The same words in the story's middle are the story's: a source who "can be reached at" a hotline.
    const middle = 'The county said residents can be reached at shelters by volunteers, who will bring water and food.';
    const story = `<html><head>${ld}</head><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${middle}</p><p>${en(2)}</p><p>${en(3)}</p><p>${en(4)}</p></article></body></html>`;
    expect(blocksOf(story)).toContain(middle);
    // A help line that "can be reached" at a number, with no address or handle, is the story's last fact.
    const help = "The county's help line can be reached at 211 around the clock.";
    const last = `<html><head>${ld}</head><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${en(2)}</p><p>${help}</p></article></body></html>`;
    expect(blocksOf(last)).toContain(help);
    // An address alone, without a handle, is a story's last line too (a tip line's address).
    const address = 'tips@herald-star.com';
    const tips = `<html><head>${ld}</head><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${en(2)}</p><p>${address}</p></article></body></html>`;
    expect(blocksOf(tips)).toContain(address);
  });
});

describe("news templates: a photo gallery's counter", () => {
  it('drops "1 of 6", "Image 1 of 11", "Bild 3 von 12" and a multi-page story\'s "Seite 1 von 3", "Nächste Seite" as a block of its own', () => {
    for (const counter of ['1 of 6', 'Image 1 of 11', 'Picture 1 of 1', 'Bild 3 von 12', 'Seite 1 von 3', 'Nächste Seite']) {
      const page = `<html><body><article><h1>Police arrest six</h1><div class="gallery"><img src="/a.jpg" alt=""><div>${counter}</div></div><p>${en(1)}</p><p>${en(2)}</p></article></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2)]);
    }
  });
});

describe('news templates: a breaking-news ticker', () => {
  const item = (n: number): string =>
    `<li><a href="/n${n}">Other headline ${n} WASHINGTON: The lead of another story ${n}, cut short after two lines of text so that it fits...</a></li>`;
  const ticker = `<div class="breaking-news"><div class="breaking-title">Breaking News</div><div class="breaking-block"><ul>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(item).join('')}</ul></div></div>`;

  it('leaves a ticker of other headlines out of the body', () => {
    const page = `<html><body><div class="wrapper">${ticker}<div class="post"><h1>Deportees return home</h1><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></div></div></body></html>`;
    expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
  });

  it('keeps a story whose own wrapper is classed as breaking news', () => {
    const page = `<html><body><article class="story breaking-news"><h1>Deportees return home</h1><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></article></body></html>`;
    expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
  });
});

describe("news templates: the previous and next stories' links under a story", () => {
  it("leaves a next/previous block with the other stories' headlines and leads out of the body", () => {
    for (const name of ['grid-container next-prev', 'td-block-row td-post-next-prev', 'prev-next-links']) {
      const nav = `<div class="${name}"><p><a href="/next">- Next Auto News</a></p><div class="row-desc"><a href="/next"><h5>2020 Mini JCW GP is a 300HP monster hatch</h5></a><p>The most powerful Mini hot hatch to come out of Oxford has 306 HP and a huge rear wing</p></div></div>`;
      const page = `<html><body><div id="article" class="article"><h1>Lexus LC500 Convertible</h1><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p>${nav}</div></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
    }
  });
});

describe("news templates: German publishers' small print and article tools", () => {
  it("drops the copyright line in other languages, the dpa syndication stamp and a broadcaster's note on its coverage", () => {
    for (const line of [
      '© Musterbote 2019 – Alle Rechte vorbehalten',
      'Tous droits réservés.',
      '© dpa-infocom, dpa:190802-99-141284/3',
      'dpa:190802-99-141284/3',
      'Über dieses Thema berichtete tagesschau24 am 02. August 2019 um 17:00 Uhr.',
      'Über dieses Thema berichtete NDR Info am 02.08.2019 im Radio.',
    ]) {
      const page = `<html lang="de"><body><div class="artikel"><h1>Brücke wird freigegeben</h1><p>${de(1)}</p><p>${de(2)}</p><p>${line}</p></div></body></html>`;
      expect(blocksOf(page)).toEqual([de(1), de(2)]);
    }
  });

  it('drops the article tools left as blocks ("Artikel drucken", "Artikel vorlesen lassen", "Fehler melden", "Zum Newsletter anmelden")', () => {
    const tools = [
      'Artikel drucken',
      'Artikel versenden',
      'Artikel vorlesen lassen',
      'Artikel anhören',
      'Fehler melden',
      'Link kopieren',
      'Zum Newsletter anmelden',
    ];
    const page = `<html lang="de"><body><div class="artikel"><h1>Brücke wird freigegeben</h1><p>${de(1)}</p>${tools.map((tool) => `<div class="x">${tool}</div>`).join('')}<p>${de(2)}</p></div></body></html>`;
    expect(blocksOf(page)).toEqual([de(1), de(2)]);
  });
});

describe("news templates: a story's meta line set as a paragraph", () => {
  const head = '<head><meta name="author" content="Max Mustermann"></head>';
  const page = (line: string): string =>
    `<html lang="de">${head}<body><div class="story"><h1>Brücke wird freigegeben</h1><p>${line}</p><p>${de(1)}</p><p>${de(2)}</p></div></body></html>`;

  it('drops the author, date, time and reading time parted by bars, dots or dashes, and a date after its weekday', () => {
    for (const line of [
      'Max Mustermann, 02.08.2019 - 14:35 Uhr',
      'Veröffentlicht: 02.08.2019 | Lesedauer: 3 Min.',
      'Max Mustermann · 19. November 2019 · 4 Min. Lesezeit',
      'Posted by Max Mustermann on November 19, 2019 at 5:45 pm',
      'Mo, 19.11.2019, 17.45 Uhr',
      'Tuesday, November 19, 2019',
    ])
      expect(blocksOf(page(line))).toEqual([de(1), de(2)]);
  });

  it("keeps a post header's date and time alone, and a line naming more than the meta", () => {
    for (const line of ['Feb 14, 2026 | 9:05 pm', 'Nov 19, 2019 | Max Mustermann | News']) expect(blocksOf(page(line))).toContain(line);
  });
});

describe("news templates: a story's inline boxes labelled as other languages' closing headings", () => {
  it('does not cut the story at the second of two "Auch interessant" boxes, and drops their labels', () => {
    const box = (n: number): string =>
      `<div class="embed-box"><div class="label">Auch interessant</div><a href="/x${n}"><strong>Andere Geschichte ${n}</strong></a><p>Der Vorspann der anderen Geschichte ${n} erzählt in zwei Sätzen, worum es dort geht. Er ist nicht lang.</p></div>`;
    const story = [1, 2, 3, 4, 5, 6].map((n) => `<p>${de(n)}</p>${n === 2 || n === 4 ? box(n) : ''}`).join('');
    const page = `<html lang="de"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Koalition einigt sich"}</script></head><body><article><h1>Koalition einigt sich</h1><div class="article-body">${story}</div></article></body></html>`;
    const blocks = blocksOf(page);
    expect(blocks).toContain(de(6));
    expect(blocks).not.toContain('Auch interessant');
  });
});

describe("news templates: a German blog theme's closing line about the post", () => {
  it('reads the publication date from "Dieser Beitrag wurde am … veröffentlicht" under the post', () => {
    for (const line of [
      'Dieser Eintrag wurde veröffentlicht am 2. August 2019 in Allgemein. Bookmarke den Permalink.',
      'Dieser Beitrag wurde am 2. August 2019 von Max in Reisen veröffentlicht. Setze ein Lesezeichen auf den Permalink.',
    ]) {
      const page = `<html lang="de"><head><title>Mein Wochenende in Hamburg | Maxis Blog</title></head><body><div class="post"><h1>Mein Wochenende in Hamburg</h1><div class="entry">${[1, 2, 3, 4, 5, 6, 7].map((n) => `<p>${de(n)}</p>`).join('')}</div><p class="postmetadata">${line}</p></div></body></html>`;
      // A URL without a date in it: the line is the only evidence.
      expect(extractArticle(page, { ...options, url: 'https://blog.example.de/hamburg-wochenende/' }).publishedAt?.slice(0, 10)).toBe('2019-08-02');
    }
  });
});

describe("news templates: a blog's date set as a heading over the post", () => {
  it("drops a heading that is only a date at the head of the post (Blogger's date header), as a date paragraph goes", () => {
    for (const date of ['Freitag, 2. August 2019', 'Friday, August 2, 2019']) {
      const page = `<html><body><div class="post"><h2 class="date-header"><span>${date}</span></h2><h1>Mein Wochenende</h1><p>${de(1)}</p><p>${de(2)}</p></div></body></html>`;
      expect(blocksOf(page)).toEqual([de(1), de(2)]);
    }
  });
});

describe('news templates: "yesterday" with a time on the first day of a month', () => {
  it('counts the day before the 1st back into the month before, and reads a 12-hour clock\'s "PM"', () => {
    const first = { url: 'https://www.zeitung.de/lokales/story-123.html', fetchedAt: new Date('2025-06-01T12:00:00Z') };
    const page = (line: string): string =>
      `<html><head><meta property="og:type" content="article"></head><body><article><h1>Brücke wird freigegeben</h1><div class="meta">${line}</div><p>${de(1)}</p><p>${de(2)}</p></article></body></html>`;
    expect(extractArticle(page('Gestern, 14:35 Uhr'), first).publishedAt).toBe('2025-05-31T14:35:00.000Z');
    expect(extractArticle(page('Yesterday at 5:45 PM'), first).publishedAt).toBe('2025-05-31T17:45:00.000Z');
  });
});

describe('news templates: "Related Coverage" closing a story', () => {
  it('cuts the tail at a "Related Coverage" or "More on this story" heading, as at "Related stories"', () => {
    for (const heading of ['Related Coverage', 'More on this story']) {
      const tail = `<h2>${heading}</h2><p>Another story about the council says what happened at last week's meeting, with quotes and figures.</p>`;
      const page = `<html><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p>${tail}</article></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2), en(3)]);
    }
  });
});

describe('news templates: the writer named in capitals at the end of the standfirst', () => {
  it('reads "…, says OLIVE RYAN." as the author, written as a name', () => {
    const page = (standfirst: string) =>
      `<html><head><title>In the garden: three evergreens</title></head><body><article><h1>In the garden: three evergreens for your plot</h1><p class="standfirst">${standfirst}</p>` +
      '<p>These are the shortest days of the year, as we move closer to Christmas and the winter solstice, and a time for some armchair gardening for sure.</p>'.repeat(
        3,
      ) +
      '</article></body></html>';
    const read = (html: string) =>
      extractArticle(html, { url: 'https://www.example.ie/corklives/arid-41763068.html', fetchedAt: new Date('2026-02-08T08:00:00Z') });
    expect(read(page('Gathering from the garden is traditional in December, and it is a great time to plant evergreens, says OLIVE RYAN.')).authors).toEqual([
      'Olive Ryan',
    ]);
    expect(read(page('A winter walk along the coast, writes MARY O’BRIEN-SMITH')).authors).toEqual(['Mary O’Brien-Smith']);
    // An organisation quoted in capitals is one word; a quoted speaker in the story's text is no byline.
    expect(read(page('The economy will shrink next year, says IMF.')).authors).toEqual([]);
  });
});

// Session 22 article pass.
describe("news templates: a paywall's prompt under a story's first paragraphs", () => {
  it('drops the prompt ("This article is exclusive to STAT+ subscribers", "To read the rest of this story subscribe to …") as a block of its own', () => {
    for (const prompt of [
      'This article is exclusive to STAT+ subscribers',
      'Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.',
      'To read the rest of this story subscribe to STAT+.',
      'Become a paid subscriber to Every to unlock this piece and learn about:',
      'This post is for paid subscribers',
      'Keep reading with a 7-day free trial',
      'Subscribe to The Weekly Wrench to keep reading this post and get 7 days of free access to the full post archives.',
      'Dieser Artikel ist nur für Abonnenten',
    ]) {
      const page = `<html><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p><p>${prompt}</p></article></body></html>`;
      const blocks = blocksOf(page);
      expect(blocks, prompt).toContain(en(3));
      expect(blocks, prompt).not.toContain(prompt);
    }
    // A sentence of the story about subscribers stays, and so does the way in for those who have access.
    for (const own of [
      'This article is about the members of the council, who met on Tuesday to vote on the budget for next year.',
      'Already a subscriber? View your reports here →',
    ]) {
      const page = `<html><body><article><h1>Council approves budget</h1><p>${en(1)}</p><p>${own}</p><p>${en(2)}</p></article></body></html>`;
      expect(blocksOf(page), own).toContain(own);
    }
  });
});

describe("news templates: a reviewer's credit under the headline", () => {
  it('drops "Reviewed by …", "Medically reviewed by …" and "Fact checked by …" set as a paragraph at the top of a story', () => {
    for (const credit of [
      "Reviewed by Toni Golen, MD, Editor in Chief, Harvard Women's Health Watch; Editorial Advisory Board Member",
      'Medically reviewed by Jane Doe, RN',
      'Fact checked by Sam Lee',
      'Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024.',
    ]) {
      const page = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Council approves budget</h1>${credit.startsWith('Fact') ? `<ul><li>${credit}</li></ul>` : `<p>${credit}</p>`}<p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></article></body></html>`;
      const blocks = blocksOf(page);
      expect(blocks, credit).toContain(en(1));
      expect(blocks, credit).not.toContain(credit);
    }
    // A sentence of the story that opens with the words stays.
    const own = 'Reviewed by the council in March, the plan was sent back to the mayor with three changes.';
    const page = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Council approves budget</h1><p>${own}</p><p>${en(1)}</p><p>${en(2)}</p></article></body></html>`;
    expect(blocksOf(page)).toContain(own);
  });
});

describe("news templates: a publisher group's commerce disclosure over a shopping story", () => {
  it("drops Hearst's, PS's, Ziff Davis's and Vox Media's template sentences, and keeps a blogger's own note and a story's sentence", () => {
    for (const note of [
      'Every item on this page was chosen by an ELLE Decor editor. We may earn commission on some of the items you choose to buy.',
      'While each product featured is independently selected by our editors, we may include paid promotion. If you buy something through our links, we may earn commission.',
      'PCMag editors select and review products independently. If you buy through affiliate links, we may earn commissions, which help support our testing.',
      'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
      'Each company featured in our guides has been independently selected and reviewed by our research team.',
    ]) {
      const page = `<html><body><article><h1>The best ergonomic mice</h1><p>${note}</p><p>${en(1)}</p><p>${en(2)}</p><p>${en(3)}</p></article></body></html>`;
      const blocks = blocksOf(page);
      expect(blocks, note).toContain(en(1));
      expect(blocks, note).not.toContain(note);
    }
    for (const own of [
      'This post may contain affiliate links. This means that when you click the link and make a purchase, I make a small commission.',
      'Every item on the council’s agenda was chosen by the mayor, who wants the budget passed before the summer break.',
    ]) {
      const page = `<html><body><article><h1>The best ergonomic mice</h1><p>${own}</p><p>${en(1)}</p><p>${en(2)}</p></article></body></html>`;
      expect(blocksOf(page), own).toContain(own);
    }
  });
});

describe("news templates: a web component named for what it is, where the template's classes say nothing", () => {
  const promo = `<ps-promo class="x940e"><div class="xf497"><a href="https://news.example.org/2019/01/15/vulture">Column: A vulture firm’s bid shows there’s still value in newspapers</a></div>
    <div class="xdae0">Among those who believe that the press provides value for society, one firm makes real vultures look good by comparison.</div></ps-promo>`;

  it("leaves out a related story's promotion set between the story's paragraphs (LA Times' <ps-promo>)", () => {
    const page = `<html><body><div class="x1a2b"><h1>The merger sends a dismal signal</h1><p>${en(1)}</p><p>${en(2)}</p>${promo}<p>${en(3)}</p><p>${en(4)}</p></div></body></html>`;
    expect(blocksOf(page)).toEqual([en(1), en(2), en(3), en(4)]);
  });

  it('keeps a component so named that wraps most of the page’s prose (Vanguard sets its whole page in <vg-vgn-nav>)', () => {
    const note = [1, 2, 3, 4, 5]
      .map((n) => `Disclosure ${n}: all investing is subject to risk, including the possible loss of the money you invest.`)
      .join(' ');
    const page = `<html><body><vg-vgn-nav><div class="x1a2b"><h1>Index funds</h1>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${en(n)}</p>`).join('')}</div></vg-vgn-nav><div class="x77ee"><p>${note}</p></div></body></html>`;
    // Read whole, the page's closing disclosure comes after the story; flagged with its component, the story would be lost to it.
    expect(blocksOf(page).slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(en));
  });
});

describe("news templates: a post's row of tools left as one line", () => {
  it('drops a line of only tool words and counts, and keeps a sentence that names them', () => {
    for (const line of ['Permalink 34 Comments Feed for comments Back to top', 'Permalink | Comments (3) | Print | Email']) {
      const page = `<html><body><div class="x1a2b"><h1>We needed to win this game</h1><p>${en(1)}</p><p>${en(2)}</p><p>${line}</p></div></body></html>`;
      expect(blocksOf(page)).toEqual([en(1), en(2)]);
    }
    const said = 'Readers left 34 comments and asked for a permalink to the video, which the team posted the next morning.';
    const page = `<html><body><div class="x1a2b"><h1>We needed to win this game</h1><p>${en(1)}</p><p>${said}</p><p>${en(2)}</p></div></body></html>`;
    expect(blocksOf(page)).toEqual([en(1), said, en(2)]);
  });
});
