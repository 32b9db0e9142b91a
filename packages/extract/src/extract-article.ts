/**
 * extractArticle: the pure core of the worker. Bytes (or text) and options in, Article out;
 * no IO, no clock (fetchedAt is the only time), no logger. Each page is parsed once with
 * htmlparser2 (parse-html.ts; cheerio/slim wraps the tree only for a recipe's selectors);
 * metadata is read before the body extractor edits the tree.
 */
import { Buffer } from 'node:buffer';
import { load } from 'cheerio/slim';
import type { Document, Element, ParentNode } from 'domhandler';
import type { Alternate, Article, FieldSources, ImageRef } from '@feedwright/core/article.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { articleId, contentHashOf } from '@feedwright/core/ids.ts';
import type { Block } from './blocks.ts';
import { blocksToText, collectBlocks, escapeHtml, renderSafeHtml } from './blocks.ts';
import { chooseCharset, decodeWith } from './charset.ts';
import { isElement } from './dom.ts';
import { capNesting, decodeUtf8WithoutInert, dropInertMarkup, NESTING_TAGS } from './inert-markup.ts';
import { dropStrayCdata, mayNeedWholeText } from './stray-cdata.ts';
import type { PageKind } from './generic-body.ts';
import { extractGenericBody } from './generic-body.ts';
import { isPostHeader } from './threads.ts';
import { isStoryPage, pageKindOf, statedProductDescription, statedProductReviews } from './page-kind.ts';
import { parseHtml } from './parse-html.ts';
import { normalizeLanguageTag, resolveLanguage } from './language.ts';
import { absoluteUrl } from './links.ts';
import type { JsonLdNode, PageSignals } from './metadata.ts';
import { readSignals, typesOf } from './metadata.ts';
import { readPageData } from './page-data.ts';
import { choosePageDates } from './published-date.ts';
import { normalizeSpace, stripXmlIllegal } from './text.ts';
import type { TitleInput } from './title.ts';
import { chooseTitle } from './title.ts';
import { dropAuthorBio } from './author-bio.ts';
import { bylineOf, chooseAuthors } from './authors.ts';
import { BY_WORDS, ENGLISH_WRITING, anyOf, bylineLabel } from './byline-labels.ts';
import { isReadingTime, withoutReadingTime } from './card-badges.ts';
import { mayHoldDoubleUtf8, repairDoubleUtf8 } from './mojibake.ts';

/** A block's HTML that is nothing but links (a bar of menu links). */
const ONLY_LINKS = /^(?:\s*<a\b[^>]*>[^<]*<\/a>)+\s*$/;

export type Recipe = { body?: string; remove?: string[] };
export type ExtractOptions = {
  url: string; // the fetched URL (after redirects)
  fetchedAt: Date; // resolves relative dates like "5 小时前"; the only clock
  contentType?: string | null; // HTTP Content-Type header, for the charset decision
  charset?: string | null; // forced charset from config ('auto' or null = detect)
  timezone?: string | null; // the source's IANA timezone for dates without offset (default UTC)
  language?: string | null; // the source's configured language, a hint only
  recipe?: Recipe | null;
  notAfter?: Date | null; // latest plausible publication time when fetchedAt is unknown (the caller's clock)
  onTitle?: (input: TitleInput, choice: { title: string; from: string } | null) => void; // diagnostics: the title candidates and the choice (bench/extract/title-misses.ts)
};

/** Larger inputs are not article pages; refusing them bounds time and memory per job. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
/** Browsers' parsers cap nesting (Blink: 512); deeper trees are cut so every walk stays bounded. */
const MAX_DEPTH = 400;

/**
 * Whether the first 4 KB hold a NUL or more than 10% control bytes. Read as Latin-1 (a copy of the bytes) and searched
 * with regular expressions: a byte loop here runs once a page, and in a page's first runs V8 has not compiled it yet.
 */
function isBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 4096);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1');
  if (!CONTROL_BYTE.test(head)) return false;
  if (head.includes('\0')) return true;
  return (head.match(CONTROL_BYTES)?.length ?? 0) > length * 0.1;
}
const CONTROL_BYTE = /[\0-\x08\x0e-\x1f]/;
const CONTROL_BYTES = /[\0-\x08\x0e-\x1f]/g;

const MARKUP = /<[a-z!?/]/i;

/** Whether the text given as pieces holds a character that is not whitespace (what `trim() !== ''` tells of the whole). */
function holdsText(pieces: readonly string[]): boolean {
  return pieces.some((piece) => NOT_SPACE.test(piece));
}
const NOT_SPACE = /\S/;

/** MARKUP.test on the first 65,536 characters of the text given as pieces (a match across a cut included). */
function startsAsMarkup(pieces: readonly string[]): boolean {
  let seen = 0;
  for (let i = 0; i < pieces.length && seen < MARKUP_WINDOW; i += 1) {
    const piece = pieces[i]!;
    if (MARKUP.test(piece.length > MARKUP_WINDOW - seen ? piece.slice(0, MARKUP_WINDOW - seen) : piece)) return true;
    seen += piece.length;
    if (seen < MARKUP_WINDOW && i + 1 < pieces.length && piece.endsWith('<') && MARKUP.test(`<${pieces[i + 1]!.charAt(0)}`)) return true;
  }
  return false;
}
const MARKUP_WINDOW = 65536;

/**
 * The page as HTML ready to parse, as pieces to be read one after another (see decodeUtf8WithoutInert):
 * decoded, doubly encoded UTF-8 repaired, inert markup dropped (inert-markup.ts); and its charset.
 * Throws for input that is too large, binary, empty or not HTML.
 */
function readHtml(input: Uint8Array | string, options: ExtractOptions): { pieces: string[]; charset: { name: string; from: string } } {
  let text: string;
  let charset: { name: string; from: string };
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_BYTES)
      throw new FeedwrightError('EXTRACT_TOO_LARGE', `input is ${input.length} characters; the limit is ${MAX_INPUT_BYTES}`, {
        details: { size: input.length },
      });
    text = input;
    charset = { name: 'utf-16', from: 'string' };
  } else {
    if (input.length > MAX_INPUT_BYTES)
      throw new FeedwrightError('EXTRACT_TOO_LARGE', `input is ${input.length} bytes; the limit is ${MAX_INPUT_BYTES}`, { details: { size: input.length } });
    if (input.length === 0) throw new FeedwrightError('EXTRACT_NOT_HTML', 'input is empty');
    const utf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
    if (!utf16 && isBinary(input)) throw new FeedwrightError('EXTRACT_NOT_HTML', 'input looks binary (NUL or control bytes)');
    const choice = chooseCharset(input, options.contentType, options.charset);
    charset = { name: choice.charset, from: choice.from };
    // UTF-8 (nearly every page): the inert bytes are dropped before decoding, which gives the same
    // text as the steps below whenever the page needs no repair and the cut text passes the checks
    // (then the whole text passes them too).
    if (choice.charset === 'utf-8') {
      const bytes = input.subarray(choice.skip);
      if (!mayHoldDoubleUtf8(bytes)) {
        const pieces = decodeUtf8WithoutInert(bytes);
        if (holdsText(pieces) && startsAsMarkup(pieces)) return { pieces, charset };
      }
    }
    text = decodeWith(input, choice);
  }
  // Doubly encoded UTF-8 ("â\u0080\u0099" for "’") is repaired before parsing: titles and text alike.
  const html = repairDoubleUtf8(text);
  if (html.trim() === '') throw new FeedwrightError('EXTRACT_NOT_HTML', 'input is empty');
  if (!MARKUP.test(html.slice(0, MARKUP_WINDOW))) throw new FeedwrightError('EXTRACT_NOT_HTML', 'input has no HTML markup');
  return { pieces: [dropInertMarkup(html)], charset };
}

/**
 * What the parser reads: the pieces as decoded, joined only on the rare page that a whole-text pass
 * changes (a stray CDATA section, or enough tags to be nested past the cap).
 */
function parserInput(pieces: string[]): string[] {
  if (pieces.length > 1 && !mayNeedWholeText(pieces, NESTING_TAGS)) return pieces;
  return [capNesting(dropStrayCdata(pieces.join('')))];
}

/** Cuts subtrees deeper than MAX_DEPTH (iteratively, so a hostile page cannot blow the stack). */
function capDepth(root: ParentNode): void {
  // Two parallel stacks: an object per element would cost more than the walk.
  const nodes: ParentNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth >= MAX_DEPTH) {
      node.children = [];
      continue;
    }
    for (const child of node.children)
      if (isElement(child)) {
        nodes.push(child);
        depths.push(depth + 1);
      }
  }
}

function str(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = normalizeSpace(value);
    return text === '' ? null : text;
  }
  return null;
}

type Candidate<T> = T | null | undefined | (() => T | null | undefined);

/** The first non-empty candidate and the name of its signal; functions are expensive signals, evaluated only when reached. */
function first<T extends string | object>(...candidates: [string, Candidate<T>][]): { value: T; from: string } | null {
  for (const [from, candidate] of candidates) {
    const value = typeof candidate === 'function' ? (candidate as () => T | null | undefined)() : candidate;
    if (value !== null && value !== undefined && value !== '') return { value, from };
  }
  return null;
}

function jsonLdImage(node: JsonLdNode | null): string | null {
  const image = node?.image ?? node?.thumbnailUrl;
  const pick = (value: unknown): string | null => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return pick(value[0]);
    if (value && typeof value === 'object') return str((value as JsonLdNode).url) ?? str((value as JsonLdNode).contentUrl);
    return null;
  };
  return pick(image);
}

function jsonLdLanguage(node: JsonLdNode | null): string | null {
  const value = node?.inLanguage;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return str((value as JsonLdNode).alternateName) ?? str((value as JsonLdNode).name);
  return null;
}

/** The image's identity across size variants: the last path segment. */
function imageKey(url: string): string {
  try {
    const path = new URL(url).pathname;
    return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  } catch {
    return url;
  }
}

/** A usable instant in ms, or null for a missing, invalid or "unknown" (far-future sentinel) time. */
function knownTime(date: Date | null | undefined): number | null {
  const millis = date?.getTime();
  return millis !== undefined && Number.isFinite(millis) && millis < 4e15 ? millis : null;
}

/**
 * What the title and author rules read of the page's URL, parsed once: the host, the path (its last segment often names
 * the page, title.ts) and whether it is the site's front page ("https://example.com/", "/index.html"), where the site's
 * name is the page's subject.
 */
function placeOf(url: string): { host: string | null; path: string | null; homePage: boolean } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { host: null, path: null, homePage: false };
  }
  return { host: parsed.hostname, path: parsed.pathname, homePage: /^\/(?:index\.[a-z]{3,4})?$/i.test(parsed.pathname) && parsed.search === '' };
}

function collectTags(signals: PageSignals): string[] {
  const tags: string[] = [];
  const keywords = signals.article?.keywords;
  if (Array.isArray(keywords)) for (const k of keywords) if (typeof k === 'string') tags.push(k);
  if (typeof keywords === 'string') tags.push(...keywords.split(/[,，;；]/));
  tags.push(...signals.articleTags);
  if (tags.length === 0) {
    const news = signals.meta.get('news_keywords') ?? signals.meta.get('keywords');
    if (news) tags.push(...news.split(/[,，;；]/));
  }
  return [...new Set(tags.map((t) => stripXmlIllegal(normalizeSpace(t))).filter((t) => t !== '' && t.length <= 80))].slice(0, 30);
}

/**
 * A paragraph that is only a date/time stamp (a dateline element inside the article body): "Nov. 19, 2019, 5:45 p.m.", "Published
 * 5:45 p.m. ET Nov. 19, 2019", and the German forms older regional papers print as a plain paragraph ("02.08.2019, 14:35 Uhr",
 * "Stand: 02.08.2019 14:35 Uhr", "Aktualisiert am 2. August 2019 um 14:35 Uhr", "Artikel vom 02.08.2019"). A year of four digits only:
 * "12.01.26 — 10.04.26" is a course's term. A comma may part the month from the year after a day-first date ("15 Dec, 2025": Bear
 * Blog's default `%d %b, %Y` under each post's title, Steam's store pages' release date "9 Jul, 2013").
 */
const DATE_ONLY =
  /^(?:(?:published|updated|posted|last updated|published on|updated on|posted on|发布(?:时间)?|發佈(?:時間)?|更新(?:时间|時間)?|stand|(?:zuletzt )?aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?|publiziert(?: am)?|artikel vom)[:：]?\s*)?(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\.?,?\s+)?(?:\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:[A-Z]{2,4}\s*)?[,|]?\s*)?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s+(?:jan(?:uar)?|jänner|feb(?:ruar)?|feber|märz|mär|apr(?:il)?|mai|jun[i]?|jul[i]?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)\.?\s+\d{4}|\d+\s*(?:分钟|分鐘|小时|小時|天)前)(?:[,\s]*(?:um|at|上午|下午)?\s*\d{1,2}[:：.]\d{2}(?::\d{2})?\s*(?:uhr|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4})?(?:\s*[A-Z]{2,4})?)?$/i;

/**
 * The writings of a dateline that session 18's probes found at the head of CMS posts, only as one of the body's first three
 * blocks (a thread's posts may head each entry with a date, which stays): a time after a dash (Drupal's "Fr., 02.08.2019 -
 * 10:15", "Friday, August 2, 2019 - 10:15"), an ordinal ("August 2nd, 2019", "Posted on 2nd August 2019") and the German "Mrz.".
 * Slash dates stay: the golds keep a thread's first "28/11/2025 at 7:07 pm" and a guide's "Updated: 10/31/2024".
 */
const DATE_LEAD = new RegExp(
  DATE_ONLY.source
    .replace(
      String.raw`|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|`,
      String.raw`|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|`,
    )
    .replace('|märz|mär|', '|märz|mär|mrz|')
    .replace(String.raw`(?:[,\s]*(?:um|at|`, String.raw`(?:(?:[,\s]*|\s+[-–—]\s+)(?:um|at|`),
  'i',
);

/**
 * What news templates set on the dateline's own line after the date (heise's "09.07.2019 12:30 Uhr Lesezeit: 2 Min.", ZEIT's "15.
 * November 2019, 14:02 Uhr Quelle: ZEIT ONLINE, dpa 312 Kommentare"): the agencies the story draws on and the comment count, read
 * off the line's end (the reading time by `withoutReadingTime`).
 */
const DATELINE_SOURCE = /(?:\s*[|·•]\s*|\s+)(?:quelle|quellen|source|sources)\s*[:：]\s*[^|·•:]{1,80}?$/i;
const DATELINE_COMMENTS =
  /(?:\s*[|·•]\s*|\s+)\d{1,6}\s+(?:kommentare?|comments?|responses?|reactions?|antworten|commentaires?|comentarios?|commenti|reacties)$/i;

/**
 * A dateline among the body's first three blocks that carries the template's furniture after its date: a reading time, a source
 * line, a comment count, in any order at its end. Without them it is a dateline `dropDatelines` already drops.
 */
function isFurnishedDateline(text: string): boolean {
  // A dateline holds a digit: the common paragraph skips the expressions.
  if (text.length > 160 || !/\d/.test(text)) return false;
  let rest = text;
  for (let step = 0; step < 3; step += 1) {
    const next = withoutReadingTime(rest).replace(DATELINE_COMMENTS, '').replace(DATELINE_SOURCE, '');
    if (next === rest) break;
    rest = next;
  }
  return rest !== text && rest.length >= 6 && (DATE_LEAD.test(rest) || GERMAN_DATE_ONLY.test(rest));
}

/**
 * A byline's label in the languages of the web's news: "By", "Von", "Par", "Por", "Door", "Di", and their "written by" forms. Of
 * the English credits only the writing's: a paragraph crediting the editor or the photographer ("Edited by", "Photos by") stays.
 */
const BYLINE_LABEL = new RegExp(String.raw`^${bylineLabel(ENGLISH_WRITING)}\s+`, 'i');
/** A writer's role or desk on the line after a byline ("Staff Writer", "Associated Press", "Co-founder and Chief Architect", "Redakteurin", "ARD-Hauptstadtstudio"). */
const ROLE_WORD =
  /\b(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|photographer|staff|bureau|desk|press|reuters|afp|dpa|(?:co-?)?founder|chief|ceo|cto|cfo|director|officer|manager|architect|engineer|analyst|scientist|professor|researcher|redakteur(?:in)?|redaktion|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?|gründer(?:in)?|leiter(?:in)?|geschäftsführer(?:in)?)\b|studio\b/i;
/** Where a byline line's names part: "and", "und", "&", commas, a bar or a slash. */
const NAME_JOINS = /\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/i;
/** How far from the start (or the end) of the body a byline line is looked for. */
const BYLINE_REACH = 4;
/** A byline that names a CMS's default account, not a person. */
const ACCOUNT_BYLINE = new RegExp(
  String.raw`^${bylineLabel(ENGLISH_WRITING)}\s*:?\s*(?:admin|administrator|administrateur|webmaster|site admin|super user)\s*$`,
  'i',
);

/**
 * Drops a body paragraph that is the story's byline: its label, then the names of the authors the page states (its metadata or its
 * byline element), then at most a role or a desk ("By TOM REILLY, Staff Writer", "Von Max Mustermann, ARD-Hauptstadtstudio", "By
 * Lisa Mascaro and Mary Clare Jalonick, Associated Press"). Older templates and regional papers print it as a plain <p> in the
 * article's text, where no class names it; the author field carries the names. Only near the start or the end of the body, and
 * only names the page states elsewhere: "By tracing the rings …" is a sentence, and a line crediting another writer stays.
 */
function dropBylineBlocks(blocks: Block[], authors: string[], outlets: string[] = []): Block[] {
  // A CMS's default account signs the post ("Geschrieben von Administrator", Joomla 1.5; "Posted by admin"): no author, and no text either.
  const isAccountByline = (block: Block, index: number): boolean =>
    (index < BYLINE_REACH || index >= blocks.length - 2) && block.kind === 'p' && block.text.length <= 40 && ACCOUNT_BYLINE.test(block.text);
  // Copied only on the rare page that has one: this runs on every page.
  if (blocks.some(isAccountByline)) blocks = blocks.filter((block, index) => !isAccountByline(block, index));
  if (authors.length === 0) return blocks;
  // A river of cards, each with its writer's "by Dave Gershgorn" line (a guide's index, a shop's grid "By Charlton Home®"): those are
  // what the page lists.
  let labelled = 0;
  for (const block of blocks) if (block.kind === 'p' && block.text.length <= 60 && BYLINE_LABEL.test(block.text)) labelled += 1;
  if (labelled >= DATED_CARDS) return blocks;
  const names = new Set(authors.map((name) => name.toLowerCase()));
  const sites = outlets.map((site) => site.toLowerCase()).filter((site) => site.length >= 2);
  const isByline = (block: Block, index: number): boolean => {
    if (block.kind !== 'p' || block.text.length > 120 || isPostHeader(block)) return false;
    if (isMetaLine(block.text, names, sites)) return true;
    // The name alone, as taz and older papers set the writer under the story with no label (only there: a thread's first post is
    // headed by its poster's name, which the golds keep).
    if (index >= blocks.length - 2 && names.has(block.text.trim().toLowerCase())) return true;
    const label = BYLINE_LABEL.exec(block.text);
    if (!label) return false;
    const named = block.text.slice(label[0].length);
    // The page's own byline element may state the desk with the name ("Erika Musterfrau, ARD-Hauptstadtstudio").
    if (names.has(named.trim().toLowerCase())) return true;
    const parts = named.split(NAME_JOINS);
    let count = 0;
    while (count < parts.length && names.has(parts[count]!.trim().toLowerCase())) count += 1;
    // A role set on a line of its own after the name, read as "By Mark Hensley Staff Writer" (a <br> between them).
    if (count === 0) {
      const lower = named.trim().toLowerCase();
      const name = [...names].find((n) => lower.startsWith(`${n} `));
      if (!name) return false;
      const role = named.trim().slice(name.length).trim();
      return role.length <= 40 && !/[.!?]/.test(role) && ROLE_WORD.test(role);
    }
    const rest = parts.slice(count).join(', ');
    return rest.length <= 60 && !/[.!?](?:\s|$)/.test(rest);
  };
  // The role may follow on a line of its own ("By Tom Reilly<br>Staff Writer"): a short line right after a dropped byline goes with it.
  const isRole = (block: Block): boolean => block.kind === 'p' && block.text.length <= 40 && !/[.!?]/.test(block.text) && ROLE_WORD.test(block.text);
  let dropped = -2;
  return blocks.filter((block, index) => {
    if ((index < BYLINE_REACH || index >= blocks.length - 2) && isByline(block, index)) dropped = index;
    else if (!(dropped === index - 1 && isRole(block))) return true;
    return false;
  });
}

/**
 * A time and a US date with slashes, month first ("5:45 AM PST 11/19/2019"), as Hollywood Reporter's line before "by" and the
 * writer: read as a date only inside a meta line (isMetaLine), beside the page's stated author. Alone, a slash date stays (a guide's
 * "Updated: 10/31/2024" that its gold keeps, a thread's post time "28/11/2025 at 7:07 pm": session 18).
 */
const US_STAMP = /^(?:\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:[A-Z]{2,4}\s*)?[,|]?\s*)?(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/\d{4}$/i;

/** A time of day alone ("14:35 Uhr", "5:45 p.m."). */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4})?$/i;

/**
 * A story's meta line set as a paragraph: the author (with or without a byline label) or a reading time, and a date, parted by
 * bars, dots or dashes ("Max Mustermann, 02.08.2019 - 14:35 Uhr", "Veröffentlicht: 02.08.2019 | Lesedauer: 3 Min.", "Max
 * Mustermann · 19. November 2019 · 4 Min. Lesezeit"). A date and a time alone ("Feb 14, 2026 | 9:05 pm") are a forum post's
 * header, which stays; so does a line naming anything else ("Nov 19, 2019 | Max Mustermann | News").
 */
function isMetaLine(text: string, names: Set<string>, outlets: string[] = []): boolean {
  if (text.length > 160) return false;
  let rest = text;
  let named = false;
  const label = BYLINE_LABEL.exec(rest);
  if (label) rest = rest.slice(label[0].length);
  const lower = rest.toLowerCase();
  for (const name of names)
    if (lower.startsWith(name) && /^(?:\s*[,|·•–—-]\s*|\s+(?:on|am)\s+)/i.test(rest.slice(name.length))) {
      rest = rest.slice(name.length).replace(/^(?:\s*[,|·•–—-]\s*|\s+(?:on|am)\s+)/i, '');
      named = true;
      break;
    }
  if (label && !named) return false;
  // The date first and the writer after it, as Genesis (StudioPress) sets its `entry-meta` line ("May 3, 2017 By Erin Spain").
  if (!label && !named) {
    const after = DATE_THEN_NAME.exec(rest);
    if (after && names.has(after[1]!.trim().toLowerCase())) {
      rest = rest.slice(0, after.index);
      named = true;
    }
  }
  // The outlet after the name (Gannett's "Jane Doe, USA TODAY Published 10:15 a.m. ET Aug. 2, 2016 | Updated …"), then the date.
  const outlet = named ? outlets.find((site) => rest.toLowerCase().startsWith(`${site} `)) : undefined;
  if (outlet) rest = rest.slice(outlet.length).trim();
  if (text.length - (outlet?.length ?? 0) > 100) return false;
  let dated = false;
  let timed = false;
  for (const part of rest.split(/\s*[|·•]\s*|\s+[–—-]\s+/)) {
    if (part === '') continue;
    if (DATE_ONLY.test(part) || US_STAMP.test(part)) dated = true;
    else if (isReadingTime(part)) timed = true;
    else if (!TIME_ONLY.test(part)) return false;
  }
  return dated && (named || timed);
}

/** A writer's name after the date, with the byline's label between ("… By Erin Spain", "… von Max Mustermann"). */
const DATE_THEN_NAME = new RegExp(String.raw`\s+${anyOf(BY_WORDS)}\s+([^|·•]{2,60})$`, 'i');

/** "LinkNaija October 06, 2018", "By Jane Doe | 2026年2月5日": a short line ending in a date. */
const BYLINE_DATE =
  /^[^.!?。！？]{1,40}?[\s|·•,，]+(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})(?:[,\s]*\d{1,2}[:：]\d{2}(?::\d{2})?\s*(?:am|pm|[A-Z]{2,4})?)?$/i;

/**
 * The same lines as German blogs and news pages write them (WordPress's German themes, Blogger's date header, Typo3's and
 * Contao's news): "2. August 2019", "Sonntag, 21. Juli 2019", "08.07.2019 19:30", "12. Mai 2021 um 14:03 Uhr", after a label
 * ("Veröffentlicht am", "Datum:", "Zuletzt aktualisiert:") or a short name, and the date-first byline "08.07.2019 19:30 von
 * Martina Schulz", "Geschrieben am 12. Mai 2011 von Thomas Berger" (in English only with its label: "Posted on March 3, 2010
 * by admin"; a forum's "Edited June 19, 2024 by ColdJ" is the post's own line).
 */
const GERMAN_DATE =
  '(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}\\.\\s*(?:jan(?:uar)?|j(?:ä|ae)nner|feb(?:ruar)?|m(?:ä|ae)rz|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)\\.?\\s+\\d{4})(?:,?\\s*(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?';
const GERMAN_DATE_LABEL =
  '(?:(?:zuletzt\\s+)?(?:ver(?:ö|oe)ffentlicht|aktualisiert|erstellt|geschrieben|eingestellt|gepostet|ge(?:ä|ae)ndert)(?:\\s+am)?|datum|stand|am)';
const GERMAN_DATE_ONLY = new RegExp(`^(?:${GERMAN_DATE_LABEL}\\s*:?\\s*)?${GERMAN_DATE}$`, 'iu');
const GERMAN_BYLINE_DATE = new RegExp(`^[^.!?。！？]{1,40}?[\\s|·•,]+${GERMAN_DATE}$`, 'iu');
const DATE_FIRST_BYLINE = new RegExp(
  `^(?:${GERMAN_DATE_LABEL}\\s*:?\\s*)?${GERMAN_DATE}\\s+von\\s+\\p{Lu}[^.!?|]{0,40}$|^(?:posted|published|written)\\s+on\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}\\s+by\\s+[^.!?|]{1,40}$`,
  'iu',
);

/**
 * Whether a paragraph is a dateline or a byline ending in (or opening with) its date, in English, Chinese or German. A German
 * byline that comes twice or more (`germanBylines`) heads each post of a thread or each review of a list ("by galitsyn » 11.
 * Sep 2024, 18:36", "Verified Client 20.03.2024"): those stay.
 */
function isDateline(text: string, germanBylines: number): boolean {
  if (DATE_ONLY.test(text)) return true;
  if (!FOUR_DIGITS.test(text)) return false;
  if (BYLINE_DATE.test(text)) return true;
  if (text.length > 100) return false;
  return GERMAN_DATE_ONLY.test(text) || (germanBylines < 2 && isGermanByline(text));
}

/**
 * A year's four digits in a row. Every writing of BYLINE_DATE, GERMAN_DATE (so GERMAN_DATE_ONLY and GERMAN_BYLINE_DATE) and
 * DATE_FIRST_BYLINE states the year as `\d{4}` (ASCII, `u` or not): a paragraph without four digits matches none of them, and
 * one scan rules it out before them (most of a body's paragraphs, each tested by dropDatelines).
 */
const FOUR_DIGITS = /\d{4}/;

function isGermanByline(text: string): boolean {
  return text.length <= 100 && FOUR_DIGITS.test(text) && (GERMAN_BYLINE_DATE.test(text) || DATE_FIRST_BYLINE.test(text)) && !GERMAN_DATE_ONLY.test(text);
}

/** How many "name + date" lines make a river of dated cards rather than one article's byline. */
const DATED_CARDS = 3;

/**
 * Drops date-only and "name + date" lines: on an article they are its dateline and byline, which the metadata carries. A page
 * that states no kind (not an article, product or thread) and holds DATED_CARDS or more "name + date" lines is a river of dated
 * cards (a topic page, a store's genre page): each card's "By Jane Doe • Dec. 19, 2025" or "Release date: Mar 4, 2025" is part of
 * what the page lists, and stays. Date-only lines still go: card rivers' golds keep them about as often as they drop them.
 */
function dropDatelines(blocks: Block[], kind: PageKind): Block[] {
  let cardBylines = 0;
  if (kind === 'other') for (const block of blocks) if (block.kind === 'p' && isCardByline(block.text)) cardBylines += 1;
  const keepBylines = cardBylines >= DATED_CARDS;
  let germanBylines = 0;
  for (const block of blocks) if (block.kind === 'p' && isGermanByline(block.text)) germanBylines += 1;
  return blocks.filter(
    (block, index) =>
      // A dateline set as a list at the head (taz's `<ul><li class="date">15. 11. 2019</li></ul>`, Reach plc's published and
      // updated times as two items) is a dateline too.
      (block.kind === 'list' && !(index < 3 && block.items.length <= 2 && block.items.every((item) => isDateLeadLine(item.text, germanBylines)))) ||
      (block.kind !== 'p' && block.kind !== 'list') ||
      isPostHeader(block) ||
      (!isDateline(block.text, germanBylines) && !(index < 3 && (DATE_LEAD.test(block.text) || isFurnishedDateline(block.text)))) ||
      (keepBylines && isCardByline(block.text)),
  );
}

/** A line that is a dateline anywhere, or one of the writings `DATE_LEAD` allows at the body's head. */
function isDateLeadLine(text: string, germanBylines: number): boolean {
  return isDateline(text, germanBylines) || DATE_LEAD.test(text);
}

/** A heading that is only a date at the head of the post (Blogger's "date-header": "Freitag, 2. August 2019") is its dateline too. */
function dropDateHeadings(blocks: Block[]): Block[] {
  return blocks.filter((block, index) => !(block.kind === 'h' && index < 2 && DATE_ONLY.test(block.text)));
}

/** A "name + date" line that is not a date alone. */
function isCardByline(text: string): boolean {
  return FOUR_DIGITS.test(text) && BYLINE_DATE.test(text) && !DATE_ONLY.test(text);
}

/**
 * A Blogger or TypePad blog's name: its masthead <h1> when the <title> is their "<blog>: <post>" (the post's own heading is an
 * <h3>). The name states the site as og:site_name would, whatever the blog's host.
 */
function bloggerName(generator: string | null, headings: readonly { text: string }[], titleTag: string | null): string | null {
  if (!generator || !BLOG_PLATFORM.test(generator) || !titleTag) return null;
  const name = headings[0]?.text;
  return name && titleTag.startsWith(`${name}: `) ? name : null;
}
const BLOG_PLATFORM = /^(?:blogger|https?:\/\/www\.typepad\.com\/?)$/i;

/**
 * Removes body blocks that repeat the headline (the walker sees the page's <h1>). A body holding two or more different
 * <h1>s has no single headline among them: they title the cards or sections of a listing, and only one repeating the title goes.
 */
/** White space and the separators a title sets between a kicker and its headline. */
const LOOSE = /[\s:|–—·]+/g;

/** How many blocks from the body's head a breadcrumb or kicker ending in the headline may sit. */
const TITLE_HEAD = 3;

function dropTitleBlocks(blocks: Block[], title: string, kind: PageKind): Block[] {
  const normalized = title.replace(/\s+/g, '');
  const loose = title.replace(LOOSE, '');
  const titleWords = wordsOf(title);
  const holdsTitle = (text: string): boolean => {
    const words = new Set(wordsOf(text));
    return titleWords.filter((word) => !words.has(word)).length <= (titleWords.length >= 3 ? 1 : 0);
  };
  const h1s = new Set<string>();
  for (const block of blocks) if (block.kind === 'h' && block.level === 1) h1s.add(block.text);
  const sectionTitles = h1s.size >= 2;
  const isTitle = (block: Block, index: number): boolean => {
    if (block.kind !== 'h' && !(block.kind === 'p' && index < 3)) return false;
    const text = block.text.replace(/\s+/g, '');
    // "Home › News › <title>": a breadcrumb or kicker ending in the headline. Past the body's head only a label set off by a colon
    // ("Re: <title>", a forum reply's subject): there a heading ending in a short title names a section of the page ("ExactCare
    // Travel Insurance" on a page titled "Travel Insurance").
    const breadcrumb = normalized.length >= 10 && text.endsWith(normalized) && text.length <= normalized.length + 40;
    if (breadcrumb && (index < TITLE_HEAD || text.slice(0, text.length - normalized.length).endsWith(':'))) return true;
    // A kicker set in the heading as an element of its own, where the title writes it with a colon ("Klimaschutz Bundestag
    // beschließt …" for "Klimaschutz: Bundestag beschließt …"): the same words without the separator.
    if (loose.length >= 10 && text.length <= normalized.length && text.replace(LOOSE, '') === loose) return true;
    if (text === normalized) return true;
    // A lone <h1> is the headline. On a page that states no article, product or thread, an <h1> in other words than the title is
    // the hero's slogan over its lead ("Clarity, finally." on a page titled "A To-Do List to Organize Your Work & Life"): content.
    // One that holds the title's words, all but one at most, is the headline still ("Retirement Planning Calculator - American
    // Funds"; "QS World University Rankings by Subject 2025: Computer Science …" for "… Rankings for Computer Science …").
    return block.kind === 'h' && block.level === 1 && !sectionTitles && (kind !== 'other' || holdsTitle(block.text));
  };
  return blocks.filter((block, index) => {
    // The first block, a label of a word or two right over the headline ("Verkehr", "Schlafforschung", "Lokales"): the story's
    // kicker, which titles its topic and not the story.
    if (index === 0 && blocks.length > 2 && isKicker(block) && isTitle(blocks[1]!, 1) && normalized.length >= 10) return false;
    return !isTitle(block, index);
  });
}

/** A title's or heading's words, in lower case, for comparing them loosely (separators, case and word order aside). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The names templates give a breadcrumb trail's first crumb, the site's home page. */
const HOME_NAME = 'home(?: ?page)?|startseite|accueil|inicio|início';
/** The first crumb of a breadcrumb trail: the site's home page. */
const HOME_CRUMB = new RegExp(`^(?:${HOME_NAME})$`, 'i');

/** The longest crumb, and the longest trail set as one paragraph. */
const CRUMB_MAX = 80;
const TRAIL_MAX = 250;

/**
 * Drops breadcrumb trails ("Home › Car news › Electric › <title>"): a list of two to eight short items whose first is the home
 * page, a paragraph of two or more links whose first is the home page, or a paragraph that writes the trail with separators
 * ("Home > Projectors > 4K Projectors"). It is the site's navigation, not the page's text; the rule for a trail ending in the
 * headline (dropTitleBlocks) misses trails that end in a section's name or hold the title as a list item, and templates with
 * hashed or atomic classes (styled-components) give the walk no "breadcrumb" word to skip them by.
 */
function dropBreadcrumbs(blocks: Block[]): Block[] {
  return blocks.some(isBreadcrumb) ? blocks.filter((block) => !isBreadcrumb(block)) : blocks;
}

/** Whether a block is a breadcrumb trail (dropBreadcrumbs). */
function isBreadcrumb(block: Block): boolean {
  if (block.kind === 'list') {
    const items = block.items;
    return items.length >= 2 && items.length <= 8 && HOME_CRUMB.test(items[0]!.text.trim()) && items.every((item) => item.text.length <= CRUMB_MAX);
  }
  // Only a paragraph that opens with the home page's name is read further (most of a body's paragraphs fail the first test).
  return block.kind === 'p' && block.text.length <= TRAIL_MAX && HOME_START.test(block.text) && (isLinkTrail(block.html) || SEPARATED_TRAIL.test(block.text));
}

/** A paragraph that opens with a link to the home page and holds at least one more link: a breadcrumb trail set inline. */
function isLinkTrail(html: string): boolean {
  const first = /^\s*<a\b[^>]*>([^<]*)<\/a>/.exec(html);
  return first !== null && HOME_CRUMB.test(first[1]!.trim()) && html.indexOf('<a', first[0].length) !== -1;
}

/** A text that opens with the home page's name. */
const HOME_START = new RegExp(`^(?:${HOME_NAME})`, 'i');

/** A trail written out: the home page's name, then two or more crumbs each after a separator. */
const SEPARATED_TRAIL = new RegExp(`^(?:${HOME_NAME})\\s*[>›»/|](?:[^>›»/|]+[>›»/|]){1,}[^>›»/|]+$`, 'i');

/** A kicker's shape: a paragraph, or a heading below the headline's level (a German "Dachzeile" set as an <h2> over the <h1>), of one to three words, without a sentence's or a list's punctuation. */
function isKicker(block: Block): boolean {
  return (
    (block.kind === 'p' || (block.kind === 'h' && block.level > 1)) &&
    block.text.length <= 30 &&
    !/[.!?:;,|]/.test(block.text) &&
    block.text.split(/\s+/).length <= 3
  );
}

/**
 * Pure: bytes or HTML text + options → Article. Throws FeedwrightError (EXTRACT_NO_CONTENT for a
 * page without text, EXTRACT_NOT_HTML, EXTRACT_TOO_LARGE, FETCH_BAD_URL for a URL that is not
 * http(s)) for bad input and EXTRACT_FAILED when extraction itself breaks; never anything else.
 */
export function extractArticle(input: Uint8Array | string, options: ExtractOptions): Article {
  try {
    return extractUnchecked(input, options);
  } catch (error) {
    if (error instanceof FeedwrightError) throw error;
    // A bug or a pathological page must not kill the worker with an unclassified error, nor pass for a page without text.
    throw new FeedwrightError('EXTRACT_FAILED', `extraction failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function extractUnchecked(input: Uint8Array | string, options: ExtractOptions): Article {
  const { pieces, charset } = readHtml(input, options);
  const parsed = parseHtml(parserInput(pieces));
  const document = parsed.document as ParentNode;
  if (parsed.maxDepth >= MAX_DEPTH) capDepth(document);
  const signals = readSignals(document);
  const warnings: string[] = [];
  const sources: FieldSources = {};
  const meta = signals.meta;
  const ld = signals.article;
  const baseUrl = options.url;

  // Canonical URL: rel=canonical, then og:url, then the fetched URL (http(s) only).
  // Evaluated in order, only until one gives a URL (each is a URL parse).
  const canonicalCandidates: [string, Candidate<string>][] = [
    ['link-canonical', () => (signals.canonical ? canonicalizeUrl(signals.canonical, baseUrl) : null)],
    ['og:url', () => (meta.get('og:url') ? canonicalizeUrl(meta.get('og:url')!, baseUrl) : null)],
    ['fetched-url', () => canonicalizeUrl(options.url)],
  ];
  const canonical = first(...canonicalCandidates);
  if (!canonical) throw new FeedwrightError('FETCH_BAD_URL', `no usable http(s) URL for ${options.url}`);
  const url = canonical.value;
  sources.canonicalUrl = canonical.from;

  // Body: recipe → page data → generic.
  let blocks: Block[] = [];
  let method = 'generic';
  let pageData = null as ReturnType<typeof readPageData>;
  for (const json of signals.pageDataJson) {
    pageData = readPageData(json, baseUrl);
    if (pageData) break;
  }
  const bodyElement = signals.body;
  if (options.recipe?.body) {
    try {
      const $ = load(document as unknown as Document);
      const scope = $(options.recipe.body);
      for (const selector of options.recipe.remove ?? []) scope.find(selector).remove();
      scope.each((_, element) => {
        blocks.push(...collectBlocks(element as unknown as Element, { baseUrl }));
      });
    } catch (error) {
      warnings.push(`recipe selector failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (blocks.some((b) => b.kind !== 'image')) method = 'recipe';
    else {
      blocks = [];
      warnings.push('recipe body selector matched no text; fell back');
    }
  }
  if (method !== 'recipe' && pageData) {
    blocks = pageData.blocks;
    method = 'page-data';
  }
  const kind = pageKindOf(signals, ld);
  // The page's address as the title and story rules read it (its slug), parsed once.
  const place = placeOf(url);
  if (method === 'generic') {
    // Stated by the page: an article-typed JSON-LD node (og:type=article is on every WordPress page; a bare WebPage says nothing).
    const result = extractGenericBody(
      document,
      bodyElement ?? (document as unknown as Element),
      baseUrl,
      parsed.elements,
      kind,
      statedProductDescription(signals),
      statedProductReviews(signals),
      kind === 'other' && isStoryPage(signals, options.url, place.path),
    );
    blocks = result.blocks;
  }
  sources.body = method;

  // Site name, then title (the site name helps strip the suffix).
  const site = first<string>(
    ['og:site_name', str(meta.get('og:site_name'))],
    ['json-ld', str((ld?.publisher as JsonLdNode | undefined)?.name)],
    ['meta', str(meta.get('application-name')) ?? str(meta.get('apple-mobile-web-app-title'))],
  );
  if (site) sources.siteName = site.from;
  const siteName = site ? stripXmlIllegal(site.value) : null;
  const titleInput: TitleInput = {
    metadata: [
      ['json-ld', str(ld?.headline) ?? str(ld?.name)],
      ['page-data', pageData?.headline],
      ['og:title', str(meta.get('og:title'))],
      ['twitter:title', str(meta.get('twitter:title'))],
      ['dublin-core', str(meta.get('dc.title')) ?? str(meta.get('dcterms.title'))],
      ['title-tag', signals.titleTag],
    ]
      .filter((m): m is [string, string] => Boolean(m[1]))
      .map(([from, text]) => ({ from, text })),
    headings: signals.headings,
    subheading: signals.firstH2,
    siteNames: [
      siteName,
      str((ld?.publisher as JsonLdNode | undefined)?.name),
      str(meta.get('application-name')),
      str(meta.get('apple-mobile-web-app-title')),
      bloggerName(str(meta.get('generator')), signals.headings, signals.titleTag),
    ].filter((n): n is string => Boolean(n)),
    ...place,
    articleLike: Boolean(ld && typesOf(ld).some((t) => t !== 'WebPage')) || /article/i.test(meta.get('og:type') ?? ''),
    thread: kind === 'thread',
  };
  const titleChoice = chooseTitle(titleInput);
  const title = titleChoice ? stripXmlIllegal(titleChoice.title) : '';
  options.onTitle?.(titleInput, titleChoice);
  if (titleChoice) sources.title = titleChoice.from;
  // Authors (before the body is final: a byline line in the body that names them goes). A product offered for sale has a maker and
  // a seller, no writer: its "By BRAND" line, its meta author (the shop) and its copywriting team are not the page's author.
  const authorChoice =
    kind === 'product'
      ? { authors: [], from: null }
      : chooseAuthors(
          signals,
          ld,
          [siteName, str((ld?.publisher as JsonLdNode | undefined)?.name), place.host?.replace(/^www\./, '') ?? null].filter((n): n is string => Boolean(n)),
        );
  const authors = authorChoice.authors.map(stripXmlIllegal);
  if (authorChoice.from) sources.byline = authorChoice.from;

  // A thread's post headers ("felixen", "Jul 9, 2022") are its content (threads.ts).
  // A Reddit link post's title is the post (PageSignals.titleIsPost): its heading stays.
  blocks = dropBylineBlocks(
    dropDateHeadings(dropDatelines(signals.titleIsPost === true ? blocks : dropBreadcrumbs(dropTitleBlocks(blocks, title, kind)), kind)),
    authors,
    titleInput.siteNames,
  );

  // The writer's bio box after the story, which the template's classes did not name (author-bio.ts).
  blocks = dropAuthorBio(blocks, authors, kind);

  // Never nothing: a page whose body yields no text falls back to its description; only a page with no text at all has no content.
  let joined = blocksToText(blocks);
  // weightedLength(text) is 0 only for '': the empty checks compare instead of counting the text.
  // A script shell (Discourse before its app runs) leaves only a bar of links in the HTML: a menu is not the page's text either.
  if (joined === '' || (joined.length < 200 && blocks.every((block) => block.kind === 'p' && ONLY_LINKS.test(block.html)))) {
    const description = [str(ld?.description), str(meta.get('og:description')), str(meta.get('description')), str(meta.get('twitter:description'))].find(
      (d) => d && normalizeSpace(d) !== '',
    );
    if (description) {
      const text = normalizeSpace(description);
      blocks = [{ kind: 'p', text, html: escapeHtml(text) }];
      method = 'description';
      sources.body = method;
      warnings.push('no body text found; the body is the page description');
      joined = blocksToText(blocks);
    }
  }
  const contentText = stripXmlIllegal(joined);
  if (contentText === '') throw new FeedwrightError('EXTRACT_NO_CONTENT', 'the page has no text', { details: { method } });
  const contentHtml = stripXmlIllegal(renderSafeHtml(blocks.map((b) => (b.kind === 'h' && b.level === 1 ? { ...b, level: 2 } : b))));

  // Dates (the declared language reads "08/02/2019").
  const declared = first<string>(
    ['page-data', pageData?.language ?? null],
    ['json-ld', jsonLdLanguage(ld)],
    ['html-lang', signals.htmlLang],
    ['meta', str(meta.get('content-language')) ?? str(meta.get('og:locale')) ?? str(meta.get('dc.language'))],
  );
  const declaredLanguage = normalizeLanguageTag(declared?.value ?? null) ?? normalizeLanguageTag(options.language ?? null);
  const dates = choosePageDates({
    signals,
    article: ld,
    pageData,
    urls: [options.url, url],
    context: { timezone: options.timezone ?? 'UTC', fetchedAt: options.fetchedAt, language: declaredLanguage },
    notAfter: knownTime(options.notAfter) ?? knownTime(options.fetchedAt),
  });
  if (dates.published) sources.publishedAt = dates.published.from;
  if (dates.updated) sources.updatedAt = dates.updated.from;
  const publishedAt = dates.published?.value ?? null;
  const updatedAt = dates.updated?.value ?? null;

  // Images: body images carry captions and credits; the lead image borrows them by identity.
  const images: ImageRef[] = blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image').map((b) => b.image);
  const leadCandidate = first<string>(
    ['og:image', str(meta.get('og:image:secure_url')) ?? str(meta.get('og:image')) ?? str(meta.get('og:image:url'))],
    ['json-ld', jsonLdImage(ld)],
    ['twitter:image', str(meta.get('twitter:image')) ?? str(meta.get('twitter:image:src'))],
    ['body', images[0]?.url ?? null],
  );
  let leadImage: ImageRef | null = null;
  if (leadCandidate) {
    const leadUrl = absoluteUrl(leadCandidate.value, baseUrl);
    if (leadUrl && !leadUrl.startsWith('mailto:')) {
      const leadKey = imageKey(leadUrl);
      const match = images.find((image) => imageKey(image.url) === leadKey);
      leadImage = {
        url: leadUrl,
        alt: str(meta.get('og:image:alt')) ?? match?.alt ?? null,
        caption: match?.caption ?? null,
        credit: match?.credit ?? null,
      };
      sources.leadImage = leadCandidate.from;
    }
  }

  // Summary.
  const summaryCandidate = first<string>(
    ['json-ld', str(ld?.description)],
    ['og:description', str(meta.get('og:description'))],
    ['meta', str(meta.get('description'))],
    ['twitter:description', str(meta.get('twitter:description'))],
  );
  const summary = summaryCandidate ? stripXmlIllegal(summaryCandidate.value) : null;
  if (summaryCandidate) sources.summary = summaryCandidate.from;

  // Language.
  const language = resolveLanguage(declared?.value ?? null, title, contentText, options.language ?? null);
  sources.language = language.from === 'declared' ? declared!.from : language.from;

  // Alternates: other-language variants of the same story.
  const alternates: Alternate[] = [];
  const seen = new Set<string>([url]);
  for (const alternate of signals.alternates) {
    if (alternate.hreflang.toLowerCase() === 'x-default') continue;
    const alternateUrl = canonicalizeUrl(alternate.href, baseUrl);
    const tag = normalizeLanguageTag(alternate.hreflang);
    if (!alternateUrl || !tag || seen.has(alternateUrl)) continue;
    seen.add(alternateUrl);
    alternates.push({ language: tag, url: alternateUrl });
  }

  const leadImageUrl = leadImage?.url ?? null;
  const contentHash = contentHashOf(JSON.stringify([title, contentText, publishedAt, updatedAt, leadImageUrl]));
  return {
    id: articleId(url),
    url,
    title,
    byline: bylineOf(authors, language.language),
    authors,
    siteName,
    language: language.language,
    publishedAt,
    updatedAt,
    summary,
    leadImage,
    images,
    contentHtml,
    contentText,
    alternates,
    tags: collectTags(signals),
    contentHash,
    extraction: { method, warnings, sources, charset },
  };
}
