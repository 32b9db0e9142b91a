import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

// Session 18 probes pass: the CMSs and site builders of German and English sites the session 17 probes did not cover (TYPO3's
// news plugins, Contao, Joomla, Drupal 7, Wix, Webflow), written from their templates' markup.
const fetchedAt = new Date('2026-02-08T08:00:00Z');
const sentence = (n: number): string => `Absatz ${n} erzählt die Geschichte weiter, mit Kommas, Nebensätzen und einem Punkt am Ende.`;
const body = [1, 2, 3].map((n) => `<p>${sentence(n)} Dazu kommt ein zweiter Satz, damit der Absatz lang genug ist.</p>`).join('');
const nav = '<nav><ul><li><a href="/">Start</a></li><li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>';
const headline = 'Stadtrat beschließt neues Radwegenetz';

describe('CMS templates: a <title> that names the news section', () => {
  const page = (tab: string, heading: string, generator = 'TYPO3 CMS') =>
    `<html lang="de"><head><meta name="generator" content="${generator}"><title>${tab}</title></head><body><header>${nav}</header>` +
    `<div class="news news-single"><div class="article">${heading}<span class="news-list-date">02.08.2019</span>${body}</div></div></body></html>`;
  const item = 'https://www.musterstadt.de/aktuelles/detail/stadtrat-beschliesst-radwegenetz';

  it("takes the item's heading when every metadata title only names the section it is shown in (TYPO3, Contao, Joomla)", () => {
    expect(extractArticle(page('Gemeinde Musterstadt: Aktuelles', `<h1>${headline}</h1>`), { url: item, fetchedAt }).title).toBe(headline);
    expect(extractArticle(page('Aktuelles - Gemeinde Musterstadt', `<h2>${headline}</h2>`), { url: item, fetchedAt }).title).toBe(headline);
    const joomla = page('Aktuelles', `<div class="page-header"><h2 itemprop="headline">${headline}</h2></div>`, 'Joomla! - Open Source Content Management');
    expect(extractArticle(joomla, { url: 'https://www.tsv.de/index.php/aktuelles/123-radwegenetz', fetchedAt }).title).toBe(headline);
    // tt_news under the site's masthead <h1>, on an address with no slug.
    const ttNews =
      `<html><head><title>Musterverein e.V.: Neuigkeiten</title></head><body><div id="header"><h1>Musterverein e.V.</h1></div>${nav}` +
      `<div class="news-single-item"><h1>${headline}</h1>${body}</div></body></html>`;
    expect(extractArticle(ttNews, { url: 'https://www.musterverein.de/index.php?id=12&tx_ttnews[tt_news]=345', fetchedAt }).title).toBe(headline);
  });

  it("keeps the section's name on the section's own page and on the front page", () => {
    expect(
      extractArticle(page('Aktuelles - Gemeinde Musterstadt', `<h2>${headline}</h2>`), { url: 'https://www.musterstadt.de/aktuelles/', fetchedAt }).title,
    ).toBe('Aktuelles');
    expect(extractArticle(page('News', `<h1>${headline}</h1>`), { url: 'https://www.musterstadt.de/news.html', fetchedAt }).title).toBe('News');
    expect(extractArticle(page('Aktuelles', `<h1>${headline}</h1>`), { url: 'https://www.musterstadt.de/', fetchedAt }).title).toBe('Aktuelles');
  });
});

const blocksOf = (page: string, url = 'https://www.tsv-beispiel.de/index.php/aktuelles/123-sommerfest-2019'): string[] =>
  extractArticle(page, { url, fetchedAt })
    .contentText.split('\n')
    .map((b) => b.trim())
    .filter(Boolean);

describe("CMS templates: Joomla's article info and view counters", () => {
  const joomla = (info: string) =>
    `<html lang="de-de"><head><meta name="generator" content="Joomla! - Open Source Content Management"><title>Sommerfest 2019</title></head><body><header>${nav}</header>` +
    `<main><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Sommerfest 2019</h2></div>${info}<div itemprop="articleBody">${body}</div></div></main></body></html>`;

  it('leaves the article-info list ("Details", author, date, "Zugriffe: 123") out of the body, and still reads its date and author', () => {
    const info =
      '<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von: <span itemprop="name">Anna Schmidt</span></dd>' +
      '<dd class="published"><time datetime="2019-08-02T10:15:00+00:00" itemprop="datePublished">Veröffentlicht: 02. August 2019</time></dd><dd class="hits">Zugriffe: 123</dd></dl>';
    const article = extractArticle(joomla(info), { url: 'https://www.tsv-beispiel.de/index.php/aktuelles/123-sommerfest-2019', fetchedAt });
    expect(article.contentText.split('\n').filter(Boolean)[0]).toContain(sentence(1));
    expect(article.contentText).not.toContain('Details');
    expect(article.contentText).not.toContain('Zugriffe');
    expect(String(article.publishedAt).slice(0, 10)).toBe('2019-08-02');
    expect(article.authors).toEqual(['Anna Schmidt']);
  });

  it('drops a view counter left as a block of its own ("Zugriffe: 123", "Hits: 57", "1.234 mal gelesen", "12 views 0 comments")', () => {
    for (const counter of ['Zugriffe: 123', 'Hits: 57', 'Aufrufe: 1.234', '1.234 mal gelesen', '12 views', '12 views 0 comments', '3 Aufrufe 0 Kommentare']) {
      const blocks = blocksOf(`<html><body><article><h1>Sommerfest 2019</h1>${body}<p>${counter}</p></article></body></html>`);
      expect(blocks.join('\n'), counter).toContain(sentence(3));
      expect(blocks, counter).not.toContain(counter);
    }
    // A sentence that counts views is the post's own.
    const own = 'Das Video hatte nach einer Woche 12.000 Aufrufe, mehr als wir je erwartet hätten.';
    expect(blocksOf(`<html><body><article><h1>Video</h1>${body}<p>${own}</p></article></body></html>`)).toContain(own);
  });
});

describe('CMS templates: dateline writings at the head of a post', () => {
  it('drops a date with its time after a dash (Drupal), an ordinal date and "Mrz." as the first blocks', () => {
    for (const dateline of ['Fr., 02.08.2019 - 10:15', 'Friday, August 2, 2019 - 10:15', 'August 2nd, 2019', 'Posted on 2nd August 2019', '2. Mrz. 2019']) {
      const blocks = blocksOf(`<html><body><article><h1>Sommerfest 2019</h1><p>${dateline}</p>${body}</article></body></html>`);
      expect(blocks.join('\n'), dateline).toContain(sentence(3));
      expect(blocks, dateline).not.toContain(dateline);
    }
  });

  it("keeps such a date further down (a thread's post header) and a slash date, which golds keep", () => {
    const late = blocksOf(`<html><body><article><h1>Sommerfest 2019</h1>${body}<p>August 2nd, 2019</p>${body}</article></body></html>`);
    expect(late).toContain('August 2nd, 2019');
    const slash = blocksOf(`<html><body><article><h1>Sommerfest 2019</h1><p>Updated: 10/31/2024</p>${body}</article></body></html>`);
    expect(slash).toContain('Updated: 10/31/2024');
  });
});

describe('CMS templates: dates that belong to something else', () => {
  const dayOf = (page: string): string | null => {
    const published = extractArticle(page, { url: 'https://www.blog-beispiel.de/brot/', fetchedAt }).publishedAt;
    return published ? String(published).slice(0, 10) : null;
  };

  it('does not date an undated post by its first comment under a German comment count ("2 Kommentare")', () => {
    const comments =
      '<div id="comments"><h3>2 Kommentare</h3><ol class="commentlist"><li class="comment"><div class="comment-author vcard"><cite class="fn">Karl</cite></div>' +
      '<div class="comment-meta"><a href="#c1">5. September 2019 um 10:12</a></div><p>Toller Beitrag, danke!</p></li></ol></div>';
    expect(dayOf(`<html lang="de"><body><main><article><h1>Brot</h1>${body}</article>${comments}</main></body></html>`)).toBeNull();
    // The post's own date still wins over the comments'.
    expect(dayOf(`<html lang="de"><body><main><article><h1>Brot</h1><p class="meta">2. August 2019</p>${body}</article>${comments}</main></body></html>`)).toBe(
      '2019-08-02',
    );
  });

  it('does not read a date from a short sentence about something else near the headline', () => {
    for (const sentence of ['Unser Sommerfest findet am 15. September 2019 statt.', 'The museum reopens to visitors on May 3, 2019.']) {
      expect(dayOf(`<html lang="de"><body><main><h1>Sommerfest</h1><p>${sentence}</p>${body}</main></body></html>`), sentence).toBeNull();
    }
    // A byline or a labelled line that ends with a full stop is still the post's date.
    for (const [line, day] of [
      ['By Jane Mary Smith on Aug 2, 2019.', '2019-08-02'],
      ['Dieser Beitrag wurde am 2. August 2019 veröffentlicht.', '2019-08-02'],
      ['Veröffentlicht am 2. August 2019 in der Kategorie Reisen.', '2019-08-02'],
    ]) {
      expect(dayOf(`<html lang="de"><body><main><h1>Sommerfest</h1><p>${line}</p>${body}</main></body></html>`), line).toBe(day);
    }
  });
});

describe("CMS templates: the section's <h1> over the item's <h2>", () => {
  const page = (h: string) =>
    `<html lang="de"><head><title>Musterstadt | Aktuelles</title></head><body><header>${nav}</header><main>${h}<p class="date">02.08.2019</p>${body}</main></body></html>`;
  const url = 'https://www.musterstadt.de/aktuelles/radwegenetz';

  it("passes over an <h1> that only repeats the section's name when the item's <h2> follows", () => {
    expect(extractArticle(page(`<h1>Aktuelles</h1><h2>${headline}</h2>`), { url, fetchedAt }).title).toBe(headline);
    // With no heading of the item's own, the section's name stays the title.
    expect(extractArticle(page('<h1>Aktuelles</h1>'), { url, fetchedAt }).title).toBe('Aktuelles');
  });
});

describe('CMS templates: bylines of Drupal 7, phpBB and Joomla 1.5 (session 19)', () => {
  it('reads the user name of Drupal 7\'s "Submitted by <name> on <date>" line', () => {
    const page =
      `<html lang="en"><head><meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>Spring cleanup day | Friends of the Park</title></head><body>${nav}` +
      `<div id="node-12" class="node node-article"><h2>Spring cleanup day</h2><div class="meta submitted"><span property="dc:date dc:created" content="2019-08-02T10:15:00+02:00">` +
      `Submitted by <span class="username">mjones</span> on Fri, 08/02/2019 - 10:15</span></div><div class="content">${body}</div></div></body></html>`;
    expect(extractArticle(page, { url: 'https://friendsofthepark.org/node/12', fetchedAt }).authors).toEqual(['mjones']);
  });

  it('does not take the short weekday before a phpBB post time ("» Fr 2. Aug 2019") for the author', () => {
    const post = (user: string) =>
      `<html lang="de"><head><title>Vereinsfahrt 2019 - Forum Musterverein</title></head><body>${nav}<h2 class="topic-title"><a href="./viewtopic.php?t=5">Vereinsfahrt 2019</a></h2>` +
      `<div id="p12" class="post bg2"><div class="inner"><div class="postbody"><h3 class="first"><a href="#p12">Vereinsfahrt 2019</a></h3>` +
      `<p class="author"><a href="./viewtopic.php?p=12#p12"><span class="sr-only">Beitrag</span></a> von <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2" class="username">${user}</a></strong> » Fr 2. Aug 2019, 10:15</p>` +
      `<div class="content">${sentence(1)}<br>${sentence(2)}</div></div></div></div></body></html>`;
    const url = 'https://forum.musterverein.de/viewtopic.php?t=5';
    expect(extractArticle(post('Bernd_K'), { url, fetchedAt }).authors).toEqual(['Bernd_K']);
    // The board's default account is nobody's name; neither is the weekday after it.
    expect(extractArticle(post('Admin'), { url, fetchedAt }).authors).toEqual([]);
  });

  it('leaves a byline that names the default account ("Geschrieben von Administrator") out of the body', () => {
    const page =
      `<html lang="de"><head><meta name="generator" content="Joomla! 1.5 - Open Source Content Management"><title>Sommerfest 2019</title></head><body>${nav}` +
      `<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Sommerfest 2019</td></tr></table><table class="contentpaneopen">` +
      `<tr><td valign="top"><span class="small">Geschrieben von Administrator</span>&nbsp;&nbsp;</td></tr><tr><td valign="top" class="createdate">Freitag, 02. August 2019 um 10:15 Uhr</td></tr>` +
      `<tr><td valign="top">${body}</td></tr></table></body></html>`;
    const article = extractArticle(page, { url: 'https://www.tsv.de/index.php?option=com_content&task=view&id=12', fetchedAt });
    expect(article.contentText).not.toContain('Administrator');
    expect(article.contentText).toContain(sentence(1));
    expect(article.authors).toEqual([]);
  });
});
