import { load } from 'cheerio/slim';
import type { ParentNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { chooseAuthors, cleanAuthorName } from './authors.ts';
import {
  AUTHOR_NOUNS,
  BY_WORDS,
  CJK_LABELS,
  CJK_WRITERS,
  ENGLISH_CREDITS,
  ENGLISH_POSTED,
  ENGLISH_WRITING,
  ENGLISH_WRITTEN,
  FORUM_BY_WORDS,
  GERMAN_PARTICIPLES,
  RUSSIAN_AUTHOR_NOUNS,
  WRITTEN_BY_ABROAD,
  WRITTEN_BY_SENTENCE,
  ANY_CREDIT_LABEL,
  anyOf,
  bylineLabel,
  creditThenBy,
  germanPieceBy,
} from './byline-labels.ts';
import { extractArticle } from './extract-article.ts';
import { readSignals } from './metadata.ts';

/** The whole of `text` is one of the fragment's forms, read as the callers read it (case-insensitively). */
const whole = (fragment: string): RegExp => new RegExp(`^${fragment}$`, 'i');

describe('byline label builders', () => {
  it('joins words as one alternation, so a caller can anchor it or follow it with anything', () => {
    expect(anyOf(['by', 'von'])).toBe('(?:by|von)');
    expect(whole(anyOf(BY_WORDS)).test('Door')).toBe(true);
    expect(whole(anyOf(BY_WORDS)).test('byvon')).toBe(false);
  });

  it('reads a credit before its "by" with any run of spaces between, and requires the credit', () => {
    const postedBy = whole(creditThenBy(ENGLISH_POSTED, 'by'));
    for (const label of ['Posted by', 'submitted by', 'POSTED  BY', 'posted\u00a0by']) expect(postedBy.test(label)).toBe(true);
    for (const near of ['by', 'Postedby', 'Posted on', 'Reposted by', 'Posted by by']) expect(postedBy.test(near)).toBe(false);
  });

  it('reads German piece labels with "ein" or "eine" before "von", every piece listed, and no other noun', () => {
    const piece = whole(germanPieceBy());
    for (const label of ['Ein Bericht von', 'Eine Analyse von', 'ein Kommentar von', 'Ein Gastkommentar von', 'Ein Erfahrungsbericht von', 'Ein Feature von'])
      expect(piece.test(label)).toBe(true);
    for (const near of ['Bericht von', 'Einen Bericht von', 'Ein Bericht', 'Ein Rezept von', 'Ein Bericht vom']) expect(piece.test(near)).toBe(false);
    expect(whole(germanPieceBy(['test'])).test('Ein Bericht von')).toBe(false);
  });

  it("reads a byline's label in each language listed, with the English credits the caller chose", () => {
    const writing = whole(bylineLabel(ENGLISH_WRITING));
    for (const label of [
      'By',
      'Written by',
      'Posted By',
      'Submitted by',
      'Reported by',
      'Article by',
      'Von',
      'Eingestellt von',
      'Veröffentlicht von',
      'Veroeffentlicht von',
      'Publiziert von',
      'Eine Reportage von',
      'Par',
      'Écrit par',
      'Rédigé par',
      'Por',
      'Escrito por',
      'Di',
      'Scritto da',
      'Door',
      'Geschreven door',
    ])
      expect(writing.test(label)).toBe(true);
    // Another part's credit is the caller's to accept, and Italian's "da" only after its participle.
    for (const near of ['Edited by', 'Photos by', 'Da', 'Bearbeitet von', 'Relu par', 'Bye', 'Vonne', 'Portal', 'Written', 'Author'])
      expect(writing.test(near)).toBe(false);
    const credits = whole(bylineLabel(ENGLISH_CREDITS));
    for (const label of ['Edited by', 'Photos by', 'Photo by', 'Words by', 'Story by', 'Published by']) expect(credits.test(label)).toBe(true);
    expect(credits.test('Illustrations by')).toBe(false);
    const written = whole(bylineLabel(ENGLISH_WRITTEN));
    expect(written.test('Written by')).toBe(true);
    expect(written.test('Posted by')).toBe(false);
  });

  it('reads every credit in a bare label, the work beside the writing too, and the author nouns', () => {
    const bare = whole(ANY_CREDIT_LABEL);
    for (const label of [
      'Fact-checked by',
      'Medically reviewed by',
      'Illustrations by',
      'Redigiert von',
      'Geprüft von',
      'Fotos von',
      'Relu par',
      'Revisado por',
      'Rivisto da',
      'A cura di',
      'Authors',
      'Autorin',
      'Autoren',
      'Auteure',
      'Autrice',
      'Autora',
      'Autore',
      'Eingestellt von',
      'By',
    ])
      expect(bare.test(label)).toBe(true);
    for (const near of ['Authorship', 'Checked by', 'Da', 'Cura di', 'Reviewed', 'Fotos']) expect(bare.test(near)).toBe(false);
  });

  it('reads the writer credited in a sentence, whatever its tense and kind of piece', () => {
    const sentence = whole(WRITTEN_BY_SENTENCE);
    for (const label of ['This post was written by', 'This article is written by', 'This blog post has been written by', 'this guide was written by'])
      expect(sentence.test(label)).toBe(true);
    for (const near of ['This post was written', 'This recipe was written by', 'The post was written by']) expect(sentence.test(near)).toBe(false);
  });

  it('keeps the other languages’ writing credits apart from their bare words', () => {
    const abroad = whole(anyOf(WRITTEN_BY_ABROAD));
    for (const label of ['Écrit par', 'Escrito por', 'Scritto da', 'Geschreven door']) expect(abroad.test(label)).toBe(true);
    for (const near of ['Par', 'Da', 'Escrito', 'Scritto di']) expect(abroad.test(near)).toBe(false);
  });

  it('lists author nouns in forms that a following label test cannot cut short', () => {
    const nouns = whole(anyOf(AUTHOR_NOUNS));
    for (const noun of ['Author', 'Authors', 'Autor', 'Autorin', 'Autoren', 'Auteur', 'Auteurs', 'Auteures', 'Autrice', 'Autora', 'Autore'])
      expect(nouns.test(noun)).toBe(true);
    for (const near of ['Authored', 'Autorinnen', 'Auteurship', 'Verfasser']) expect(nouns.test(near)).toBe(false);
    expect(whole(anyOf(RUSSIAN_AUTHOR_NOUNS)).test('Авторы')).toBe(true);
  });

  it('keeps CJK editors out of the writer labels and in the labels to strip', () => {
    expect(whole(anyOf(CJK_WRITERS)).test('记者')).toBe(true);
    expect(whole(anyOf(CJK_WRITERS)).test('编辑')).toBe(false);
    expect(whole(anyOf(CJK_LABELS)).test('編輯')).toBe(true);
  });

  it("reads a forum's post line words in more languages than a news byline's", () => {
    for (const word of ['przez', 'av', 'af', 'da']) {
      expect(whole(anyOf(FORUM_BY_WORDS)).test(word)).toBe(true);
      expect(whole(anyOf(BY_WORDS)).test(word)).toBe(false);
    }
  });

  it('lists German participles as the blogs write them, umlaut or not', () => {
    const participle = whole(anyOf(GERMAN_PARTICIPLES));
    for (const word of ['Eingestellt', 'Gepostet', 'Geschrieben', 'Verfasst', 'Veröffentlicht', 'Veroeffentlicht', 'Erstellt', 'Publiziert'])
      expect(participle.test(word)).toBe(true);
    for (const near of ['Veroffentlicht', 'Geschrieben am', 'Bearbeitet']) expect(participle.test(near)).toBe(false);
  });
});

function authorsOf(html: string): string[] {
  const signals = readSignals(load(html).root()[0] as unknown as ParentNode);
  return chooseAuthors(signals, signals.article, ['Example News']).authors;
}
const options = { url: 'https://news.example.org/2020/10/story', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const para = (n: number): string =>
  `<p>Paragraph ${n} carries the story on, with commas, clauses and a full stop at its end. A second sentence makes it long enough to count.</p>`;
/** The body's blocks of a news page whose metadata names `author`, `lead` set as the story's first paragraph. */
function bodyBlocks(lead: string, author?: string): string[] {
  const meta = author ? `<meta name="author" content="${author}">` : '';
  const page = `<html><head>${meta}<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script></head><body><article><h1>A story</h1><p>${lead}</p>${para(1)}${para(2)}${para(3)}</article></body></html>`;
  return extractArticle(page, options)
    .contentText.split('\n')
    .map((block) => block.trim());
}

// Each reader now takes the labels of every language the vocabulary lists where it used to lack one (session 21 labels pass).
describe('byline readers built from the vocabulary', () => {
  it('strips the French writing credit and the Spanish and French author nouns before a name', () => {
    expect(cleanAuthorName('Écrit par Jean Dupont')).toBe('Jean Dupont');
    expect(cleanAuthorName('Autora: Ana García')).toBe('Ana García');
    expect(cleanAuthorName('Geschreven  door Jan Jansen')).toBe('Jan Jansen');
  });

  it('reads a Dutch label alone on its line, the name on the next', () => {
    expect(
      authorsOf('<html><body><h1>Nieuwe fietsbrug geopend</h1><p>Geschreven door</p><p>Jan Jansen</p><p>De tekst van het stuk.</p></body></html>'),
    ).toEqual(['Jan Jansen']);
  });

  it('reads every writer of a German byline when the metadata names only the first: "Von A und B", and "Autoren" over a list', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'Radwege', author: { '@type': 'Person', name: 'Max Muster' } })}</script>`;
    const page = (byline: string): string =>
      `<html><head>${ld}</head><body><h1>Stadtrat beschließt Radwege</h1>${byline}<p>${'Der Stadtrat hat am Abend das neue Netz beschlossen. '.repeat(6)}</p></body></html>`;
    expect(authorsOf(page('<p>Von Max Muster und Erika Mustermann</p>'))).toEqual(['Max Muster', 'Erika Mustermann']);
    expect(authorsOf(page('<div>Autoren <a>Max Muster</a>, <a>Erika Mustermann</a></div>'))).toEqual(['Max Muster', 'Erika Mustermann']);
  });

  it('reads a French author noun in a meta line between bars', () => {
    expect(
      authorsOf('<html><body><h1>Le conseil vote le budget</h1><p>3 mai 2018 | Auteur : Jean Dupont | Catégorie : Politique</p><p>Le texte.</p></body></html>'),
    ).toEqual(['Jean Dupont']);
  });

  it('leaves out the participle a German dated byline puts after the name, "publiziert" too', () => {
    expect(authorsOf('<html><body><h1>Stadtrat beschließt Radwege</h1><p>Am 21.10.2020 von Peter Meier publiziert.</p><p>Der Text.</p></body></html>')).toEqual(
      ['Peter Meier'],
    );
  });

  it("drops the story's byline paragraph under any German participle, and a Spanish one naming the default account", () => {
    expect(bodyBlocks('Veröffentlicht von Max Muster', 'Max Muster')).not.toContain('Veröffentlicht von Max Muster');
    expect(bodyBlocks('Escrito por admin')).not.toContain('Escrito por admin');
    // A paragraph crediting other work keeps its place.
    expect(bodyBlocks('Edited by Max Muster', 'Max Muster')).toContain('Edited by Max Muster');
  });

  it("drops Blogger's German label left alone in the body", () => {
    expect(bodyBlocks('Eingestellt von')).not.toContain('Eingestellt von');
  });
});
