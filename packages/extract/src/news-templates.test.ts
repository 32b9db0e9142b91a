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

  it("leaves a German template's caption out of the body: a figure named `bild`/`foto`, a caption named `bildtext`/`bildunterschrift`", () => {
    const figure = `<div class="bild"><img src="/katze.jpg" alt="Katze"><p class="bildtext">Die Katze wohlbehalten auf dem Arm ihrer Besitzerin. Foto: Max Mustermann</p></div>`;
    const loose = `<p class="bildunterschrift">Die Drehleiter der Feuerwehr vor der Kastanie am Marktplatz.</p>`;
    const page = `<html lang="de"><body><div class="artikel"><h1>Feuerwehr rettet Katze</h1><p>${de(1)}</p>${figure}<p>${de(2)}</p>${loose}<p>${de(3)}</p></div></body></html>`;
    const article = extractArticle(page, options);
    expect(article.contentText.split('\n').filter((text) => text !== '')).toEqual([de(1), de(2), de(3)]);
    expect(article.images[0]?.caption).toBe('Die Katze wohlbehalten auf dem Arm ihrer Besitzerin. Foto: Max Mustermann');
  });
});
