/**
 * Publication and update dates from every place a page states them, most trusted first:
 * JSON-LD, embedded page data, <meta>, itemprop, <time> in the article's byline, date lines near
 * the headline ("Published 2. August 2019", "Aug 2, 2019 · 5 min read", "3 小时前"), other
 * <time> elements outside lists of other stories, and a dated URL path (/2019/08/02/). A page
 * that states only an update date ("Last updated: Dec 12, 2025") is dated by it. Dates in the
 * future of the fetch (by more than a day) or before 1995 are impossible and skipped.
 */
import type { Element } from 'domhandler';
import type { JsonLdNode, PageSignals, TimeSignal } from './metadata.ts';
import { typesOf, visibleText } from './metadata.ts';
import type { DateContext } from './dates.ts';
import { findDateInText, findRelativeDate, inOffset, parseDate } from './dates.ts';

export type DatedField = { value: string; from: string };

export type DateInput = {
  signals: PageSignals;
  /** The JSON-LD node describing the article. */
  article: JsonLdNode | null;
  pageData: { firstPublished: number | null; lastPublished: number | null } | null;
  /** The fetched URL and the canonical URL: either may carry the date in its path. */
  urls: string[];
  context: DateContext;
  /** Latest plausible instant (fetch time, or now when the fetch time is unknown), in ms. */
  notAfter: number | null;
};

const EARLIEST = Date.UTC(1995, 0, 1);
const DAY = 86400000;

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'bt:pubdate',
  'citation_publication_date',
  'citation_date',
  'date',
  'cludo:date',
  'release_date',
];
const DUBLIN_CORE = ['dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date.created', 'dcterms.date'];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
  'dc.date.modified',
  'article:modified',
  'modified_time',
];

// Words that say what a date line is; a label may sit in the line or in the text just before it.
const UPDATED_LABEL =
  /updated|modified|revised|reviewed|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|atualizado|aggiornat|bijgewerkt|zaktualizowano|aktualizacja|обновлено|обновлён|обновлен|оновлено|更新|修改|수정|업데이트/i;
const PUBLISHED_LABEL =
  /published|posted|released|written|veröffentlicht|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|geplaatst|opublikowan[oy]|data publikacji|опубликован|опубліковано|дата публикации|发布|發布|發佈|发表|發表|投稿|公開|掲載|입력|게시|등록|작성/i;
// Dates in these lines belong to something else: events, comments, copyright lines.
const FOREIGN_LABEL = /©|copyright|\bevent\b|webinar|deadline|expires|valid until|comment|repl(?:y|ies)|joined|member since|registered/i;

/** The day in a URL path: /2019/08/02/, /2019-08-02-slug, /20190802/ (never a month alone). */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match =
    /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.+-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (!match) return null;
  const millis = Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!);
  return Number.isNaN(millis) ? null : new Date(millis).toISOString();
}

/** A date stated in one short line near the headline, with what the line (or the short lines just before it) says it is. */
function lineDate(line: string, previous: string[], context: DateContext): { iso: string; kind: 'published' | 'updated' | 'plain' } | null {
  if (line.length > 200) return null;
  const found = findDateInText(line, context);
  const iso = found?.iso ?? findRelativeDate(line, context.fetchedAt, context.timezone);
  if (!iso) return null;
  // A date inside a sentence of prose is about something else ("the deadline is April 15, 2025").
  if (found && line.length - found.length > 70) return null;
  let label = found ? line.slice(0, found.index) : line;
  if (label.replace(/[\s:|·•,-]|\bon\b/gi, '') === '') {
    for (let i = previous.length - 1; i >= 0 && i >= previous.length - 2; i -= 1) {
      if (previous[i]!.length > 40) break;
      label = `${previous[i]} ${label}`;
    }
  }
  if (FOREIGN_LABEL.test(label)) return null;
  if (UPDATED_LABEL.test(label)) return { iso, kind: 'updated' };
  return { iso, kind: PUBLISHED_LABEL.test(label) ? 'published' : 'plain' };
}

/** A `<time>` its own text, or the words just before it, call an update ("Last Updated: Dec 17, 2025", "This page was last modified on <time>"). */
function labelledUpdated(entry: TimeSignal): boolean {
  if (UPDATED_LABEL.test(entry.text)) return true;
  const parent = entry.element.parent;
  if (!parent || parent.type !== 'tag') return false;
  const around = visibleText(parent as Element);
  const at = entry.text === '' ? -1 : around.indexOf(entry.text);
  return at > 0 && UPDATED_LABEL.test(around.slice(Math.max(0, at - 40), at));
}

/** <meta> names that say "publication date" in a site's own words ("w-published-date", "published"). */
const PUBLISHED_META_NAME = /(^|[:._-])(published|publish-?date|publication-?date|pub-?date|date-?published|created|creation-?date)$|publish/i;

/** Chooses the publication and update dates a page states, and the signal each came from. */
export function choosePageDates(input: DateInput): { published: DatedField | null; updated: DatedField | null } {
  const { signals, article, pageData, context } = input;
  const meta = signals.meta;
  const date = (value: unknown): string | null => parseDate(value, context);
  const plausible = (iso: string | null | undefined): iso is string => {
    if (!iso) return false;
    const millis = Date.parse(iso);
    return millis >= EARLIEST && (input.notAfter === null || millis <= input.notAfter + DAY);
  };
  let metaRaw: string | null = null;
  const firstMeta = (keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      const iso = value ? date(value) : null;
      if (plausible(iso)) {
        metaRaw = value!;
        return iso;
      }
    }
    return null;
  };
  const otherLd = (key: string): string | null => {
    for (const node of signals.jsonLd) {
      if (node === article || typesOf(node).some((t) => /Organization|Person|WebSite|Product|Event|Offer|Review|Comment|Answer/.test(t))) continue;
      const iso = date(node[key]);
      if (plausible(iso)) return iso;
    }
    return null;
  };
  const item = (props: string[]): string | null => {
    for (const entry of signals.itemDates) {
      if (!props.includes(entry.prop)) continue;
      const iso = date(entry.value);
      if (plausible(iso)) return iso;
    }
    return null;
  };
  const time = (places: string[]): string | null => {
    for (const entry of signals.times) {
      if (!places.includes(entry.place) || entry.itemprop === 'dateModified') continue;
      const iso = (entry.datetime ? date(entry.datetime) : null) ?? (entry.text.length <= 80 ? date(entry.text) : null);
      if (plausible(iso)) return iso;
    }
    return null;
  };

  // Date lines near the headline: after it first (bylines), then before it, nearest first.
  let visiblePublished: string | null = null;
  let visiblePlain: string | null = null;
  let visibleUpdated: string | null = null;
  const { before, after } = signals.headlineTexts;
  const scan = (lines: string[], order: number[]): void => {
    for (const index of order) {
      const found = lineDate(lines[index]!, lines.slice(Math.max(0, index - 2), index), context);
      if (!found || !plausible(found.iso)) continue;
      if (found.kind === 'published') visiblePublished ??= found.iso;
      else if (found.kind === 'updated') visibleUpdated ??= found.iso;
      else visiblePlain ??= found.iso;
    }
  };
  let scanned = false;
  const visible = (): string | null => {
    if (!scanned) {
      scanned = true;
      scan(
        after,
        after.map((_, i) => i),
      );
      scan(
        before,
        before.map((_, i) => before.length - 1 - i),
      );
    }
    return visiblePublished ?? visiblePlain;
  };
  // Labelled date lines closing the page ("Last updated: November 13, 2025", "Posted on April 13, 2023").
  const closing = (kind: 'published' | 'updated'): string | null => {
    const lines = signals.trailingTexts;
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const found = lineDate(lines[i]!, lines.slice(Math.max(0, i - 2), i), context);
      if (found?.kind === kind && plausible(found.iso)) return found.iso;
    }
    return null;
  };
  // Elements the page marks as dates or bylines, wherever they are (the headline may be an <h2>).
  const marked = (): string | null => {
    for (const element of signals.dateElements) {
      const text = visibleText(element);
      if (text.length > 150) continue;
      const found = lineDate(text, [], context);
      if (found && found.kind !== 'updated' && plausible(found.iso)) return found.iso;
    }
    return null;
  };

  // A date the page shows its reader as the publication: a `<time pubdate>`/`itemprop=datePublished`,
  // a `<time>` in the byline, a date line near the headline, or an element marked as the post's date.
  const shownPublished = (): string | null =>
    signals.times
      .filter(
        (t) =>
          (t.itemprop === 'datePublished' || t.element.attribs.pubdate !== undefined || t.place === 'byline') &&
          t.itemprop !== 'dateModified' &&
          !labelledUpdated(t),
      )
      .map((t) => date(t.datetime ?? t.text))
      .find(plausible) ??
    visible() ??
    marked();
  const jsonLd = (): string | null =>
    [date(article?.datePublished), date(article?.dateCreated)].find(plausible) ?? otherLd('datePublished') ?? otherLd('dateCreated');
  // JSON-LD whose datePublished is its dateModified, character for character, records no history: a
  // CMS stamping the last save into both. Another day shown to the reader as the post's date wins.
  const stampedJsonLd = (): string | null => {
    const stated = article?.datePublished;
    if (typeof stated !== 'string' || stated.trim() === '' || stated !== article?.dateModified) return null;
    const ld = jsonLd();
    const shown = ld ? shownPublished() : null;
    return shown && shown.slice(0, 10) !== ld!.slice(0, 10) ? shown : null;
  };
  const candidates: [string, () => string | null][] = [
    ['visible-text', stampedJsonLd],
    ['json-ld', jsonLd],
    ['page-data', () => (pageData?.firstPublished ? date(pageData.firstPublished) : null)],
    ['meta', () => firstMeta(PUBLISHED_META)],
    ['dublin-core', () => firstMeta(DUBLIN_CORE)],
    ['meta', () => firstMeta([...meta.keys()].filter((key) => PUBLISHED_META_NAME.test(key) && !/modif|updat|expir/i.test(key)))],
    ['itemprop', () => item(['datePublished', 'dateCreated', 'uploadDate'])],
    [
      'time',
      () =>
        signals.times
          .filter((t) => t.itemprop === 'datePublished' || t.element.attribs.pubdate !== undefined)
          .map((t) => date(t.datetime ?? t.text))
          .find(plausible) ?? time(['byline']),
    ],
    ['visible-text', visible],
    ['time', () => time(['elsewhere'])],
    ['visible-text', marked],
    ['url', () => input.urls.map(dateFromUrl).find(plausible) ?? null],
    ['visible-text', () => closing('published')],
  ];
  // Signals are read lazily, in order: the first plausible one wins.
  const firstPlausible = (list: [string, () => string | null][]): DatedField | null => {
    for (const [from, read] of list) {
      const value = read();
      if (plausible(value)) return { value, from };
    }
    return null;
  };
  let published = firstPlausible(candidates);

  const updatedCandidates: [string, () => string | null][] = [
    ['json-ld', () => [date(article?.dateModified)].find(plausible) ?? otherLd('dateModified')],
    ['page-data', () => (pageData?.lastPublished ? date(pageData.lastPublished) : null)],
    ['meta', () => firstMeta(MODIFIED_META)],
    ['itemprop', () => item(['dateModified'])],
    [
      'time',
      () =>
        signals.times
          .filter((t) => t.itemprop === 'dateModified')
          .map((t) => date(t.datetime ?? t.text))
          .find(plausible) ?? null,
    ],
    ['visible-text', () => (visible(), visibleUpdated)],
    ['visible-text', () => closing('updated')],
  ];
  const updated = firstPlausible(updatedCandidates);

  // A date-only <meta> ("2017-03-10") is midnight by convention; a visible time that same day is more exact.
  if ((published?.from === 'meta' || published?.from === 'dublin-core') && metaRaw !== null && !/\d{1,2}:\d{2}/.test(metaRaw)) {
    const shown = visible() ?? marked();
    const start = Date.parse(published.value);
    if (shown && Date.parse(shown) > start && Date.parse(shown) - start < DAY) published = { value: shown, from: 'visible-text' };
  }
  if (published && published.value.endsWith('Z')) published = { ...published, value: inStatedOffset(published.value, input) };
  // A page that states only when it was updated is dated by that, when it says so to the reader
  // (a visible "Last updated" line) or in its article data; a CMS's modified <meta> is often the render time.
  if (!published && updated && (updated.from === 'visible-text' || updated.from === 'json-ld'))
    published = { value: updated.value, from: `${updated.from}:modified` };
  return { published, updated };
}

/** A stated offset of an ISO 8601 date-time ("+05:00", "-0800"), or null for none, Z or +00:00. */
const STATED_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-](?!00:?00)\d{2}:?\d{2})$/;

/**
 * A date chosen in UTC, in the publisher's own offset when the page states one: another signal
 * giving the same instant with its offset (a `<time datetime="…-08:00">` beside a UTC `<meta>`), or
 * else the one offset every `<time datetime>` on the page states (WordPress writes its `<meta>` in UTC
 * and its visible times in the site's zone). The instant is unchanged; the publisher's day is kept.
 */
function inStatedOffset(iso: string, input: DateInput): string {
  const instant = Date.parse(iso);
  const stated: string[] = [];
  for (const value of [input.article?.datePublished, input.article?.dateCreated, ...input.signals.times.map((t) => t.datetime)]) {
    if (typeof value !== 'string') continue;
    const offset = STATED_OFFSET.exec(value.trim())?.[1];
    if (!offset) continue;
    const parsed = parseDate(value, input.context);
    if (parsed && Date.parse(parsed) === instant) return parsed;
    stated.push(offset.replace(':', ''));
  }
  const offsets = new Set(stated);
  // Midnight UTC is a date without a time ("2026-03-06"): moved into another offset it would name the day before.
  if (stated.length >= 2 && offsets.size === 1 && !iso.endsWith('T00:00:00.000Z')) return inOffset(iso, stated[0]!);
  return iso;
}
