import { describe, expect, it } from 'vitest';
import { findDateInText, findRelativeDate, parseDate } from './dates.ts';

const fetchedAt = new Date('2026-02-08T08:00:00Z');

describe('parseDate', () => {
  it('reads ISO 8601 with and without offsets; no offset means the source timezone, written in UTC', () => {
    expect(parseDate('2026-02-05T04:21:13.000Z')).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate('2026-02-05T04:21:13+00:00')).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate('2026-02-05 12:21', { timezone: 'Asia/Shanghai' })).toBe('2026-02-05T04:21:00.000Z');
    expect(parseDate('2026-02-05 12:21')).toBe('2026-02-05T12:21:00.000Z');
    expect(parseDate('2026-07-05T12:00:00', { timezone: 'Europe/London' })).toBe('2026-07-05T11:00:00.000Z');
  });

  it("keeps the offset a page states, so the publisher's calendar day survives", () => {
    expect(parseDate('2026-02-05T12:21:13+08:00')).toBe('2026-02-05T12:21:13.000+08:00');
    expect(parseDate('2019-08-02T21:00:00-04:00')).toBe('2019-08-02T21:00:00.000-04:00');
    expect(Date.parse(parseDate('2019-08-02T21:00:00-0400')!)).toBe(Date.parse('2019-08-03T01:00:00Z'));
    expect(parseDate('Fri, 02 Aug 2019 21:00:00 -0400')).toBe('2019-08-02T21:00:00.000-04:00');
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parseDate(1770265273000)).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate(1770265273)).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate('1770265273000')).toBe('2026-02-05T04:21:13.000Z');
  });

  it('reads Chinese dates with and without time, in the source timezone', () => {
    expect(parseDate('2026年2月5日', { timezone: 'Asia/Shanghai' })).toBe('2026-02-04T16:00:00.000Z');
    expect(parseDate('2026年02月05日 14:30', { timezone: 'Asia/Shanghai' })).toBe('2026-02-05T06:30:00.000Z');
    expect(parseDate('发布时间：2026年2月5日 下午2:30', { timezone: 'Asia/Taipei' })).toBe('2026-02-05T06:30:00.000Z');
    expect(parseDate('2026年2月5日14时30分', { timezone: 'UTC' })).toBe('2026-02-05T14:30:00.000Z');
  });

  it('resolves relative times against the fetch time only', () => {
    expect(parseDate('5 小时前', { fetchedAt })).toBe('2026-02-08T03:00:00.000Z');
    expect(parseDate('30分钟前', { fetchedAt })).toBe('2026-02-08T07:30:00.000Z');
    expect(parseDate('3 hours ago', { fetchedAt })).toBe('2026-02-08T05:00:00.000Z');
    expect(parseDate('昨天 10:00', { fetchedAt, timezone: 'Asia/Shanghai' })).toBe('2026-02-07T02:00:00.000Z');
    expect(parseDate('5 小时前')).toBeNull();
  });

  it('reads English month names', () => {
    expect(parseDate('February 5, 2026')).toBe('2026-02-05T00:00:00.000Z');
    expect(parseDate('5 Feb 2026 10:30 pm', { timezone: 'UTC' })).toBe('2026-02-05T22:30:00.000Z');
    expect(parseDate('Thu, 05 Feb 2026 04:21:13 GMT')).toBe('2026-02-05T04:21:13.000Z');
  });

  it('reads a whole value in citation order ("2024 Jun 30", PubMed\'s citation_publication_date), never such a run inside a sentence', () => {
    expect(parseDate('2024 Jun 30')).toBe('2024-06-30T00:00:00.000Z');
    expect(parseDate('2024 Sept. 3')).toBe('2024-09-03T00:00:00.000Z');
    expect(parseDate('in 2024 May 5 people came')).toBeNull();
  });

  it('returns null rather than guessing', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('yesterday-ish')).toBeNull();
    expect(parseDate('2026-13-45')).toBeNull();
    expect(parseDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(parseDate({})).toBeNull();
  });
});

describe('dates stated in text, in many languages and formats', () => {
  const day = (text: string, language?: string): string | undefined => findDateInText(text, { language })?.iso.slice(0, 10);

  it('reads month names in English, German, French, Spanish, Italian, Dutch and Portuguese', () => {
    expect(day('Aug 2, 2019')).toBe('2019-08-02');
    expect(day('2 August 2019')).toBe('2019-08-02');
    expect(day('Published on August 2nd, 2019 by Jane')).toBe('2019-08-02');
    expect(day('2. August 2019')).toBe('2019-08-02');
    expect(day('Veröffentlicht am 2. März 2019')).toBe('2019-03-02');
    expect(day('le 1er août 2019')).toBe('2019-08-01');
    expect(day('2 de agosto de 2019')).toBe('2019-08-02');
    expect(day('2 agosto 2019')).toBe('2019-08-02');
    expect(day('2 augustus 2019')).toBe('2019-08-02');
    expect(day('2 de dezembro de 2019')).toBe('2019-12-02');
    expect(day('Dec 28 Sat 2013 00:28')).toBe('2013-12-28');
  });

  it('reads the byline date lines of many languages; Polish, Russian and Ukrainian name the month in the genitive', () => {
    // Every line states 2 August 2019 but the few that say otherwise.
    const lines: [string, string?][] = [
      ['Veröffentlicht am 2. August 2019'],
      ['Publié le 2 août 2019'],
      ['Publicado el 2 de agosto de 2019'],
      ['Pubblicato il 2 agosto 2019'],
      ['Gepubliceerd op 2 augustus 2019'],
      ['Publicado em 2 de agosto de 2019'],
      ['Freitag, 2. August 2019'],
      ['Stand: 02.08.2019 14:30 Uhr'],
      ['投稿日：2019年8月2日'],
      ['입력 2019. 8. 2.'],
      ['Opublikowano 2 sierpnia 2019'],
      ['22 października 2019 r.', '2019-10-22'],
      ['2 lis 2019', '2019-11-02'],
      ['Опубликовано 2 августа 2019'],
      ['2 ноября 2019 г.', '2019-11-02'],
      ['2 авг. 2019'],
      ['2 серпня 2019'],
    ];
    for (const [line, expected = '2019-08-02'] of lines) expect(day(line), line).toBe(expected);
    expect(findDateInText('입력 2019.08.02. 오후 2:30')?.iso).toBe('2019-08-02T14:30:00.000Z');
    expect(findDateInText('2 августа 2019 в 14:30')?.iso).toBe('2019-08-02T14:30:00.000Z');
    expect(findDateInText('2 sierpnia 2019 o 14:30')?.iso).toBe('2019-08-02T14:30:00.000Z');
  });

  it('reads no date from a text without a four-digit year (the one scan that rules most texts out)', () => {
    // Every format states the year in four digits: two-digit years, a day and month alone, digits in other scripts, and a year
    // whose digits a space splits are not dates. The same days with their years written out are.
    for (const text of ['Aug 2, 19', '02.08.19', '2. August', '2019年8月2日'.replace('2019', '١٩'), '20 19-08-02', 'Jane Doe, staff writer'])
      expect(findDateInText(text), text).toBeNull();
    for (const text of ['Aug 2, 2019', '02.08.2019', '2. August 2019', '2019年8月2日', '2019-08-02'])
      expect(findDateInText(text)?.iso.slice(0, 10), text).toBe('2019-08-02');
  });

  it('reads the month names of Czech, Slovak, Slovenian, Finnish, Norwegian, Romanian, Indonesian, Malay, Catalan, Turkish, Greek, Bulgarian and Serbian', () => {
    // Every line states 2 August 2019 but the few that say otherwise: each language's byline phrasing, the month as dates decline it.
    const lines: [string, string?][] = [
      ['Publikováno 2. srpna 2019'],
      ['3. prosince 2025 12:15', '2025-12-03'],
      ['Zverejnené 2. augusta 2019'],
      ['Objavljeno 2. avgust 2019'],
      ['Julkaistu 2. elokuuta 2019'],
      ['Publisert 3. desember 2025', '2025-12-03'],
      ['Publicat pe 2 august 2019'],
      ['Publicat 3 decembrie 2025', '2025-12-03'],
      ['Diterbitkan 2 Agustus 2019'],
      ['Diterbitkan 3 Maret 2025', '2025-03-03'],
      ['Diterbitkan 2 Ogos 2019'],
      ['Publicat el 2 d’agost de 2019'],
      ["3 d'octubre de 2025", '2025-10-03'],
      ['3 de desembre de 2025', '2025-12-03'],
      ['Yayınlanma: 2 Ağustos 2019'],
      ['3 Aralık 2025', '2025-12-03'],
      ['Δημοσιεύθηκε 2 Αυγούστου 2019'],
      ['Публикувано на 3 декември 2025', '2025-12-03'],
      ['Објављено 3. децембар 2025.', '2025-12-03'],
    ];
    for (const [line, expected = '2019-08-02'] of lines) expect(day(line), line).toBe(expected);
    // Croatian's "listopad" is October and Polish's November: the Polish reading stands.
    expect(day('2 listopada 2019')).toBe('2019-11-02');
  });

  it('reads numeric dates: year first always, dots and dashes day first, slashes by range or language', () => {
    expect(day('2019-08-02')).toBe('2019-08-02');
    expect(day('2019/8/2')).toBe('2019-08-02');
    expect(day('02.08.2019')).toBe('2019-08-02');
    expect(day('02-08-2019')).toBe('2019-08-02');
    expect(day('25/08/2019')).toBe('2019-08-25');
    expect(day('08/25/2019')).toBe('2019-08-25');
    expect(day('08/02/2019', 'en-US')).toBe('2019-08-02');
    expect(day('08/02/2019', 'en-GB')).toBe('2019-02-08');
  });

  it('reads Chinese, Japanese and Korean dates', () => {
    expect(day('2019年8月2日')).toBe('2019-08-02');
    expect(day('2019년 8월 2일')).toBe('2019-08-02');
  });

  it('reads a time of day after the date, and an offset when stated', () => {
    expect(findDateInText('Aug 2, 2019 9:00 pm')?.iso).toBe('2019-08-02T21:00:00.000Z');
    expect(findDateInText('2. August 2019 um 14:30 Uhr', { timezone: 'Europe/Berlin' })?.iso).toBe('2019-08-02T12:30:00.000Z');
    expect(findDateInText('2 August 2019 25.00')?.iso).toBe('2019-08-02T00:00:00.000Z');
  });

  it('never completes a partial date', () => {
    expect(findDateInText('August 2019')).toBeNull();
    expect(findDateInText('in 2019 we grew 12%')).toBeNull();
  });

  it('resolves relative times in many languages against the fetch time only', () => {
    expect(findRelativeDate('vor 3 Stunden', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    // German tickers abbreviate the unit.
    expect(findRelativeDate('vor 3 Std.', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('vor 5 Min.', fetchedAt)).toBe('2026-02-08T07:55:00.000Z');
    expect(findRelativeDate('vor 30 Sek.', fetchedAt)).toBe('2026-02-08T07:59:30.000Z');
    expect(findRelativeDate('il y a 2 jours', fetchedAt)).toBe('2026-02-06T08:00:00.000Z');
    expect(findRelativeDate('hace 1 hora', fetchedAt)).toBe('2026-02-08T07:00:00.000Z');
    expect(findRelativeDate('3 ore fa', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('2 uur geleden', fetchedAt)).toBe('2026-02-08T06:00:00.000Z');
    expect(findRelativeDate('há 3 horas', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('3 小时前', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('3時間前', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('an hour ago', fetchedAt)).toBe('2026-02-08T07:00:00.000Z');
    expect(findRelativeDate('3 godziny temu', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('2 dni temu', fetchedAt)).toBe('2026-02-06T08:00:00.000Z');
    expect(findRelativeDate('3 часа назад', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('5 минут назад', fetchedAt)).toBe('2026-02-08T07:55:00.000Z');
    expect(findRelativeDate('2 години тому', fetchedAt)).toBe('2026-02-08T06:00:00.000Z');
    // "Today"/"yesterday" with a time, on the fetch's calendar day in the source's zone.
    expect(findRelativeDate('gestern, 14:30 Uhr', fetchedAt)).toBe('2026-02-07T14:30:00.000Z');
    expect(findRelativeDate('heute um 7:15', fetchedAt, 'Europe/Berlin')).toBe('2026-02-08T06:15:00.000Z');
    expect(findRelativeDate('hier à 14h30', fetchedAt)).toBe('2026-02-07T14:30:00.000Z');
    expect(findRelativeDate('вчера в 14:30', fetchedAt)).toBe('2026-02-07T14:30:00.000Z');
    expect(findRelativeDate('wczoraj, 09:05', fetchedAt)).toBe('2026-02-07T09:05:00.000Z');
    expect(findRelativeDate('gestern, 14:30 Uhr', null)).toBeNull();
    expect(findRelativeDate('3 hours ago', null)).toBeNull();
    expect(findRelativeDate('2 months ago', fetchedAt)).toBeNull();
  });

  it('reads relative times in any case past the cheap word test before RELATIVE (session 26 speed pass)', () => {
    // RELATIVE_HINT must let through every form RELATIVE matches, with the same case folding.
    expect(findRelativeDate('Updated 3 HOURS AGO', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('Vor 3 Stunden', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('IL Y A 2 jours', fetchedAt)).toBe('2026-02-06T08:00:00.000Z');
    expect(findRelativeDate('Hace 1 hora', fetchedAt)).toBe('2026-02-08T07:00:00.000Z');
    expect(findRelativeDate('3 ore\tFA', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('HÁ 3 horas', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('2 uur GELEDEN', fetchedAt)).toBe('2026-02-08T06:00:00.000Z');
    expect(findRelativeDate('3시간 전', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('3 小时之前', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('3 GODZINY TEMU', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('3 ЧАСА НАЗАД', fetchedAt)).toBe('2026-02-08T05:00:00.000Z');
    expect(findRelativeDate('Published: August 2, 2019', fetchedAt)).toBeNull();
  });
});
