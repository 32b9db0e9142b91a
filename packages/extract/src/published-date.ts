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
  // Microsoft Learn's article date (the docs platform's own metadata; its visible "Last updated on" is later).
  'ms.date',
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

// Words that say what a date line is; a label may sit in the line or in the text just before it. The languages dates.ts reads
// month names in say "published" and "updated" here too: an update line read as a plain date would date the page by it.
const UPDATED_LABEL =
  /updated|modified|revised|reviewed|aktualisiert|aktualisierung|geändert|änderung|bearbeitet|mis à jour|modifié|actualizado|actualización|atualizado|aggiornat|bijgewerkt|zaktualizowano|aktualizacja|обновлено|обновлён|обновлен|оновлено|更新|修改|수정|업데이트|aktualizováno|aktualizované|posodobljeno|päivitetty|oppdatert|opdateret|uppdaterad|actualizat|diperbarui|dikemas kini|güncellen|ενημερώθηκε|актуализирано|ажурирано/i;
const PUBLISHED_LABEL =
  /published|posted|released|written|veröffentlicht|erschienen|publiziert|erstellt|publié|publicado|publicada|pubblicato|gepubliceerd|geplaatst|opublikowan[oy]|data publikacji|опубликован|опубліковано|дата публикации|发布|發布|發佈|发表|發表|投稿|公開|掲載|입력|게시|등록|작성|publikováno|zveřejněno|zverejnené|objavljeno|julkaistu|publisert|publiceret|publicerad|publicat|diterbitkan|dipublikasikan|yayınlan|yayımlan|δημοσιεύθηκε|публикувано|објављено/i;
/** A blog theme's line about the post itself: "This entry was posted …", "Dieser Eintrag wurde …", "Dieser Beitrag wurde …". */
const POST_LINE = /^(?:this (?:entry|post|article) (?:was|is)|(?:dieser|der) (?:eintrag|beitrag|artikel) wurde)\b/i;
// Dates in these lines belong to something else: events, comments, copyright lines.
// Comment words in German, French, Spanish, Italian and Dutch too: a comment's date under "2 Kommentare" and its author's name
// dated an undated post by its first comment. And in the languages whose month names dates.ts reads since session 20 (Czech,
// Slovak, Slovenian, Indonesian "komentar", Finnish, Turkish, Greek, Bulgarian and Serbian, Catalan and Romanian).
const FOREIGN_LABEL =
  /©|copyright|\bevent\b|webinar|deadline|expires|valid until|comment|kommentar|commentaire|comentario|commento|reacties|komentář|komentar|kommentti|yorum|σχόλι|коментар|comentari|repl(?:y|ies)|joined|member since|registered/i;

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

/**
 * A date stated in one short line near the headline, with what the line (or the short lines just before it) says it is.
 * The lines just before it are `lines[end - 2]` and `lines[end - 1]` (none when end is 0).
 */
function lineDate(line: string, lines: readonly string[], end: number, context: DateContext): { iso: string; kind: 'published' | 'updated' | 'plain' } | null {
  if (line.length > 200) return null;
  const found = findDateInText(line, context);
  const iso = found?.iso ?? findRelativeDate(line, context.fetchedAt, context.timezone);
  if (!iso) return null;
  // A date inside a sentence of prose is about something else ("the deadline is April 15, 2025"), unless the sentence is a blog
  // theme's line about the post itself ("Dieser Eintrag wurde veröffentlicht am 2. August 2019 in Allgemein. Bookmarke den
  // Permalink.", "Dieser Beitrag wurde am … veröffentlicht": longer in German than "This entry was posted on …" in English).
  if (found && line.length - found.length > 70 && !(line.length <= 160 && POST_LINE.test(line))) return null;
  if (found && proseAround(line, found.index, found.length)) return null;
  let label = found ? line.slice(0, found.index) : line;
  if (label.replace(/[\s:|·•,-]|\bon\b/gi, '') === '') {
    for (let i = end - 1; i >= 0 && i >= end - 2; i -= 1) {
      // A line that states a date of its own ("Last modified: February 14, 2024") labels that date, not the next one.
      if (lines[i]!.length > 40 || findDateInText(lines[i]!, context)) break;
      label = `${lines[i]} ${label}`;
    }
  }
  if (FOREIGN_LABEL.test(label)) return null;
  if (UPDATED_LABEL.test(label)) return (found && publishedAfter(line.slice(found.index + found.length), context)) ?? { iso, kind: 'updated' };
  return { iso, kind: PUBLISHED_LABEL.test(label) ? 'published' : 'plain' };
}

/**
 * A short sentence about something else that holds a date ("Unser Sommerfest findet am 15. September 2019 statt.", "The
 * museum reopens on May 3, 2019."): it ends as a sentence, says four words or more beside its date, two of them lower-case words
 * of the sentence (not "by", "on", "am", "von": "By Jane Mary Smith on Aug 2, 2019." is a byline), and names no publication or
 * update and is no blog theme's line about the post.
 */
function proseAround(line: string, index: number, length: number): boolean {
  if (!/[.!?]$/.test(line) || POST_LINE.test(line) || PUBLISHED_LABEL.test(line) || UPDATED_LABEL.test(line)) return false;
  const words = `${line.slice(0, index)} ${line.slice(index + length)}`.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 4 && words.filter((word) => /^\p{Ll}{3,}$/u.test(word) && !BYLINE_WORD.has(word)).length >= 2;
}
const BYLINE_WORD = new Set(['and', 'und', 'the', 'von', 'der', 'die', 'das', 'und', 'mit', 'with', 'from']);

/**
 * A date set as a calendar leaf, its day, month and year each an element of its own and so three lines ("03" | "Mai" | "2018",
 * "May" | "3" | "2018": WordPress and Jimdo themes' date badges): the three read as one date, when together they are nothing else.
 */
function badgeDate(lines: readonly string[], index: number, context: DateContext): { iso: string; kind: 'plain' } | null {
  const parts = lines.slice(index, index + 3);
  if (parts.length < 3 || !BADGE_DAY_OR_MONTH.test(parts[0]!) || !BADGE_YEAR.test(parts[2]!) || parts[1]!.length > 12) return null;
  const joined = parts.join(' ');
  const found = findDateInText(joined, context);
  return found && found.index === 0 && found.length >= joined.length - 1 ? { iso: found.iso, kind: 'plain' } : null;
}
const BADGE_DAY_OR_MONTH = /^(?:\d{1,2}\.?|\p{L}{3,10}\.?)$/u;
const BADGE_YEAR = /^\d{4}$/;

/**
 * The publication date a line states after its update date ("Updated Aug 2, 2019 | Published Jul 1, 2019"):
 * news bylines give both, newest first, and the first date alone would leave the page dated by its update.
 */
function publishedAfter(rest: string, context: DateContext): { iso: string; kind: 'published' } | null {
  const later = findDateInText(rest, context);
  if (!later) return null;
  const label = rest.slice(0, later.index);
  return PUBLISHED_LABEL.test(label) && !UPDATED_LABEL.test(label) ? { iso: later.iso, kind: 'published' } : null;
}

/**
 * A `<time>` its markup calls the update: `itemprop=dateModified`, or the hAtom class "updated" (or "modified") without
 * "published" or "entry-date". WordPress themes print both times in the byline, the update hidden by the style sheet, and
 * GeneratePress and others put it first: `<time class="updated">…</time><time class="entry-date published">…</time>`; an
 * unchanged post's one time is "entry-date published updated". Only on a page where a time is classed as the publication.
 */
function isUpdateTime(entry: TimeSignal, classedPublished: boolean): boolean {
  if (entry.itemprop === 'dateModified') return true;
  if (entry.itemprop === 'datePublished' || !classedPublished) return false;
  const className = entry.element.attribs.class;
  return className !== undefined && UPDATE_CLASS.test(className) && !PUBLISHED_CLASS.test(className);
}

/** Whether some `<time>` is classed as the publication: only then is one classed "updated" the other date (a site may class every date so). */
function hasClassedPublished(times: readonly TimeSignal[]): boolean {
  return times.some((t) => t.element.attribs.class !== undefined && PUBLISHED_CLASS.test(t.element.attribs.class));
}
const UPDATE_CLASS = /(?:^|\s)(?:updated|modified|date-?modified|last-?modified|date-?updated|post-?modified|entry-?modified)(?:\s|$)/i;
const PUBLISHED_CLASS = /(?:^|\s)(?:published|entry-date|date-?published|post-?date)(?:\s|$)/i;

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
const NOT_PUBLISHED_META_NAME = /modif|updat|expir/i;
/** JSON-LD nodes of these types date something other than the page's article. */
const OTHER_THING = /Organization|Person|WebSite|Product|Event|Offer|Review|Comment|Answer/;
const PUBLISHED_ITEMPROPS = ['datePublished', 'dateCreated', 'uploadDate'];
const MODIFIED_ITEMPROPS = ['dateModified'];
const BYLINE_PLACES = ['byline'];
const ELSEWHERE_PLACES = ['elsewhere'];

function isOtherThing(type: string): boolean {
  return OTHER_THING.test(type);
}

/** A site's own <meta> name for the publication date (PUBLISHED_META_NAME), not an update or expiry. */
function isPublishedMetaName(key: string): boolean {
  return PUBLISHED_META_NAME.test(key) && !NOT_PUBLISHED_META_NAME.test(key);
}

/** Where each published-date candidate (DateChooser.publishedCandidate) came from, in the order they are read. */
const PUBLISHED_FROM = [
  'visible-text',
  'json-ld',
  'page-data',
  'meta',
  'dublin-core',
  'meta',
  'itemprop',
  'time',
  'visible-text',
  'time',
  'visible-text',
  'time',
  'url',
  'visible-text',
];
/** The same for the update date (DateChooser.updatedCandidate). */
const UPDATED_FROM = ['json-ld', 'page-data', 'meta', 'itemprop', 'time', 'visible-text', 'visible-text'];

/** Chooses the publication and update dates a page states, and the signal each came from. */
export function choosePageDates(input: DateInput): { published: DatedField | null; updated: DatedField | null } {
  return new DateChooser(input).choose();
}

/**
 * The reads behind choosePageDates, as methods over one page's input: signals are read lazily, in order, and the first
 * plausible one wins. NO_CLOSURES (see generic-body.ts): these were ~25 closures and candidate tuples made per page.
 */
class DateChooser {
  private readonly signals: PageSignals;
  private readonly article: JsonLdNode | null;
  private readonly context: DateContext;
  /** The raw value of the last <meta> firstMeta chose. */
  private metaRaw: string | null = null;
  // Date lines near the headline, scanned once (visible()).
  private scanned = false;
  private visiblePublished: string | null = null;
  private visiblePlain: string | null = null;
  private visibleUpdated: string | null = null;
  /** hasClassedPublished of the page's times, read once. */
  private readonly classedPublished: boolean;
  /** The date() of each text read so far. */
  private readonly parsed = new Map<string, string | null>();

  constructor(private readonly input: DateInput) {
    this.signals = input.signals;
    this.article = input.article;
    this.context = input.context;
    this.classedPublished = hasClassedPublished(input.signals.times);
  }

  choose(): { published: DatedField | null; updated: DatedField | null } {
    const input = this.input;
    let published: DatedField | null = null;
    for (let i = 0; i < PUBLISHED_FROM.length; i += 1) {
      const value = this.publishedCandidate(i);
      if (this.plausible(value)) {
        published = { value, from: PUBLISHED_FROM[i]! };
        break;
      }
    }
    let updated: DatedField | null = null;
    for (let i = 0; i < UPDATED_FROM.length; i += 1) {
      const value = this.updatedCandidate(i);
      if (this.plausible(value)) {
        updated = { value, from: UPDATED_FROM[i]! };
        break;
      }
    }

    // A date-only <meta> ("2017-03-10") is midnight by convention; a visible time that same day is more exact.
    const metaRaw = this.metaRaw;
    if ((published?.from === 'meta' || published?.from === 'dublin-core') && metaRaw !== null && !/\d{1,2}:\d{2}/.test(metaRaw)) {
      const shown = this.visible() ?? this.marked();
      const start = Date.parse(published.value);
      if (shown && Date.parse(shown) > start && Date.parse(shown) - start < DAY) published = { value: shown, from: 'visible-text' };
    }
    // A date without a time (a visible "5 March 2024", a date-only JSON-LD value: midnight by convention) and the page's first
    // `<time datetime>` with a time on that same day: the same publication, stated to the minute.
    if (published && published.value.endsWith('T00:00:00.000Z')) {
      const exact = this.timeOnDay(published.value.slice(0, 10));
      if (exact) published = { ...published, value: exact };
    }
    if (published && published.value.endsWith('Z')) published = { ...published, value: inStatedOffset(published.value, input, this) };
    // A page that states only when it was updated is dated by that, when it says so to the reader
    // (a visible "Last updated" line) or in its article data; a CMS's modified <meta> is often the render time.
    if (!published && updated && (updated.from === 'visible-text' || updated.from === 'json-ld'))
      published = { value: updated.value, from: `${updated.from}:modified` };
    return { published, updated };
  }

  /** The published-date candidates, most trusted first (their sources are PUBLISHED_FROM). */
  private publishedCandidate(index: number): string | null {
    switch (index) {
      case 0:
        return this.stampedJsonLd();
      case 1:
        return this.jsonLd();
      case 2:
        return this.input.pageData?.firstPublished ? this.date(this.input.pageData.firstPublished) : null;
      case 3:
        return this.firstMeta(PUBLISHED_META);
      case 4:
        return this.firstMeta(DUBLIN_CORE);
      case 5:
        return this.firstMeta([...this.signals.meta.keys()].filter(isPublishedMetaName));
      case 6:
        return this.item(PUBLISHED_ITEMPROPS);
      case 7:
        return this.markedTime() ?? this.time(BYLINE_PLACES, true);
      case 8:
        return this.visible();
      case 9:
        return this.time(ELSEWHERE_PLACES);
      case 10:
        return this.marked();
      case 11:
        return this.factBoxTime();
      case 12:
        for (const url of this.input.urls) {
          const iso = dateFromUrl(url);
          if (this.plausible(iso)) return iso;
        }
        return null;
      default:
        return this.closing('published');
    }
  }

  /** The update-date candidates, most trusted first (their sources are UPDATED_FROM). */
  private updatedCandidate(index: number): string | null {
    switch (index) {
      case 0: {
        const iso = this.date(this.article?.dateModified);
        return this.plausible(iso) ? iso : this.otherLd('dateModified');
      }
      case 1:
        return this.input.pageData?.lastPublished ? this.date(this.input.pageData.lastPublished) : null;
      case 2:
        return this.firstMeta(MODIFIED_META);
      case 3:
        return this.item(MODIFIED_ITEMPROPS);
      case 4:
        for (const t of this.signals.times) {
          if (t.itemprop !== 'dateModified') continue;
          const iso = this.date(t.datetime ?? t.text);
          if (this.plausible(iso)) return iso;
        }
        return null;
      case 5:
        this.visible();
        return this.visibleUpdated;
      default:
        return this.closing('updated');
    }
  }

  /** parseDate in the page's context, each distinct text parsed once: the readers ask again for values an earlier one read (JSON-LD dates, `<time datetime>`). */
  date(value: unknown): string | null {
    if (typeof value !== 'string') return parseDate(value, this.context);
    const known = this.parsed.get(value);
    if (known !== undefined) return known;
    const iso = parseDate(value, this.context);
    this.parsed.set(value, iso);
    return iso;
  }

  private plausible(iso: string | null | undefined): iso is string {
    if (!iso) return false;
    const millis = Date.parse(iso);
    return millis >= EARLIEST && (this.input.notAfter === null || millis <= this.input.notAfter + DAY);
  }

  private firstMeta(keys: string[]): string | null {
    const meta = this.signals.meta;
    for (const key of keys) {
      const value = meta.get(key);
      const iso = value ? this.date(value) : null;
      if (this.plausible(iso)) {
        this.metaRaw = value!;
        return iso;
      }
    }
    return null;
  }

  private otherLd(key: string): string | null {
    for (const node of this.signals.jsonLd) {
      if (node === this.article || typesOf(node).some(isOtherThing)) continue;
      const iso = this.date(node[key]);
      if (this.plausible(iso)) return iso;
    }
    return null;
  }

  private item(props: string[]): string | null {
    for (const entry of this.signals.itemDates) {
      if (!props.includes(entry.prop)) continue;
      const iso = this.date(entry.value);
      if (this.plausible(iso)) return iso;
    }
    return null;
  }

  /**
   * The first <time> in these places. In the byline, one its text or the words before it call the update yields to a
   * later one that does not ("Updated <time> · Published <time>"), and is still read when it is the only one (the page's
   * only date); elsewhere the later ones are mostly other stories' dates (a listing's "Published …" cards).
   */
  private time(places: string[], inByline = false): string | null {
    let updated: string | null = null;
    for (const entry of this.signals.times) {
      if (!places.includes(entry.place) || isUpdateTime(entry, this.classedPublished)) continue;
      const iso = (entry.datetime ? this.date(entry.datetime) : null) ?? (entry.text.length <= 80 ? this.date(entry.text) : null);
      if (!this.plausible(iso)) continue;
      if (!inByline || !labelledUpdated(entry)) return iso;
      updated ??= iso;
    }
    return updated;
  }

  /**
   * The first `<time datetime>` outside other stories whose value states a time of day on `day` (as written, in its own
   * offset); one its text or the words before it call the update does not count. Null when the first such `<time>` is on
   * another day: then it does not date this publication.
   */
  private timeOnDay(day: string): string | null {
    for (const t of this.signals.times) {
      const stated = t.datetime?.trim();
      if (!stated || t.place === 'other-stories' || isUpdateTime(t, this.classedPublished) || labelledUpdated(t) || !CLOCK_TIME.test(stated)) continue;
      const iso = this.date(stated);
      if (!this.plausible(iso)) continue;
      return stated.startsWith(day) ? iso : null;
    }
    return null;
  }

  /**
   * The page's only `<time>`, where the place test put it among other stories (a sidebar beside the article), when the label
   * before it names the publication: a fact box ("Published" | August 30, 2024 | "Author" | …) that university and agency
   * sites set beside the text. With more than one `<time>` the labelled one may be a card's in a list of stories.
   */
  private factBoxTime(): string | null {
    const times = this.signals.times;
    if (times.length !== 1) return null;
    const t = times[0]!;
    if (t.place !== 'other-stories' || isUpdateTime(t, this.classedPublished) || labelledUpdated(t)) return null;
    const label = labelBefore(t.element);
    if (label === null || !PUBLISHED_LABEL.test(label) || FOREIGN_LABEL.test(label)) return null;
    const iso = this.date(t.datetime ?? t.text);
    return this.plausible(iso) ? iso : null;
  }

  /** A `<time>` marked as the publication (`itemprop=datePublished`, `pubdate`). */
  private markedTime(): string | null {
    for (const t of this.signals.times) {
      if (t.itemprop !== 'datePublished' && t.element.attribs.pubdate === undefined) continue;
      const iso = this.date(t.datetime ?? t.text);
      if (this.plausible(iso)) return iso;
    }
    return null;
  }

  // Date lines near the headline: after it first (bylines), then before it, nearest first.
  private scanLine(lines: string[], index: number, published = true): void {
    const found = lineDate(lines[index]!, lines, index, this.context) ?? badgeDate(lines, index, this.context);
    if (!found || !this.plausible(found.iso)) return;
    if (found.kind === 'published') {
      if (published) this.visiblePublished ??= found.iso;
    } else if (found.kind === 'updated') this.visibleUpdated ??= found.iso;
    else this.visiblePlain ??= found.iso;
  }

  private visible(): string | null {
    if (!this.scanned) {
      this.scanned = true;
      const { before, after } = this.signals.headlineTexts;
      let prose = false;
      for (let i = 0; i < after.length; i += 1) {
        // Past the story's first paragraph, a labelled date is the story's own ("Released: June 17, 2025" in a book's fact
        // list, a cited paper's "Published: March 3, 2019"): it no longer outranks the plain date of the byline above the text.
        if (prose && this.visiblePlain !== null && this.visiblePublished === null) this.scanLine(after, i, false);
        else this.scanLine(after, i);
        if (after[i]!.length > 200) prose = true;
      }
      for (let i = before.length - 1; i >= 0; i -= 1) this.scanLine(before, i);
    }
    return this.visiblePublished ?? this.visiblePlain;
  }

  /** Labelled date lines closing the page ("Last updated: November 13, 2025", "Posted on April 13, 2023"). */
  private closing(kind: 'published' | 'updated'): string | null {
    const lines = this.signals.trailingTexts;
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const found = lineDate(lines[i]!, lines, i, this.context);
      if (found?.kind === kind && this.plausible(found.iso)) return found.iso;
    }
    return null;
  }

  /** Elements the page marks as dates or bylines, wherever they are (the headline may be an <h2>). */
  private marked(): string | null {
    for (const element of this.signals.dateElements) {
      const text = visibleText(element);
      if (text.length > 150) continue;
      const found = lineDate(text, NO_LINES, 0, this.context);
      if (found && found.kind !== 'updated' && this.plausible(found.iso)) return found.iso;
    }
    return null;
  }

  /**
   * A date the page shows its reader as the publication: a `<time pubdate>`/`itemprop=datePublished`,
   * a `<time>` in the byline, a date line near the headline, or an element marked as the post's date.
   */
  private shownPublished(): string | null {
    for (const t of this.signals.times) {
      if (!(t.itemprop === 'datePublished' || t.element.attribs.pubdate !== undefined || t.place === 'byline') || isUpdateTime(t, this.classedPublished))
        continue;
      if (labelledUpdated(t)) continue;
      const iso = this.date(t.datetime ?? t.text);
      if (this.plausible(iso)) return iso;
    }
    return this.visible() ?? this.marked();
  }

  private jsonLd(): string | null {
    const published = this.date(this.article?.datePublished);
    if (this.plausible(published)) return published;
    const created = this.date(this.article?.dateCreated);
    if (this.plausible(created)) return created;
    return this.otherLd('datePublished') ?? this.otherLd('dateCreated');
  }

  /**
   * JSON-LD whose datePublished is its dateModified, character for character, records no history: a
   * CMS stamping the last save into both. Another day shown to the reader as the post's date wins.
   * So does it over a datePublished written for readers ("Jun 12, 2025", "August 11, 2019"), not as ISO 8601: a
   * hand-made JSON-LD template (site builders' custom code) fills it from whichever of the CMS's dates it was bound to.
   */
  private stampedJsonLd(): string | null {
    const article = this.article;
    const stated = article?.datePublished;
    if (typeof stated !== 'string' || stated.trim() === '' || (stated !== article?.dateModified && ISO_DATE.test(stated))) return null;
    const ld = this.jsonLd();
    const shown = ld ? this.shownPublished() : null;
    return shown && shown.slice(0, 10) !== ld!.slice(0, 10) ? shown : null;
  }
}

const NO_LINES: readonly string[] = [];

/**
 * The short text just before an element: its nearest earlier sibling with text, looked for on the element and two of its
 * ancestors ("<h3>Published</h3><p><time>…</time></p>", "Published: <time>"). Null when that text is long or there is none.
 */
function labelBefore(element: Element): string | null {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parent?.type === 'tag' ? (node.parent as Element) : null) {
    for (let previous = node.prev; previous; previous = previous.prev) {
      const text =
        previous.type === 'text' ? (previous as unknown as { data: string }).data.trim() : previous.type === 'tag' ? visibleText(previous as Element) : '';
      if (text !== '') return text.length <= 40 ? text : null;
    }
  }
  return null;
}
/** A value that starts as ISO 8601 does ("2025-06-12", "2025-06-12T10:00:00Z", even quoted twice), as machine-written JSON-LD dates do. */
const ISO_DATE = /^\s*"?\d{4}-\d{2}-\d{2}/;

/** An ISO 8601 date-time with a time of day other than midnight ("2024-03-05T15:45:00Z"). */
const CLOCK_TIME = /^\d{4}-\d{2}-\d{2}[T ](?!00:00(?::00)?(?:\.0+)?(?:Z|[+-]|$))\d{2}:\d{2}/;

/** A stated offset of an ISO 8601 date-time ("+05:00", "-0800"), or null for none, Z or +00:00. */
const STATED_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-](?!00:?00)\d{2}:?\d{2})$/;

/**
 * A date chosen in UTC, in the publisher's own offset when the page states one: another signal
 * giving the same instant with its offset (a `<time datetime="…-08:00">` beside a UTC `<meta>`), or
 * else the one offset every `<time datetime>` on the page states (WordPress writes its `<meta>` in UTC
 * and its visible times in the site's zone). The instant is unchanged; the publisher's day is kept.
 */
function inStatedOffset(iso: string, input: DateInput, dates: DateChooser): string {
  const instant = Date.parse(iso);
  const stated: string[] = [];
  for (const value of [input.article?.datePublished, input.article?.dateCreated, ...input.signals.times.map((t) => t.datetime)]) {
    if (typeof value !== 'string') continue;
    const offset = STATED_OFFSET.exec(value.trim())?.[1];
    if (!offset) continue;
    const parsed = dates.date(value);
    if (parsed && Date.parse(parsed) === instant) return parsed;
    stated.push(offset.replace(':', ''));
  }
  const offsets = new Set(stated);
  // Midnight UTC is a date without a time ("2026-03-06"): moved into another offset it would name the day before.
  if (stated.length >= 2 && offsets.size === 1 && !iso.endsWith('T00:00:00.000Z')) return inOffset(iso, stated[0]!);
  return iso;
}
