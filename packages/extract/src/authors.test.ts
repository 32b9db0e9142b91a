import { load } from 'cheerio/slim';
import type { ParentNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { bylineOf, chooseAuthors, cleanAuthorName } from './authors.ts';
import { extractArticle } from './extract-article.ts';
import { readSignals } from './metadata.ts';

function authorsOf(html: string): ReturnType<typeof chooseAuthors> {
  const signals = readSignals(load(html).root()[0] as unknown as ParentNode);
  return chooseAuthors(signals, signals.article, ['Example News']);
}

describe('authors', () => {
  it('cleans prefixes, trailing dates and roles, and keeps credentials', () => {
    expect(cleanAuthorName('By Jane Doe')).toBe('Jane Doe');
    expect(cleanAuthorName('Written by: Jane Doe | June 2, 2019')).toBe('Jane Doe');
    expect(cleanAuthorName('Von Max Mustermann')).toBe('Max Mustermann');
    expect(cleanAuthorName('BeauHD on Friday')).toBe('BeauHD');
    expect(cleanAuthorName('Dylan Bailey, MS, RD')).toBe('Dylan Bailey, MS, RD');
    expect(cleanAuthorName('Maria &amp; Katerina')).toBe('Maria & Katerina');
    // Russian's "Текст:" ("text by") and "Автор:" labels; a full-width slash before the date.
    expect(cleanAuthorName('Текст: Венера Ерофеева')).toBe('Венера Ерофеева');
    expect(cleanAuthorName('Автор: Иван Петров')).toBe('Иван Петров');
    expect(cleanAuthorName('by ライトハウス国際特許事務所 ／ 2016.12.01')).toBe('ライトハウス国際特許事務所');
    // A byline element's date line whose time the date finder does not read (USA Today network's "Published 11:11 PM EST").
    expect(cleanAuthorName('Published 11:11 PM EST')).toBeNull();
    expect(cleanAuthorName('Updated 9:41 AM')).toBeNull();
    expect(cleanAuthorName('Jane Doe Published 11:11 PM EST')).toBe('Jane Doe');
  });

  it('leaves out the word that leads into a trailing date, and reads the name a posting line gives after its date', () => {
    expect(cleanAuthorName('By John Smith on Aug 2, 2019')).toBe('John Smith');
    expect(cleanAuthorName('von Max Mustermann am 2. August 2019')).toBe('Max Mustermann');
    expect(cleanAuthorName('Par Marie Dupont le 3 mai 2019 à 14h')).toBe('Marie Dupont');
    expect(cleanAuthorName('door Jan Jansen op 2 augustus 2019')).toBe('Jan Jansen');
    // A surname that is also such a word is capitalised.
    expect(cleanAuthorName('Tuan Le June 2, 2019')).toBe('Tuan Le');
    expect(cleanAuthorName('Posted on August 2, 2019 at 10:30 am by John Smith')).toBe('John Smith');
    expect(cleanAuthorName('Veröffentlicht am 2. August 2019 von Max Mustermann')).toBe('Max Mustermann');
    expect(cleanAuthorName('August 2, 2019 by Jane Doe | 3 Comments')).toBe('Jane Doe');
    // A bare "Published … by" also names a book's publisher.
    expect(cleanAuthorName('Published August 2, 2019 by Penguin Books')).toBeNull();
    expect(
      authorsOf('<html><body><h1>Headline of it</h1><p class="meta">Posted on August 2, 2019 by John Smith</p><p>Text of the post.</p></body></html>'),
    ).toEqual({ authors: ['John Smith'], from: 'byline' });
  });

  it('reads a byline set in an <aside> column beside the text, without its footnote mark', () => {
    expect(cleanAuthorName('Written By Jane Doe, MD*')).toBe('Jane Doe, MD');
    expect(cleanAuthorName('John Roe†')).toBe('John Roe');
    const para = '<p>A paragraph of the article that runs on long enough to be its text, with a comma and a full stop.</p>';
    const page = (side: string): string =>
      `<html><head><title>Sleep training explained</title></head><body><main><h1>Sleep training explained</h1><div class="grid">${side}<div class="body">${para.repeat(6)}</div></div></main></body></html>`;
    const options = { url: 'https://example.org/articles/sleep-training', fetchedAt: new Date('2026-12-05T00:00:00Z') };
    expect(
      extractArticle(page('<aside class="side-col"><p class="article_author__x1">Written By <span>Jane Doe, MD*</span></p></aside>'), options).byline,
    ).toBe('Jane Doe, MD');
    // A sidebar without an author element still goes.
    expect(extractArticle(page('<aside class="side-col"><p class="byline">Written By <span>Jane Doe</span></p></aside>'), options).byline).toBeNull();
  });

  it('names every writer of Highwire Press\'s citation_author tags, turning "Doe, Jane" round', () => {
    const head = (...names: string[]): string =>
      `<html><head><meta name="citation_title" content="A study">${names.map((n) => `<meta name="citation_author" content="${n}">`).join('')}</head><body><h1>A study</h1><p>Text.</p></body></html>`;
    expect(authorsOf(head('Jane Doe', 'Roe, John', 'Mary Poe, MD'))).toEqual({ authors: ['Jane Doe', 'John Roe', 'Mary Poe, MD'], from: 'meta' });
    expect(authorsOf(head('Jane Doe'))).toEqual({ authors: ['Jane Doe'], from: 'meta' });
  });

  it('reads the writers a labelled field names: a heading or a term reading "Author", the names in the element after it', () => {
    const page = (field: string): string =>
      `<html><body><h1>A report on the matter</h1><p>Text of the report that runs on.</p><div class="meta">${field}</div></body></html>`;
    expect(authorsOf(page('<h3>Author</h3><p> Jane D. Doe</p>'))).toEqual({ authors: ['Jane D. Doe'], from: 'byline' });
    expect(authorsOf(page('<h6>Author(s)</h6><ul><li><a href="/lib?a=1">Jane Doe</a></li><li><a href="/lib?a=2">John Roe</a></li></ul>'))).toEqual({
      authors: ['Jane Doe', 'John Roe'],
      from: 'byline',
    });
    expect(authorsOf(page('<dl><dt>Written by</dt><dd>Mary Poe</dd></dl>'))).toEqual({ authors: ['Mary Poe'], from: 'byline' });
    // A heading that is no label, and a long list (a filter's list of writers), name no one.
    expect(authorsOf(page('<h3>About the report</h3><p>Jane Doe</p>'))).toEqual({ authors: [], from: null });
    const many = Array.from({ length: 8 }, (_, i) => `<li>Writer Number${'abcdefgh'[i]}</li>`).join('');
    expect(authorsOf(page(`<h6>Author(s)</h6><ul>${many}</ul>`))).toEqual({ authors: [], from: null });
  });

  it('reads the writer a post\'s footer line names with its date: "Posted by Jane Doe at December 16, 2025 11:15 AM"', () => {
    const page = (footer: string): string =>
      `<html><body><h1>Notes on a project</h1><p>Text of the post that runs on for a while.</p><p>More text.</p><div class="footer">${footer}</div></body></html>`;
    expect(authorsOf(page('<span class="posted">Posted by Jane Doe at December 16, 2025 11:15 AM</span>'))).toEqual({ authors: ['Jane Doe'], from: 'byline' });
    expect(authorsOf(page('<p>Posted by John Roe on May 2, 2019 at 10:30</p>'))).toEqual({ authors: ['John Roe'], from: 'byline' });
    // A comment's "Posted by:" line and a login in lower case name no writer.
    expect(authorsOf(page('<span class="comments-post">Posted by: John Roe at December 19, 2025 12:15 PM</span>'))).toEqual({ authors: [], from: null });
    expect(authorsOf(page('<p>Posted by admin at December 16, 2025 11:15 AM</p>'))).toEqual({ authors: [], from: null });
  });

  it("resolves a JSON-LD author given as an @id reference to the schema graph's Person (Yoast, Rank Math)", () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', '@id': 'https://example.org/post/#article', headline: 'A post', author: [{ '@id': 'https://example.org/#/schema/person/ab12' }] },
        { '@type': 'Person', '@id': 'https://example.org/#/schema/person/ab12', name: 'Jane Doe' },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script><meta name="author" content="jdoe2"></head><body><h1>A post</h1><p>Text.</p></body></html>`;
    expect(authorsOf(html)).toEqual({ authors: ['Jane Doe'], from: 'json-ld' });
  });

  it('is never a URL, an e-mail, a user id, a date, a sentence or the site', () => {
    expect(cleanAuthorName('https://example.com/user/jane')).toBeNull();
    expect(cleanAuthorName('jane@example.com')).toBeNull();
    expect(cleanAuthorName('262588213843476')).toBeNull();
    expect(cleanAuthorName('mdelatorreq6vkpg2ma0ci')).toBeNull();
    expect(cleanAuthorName('Feb 11, 2019')).toBeNull();
    expect(cleanAuthorName('This review is')).toBeNull();
    expect(cleanAuthorName('Example News', ['examplenews'])).toBeNull();
  });

  it('is never byline furniture: a bare label, a reading time, a day or a template key', () => {
    for (const furniture of ['Written By', 'Updated', 'Post', 'Guide', '10 Min Read', '5 min', 'Mar 6', 'page.head.extra.author', '{{ author.name }}'])
      expect(cleanAuthorName(furniture), furniture).toBeNull();
    expect(cleanAuthorName('Guide Michelin')).toBe('Guide Michelin');
    expect(cleanAuthorName('Mary Post')).toBe('Mary Post');
    // The next signal names the author.
    expect(
      authorsOf('<html><head><meta name="author" content="Written By"></head><body><h1>Headline of it</h1><p>By Cazzy Magennis</p></body></html>').authors,
    ).toEqual(['Cazzy Magennis']);
  });

  it('reads JSON-LD people (not organisations), then the author meta, then the visible byline', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Example News"}]}</script>';
    expect(authorsOf(`<html><head>${ld}</head><body><h1>H</h1></body></html>`)).toEqual({ authors: ['Jane Doe'], from: 'json-ld' });
    expect(authorsOf('<html><head><meta name="author" content="By John Roe"></head><body></body></html>')).toEqual({ authors: ['John Roe'], from: 'meta' });
    expect(
      authorsOf('<html><body><h1>Headline</h1><div class="byline">By <a rel="author" href="/a">Sara Brown</a> <span>Staff Writer</span></div></body></html>'),
    ).toEqual({ authors: ['Sara Brown'], from: 'byline' });
    expect(authorsOf('<html><body><h1>Headline of it</h1><p>By</p><p>Sara Brown</p><p>Text</p></body></html>')).toEqual({
      authors: ['Sara Brown'],
      from: 'byline',
    });
    expect(authorsOf('<html><head><meta property="article:author" content="https://facebook.com/jane"></head><body></body></html>').authors).toEqual([]);
  });

  it('reads the author <meta>s of Dublin Core terms and Cxense', () => {
    expect(authorsOf('<html><head><meta name="dcterms.creator" content="Center for Drug Evaluation and Research"></head><body></body></html>')).toEqual({
      authors: ['Center for Drug Evaluation and Research'],
      from: 'meta',
    });
    expect(authorsOf('<html><head><meta property="cXenseParse:author" content="Harry Rabinowitz"></head><body></body></html>').authors).toEqual([
      'Harry Rabinowitz',
    ]);
  });

  it('reads a name under a label line near the headline ("Contributors:", "Author", "Posted by")', () => {
    for (const label of ['Contributors:', 'Author', 'Posted by', 'Article by'])
      expect(
        authorsOf(`<html><body><h1>Low-light houseplants</h1><div><strong>${label}</strong> Janet Loughrey</div><p>Text</p></body></html>`).authors,
      ).toEqual(['Janet Loughrey']);
  });

  it('reads a plain byline line near the headline in the languages news sites write ("di Mario Rossi", "Escrito por …")', () => {
    for (const line of ['By Mario Rossi', 'Von Mario Rossi', 'Par Mario Rossi', 'di Mario Rossi', 'Escrito por Mario Rossi', 'Scritto da Mario Rossi'])
      expect(authorsOf(`<html><body><h1>Il bilancio</h1><p>${line}</p><p>Text of the article.</p></body></html>`).authors).toEqual(['Mario Rossi']);
  });

  it("reads the author named in the article's own footer, not in a site footer", () => {
    const page = (footerClass: string): string =>
      `<html><body><article><h1>Puppy obedience training</h1><p>Text.</p><div class="${footerClass}"><span class="article-template-author">The Diggs Team</span></div></article></body></html>`;
    expect(authorsOf(page('article-template-footer-main'))).toEqual({ authors: ['The Diggs Team'], from: 'byline' });
    expect(authorsOf(page('site-footer')).authors).toEqual([]);
  });

  it('reads byline classes written BEM-style, with underscores ("text__author", "post_author_name", "post-hero__author__name")', () => {
    for (const cls of ['text__author', 'post_author_name', 'post-hero__author__name', 'blog_author-text']) {
      const html = `<html><body><h1>Headline of the post</h1><div class="${cls}">Shauna Mitchell</div><p>Text.</p></body></html>`;
      expect(authorsOf(html), cls).toEqual({ authors: ['Shauna Mitchell'], from: 'byline' });
    }
    // A word that merely contains "author" is no byline.
    expect(authorsOf('<html><body><h1>Headline of the post</h1><div class="authority_badge">Shauna Mitchell</div><p>Text.</p></body></html>').authors).toEqual(
      [],
    );
  });

  it('joins names the way the language does', () => {
    expect(bylineOf(['A B', 'C D'], 'en')).toBe('A B and C D');
    expect(bylineOf(['A B', 'C D', 'E F'], 'en-GB')).toBe('A B, C D and E F');
    expect(bylineOf(['甲', '乙'], 'zh-Hans')).toBe('甲, 乙');
    expect(bylineOf([], 'en')).toBeNull();
  });

  it("names a thread's opening poster, not every poster, when the byline elements name more than two people", () => {
    const post = (name: string): string =>
      `<div class="message"><a rel="author" href="/u/${name}">${name}</a><p>A post in the thread by this member.</p></div>`;
    const thread = `<html><body><h1>Which tent for the Alps?</h1>${['Alpinist Anna', 'Boris Brand', 'Carla Cruz', 'Dmitri Dorn'].map(post).join('')}</body></html>`;
    expect(authorsOf(thread).authors).toEqual(['Alpinist Anna']);
    // Two authors of one story stay two.
    const pair = `<html><body><h1>Headline of it</h1><p>By <a rel="author" href="/a">Jane Doe</a> and <a rel="author" href="/b">John Roe</a></p></body></html>`;
    expect(authorsOf(pair).authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads Yoast SEO\'s Twitter card author (twitter:label1 "Written by", twitter:data1 the name)', () => {
    const html =
      '<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Albert Swann"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes"></head><body><h1>Cheap fixes</h1></body></html>';
    expect(authorsOf(html)).toEqual({ authors: ['Albert Swann'], from: 'meta' });
    const readingTime =
      '<html><head><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"></head><body><h1>Cheap fixes</h1></body></html>';
    expect(authorsOf(readingTime).authors).toEqual([]);
  });

  it('takes a meta author that is the site name itself (a personal blog, a company post) only when nothing names a person', () => {
    const own = '<html><head><meta name="author" content="Example News"></head><body><h1>Headline of it</h1><p>Text.</p></body></html>';
    expect(authorsOf(own).authors).toEqual(['Example News']);
    const withByline = '<html><head><meta name="author" content="Example News"></head><body><h1>Headline of it</h1><p>By Meaghan Weeden</p></body></html>';
    expect(authorsOf(withByline).authors).toEqual(['Meaghan Weeden']);
  });

  it("names a discussion's opening poster from its JSON-LD posting, over the posters the byline elements list", () => {
    const ld =
      '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Which tent?", "author": {"@type": "Person", "name": "felixen"}, "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "spikeymike"}}]}</script>';
    const body = '<h1>Which tent?</h1><div class="message"><a rel="author" href="/u/spikeymike">spikeymike</a><p>A reply.</p></div>';
    expect(authorsOf(`<html><head>${ld}</head><body>${body}</body></html>`)).toEqual({ authors: ['felixen'], from: 'json-ld' });
  });

  it("names a discussion's opening poster from its microdata posting, hidden or shown, not the replies nested in it", () => {
    // XenForo: the posting's author in a hidden block, each reply a Comment item with its own author.
    const forum =
      '<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><div class="hidden"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="username" itemprop="name">JosephF</span></div></div>' +
      '<h1 itemprop="headline">Replacement projector</h1><div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div itemprop="author" itemscope><span itemprop="name">spikeymike</span></div><p>A reply.</p></div></div></body></html>';
    expect(authorsOf(forum)).toEqual({ authors: ['JosephF'], from: 'microdata' });
    // A Q&A page: the question's author card, its answers nested Answer items; the name is the card's first text.
    const qa =
      '<html><body><div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why is it slow?</h1><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1/vader">Vader</a><span>427 reputation</span></div>' +
      '<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="author" itemscope><a href="/users/2/yoda">Yoda</a></div></div></div></body></html>';
    expect(authorsOf(qa)).toEqual({ authors: ['Vader'], from: 'microdata' });
    // A forum handle with digits is a name there ("LingoLover94", "user3080392"), not a user id as in a byline.
    expect(authorsOf(forum.replace(/JosephF/g, 'LingoLover94'))).toEqual({ authors: ['LingoLover94'], from: 'microdata' });
    expect(authorsOf('<html><body><h1>A post</h1><span class="author">LingoLover94</span></body></html>').authors).toEqual([]);
    // Without the posting item, the hidden name is not read.
    expect(authorsOf(forum.replace('DiscussionForumPosting', 'WebPage')).authors).not.toEqual(['JosephF']);
  });

  it("names a thread's starter from the forum header's label, over the posters the byline elements list", () => {
    // XenForo 2 labels the starter for screen readers; its posts' byline elements name every poster.
    const header =
      '<ul><li><span class="u-srOnly">Thread starter</span> <a href="/members/samuelmiz.1/" class="username">SamuelMIz</a></li><li>Start date</li></ul>';
    const reply = '<article class="message"><a class="username author" href="/members/aeacus.2/">Aeacus</a><p>A reply long enough to be a post.</p></article>';
    expect(authorsOf(`<html><body><h1>Graphics cards</h1>${header}${reply}</body></html>`)).toEqual({ authors: ['SamuelMIz'], from: 'byline' });
    // XenForo 1 and vBulletin: "Discussion in '<board>' started by <name>, <date>".
    const line = '<p>Discussion in \'<a href="/f/">Hosting</a>\' started by <a class="username" href="/m/pelex.1/">pelex</a>, Mar 3, 2025</p>';
    expect(authorsOf(`<html><body><h1>Best Server Hosts</h1>${line}</body></html>`).authors).toEqual(['pelex']);
  });

  it("skips a WordPress byline's screen-reader label and reads the name after a German label (Twenty Twenty, Twenty Fifteen, Blogger)", () => {
    // Twenty Twenty: "Beitragsautor" (English "Post author") for screen readers, then "Von <a>Name</a>".
    const twentyTwenty =
      '<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Beitragsautor</span></span><span class="meta-text">Von <a href="/author/anna/">Anna Huber</a></span></li>';
    expect(authorsOf(`<html><body><h1>Sauerteig ansetzen</h1><ul>${twentyTwenty}</ul><p>Text.</p></body></html>`).authors).toEqual(['Anna Huber']);
    // Twenty Fifteen: "Autor " for screen readers inside the hCard ("author vcard": an hCard, not an author card).
    const twentyFifteen =
      '<span class="byline"><span class="author vcard"><span class="screen-reader-text">Autor </span><a class="url fn n" href="/author/sabine/">Sabine</a></span></span>';
    expect(authorsOf(`<html><body><h1>Plastikbretter</h1><p>Text.</p><footer>${twentyFifteen}</footer></body></html>`).authors).toEqual(['Sabine']);
    const hCard = '<span class="posted-on">11. Februar 2017</span> <span class="author vcard"><a class="url fn n" href="/author/sabine/">Sabine</a></span>';
    expect(authorsOf(`<html><body><h1>Plastikbretter</h1><div class="entry-meta">${hCard}</div><p>Text.</p></body></html>`).authors).toEqual(['Sabine']);
    // Blogger's German template: "Eingestellt von" (its "Posted by"), the name in the next element.
    const blogger = '<span class="post-author vcard">Eingestellt von <span class="fn">Gärtnerin Ute</span></span>';
    expect(authorsOf(`<html><body><h1>Mein Gartenjahr</h1><h3>Tomaten</h3><p>Text.</p>${blogger}</body></html>`).authors).toEqual(['Gärtnerin Ute']);
    expect(cleanAuthorName('Geschrieben von Max Muster')).toBe('Max Muster');
    expect(cleanAuthorName('Verfasser: Max Muster')).toBe('Max Muster');
  });

  it('reads Blogger\'s post footer inside its posts widget ("widget Blog", id Blog1), which is not a sidebar', () => {
    const post =
      '<div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title entry-title">Tomaten</h3><div class="post-body">Text of the post.</div>' +
      '<div class="post-footer"><span class="post-author"><a class="g-profile" href="/profile/1">Dave M.</a></span></div></div></div>';
    expect(authorsOf(`<html><body><h1>Rusty Spokes</h1>${post}</body></html>`).authors).toEqual(['Dave M.']);
    expect(authorsOf(`<html><body><h1>Rusty Spokes</h1>${post.replace('id="Blog1"', 'id="Sidebar1"')}</body></html>`).authors).toEqual([]);
  });

  it('reads a labelled name in a meta line and the name after a date ("Posted on March 3, 2010 by Max", "08.07.2019 von Martina")', () => {
    const page = (line: string) =>
      `<html><body><h1>Nachtaufnahmen ohne Stativ</h1><small>${line}</small><p>Nicht immer hat man ein Stativ dabei.</p></body></html>`;
    expect(authorsOf(page('Geschrieben am 12. Mai 2011 um 14:03 Uhr von Thomas Berger')).authors).toEqual(['Thomas Berger']);
    expect(authorsOf(page('08.07.2019 19:30 von Martina Schulz')).authors).toEqual(['Martina Schulz']);
    expect(authorsOf(page('Dieser Artikel wurde am 21.10.2020 von Peter Meier geschrieben.')).authors).toEqual(['Peter Meier']);
    expect(authorsOf(page('Posted on March 3, 2010 by Max Power')).authors).toEqual(['Max Power']);
    expect(authorsOf(page('Erstellt am 03.05.2018 | Zuletzt geändert am 12.09.2020 | Autor: Thomas Berger')).authors).toEqual(['Thomas Berger']);
    expect(authorsOf(page('Last updated on March 3, 2023 • Published March 1, 2020 by Thomas Berger')).authors).toEqual(['Thomas Berger']);
    expect(authorsOf(page('Verfasst von: Thomas Berger | 12.05.2011')).authors).toEqual(['Thomas Berger']);
    expect(authorsOf(page('Autor: Thomas Berger')).authors).toEqual(['Thomas Berger']);
    // Who last changed the page is not its author.
    expect(authorsOf(page('Edited June 19, 2024 by ColdJ')).authors).toEqual([]);
    expect(authorsOf(page('Zuletzt bearbeitet am 12.09.2020 von Thomas Berger')).authors).toEqual([]);
  });

  it("reads the author in Elementor's Post Info widget, an icon list inside Elementor's widget wrappers", () => {
    const info =
      '<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">' +
      '<li class="elementor-icon-list-item elementor-inline-item" itemprop="author"><a href="/author/weber/"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Dr. Klaus Weber</span></a></li>' +
      '<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text">16. Januar 2023</span></li></ul></div></div>';
    const title =
      '<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Steuererklärung 2022</h1></div></div>';
    const page = (widgets: string) =>
      `<html><body><div class="elementor elementor-location-single post type-post hentry"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">${widgets}</div></div></div></section></div></body></html>`;
    expect(authorsOf(page(title + info + '<p>Text.</p>')).authors).toEqual(['Dr. Klaus Weber']);
    // Elementor's Posts widget lists other stories with their authors.
    const posts = info.replace(/elementor-widget-post-info/, 'elementor-widget-posts').replace(/elementor-post-info/g, 'elementor-posts-container');
    expect(authorsOf(page(title + posts + '<p>Text.</p>')).authors).toEqual([]);
  });

  it("reads the author closing a Hugo theme's meta line of date, reading time and name (PaperMod)", () => {
    const page = (meta: string) =>
      `<html><body><article><header><h1>Warum ich auf Linux umgestiegen bin</h1><div class="post-meta">${meta}</div></header><p>Vor einem Jahr.</p></article></body></html>`;
    expect(authorsOf(page('<span title="2022-01-09">9. Januar 2022</span>&nbsp;·&nbsp;4 Minuten&nbsp;·&nbsp;Lukas Brandt')).authors).toEqual(['Lukas Brandt']);
    expect(authorsOf(page('January 9, 2022 · 4 min · Lukas Brandt')).authors).toEqual(['Lukas Brandt']);
    // Without a reading time the last part may be a category or a tag.
    expect(authorsOf(page('January 9, 2022 · Linux')).authors).toEqual([]);
  });

  it("reads the name in an author box's name element (Elementor's Author Box widget), and a byline whose class holds the word 'job' inside another", () => {
    const box = (name: string) =>
      '<div class="elementor-element elementor-widget elementor-widget-author-box"><div class="elementor-author-box"><div class="elementor-author-box__avatar"><img alt="Picture of her"></div>' +
      `<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">${name}</h4><div class="elementor-author-box__bio">She wrote for many years about consulting and careers.</div></div></div></div>`;
    const page = (byline: string) => `<html><body><article><h1>Pros and Cons of Consulting</h1>${byline}<p>Text of the story.</p></article></body></html>`;
    expect(authorsOf(page(box('Liz Kenny'))).authors).toEqual(['Liz Kenny']);
    // Only the box's name element: its bio is not a byline.
    expect(authorsOf(page(box(''))).authors).toEqual([]);
    expect(authorsOf(page('<div class="jobber-post-hero__author">Lisa Pham</div>')).authors).toEqual(['Lisa Pham']);
    // The writer's job title beside the name is skipped as before.
    expect(authorsOf(page('<div class="author-job">Staff Photographer</div>')).authors).toEqual([]);
  });

  it('reads "by: Jane Doe, date", "This post was written by" and never a bare role ("Staff Writer")', () => {
    const page = (meta: string) => `<html><body><h1>Mini inference engine</h1>${meta}<p>We are excited to introduce a small engine.</p></body></html>`;
    expect(authorsOf(page('<p>by: Ziyi Xu, Dec 17, 2025</p>')).authors).toEqual(['Ziyi Xu']);
    expect(authorsOf(page('<p>This post was written by</p><p><a href="/team/vm">Vanessa Mendez, MD</a></p><p>, gastroenterologist.</p>')).authors).toEqual([
      'Vanessa Mendez, MD',
    ]);
    expect(cleanAuthorName('This article was written by Jane Doe')).toBe('Jane Doe');
    expect(cleanAuthorName('Staff Writer')).toBeNull();
    expect(cleanAuthorName('Senior Contributing Editor')).toBeNull();
    expect(authorsOf(page('<div class="byline"><span class="byline-role">Staff Writer</span></div>')).authors).toEqual([]);
  });

  it('reads a name alone beside the date in the meta run under the headline, never a category, a label or a river of dated cards', () => {
    const page = (meta: string) =>
      `<html><body><h1>Best employee management software</h1>${meta}<p>${'Managing employees is more complex than ever before. '.repeat(6)}</p></body></html>`;
    expect(authorsOf(page('<div><span>Dakota Hebert</span><span>July 3, 2025</span></div>')).authors).toEqual(['Dakota Hebert']);
    expect(authorsOf(page('<div><time>2025-12-17</time><span>·</span><span>Trond Teigen</span></div>')).authors).toEqual(['Trond Teigen']);
    expect(authorsOf(page('<div><a>Emmanuel Oyibo</a><a>#Cloud Computing</a><span>Published on Oct 21, 2025</span></div>')).authors).toEqual([
      'Emmanuel Oyibo',
    ]);
    expect(authorsOf(page('<div><span>Matteo Laratta</span><span>Last Updated:</span></div>')).authors).toEqual(['Matteo Laratta']);
    // A page's own two dates, labelled, are no river of cards.
    expect(authorsOf(page('<div><a>Emmanuel Oyibo</a><span>Published on Oct 21, 2025</span><span>Updated on Mar 9, 2026</span></div>')).authors).toEqual([
      'Emmanuel Oyibo',
    ]);
    // Template labels, categories among tags, and a river's sources are not names.
    expect(authorsOf(page('<div><span>July 3, 2025</span><span>In This Article</span></div>')).authors).toEqual([]);
    expect(authorsOf(page('<div><span>July 3, 2025</span><a>Nonessential Thoughts</a>,<a>Technology</a></div>')).authors).toEqual([]);
    expect(
      authorsOf(
        page(
          '<ul><li><span>12/09/2025</span> | <span>Chalkbeat Philadelphia</span></li><li><span>11/25/2025</span> | <span>Sonoma Index Tribune</span></li></ul>',
        ),
      ).authors,
    ).toEqual([]);
    // Without a date beside it a short capitalised line is a kicker or a heading.
    expect(authorsOf(page('<div><span>Dakota Hebert</span></div>')).authors).toEqual([]);
  });

  it("names the site as the author only where the page signs the post so and names no one else (a company's blog)", () => {
    const page = (head: string, meta: string) =>
      `<html><head>${head}</head><body><h1>Top event industry trends</h1>${meta}<p>${'Keeping up with event trends is about creating better experiences. '.repeat(6)}</p></body></html>`;
    const ld = (author: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline: 'Top trends', author })}</script>`;
    expect(authorsOf(page(ld({ '@type': 'Person', name: 'Example News' }), '')).authors).toEqual(['Example News']);
    expect(authorsOf(page('', '<p>By Example News</p>')).authors).toEqual(['Example News']);
    expect(authorsOf(page('', '<div><span>Example News</span><span>November 26th, 2024</span><span>10 Min Read</span></div>')).authors).toEqual([
      'Example News',
    ]);
    expect(authorsOf(page('', '<div class="author"><a rel="author" href="/author/news">Example News</a></div>')).authors).toEqual(['Example News']);
    // A person the page names comes first; an organisation in JSON-LD is the publisher, and the site's name in a masthead is no signature.
    expect(authorsOf(page(ld({ '@type': 'Person', name: 'Example News' }), '<p>By Jane Doe</p>')).authors).toEqual(['Jane Doe']);
    expect(
      authorsOf(page(ld({ '@type': 'Person', name: 'Example News' }), '<div><span>Jane Doe</span><span>November 26th, 2024</span></div>')).authors,
    ).toEqual(['Jane Doe']);
    expect(authorsOf(page(ld({ '@type': 'Organization', name: 'Example News' }), '')).authors).toEqual([]);
    expect(authorsOf(page('', '<div><span>Example News</span></div>')).authors).toEqual([]);
  });

  it('names every writer of a byline when the metadata names only the first, and every name of one byline element', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'HR trends', author: { '@type': 'Person', name: 'Marna van der Merwe' } })}</script>`;
    const page = (head: string, byline: string) =>
      `<html><head>${head}</head><body><h1>HR trends for 2026</h1>${byline}<p>${'The HR function stands at a new intersection. '.repeat(6)}</p></body></html>`;
    const list =
      '<div>Written by <a>Dr Marna van der Merwe</a>, <a>Dr Dieter Veldsman</a>, <a>Erik van Vulpen</a></div><div>Reviewed by <a>Monika Nemcova</a></div>';
    expect(authorsOf(page(ld, list)).authors).toEqual(['Dr Marna van der Merwe', 'Dr Dieter Veldsman', 'Erik van Vulpen']);
    expect(authorsOf(page(ld, '<p>By Marna van der Merwe and Erik van Vulpen</p>')).authors).toEqual(['Marna van der Merwe', 'Erik van Vulpen']);
    // A byline that does not name the metadata's author is another piece's.
    expect(authorsOf(page(ld, '<p>By Jane Doe and John Roe</p>')).authors).toEqual(['Marna van der Merwe']);
    // CNN's byline: the names and the outlet in one element.
    const cnn =
      '<div class="byline__names">By <a href="/profiles/jane-doe"><span class="byline__name">Jane Doe</span></a>, <a href="/profiles/john-roe"><span class="byline__name">John Roe</span></a> and <a href="/profiles/mary-poe"><span class="byline__name">Mary Poe</span></a>, Example News</div>';
    expect(authorsOf(page('', cnn)).authors).toEqual(['Jane Doe', 'John Roe', 'Mary Poe']);
  });

  it('reads a name alone under the headline with its role on the line below ("Liz Kenny" | "Former McKinsey Consultant"), not a team\'s grid or a menu', () => {
    const page = (meta: string) =>
      `<html><body><h1>Pros and cons of consulting</h1>${meta}<p>${'Are you ready to dive headfirst into the dynamic world of consulting? '.repeat(6)}</p></body></html>`;
    expect(authorsOf(page('<div><p>Liz Kenny</p><p>Former McKinsey Consultant</p></div>')).authors).toEqual(['Liz Kenny']);
    expect(authorsOf(page('<div><p>Juliette Carreiro</p><p>Tech Writer</p></div>')).authors).toEqual(['Juliette Carreiro']);
    // Profiles one after another, and a menu's entries ("Philanthropic Mission" | "Co-Founders"), are no byline.
    expect(authorsOf(page('<div><p>Ujunwa Okeke</p><p>Verified Expert</p><p>Melissa Morgan</p><p>Verified Expert</p></div>')).authors).toEqual([]);
    expect(authorsOf(page('<ul><li>Philanthropic Mission</li><li>Co-Founders</li><li>Our Entire Team</li></ul>')).authors).toEqual([]);
  });

  it('reads the name after a leading date and a dot ("Dec. 19, 2025 · Niko Matsakis"), without "on behalf of" a team', () => {
    expect(cleanAuthorName('Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group')).toBe('Niko Matsakis');
    expect(cleanAuthorName('June 2, 2019 | Jane Doe')).toBe('Jane Doe');
    expect(cleanAuthorName('Jane Doe on behalf of the Release Team')).toBe('Jane Doe');
    // A date alone is no name.
    expect(cleanAuthorName('June 2, 2019 ·')).toBeNull();
    const page =
      '<html><body><h1>What do people love about Rust</h1><div class="publish-date-author">Dec. 19, 2025 · Niko Matsakis on behalf of <a href="/governance/teams">Vision Doc group</a></div><p>Text.</p></body></html>';
    expect(authorsOf(page).authors).toEqual(['Niko Matsakis']);
  });

  it('reads a template\'s block for the writers named in the plural ("authors-data"), but not a listing card\'s', () => {
    const page = (body: string) => `<html><body>${body}<p>${'Hand and wrist comfort is the key to a happy, healthy workspace. '.repeat(6)}</p></body></html>`;
    // PCMag's byline: "&" before the first name, the role after it.
    const pcmag =
      '<h1>The Best Ergonomic Mice</h1><p>Updated Nov 26, 2025</p><h2>Avoid aches and pains by picking up one of these tested, top-rated ergonomic mice.</h2><div class="authors-name"><div class="authors-data alone"><span class="and">&amp;</span> <a href="/u/zackery-cuevas">Zackery Cuevas</a> <span>Writer, Hardware</span></div></div><div>Our Expert</div>';
    expect(authorsOf(page(pcmag)).authors).toEqual(['Zackery Cuevas']);
    // A front page's cards each name their story's writers.
    const cards =
      '<h1>Software news</h1><p>The latest from our editors</p><section>' +
      '<div class="single_card"><h4><a href="/a">AI trends</a></h4><footer><div class="authors"><span>Bilgin Ibryam</span></div></footer></div>'.repeat(12) +
      '</section>';
    expect(authorsOf(page(cards)).authors).toEqual([]);
  });

  it('reads the name, the role and the date as one line\'s parts under the headline ("Aaron Ricadela | Senior Writer | July 2, 2025")', () => {
    const page = (meta: string) =>
      `<html><head><title>How AI Is Transforming Healthcare</title></head><body><h1>How AI Is Transforming Healthcare</h1><p>${meta}</p><p>${'Global healthcare systems are strained by aging populations. '.repeat(6)}</p></body></html>`;
    expect(authorsOf(page('Aaron Ricadela | Senior Writer | July 2, 2025')).authors).toEqual(['Aaron Ricadela']);
    expect(authorsOf(page('Jane Doe · Staff Writer · 12 March 2024')).authors).toEqual(['Jane Doe']);
    // A section and a date, or parts without a date, are no byline.
    expect(authorsOf(page('Press Release | July 2, 2025')).authors).toEqual([]);
    expect(authorsOf(page('Aaron Ricadela | Senior Writer')).authors).toEqual([]);
  });

  it("reads the name closing a meta run set above the headline after its date, not a section's name before the date", () => {
    const page = (meta: string) =>
      `<html><body><div>${meta}</div><h1>Wine for Beginners</h1><p>${'It is fun and gratifying to start your journey in wine. '.repeat(6)}</p></body></html>`;
    expect(authorsOf(page('<span>/</span><span>December 14, 2025</span><span>/</span><span>Matt Check</span>')).authors).toEqual(['Matt Check']);
    expect(authorsOf(page('<span>Press Release</span><span>December 19, 2025</span>')).authors).toEqual([]);
    expect(authorsOf(page('<span>Mental Health</span><span>December 22, 2022</span><span>Updated: January 02, 2026</span>')).authors).toEqual([]);
    // A name with no date beside it (a personal blog's header) is left to the other readers.
    expect(authorsOf(page('<span>Owain Brennan</span>')).authors).toEqual([]);
  });

  it('reads "By" and a capital as a byline, and a name in lower case after "by" only right under the headline or beside its date', () => {
    const page = (after: string) =>
      `<html><body><h1>Pricing for every business</h1><p>Start now</p><p>Contact sales</p><p>Docs</p>${after}<p>${'Accept payments online and in person. '.repeat(6)}</p></body></html>`;
    // A menu's group title far under the headline ("By stage", "By industry"): with the "i" flag \p{Lu} matched "s".
    expect(authorsOf(page('<ul><li><span>By stage</span></li><li><a>Enterprises</a></li><li><a>Startups</a></li></ul>')).authors).toEqual([]);
    expect(authorsOf(page('<p>By Jane Doe</p>')).authors).toEqual(['Jane Doe']);
    const login =
      '<html><body><h1>Academy of Art University Earns 19 Honors</h1><p>12/19 — 2025</p><p>by ibby</p><p>' +
      'The School of Graphic Design celebrates 19 wins at the design awards. '.repeat(6) +
      '</p></body></html>';
    expect(authorsOf(login).authors).toEqual(['ibby']);
    expect(authorsOf(page('<p>Posted on August 2, 2019 by support</p>')).authors).toEqual([]);
  });

  it("never names a product review's or a customer testimonial's writer as the page's author", () => {
    const page = (block: string) =>
      `<html><body><h1>QuietComfort 35 II headphones</h1>${'<p>Noise cancelling wireless headphones with a long battery life.</p>'.repeat(45)}${block}</body></html>`;
    // Bazaarvoice's SEO reviews: microdata Review items with a Person author.
    const review =
      '<div itemprop="review" itemscope itemtype="http://schema.org/Review">Rated <span>5</span> by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Martin</span></span><span itemprop="description">Amazing headphones.</span></div>';
    expect(authorsOf(page(review.repeat(2))).authors).toEqual([]);
    // A featured review's and a testimonial's author elements.
    expect(authorsOf(page('<blockquote><p>Love it.</p><cite class="featured-review_rating-author">Ash C.</cite></blockquote>')).authors).toEqual([]);
    expect(authorsOf(page('<div class="identity-customers_author-wrapper"><div>– Gregory</div></div>')).authors).toEqual([]);
    expect(authorsOf(page('<div class="testimonial-author">Susie Francis</div>')).authors).toEqual([]);
    // The article's own microdata author still counts.
    const article =
      '<article itemscope itemtype="http://schema.org/Article"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span></article>';
    expect(authorsOf(page(article)).authors).toEqual(['Jane Doe']);
  });

  it('writes a name the byline sets in capitals only as a name ("By JANE DOE" → "Jane Doe"), and leaves initials and mixed case alone', () => {
    const page = (byline: string) =>
      `<html><body><article><h1>Storm hits the coast</h1>${byline}<p>${'The storm reached the coast on Monday night. '.repeat(6)}</p></article></body></html>`;
    expect(authorsOf(page('<p class="byline">By JANE DOE</p>')).authors).toEqual(['Jane Doe']);
    expect(authorsOf(page('<p>By JANE DOE and J.R. SMITH</p>')).authors).toEqual(['Jane Doe', 'J.R. Smith']);
    expect(authorsOf(page('<p class="byline">By MARY O\'BRIEN-SMITH</p>')).authors).toEqual(["Mary O'Brien-Smith"]);
    expect(authorsOf(page('<p class="byline">By Jane McDonald</p>')).authors).toEqual(['Jane McDonald']);
  });

  it('takes a day without its year alone on a line ("Dec 10") as the date beside a name ("John Crenshaw" | "in" | "seo" | "Dec 10")', () => {
    const page = (meta: string) =>
      `<html><body><h1>Why Cheap SEO Does Not Work</h1><div>${meta}</div><p>${'In 2006 I decided to accept a job offer with a mortgage company. '.repeat(6)}</p></body></html>`;
    expect(authorsOf(page('<p><span>John Crenshaw</span> in <a href="/blog/?_category=seo">seo</a></p><div>Dec 10</div>')).authors).toEqual(['John Crenshaw']);
    expect(authorsOf(page('<p><span>John Crenshaw</span></p><div>5 min read</div>')).authors).toEqual([]);
  });

  it("reads an author box's name where its portrait's alt text and a text of its own agree (Webflow's blog author box)", () => {
    const page = (box: string) =>
      `<html><body><h1>SEO Tips for Mental Health Professionals</h1><p>August 28, 2025</p>${'<p>Your online presence matters now more than ever.</p>'.repeat(12)}${box}</body></html>`;
    const box = (alt: string) =>
      `<div class="blog_author-box"><div class="blog_author-image-wrapper"><img alt="${alt}" src="/lv.webp" class="blog_author-image"></div><div class="blog_author-text"><div class="text-size-small">Lauren Vetter</div><div class="text-rich-text_author"><p>Lauren Vetter is a growth-focused marketing professional specializing in SEO, content strategy and patient acquisition for practices.</p></div></div></div>`;
    expect(authorsOf(page(box('Lauren Vetter'))).authors).toEqual(['Lauren Vetter']);
    // A portrait whose alt text names no one the box shows is no name.
    expect(authorsOf(page(box('Author Photo'))).authors).toEqual([]);
  });

  it("reads the writer's slug a Squarespace blog post carries among its classes, last, and not a store item's", () => {
    const page = (classes: string, byline = '') =>
      `<html><body><article class="${classes}"><h1>My Top 23 Herbs for Organic Pest Control</h1>${byline}${'<p>We are huge fans of living an organic life.</p>'.repeat(8)}</article></body></html>`;
    expect(authorsOf(page('BlogItem hentry category-garden author-annette-thurmon post-type-text has-categories')).authors).toEqual(['Annette Thurmon']);
    // A byline the page shows comes first.
    expect(authorsOf(page('BlogItem hentry author-annette-thurmon post-type-text', '<p class="byline">By Jane Doe</p>')).authors).toEqual(['Jane Doe']);
    // A store's item names the shop's owner.
    expect(authorsOf(page('ProductItem hentry tag-food-colors author-carmel-hagen post-type-store-item')).authors).toEqual([]);
  });

  it("names no author for a listing's post cards, each with its linked title and its own byline element, but a thread's first poster", () => {
    const page = (body: string) => `<html><body>${body}<p>${'Our editors write about software, teams and the tools they use. '.repeat(6)}</p></body></html>`;
    const card = (name: string, href: string) =>
      `<article class="post-block"><h2><a href="${href}">A story worth reading</a></h2><p>A short summary of the story.</p><div class="post-block__meta"><span class="author">${name}</span></div></article>`;
    const river = `<h1>Blog</h1><p>The latest from our editors</p><section>${card('Phoebe Sajor', '/2026/03/05/one')}${card('Zach Rutta', '/2026/03/04/two')}${card('Ryan Donovan', '/2026/03/03/three')}</section>`;
    expect(authorsOf(page(river)).authors).toEqual([]);
    // Once the byline elements are a listing's cards, the lines under the headline are the cards' too (Slashdot's "Posted by …").
    const story = (byline: string, href: string) =>
      `<article class="fhitem story"><header><h2><a href="${href}">A story of the day</a></h2><div class="details"><span class="story-byline">${byline}</span></div></header><p>A summary of the story.</p></article>`;
    const front = `<h1>News for nerds</h1><div class="stories">${story('Posted by EditorDavid on Sunday March 08, 2026', '/story/1')}${story('BeauHD', '/story/2')}${story('msmash', '/story/3')}</div>`;
    expect(authorsOf(page(front)).authors).toEqual([]);
    // A thread's posts stand alike too, their headings linking to the post on the page: the opener is the thread's author.
    const post = (name: string, id: number) =>
      `<div class="post"><h3><a href="#p${id}">Re: Shared folder not mounting</a></h3><p class="author">${name}</p><div class="content">It mounts after a reboot only.</div></div>`;
    const thread = `<h1>Shared folder not mounting</h1><div class="topic">${post('galitsyn', 1)}${post('Simple07', 2)}${post('ehasis', 3)}</div>`;
    expect(authorsOf(page(thread)).authors).toEqual(['galitsyn']);
    // One post's byline, with the post's related stories below it.
    const single = `<article class="post"><h1>A story worth reading</h1><span class="author">Jane Doe</span><p>${'The story itself. '.repeat(10)}</p></article><aside>${card('Zach Rutta', '/two')}${card('Ryan Donovan', '/three')}${card('Eira May', '/four')}</aside>`;
    expect(authorsOf(page(single)).authors).toEqual(['Jane Doe']);
  });

  it('names no author where three or more "By" lines under the headline are a listing\'s cards, but a story\'s own byline', () => {
    const page = (body: string) => `<html><body>${body}</body></html>`;
    const card = (name: string) =>
      `<div><h3><a href="/reviews/${name.length}">The Best Monitor Arms</a></h3><p>by</p><p>${name}</p><p>We researched and tested more than a dozen options.</p></div>`;
    expect(
      authorsOf(page(`<h1>Electronics</h1><p>Our team of experts tests gear.</p>${card('Arriana Vasquez')}${card('Dave Gershgorn')}${card('Phil Ryan')}`))
        .authors,
    ).toEqual([]);
    expect(
      authorsOf(page('<h1>Newest</h1><p>1 point</p><p>by</p><p>breve</p><p>2 points</p><p>by</p><p>rfunix</p><p>3 points</p><p>by</p><p>godelshalt</p>'))
        .authors,
    ).toEqual([]);
    // A story's byline, and one related story's below it.
    const story = `<h1>The Best Monitor Arms</h1><p>By Arriana Vasquez</p><p>${'We researched and tested more than a dozen monitor arms. '.repeat(6)}</p>${card('Dave Gershgorn')}`;
    expect(authorsOf(page(story)).authors).toEqual(['Arriana Vasquez']);
  });

  it("never names a testimonial's customer, a WordPress page's editor or a `no-byline` element as the page's author", () => {
    const page = (body: string) =>
      `<html><body><h1>Cybersecurity Consulting Services</h1>${body}<p>${'We help companies reach the right security posture. '.repeat(6)}</p></body></html>`;
    // Centric's breadcrumb sits in a byline element the template flags itself; the testimonials below name customers.
    const centric =
      '<div class="post-meta-detail no-byline"><a href="/">Home</a> » <a href="/services/">Services</a></div>' +
      '<section class="pageblock pageblock--testimonials"><div class="testimonial"><div class="testimonial__content"><p>They got us there.</p><div class="author-details">Philip Pierorazio</div></div></div></section>';
    expect(authorsOf(page(centric)).authors).toEqual([]);
    // Avada prints the page's WordPress user in a hidden rich snippet on every page; a page (`type-page`) has no writer.
    const avada = (type: string) =>
      `<div class="post-562827 ${type} status-publish hentry"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/s-mcconnell/">Susie Francis</a></span></span></div>`;
    expect(authorsOf(page(avada('page type-page'))).authors).toEqual([]);
    expect(authorsOf(page(avada('post type-post'))).authors).toEqual(['Susie Francis']);
  });

  it("reads the name a link to the writer's archive page shows where no byline element names one, but not a listing card's", () => {
    const page = (body: string) => `<html><body>${body}<p>${'Security cameras keep an eye on your home while you are away. '.repeat(6)}</p></body></html>`;
    // A meta line without classes that name it: the link alone.
    const story = `<h1>Best Cheap Home Security Cameras</h1><div class="post-user post-meta-item"><a href="https://example.com/author/ray/">Ray Ansari</a></div>`;
    expect(authorsOf(page(story)).authors).toEqual(['Ray Ansari']);
    expect(authorsOf(page(story.replace('/author/ray/', '/ray/'))).authors).toEqual([]);
    // "Written by" and a link naming two writers.
    const pair = '<h1>How Apps Are Made</h1><p>Written by <a href="/blog/author/moses-kim-and-kate-shokurova">Moses Kim and Kate Shokurova</a></p>';
    expect(authorsOf(page(pair)).authors).toEqual(['Moses Kim', 'Kate Shokurova']);
    const card = (name: string, slug: string) =>
      `<div class="post-block"><h3><a href="/news/${slug}">A story of the week</a></h3><p>Summary.</p><a href="/blog/author/${slug}">${name}</a></div>`;
    const river = `<h1>News</h1><p>Our latest industry news</p><div class="posts">${card('Logan Jones', 'logan-jones')}${card('Mike Strayer', 'mike-strayer')}${card('Jane Roe', 'jane-roe')}</div>`;
    expect(authorsOf(page(river)).authors).toEqual([]);
  });

  it("reads a closing author bio without a class: a portrait named in its alt text and a paragraph opening with that name as a writer's", () => {
    const page = (bio: string) =>
      `<html><body><h1>AI Trains on Your Art</h1><p>${'Artists are finding their styles copied by generators. '.repeat(6)}</p><hr>${bio}</body></html>`;
    // smarterarticles' closing bio: the name in bold, the role after it.
    const bold =
      '<p><img src="/tim.png" alt="Tim Green"></p><p><strong>Tim Green</strong> <em>UK-based Systems Theorist &amp; Independent Technology Writer</em></p>';
    expect(authorsOf(page(bold)).authors).toEqual(['Tim Green']);
    // Ovolo's closing bio: the portrait in a link, the name as the first sentence's subject.
    const sentence =
      '<p><a href="/jg.jpg"><img src="/jg.jpg" alt="Julia Gralberg"></a></p><p>Julia Gralberg is a freelance travel writer and editor of a hotel guide.</p>';
    expect(authorsOf(page(sentence)).authors).toEqual(['Julia Gralberg']);
    // A firm's logo beside its pitch, and a team grid of portraits with bios, name no writer.
    const firm = '<p><img src="/logo.png" alt="Shtark Law"></p><p>Shtark Law is committed to quality legal services.</p>';
    expect(authorsOf(page(firm)).authors).toEqual([]);
    const member = (name: string) => `<div><img src="/p.png" alt="${name}"><p>${name} is a senior editor at the firm.</p></div>`;
    expect(authorsOf(page(member('Gary Tramer') + member('Megan Pillsbury'))).authors).toEqual([]);
  });
});
