/**
 * Authors where a page states them: JSON-LD `author` (people, not organisations), the `author`
 * meta family, `article:author` when it is a name rather than a profile URL, then the visible
 * byline (rel=author, itemprop=author, byline/author elements, a "By …" line near the headline).
 * Names are cleaned ("By " and "Written by" prefixes, trailing dates and roles after a bar) and
 * never a site name, a URL, an e-mail address or a user id.
 */
import type { Element } from 'domhandler';
import { classHints, isElement, nextElement, rawText } from './dom.ts';
import { findDateInText } from './dates.ts';
import type { JsonLdNode, PageSignals } from './metadata.ts';
import { HIDDEN_TEXT, typesOf, visibleText } from './metadata.ts';
import {
  AUTHOR_NOUNS,
  BY_WORDS,
  CJK_LABELS,
  CJK_WRITERS,
  ENGLISH_CREDITS,
  ENGLISH_POSTED,
  ENGLISH_WRITING,
  ENGLISH_WRITTEN,
  GERMAN_AUTOR,
  GERMAN_PARTICIPLES,
  GERMAN_VERFASSER,
  ITALIAN_DA,
  RUSSIAN_AUTHOR_NOUNS,
  WRITTEN_BY_SENTENCE,
  anyOf,
  bylineLabel,
  creditThenBy,
  germanPieceBy,
} from './byline-labels.ts';
import { decodeTitleText, titleKey } from './title.ts';

/** "Ein Bericht von Jane Doe" as a line of its own under the headline. */
const GERMAN_PIECE_BYLINE = new RegExp(String.raw`^${germanPieceBy()}\s+`, 'i');
const CAPITAL_START = /^\p{Lu}/u;
/**
 * Whether the label `re` (case-insensitive) leads the text and a capital letter follows it. The capital is tested apart: with the
 * `i` flag, `\p{Lu}` matches lower case letters too ("By stage", a menu's group title, read as a byline).
 */
function capitalAfter(re: RegExp, text: string): boolean {
  const match = re.exec(text);
  return match !== null && CAPITAL_START.test(text.slice(match.index + match[0].length));
}
/**
 * A byline's label before the name, to strip: every English credit (the name read is the one the page labels, whatever the credit),
 * the author nouns, CJK labels; or, with its colon and maybe no space, an author noun in more scripts ("Author:Jane", "Автор: Иван").
 */
const BY_PREFIX = new RegExp(
  String.raw`^(?:${WRITTEN_BY_SENTENCE}|${bylineLabel(ENGLISH_CREDITS)}|${anyOf(AUTHOR_NOUNS)}|${GERMAN_VERFASSER}(?=\s*:)|${anyOf(CJK_LABELS)})\s*[:：/／|]?\s+|^${anyOf([...AUTHOR_NOUNS, ...RUSSIAN_AUTHOR_NOUNS, ...CJK_LABELS])}\s*[:：/／]\s*`,
  'i',
);
const NOT_A_NAME = new RegExp(
  String.raw`https?:|www\.|@|^\d+$|^(undefined|null|admin|administrator|webmaster|editor|staff|guest|anonymous|unknown|none|author|${BY_WORDS.join('|')})$|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$`,
  'i',
);
/** A writer's role where the name should be ("Staff Writer", "Expert Reviewer", "Contributing Editor"): a byline's second line. */
const ROLE_ONLY =
  /^(?:(?:senior|staff|contributing|guest|freelance|associate|managing|executive|expert|deputy|chief)\s+)+(?:writer|reporter|editor|contributor|reviewer|correspondent|columnist)s?$/i;
/** Byline furniture read where a name should be: a bare label ("Written By", "Updated"), a reading time ("10 Min Read"), a day ("Mar 6"), a template key ("page.head.extra.author"). */
const BYLINE_FURNITURE =
  /^(?:(?:written|posted|published|reviewed|edited|updated)(?:\s+(?:by|on))?|post|posts|guide|share|follow|read more)$|^\d+\s*(?:min(?:ute)?s?|hrs?|hours?)(?:\s+read)?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$|^[\w-]+(?:\.[\w-]+){2,}$|\{\{|\}\}/i;
/**
 * What may stand before a date that a name follows: nothing, or a posting label ("Posted on", "Published on",
 * "Veröffentlicht am", "Publié le"); a bare "Published" is left out, as it also leads a book's publisher ("Published
 * August 2, 2019 by Penguin").
 */
const DATE_LEAD =
  /^\s*(?:(?:posted|published on|updated|veröffentlicht|erstellt|geschrieben|publié|publicado|pubblicato|gepubliceerd|geplaatst)(?:\s+(?:on|am|le|el|il|op|em))?)?\s*[,:]?\s*$/i;
/** After that date, an optional time of day, then "by"/"von"/… and a capitalised name: "… at 10:30 am by John Smith". */
const DATE_THEN_BY = new RegExp(
  String.raw`^\s*(?:(?:at|um|à|alle|om)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr)?)?\s*,?\s*${anyOf([...BY_WORDS, ITALIAN_DA])}\s+`,
  'i',
);
/** A dot or a bar after a leading date, then the name. */
const DATE_THEN_DOT = /^\s*[·•|]\s*(?=\p{Lu})/u;
/** True for a posting line that names its author after its date: "Posted on August 2, 2019 by Jane Doe". */
function namesAfterDate(line: string): boolean {
  const date = findDateInText(line);
  return date !== null && DATE_LEAD.test(line.slice(0, date.index)) && capitalAfter(DATE_THEN_BY, line.slice(date.index + date.length));
}
/** A weekday's short form left before a date ("» Fr 2. Aug 2019", "Mi., 3. Mai", "jeu. 2 mai"): German, French, Spanish, Italian, Dutch. */
const WEEKDAY = /^(?:mo|mi|do|fr|sa|so|lun|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|ma|wo|vr|za|zo)\.?$/i;
const PARTICLE = /^(van|von|der|den|de|del|della|di|da|dos|du|la|le|bin|al|y|e)$/i;

/**
 * A cleaned author name, or null when the text is not one (a URL, an id, a site name, a sentence). A `handle` is the
 * poster a thread's structured data names: there letters and digits run together are the name ("LingoLover94").
 */
export function cleanAuthorName(raw: string, siteKeys: string[] = [], handle = false): string | null {
  let name = decodeTitleText(raw)
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
  name = name.replace(BY_PREFIX, '').trim();
  // "Jane Doe | June 2, 2019", "Jane Doe - Updated …", "Jane Doe • 5 min read": keep the name; a date alone is none.
  const date = findDateInText(name);
  // Cut there, with the word that led into the date ("John Smith on Aug 2, 2019", "Max am 2. August", "Marie le 3 mai",
  // "Ana el 2 de agosto"): lower case only, so a surname such as "Le" stays.
  if (date) {
    const before = name.slice(0, date.index);
    const after = name.slice(date.index + date.length);
    // "Posted on August 2, 2019 by John Smith", "Veröffentlicht am 2. August 2019 von Max": the name follows the date.
    if (DATE_LEAD.test(before) && capitalAfter(DATE_THEN_BY, after)) name = after.replace(DATE_THEN_BY, '');
    // "Dec. 19, 2025 · Niko Matsakis on behalf of …": the date first, then the name after a dot or a bar.
    else if (before.trim() === '' && DATE_THEN_DOT.test(after)) name = after.replace(DATE_THEN_DOT, '');
    else name = before.replace(/\s+(?:on|am|le|el|il|op|em|at|den|dnia)\s*[,:]?\s*$/, '');
  }
  name =
    name.split(
      /\s+[|•·–—]\s+|\s+-\s+|\s*\n\s*|\s+on behalf of\b|\s+(?:on|am|le|el|il|op|em)\s+(?=\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|(?:^|\s+)(?:updated|published|posted|last updated)\b/i,
    )[0] ?? '';
  // A footnote mark after the name ("Jane Doe, MD*", "Jane Doe†") points to a note on the writer: not part of the name.
  name = name.replace(/^[\s,;:|•·–—»«›‹／-]+|[\s,;:|•·–—»«›‹／*†‡-]+$/g, '').trim();
  if (name === '' || NOT_A_NAME.test(name) || WEEKDAY.test(name) || BYLINE_FURNITURE.test(name) || ROLE_ONLY.test(name) || !/\p{L}/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (name.length > 80 || words.length > 10) return null;
  // A sentence fragment ("This review is", "printing one of our examples.") is not a name.
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !PARTICLE.test(word)).length;
  if (words.length >= 2 && lower * 2 >= words.length) return null;
  // A user id ("mdelatorreq6vkpg2ma0ci", "262588213843476"): letters and many digits run together, unless a posting names its poster so.
  if (!handle && words.length === 1 && (/\d{3,}/.test(name) || ((name.match(/\d/g)?.length ?? 0) >= 2 && /\p{L}\d|\d\p{L}/u.test(name)))) return null;
  const key = titleKey(name);
  if (siteKeys.some((site) => site === key)) {
    // Kept aside: where the page names no one else, the post is signed by the site itself (chooseAuthors).
    siteSigned?.push(name);
    return null;
  }
  return name;
}

/**
 * While chooseAuthors reads a page: the names its readers turned down for being the site's own, in the order they were read (a
 * module's slot rather than a parameter through every reader; the reads are synchronous).
 */
let siteSigned: string[] | null = null;

/**
 * Names in a JSON-LD author value (people only; organisations are publishers, not authors). An author given only as a reference
 * (`{"@id": "…#/schema/person/…"}`, Yoast's and Rank Math's schema graphs) is the node of the page's `graph` with that @id.
 */
function jsonLdNames(value: unknown, graph: JsonLdNode[] = []): string[] {
  const names: string[] = [];
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      names.push(item);
      return;
    }
    if (Array.isArray(item)) return item.forEach(visit);
    if (item && typeof item === 'object') {
      let node = item as JsonLdNode;
      const id = node['@id'];
      if (node.name === undefined && typeof id === 'string') node = graph.find((other) => other['@id'] === id && other.name !== undefined) ?? node;
      const isOrganization = typesOf(node).some((t) => /Organization$/.test(t));
      if (typeof node.name === 'string' && !isOrganization) names.push(node.name);
    }
  };
  visit(value);
  return names;
}

/** Splits "A, B and C" / "A & B" into names (only when each part looks like a name). */
function splitNames(text: string): string[] {
  const parts = text
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\ben\b|、)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  // Every part a full name (credentials like "MS, RD" or roles like "Dietitian" are one word and stay attached).
  return parts.length > 1 &&
    parts.every((part) => {
      const n = part.split(/\s+/).length;
      return n >= 2 && n <= 4 && /^\p{Lu}/u.test(part);
    })
    ? parts
    : [text];
}

const POSTING_TYPE = /(?:^|:)(?:DiscussionForumPosting|SocialMediaPosting|Question)$/;
/** The name element of an author box or card: "elementor-author-box__name" (Elementor's Author Box widget), "author-card__name", "author-box-name". */
const AUTHOR_BOX_NAME = /author-?(?:box|card)(?:__|-)+name(?![a-z])/;
const BYLINE_SKIP =
  /bio|avatar|image|img|photo|picture|about|description|social|follow|more|box|(?<!v)card|list|link-?list|title|label|role|job(?![a-z])|position|review|rating|testimonial|customer/;

/** A class word for the writers in the plural: "authors", "authors-name" (PCMag), "authors-data". */
const PLURAL_AUTHORS = /(?:^|[\s_-])authors(?:[\s_-]|$)/;
/** The first word of an element's class attribute ("post-card" of "post-card featured"), or "". */
function firstClass(element: Element): string {
  const className = (element.attribs.class ?? '').trim();
  const space = className.indexOf(' ');
  return space < 0 ? className : className.slice(0, space);
}
const CARD_HEADING = /^h[1-6]$/;
/** Whether a link leads to another page: a post on this one ("#p123", "viewtopic.php?p=5#p5") is a thread's, not a card's. */
function linksAway(link: Element): boolean {
  const href = link.attribs.href;
  return href !== undefined && href !== '' && !href.includes('#');
}
/**
 * Whether the card shows a title linking to another page (a heading holding a link, or a link holding a heading) before the byline
 * element: a card's title leads it. (A page's sidebar sets its recent posts' titles after the author box; XenForo's poster name, a
 * linked `<h4>`, is inside the byline element and opens the post.)
 */
function titledBefore(card: Element, byline: Element): boolean {
  const stack: Element['children'] = [];
  for (let i = card.children.length - 1; i >= 0; i -= 1) stack.push(card.children[i]!);
  for (let visited = 0; stack.length > 0 && visited < 400; visited += 1) {
    const node = stack.pop()!;
    if (node === byline) return false;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (
      element.name === 'a'
        ? linksAway(element) && findDescendant(element, (h) => CARD_HEADING.test(h.name)) !== null
        : CARD_HEADING.test(element.name) && findDescendant(element, (a) => a.name === 'a' && linksAway(a)) !== null
    )
      return true;
    for (let i = element.children.length - 1; i >= 0; i -= 1) stack.push(element.children[i]!);
  }
  return false;
}
/** Whether `inner` lies inside `outer`. */
function within(inner: Element, outer: Element): boolean {
  for (let node: Element | null = inner; node; node = node.parent as Element | null) if (node === outer) return true;
  return false;
}
const CARD_REACH = 8;
/**
 * Whether a byline element sits in a listing's post card: the nearest ancestor (within eight levels) with two or more siblings of
 * its tag and first class word, another of which holds a byline element or a link to a writer's archive too, and which holds a title linking to another page (a
 * blog's front page, a news section, a river of stories). A thread's posts stand alike too, but their headings, where they have
 * any, link to the post on the page ("#p123").
 */
function inListingCard(element: Element, signals: PageSignals): boolean {
  let node = element;
  for (let depth = 0; depth < CARD_REACH; depth += 1) {
    const parent = node.parent as Element | null;
    if (!parent || parent.type !== 'tag') return false;
    const word = firstClass(node);
    let alike = 0;
    let signed = false;
    for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
      const kid = kids[ci] as Element;
      if (kid.type !== 'tag' || kid.name !== node.name || firstClass(kid) !== word) continue;
      alike += 1;
      if (kid !== node && !signed)
        signed = signals.authorElements.some((other) => within(other, kid)) || signals.authorLinks.some((other) => within(other, kid));
    }
    if (alike >= 3) return signed && titledBefore(node, element);
    node = parent;
  }
  return false;
}

/**
 * Classes that say a byline element's name is not the page's writer: a testimonial's quoted customer (`testimonial__content`,
 * `pageblock--testimonials`), a WordPress page's (`type-page`, not a post's `type-post`) editor, which themes such as Avada print in a
 * hidden rich snippet on every page, and a template's own `no-byline` flag (Centric's breadcrumb in `post-meta-detail no-byline`).
 */
const NOT_WRITERS_PLACE = /testimonial|(?:^|\s)type-page(?:\s|$)/i;
const NO_BYLINE = /(?:^|\s)no-byline(?:\s|$)/;
function notWritersPlace(element: Element): boolean {
  if (NO_BYLINE.test(element.attribs.class ?? '')) return true;
  for (let node = element.parent as Element | null, depth = 0; node && node.type === 'tag' && depth < 10; node = node.parent as Element | null, depth += 1)
    if (NOT_WRITERS_PLACE.test(node.attribs.class ?? '')) return true;
  return false;
}

/** Whether one of the first texts under the headline holds the name. */
function nearHeadline(signals: PageSignals, name: string): boolean {
  const lines = signals.headlineTexts.after;
  for (let i = 1; i < Math.min(lines.length, BESIDE_DATE_REACH); i += 1) if (lines[i]!.includes(name)) return true;
  return false;
}

const REVIEW_TYPE = /(?:^|[/:])(?:Review|UserReview|CriticReview|EmployerReview)$/;
/** Whether the nearest typed microdata item above the element is a review. */
function inReview(element: Element): boolean {
  for (let node = element.parent as Element | null, depth = 0; node && node.type === 'tag' && depth < 8; node = node.parent as Element | null, depth += 1) {
    const itemtype = node.attribs.itemtype;
    if (itemtype !== undefined) return REVIEW_TYPE.test(itemtype.trim());
  }
  return false;
}

/** An author box or card ("blog_author-box", "author-card", "author_box"): its parts are skipped, but its portrait names the writer. */
const AUTHOR_BOX = /author[-_]?(?:box|card)(?![a-z])/;
/** The name an author box shows both as its portrait's alt text and as a text of its own ("Lauren Vetter" under her photo), or null. */
function portraitName(box: Element, siteKeys: string[]): string | null {
  const portrait = findDescendant(box, (e) => e.name === 'img' && PERSON_SHAPE.test((e.attribs.alt ?? '').trim()));
  if (!portrait) return null;
  const alt = portrait.attribs.alt!.trim();
  return textPieces(box).includes(alt) ? cleanAuthorName(alt, siteKeys) : null;
}

/**
 * The name a link to the writer's archive page shows ("By: <a href="/author/ray/">Ray Ansari</a>", "Written by <a
 * href="/blog/author/moses-kim-and-kate-shokurova">Moses Kim and Kate Shokurova</a>"), where no other reader found a name: a
 * template's byline without a class naming it. Not a listing card's, a testimonial's or a WordPress page's.
 */
function archiveLinkName(signals: PageSignals, siteKeys: string[]): string | null {
  for (const link of signals.authorLinks) {
    const text = visibleText(link);
    if (text.length < 3 || text.length > 80 || inListingCard(link, signals) || notWritersPlace(link)) continue;
    const name = cleanAuthorName(text, siteKeys);
    if (name) return name;
  }
  return null;
}

/** Squarespace's blog post: `<article class="BlogItem hentry … author-annette-thurmon post-type-text">`, the writer's slug among the post's classes. */
const ENTRY_AUTHOR_SLUG = /(?:^|\s)author-(\p{Ll}+(?:-\p{Ll}+){0,3})(?:\s|$)/u;
/** The writer a blog post's own element names by its slug, as a name ("author-annette-thurmon" → "Annette Thurmon"), or null; the last resort. */
function entrySlugName(signals: PageSignals): string | null {
  for (const element of signals.authorElements) {
    const className = element.attribs.class ?? '';
    // A blog post's text ("post-type-text"), not a store's item ("post-type-store-item": the shop's owner).
    if (!/(?:^|\s)hentry(?:\s|$)/.test(className) || !/(?:^|\s)post-type-text(?:\s|$)/.test(className)) continue;
    const slug = ENTRY_AUTHOR_SLUG.exec(className);
    if (slug)
      return slug[1]!
        .split('-')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(' ');
  }
  return null;
}

/** The author name a byline element shows, or null. */
function elementName(element: Element, siteKeys: string[]): string | null {
  if (element.attribs.itemprop === 'author') {
    // A product's review or a customer's testimonial names its reviewer, not the page's writer.
    if (inReview(element)) return null;
    const nameNode = findDescendant(element, (e) => e.attribs.itemprop === 'name');
    const named = nameNode ? visibleText(nameNode) : (element.attribs.content ?? visibleText(element));
    return named ? cleanAuthorName(named, siteKeys) : null;
  }
  const hints = classHints(element);
  // An author box's or card's name element ("elementor-author-box__name", "author-card__name") holds only the name; the
  // box's other parts (its bio, its avatar, its links) are skipped.
  if (!AUTHOR_BOX_NAME.test(hints) && BYLINE_SKIP.test(hints.replace(/author|byline/g, '')))
    return AUTHOR_BOX.test(hints) ? portraitName(element, siteKeys) : null;
  const text = visibleText(element);
  if (text.length === 0 || text.length > 100) return null;
  // The byline's first text that is a name: "By" | "Sara Brown" | "Staff Writer" → "Sara Brown".
  for (const piece of textPieces(element)) {
    const name = cleanAuthorName(piece, siteKeys);
    if (name) return name;
  }
  return null;
}

/** Every name of a byline element whose text lists several ("By Jane Doe and John Roe, CNN"), when the first is `first`; else none. */
function elementNames(element: Element, first: string, siteKeys: string[]): string[] {
  let text = visibleText(element);
  if (text.length > 200) return [];
  text = text.replace(/\s+/g, ' ').trim().replace(BY_PREFIX, '');
  // The outlet after the names ("…, CNN") is the site.
  const comma = text.lastIndexOf(',');
  if (comma > 0 && siteKeys.includes(titleKey(text.slice(comma + 1)))) text = text.slice(0, comma);
  const parts = splitNames(text);
  if (parts.length < 2) return [];
  const names = parts.map((part) => cleanAuthorName(part, siteKeys));
  return names[0] === first && names.every((name) => name !== null) ? (names as string[]) : [];
}

/** The element's text nodes, trimmed and non-empty, in order (at most 12). */
function textPieces(element: Element): string[] {
  const pieces: string[] = [];
  const visit = (node: Element['children'][number]): void => {
    if (pieces.length >= 12) return;
    if (node.type === 'text') {
      const text = (node as unknown as { data: string }).data.trim();
      if (text) pieces.push(text);
      return;
    }
    if (node.type !== 'tag') return;
    // A screen-reader label ("Post author", "Beitragsautor", "Autor " in WordPress themes' bylines) names the field, not the author.
    const attribs = (node as Element).attribs;
    if (attribs['aria-hidden'] === 'true' || HIDDEN_TEXT.test(attribs.class ?? '')) return;
    for (let ci = 0, kids = (node as Element).children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      visit(child);
    }
  };
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    visit(child);
  }
  // "By Jane" split as "By " + "<a>Jane</a>" (or "Eingestellt von " + "<a>Jane</a>") reads as one piece.
  return pieces.length > 1 && BYLINE_LABEL.test(pieces[0]!) ? [`${pieces[0]} ${pieces[1]}`, ...pieces.slice(2)] : pieces;
}

/** A byline's label before the name, alone in its piece: "By", "Posted by", "Photos by", Blogger's and WordPress's German "Eingestellt von", "Veröffentlicht von", "Geschrieben von". */
const BYLINE_LABEL = new RegExp(String.raw`^${bylineLabel(ENGLISH_CREDITS)}\s*:?$`, 'i');

function findDescendant(root: Element, test: (element: Element) => boolean): Element | null {
  const stack = [...root.children];
  let visited = 0;
  while (stack.length > 0 && visited < 200) {
    const node = stack.shift()!;
    visited += 1;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (test(element)) return element;
    stack.push(...element.children);
  }
  return null;
}

/**
 * The author a microdata opening post states: its first `itemprop=author` outside the items nested in it (replies,
 * answers, comments), by that author's `itemprop=name` (a `content` or its text, shown or not: XenForo keeps it in a
 * hidden block, as JSON-LD is unseen) or else the first text of the author element.
 */
function microdataAuthor(item: Element | null): string[] {
  if (!item) return [];
  const stack = [...item.children].reverse();
  for (let visited = 0; stack.length > 0 && visited < 5000; visited += 1) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element.attribs.itemprop === 'author') {
      if (element.attribs.content) return [element.attribs.content];
      const nameNode = findDescendant(element, (e) => e.attribs.itemprop === 'name');
      if (nameNode) return [nameNode.attribs.content ?? rawText(nameNode)];
      return textPieces(element).slice(0, 1);
    }
    if (element.attribs.itemscope !== undefined) continue;
    for (let i = element.children.length - 1; i >= 0; i -= 1) stack.push(element.children[i]!);
  }
  return [];
}

/** "This post was written by" alone on a line, the name in the element after it. */
const WRITTEN_BY_LABEL = new RegExp(String.raw`^${WRITTEN_BY_SENTENCE}\s*:?$`, 'i');

/**
 * The names a byline label under the headline is followed by, each in an element of its own: "Written by" | "Dr Marna van der
 * Merwe" | "," | "Dr Dieter Veldsman" | "," | "Erik van Vulpen"; or a "By A and B" line. Empty when it names fewer than two.
 */
function bylineList(signals: PageSignals, siteKeys: string[]): string[] {
  const lines = signals.headlineTexts.after;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.length > 100) continue;
    if (BYLINE_LIST_LABEL.test(line) || WRITTEN_BY_LABEL.test(line)) {
      const names: string[] = [];
      for (let j = i + 1; j < lines.length && names.length < 10; j += 2) {
        const name = cleanAuthorName(lines[j]!, siteKeys);
        if (!name) break;
        names.push(name);
        if (!NAME_JOIN.test(lines[j + 1] ?? '')) break;
      }
      return names.length > 1 ? names : [];
    }
    if (capitalAfter(BY_LABEL, line)) {
      const names = splitNames(line.replace(BY_PREFIX, ''));
      return names.length > 1 ? names : [];
    }
  }
  return [];
}
/** The label over a list of writers, each name in an element of its own: "Written by", "By", "Von", "Authors", "Autoren". */
const BYLINE_LIST_LABEL = new RegExp(String.raw`^(?:${bylineLabel(ENGLISH_WRITTEN)}|${anyOf(AUTHOR_NOUNS)})\s*:?$`, 'i');
/** What stands between two names of a byline, as an element of its own. */
const NAME_JOIN = /^(?:,|&|and|,\s*and|und|et|y)$/i;

/**
 * A standfirst that names its writer in capitals at its end, as British and Irish papers set it: "…, says OLIVE RYAN.", "…
 * writes JOHN SMITH".
 */
const SAYS_NAME = /[,.]?\s(?:says|writes|reports|explains|argues|asks)\s+(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3})\.?$/u;
const CAPITAL_END = /\p{Lu}\.?$/u;
/** A name in capitals as it is written: "OLIVE RYAN" → "Olive Ryan", "MARY O'BRIEN-SMITH" → "Mary O'Brien-Smith", "J.R. SMITH" → "J.R. Smith". */
function capitalised(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
/** Two to four words of capitals only (letters, dots, apostrophes, hyphens): a byline set in capitals ("By JANE DOE"). */
const CAPITALS_NAME = /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?(?:\s+\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?){1,3}$/u;
/** A name the page sets in capitals only, as it is written ("JANE DOE" → "Jane Doe"); any other as it stands. */
function asWritten(name: string): string {
  return CAPITALS_NAME.test(name) ? capitalised(name) : name;
}

/**
 * A byline's label before the name on its line: "By", "Written by", "Von", "Geschrieben von", "Par", "Escrito por". Of the English
 * credits only "Written by": "Posted by" and "Submitted by" name an account (LABELLED_NAME, POSTED_BY), the others ("Edited by",
 * "Photos by") someone other than the writer.
 */
const BY_LABEL = new RegExp(String.raw`^${bylineLabel(ENGLISH_WRITTEN)}\s*:?\s+`, 'i');
/** A byline label alone on its line, the name on the next: "By", "Article by", "Authors", "Contributors", "作者". */
const BARE_LABEL_LINE = new RegExp(String.raw`^(?:${bylineLabel(ENGLISH_WRITING)}|${anyOf(AUTHOR_NOUNS)}|contributors?|${anyOf(CJK_WRITERS)})\s*[:：/]?$`, 'i');
/** "Submitted by jdoe", "Posted by admin": the account that posted, whose login may be lower case. */
const POSTED_BY = new RegExp(String.raw`^${creditThenBy(ENGLISH_POSTED, 'by')}\s+\p{L}`, 'iu');
/** "作者：张三", "记者：李四": a CJK writer's label with its colon. */
const CJK_LABEL_COLON = new RegExp(`^${anyOf(CJK_WRITERS)}\\s*[:：]`);
/** A "By Jane Doe" line near the headline (the name may be the next short text). */
function bylineLine(signals: PageSignals, siteKeys: string[]): string | null {
  const lines = signals.headlineTexts.after;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    // Cheap first: the line ends in a capital letter or a full stop after one.
    if (i < 4 && line.length > 20 && CAPITAL_END.test(line.slice(-2))) {
      const says = SAYS_NAME.exec(line);
      if (says) return cleanAuthorName(capitalised(says[1]!), siteKeys);
    }
    if (line.length > 100) continue;
    if ((BARE_LABEL_LINE.test(line) || WRITTEN_BY_LABEL.test(line)) && lines[i + 1]) return cleanAuthorName(lines[i + 1]!, siteKeys);
    if (GERMAN_BYLINE_LABEL.test(line) && lines[i + 1]) return cleanAuthorName(lines[i + 1]!, siteKeys);
    // "By Jane Doe …", and a posting line that names the author after its date ("Posted on August 2, 2019 by Jane Doe").
    if (
      capitalAfter(BY_LABEL, line) ||
      // A login in lower case ("by ibby") right under the headline or beside its date; elsewhere "By stage" is a menu's group title.
      (BY_LABEL.test(line) && (i <= 2 || datedNeighbour(lines, i))) ||
      POSTED_BY.test(line) ||
      capitalAfter(GERMAN_PIECE_BYLINE, line) ||
      CJK_LABEL_COLON.test(line) ||
      namesAfterDate(line)
    ) {
      const name = cleanAuthorName(line, siteKeys);
      if (name) return name;
    }
    const labelled = labelledPiece(line, siteKeys);
    if (labelled) return labelled;
    // The date in an element of its own before the line's dots ("9. Januar 2022" | "· 4 Minuten · Lukas Brandt").
    const dated = datedByline(line, siteKeys) ?? papermodLine(i > 0 && /^[·•|]\s/.test(line) ? `${lines[i - 1]} ${line}` : line, siteKeys);
    if (dated) return dated;
  }
  return null;
}

const BY_ALONE = /^(?:by|von|par|por|door|di)\s*:?$/i;
/**
 * Whether the texts under the headline hold three or more bylines ("By" | "Logan Jones", "By Harshad Sane", "Posted by EditorDavid
 * on …", "by" | "breve"): a listing's river of post cards (a news section, a blog's front page, Hacker News), no page's author.
 */
function bylineRiver(lines: string[]): boolean {
  let bylines = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.length > 100) continue;
    if (((BY_ALONE.test(line) && lines[i + 1] !== undefined) || capitalAfter(BY_LABEL, line) || capitalAfter(LABELLED_NAME, line)) && ++bylines >= 3)
      return true;
  }
  return false;
}

/**
 * A labelled name in a meta line, alone or as one part between bars and dots: "Posted by Max Muster", "Geschrieben von Max",
 * "Verfasst von: Max", "Autor: Max", "Author: Max", "Erstellt am 03.05.2018 | Autor: Max | Kategorie: News".
 */
function labelledPiece(line: string, siteKeys: string[]): string | null {
  for (const piece of line.split(META_SEPARATOR, 6)) {
    if (!capitalAfter(LABELLED_NAME, piece)) continue;
    const name = cleanAuthorName(piece, siteKeys);
    if (name) return name;
  }
  return null;
}
const META_SEPARATOR = /\s+[|•·]\s+/;
// Of the English credits only the posting account's: "By" and "Written by" are read at the line's start (BY_LABEL).
const LABELLED_NAME = new RegExp(
  String.raw`^(?:${creditThenBy(ENGLISH_POSTED, 'by')}|${creditThenBy(GERMAN_PARTICIPLES, 'von')}\s*:?|${anyOf([...AUTHOR_NOUNS, GERMAN_VERFASSER])}\s*:)\s*`,
  'i',
);

/** Blogger's and WordPress's German byline labels alone on a line: "Eingestellt von", "Veröffentlicht von", "Autor:", "Verfasser:". */
const GERMAN_BYLINE_LABEL = new RegExp(
  String.raw`^(?:${creditThenBy(GERMAN_PARTICIPLES, 'von')}|${germanPieceBy()}|${anyOf([GERMAN_AUTOR, GERMAN_VERFASSER])}\s*:)$`,
  'i',
);

/**
 * A date line (or one part of a meta line between bars and dots) ending in the author: "Posted on March 3, 2010 by Max", "Geschrieben am 12. Mai 2011 um 14:03 Uhr von Thomas
 * Berger", "08.07.2019 19:30 von Martina Schulz" (old WordPress themes, Contao's news reader): the name after the date's "by".
 */
function datedByline(line: string, siteKeys: string[]): string | null {
  for (const piece of line.split(META_SEPARATOR, 6)) {
    const by = DATED_BY.exec(piece);
    if (!by || EDITED_LINE.test(piece)) continue;
    const date = findDateInText(piece.slice(0, by.index));
    if (!date || piece.slice(date.index + date.length, by.index).length > 16) continue;
    const name = cleanAuthorName(by[1]!, siteKeys);
    if (name) return name;
  }
  return null;
}
/**
 * A Hugo theme's meta line, the date, the reading time and the author between dots ("January 9, 2022 · 4 min · Lukas Brandt",
 * "9. Januar 2022 · 4 Minuten · Lukas Brandt": PaperMod): with a date and a reading time beside it, the last part is the name.
 */
function papermodLine(line: string, siteKeys: string[]): string | null {
  const parts = line.split(META_SEPARATOR);
  if (parts.length < 3 || parts.length > 5 || !parts.some((part) => MINUTES.test(part))) return null;
  const date = parts.findIndex((part) => findDateInText(part) !== null);
  const last = parts[parts.length - 1]!;
  if (date < 0 || date === parts.length - 1 || MINUTES.test(last)) return null;
  return cleanAuthorName(last, siteKeys);
}
const MINUTES = /^\d{1,3}\s*(?:min(?:ute[ns]?|s|\.)?|minutos?|minuti)(?:\s+(?:read|lesezeit))?$/i;

/** A line naming who last changed the page ("Edited June 19, 2024 by ColdJ", "Zuletzt bearbeitet am … von …"): not its author. */
const EDITED_LINE = /^(?:last\s+)?(?:edited|updated|modified|changed|released)\b|^(?:zuletzt\s+)?(?:bearbeitet|aktualisiert|ge(?:ä|ae)ndert)\b/i;
// German puts the verb last: "Dieser Artikel wurde am 21.10.2020 von Peter Meier geschrieben."
const DATED_BY = new RegExp(String.raw`\s${anyOf(BY_WORDS)}\s+(\p{Lu}[^|•·,;:]{1,50}?)(?:\s+${anyOf(GERMAN_PARTICIPLES)})?\.?$`, 'u');

/**
 * A name alone in the meta run under the headline, beside its date: "Dakota Hebert" | "July 3, 2025", "2025-12-17" | "·" |
 * "Trond Teigen", "Emmanuel Oyibo" | "#Cloud Computing" | "Published on Oct 21, 2025" (a template's author and date elements
 * without a class that names them). Only a person's shape counts: two to four capitalised words, no digits, none of a label's words.
 * The site's own name there is turned down (and so kept for chooseAuthors' last resort: a company's blog signed by the company).
 */
function besideDate(signals: PageSignals, siteKeys: string[]): string | null {
  const lines = signals.headlineTexts.after;
  const limit = Math.min(lines.length, BESIDE_DATE_REACH);
  // Whether the lines are a listing's river or a team's grid: read once a page, when a line first needs it.
  let river: boolean | undefined;
  let grid: boolean | undefined;
  const inRiver = (): boolean => (river ??= isRiver(lines));
  const inGrid = (): boolean => (grid ??= isTeamGrid(lines));
  for (let i = 1; i < limit; i += 1) {
    // A category among tags ("Nonessential Thoughts" | "," | "Technology") is not a name.
    if (lines[i + 1] === ',' || lines[i - 1] === ',') continue;
    // "Aaron Ricadela | Senior Writer | July 2, 2025": the name, the role and the date as one line's parts.
    if (lines[i]!.length <= 100 && (lines[i]!.includes('|') || lines[i]!.includes('·') || lines[i]!.includes('•'))) {
      const name = namedMetaLine(lines[i]!, signals, siteKeys, inRiver);
      if (name) return name;
    }
    // "Mahua Das in" | "Project Management": WordPress's "NAME in CATEGORY".
    const line = lines[i]!.replace(/\s+in$/, '');
    if (line.length > 40 || line.length < 2) continue;
    const key = titleKey(line);
    // The site's own name beside the date ("ServiceTitan" | "November 26th, 2024"): a company's blog signed by the company.
    if (siteKeys.includes(key)) {
      // Turned down by cleanAuthorName, which keeps it aside (siteSigned) for chooseAuthors' last resort.
      if (datedNeighbour(lines, i) && !inRiver()) cleanAuthorName(line, siteKeys);
      continue;
    }
    if (!PERSON_SHAPE.test(line) || line.split(/\s+/).some((word) => NOT_NAME_WORD.test(word))) continue;
    if (key === titleKey(lines[0]!) || titleKey(signals.titleTag ?? '').includes(key)) continue;
    if (!(datedNeighbour(lines, i) || (ROLE_LINE.test(lines[i + 1] ?? '') && !inGrid())) || inRiver()) continue;
    const name = cleanAuthorName(line, siteKeys);
    if (name) return name;
  }
  return beforeHeadline(signals, siteKeys);
}
/**
 * The meta run set above the headline, its date then the name ("/" | "December 14, 2025" | "/" | "Matt Check"): a name as the last
 * text before the headline with a date line within two parts before it (a section's name before the date is not a name: "Press
 * Release" | "December 19, 2025").
 */
function beforeHeadline(signals: PageSignals, siteKeys: string[]): string | null {
  const before = signals.headlineTexts.before;
  const line = before[before.length - 1];
  if (line === undefined || line.length > 40 || !PERSON_SHAPE.test(line) || line.split(/\s+/).some((word) => NOT_NAME_WORD.test(word))) return null;
  if (titleKey(signals.titleTag ?? '').includes(titleKey(line))) return null;
  for (let j = before.length - 2, seen = 0; j >= 0 && seen < 2; j -= 1) {
    if (LONE_SEPARATOR.test(before[j]!)) continue;
    if (isDateLine(before[j]!)) return cleanAuthorName(line, siteKeys);
    seen += 1;
  }
  return null;
}
/** A meta line whose first part is a person's name, another the writer's role and another the date ("Aaron Ricadela | Senior Writer | July 2, 2025"), or null. */
function namedMetaLine(line: string, signals: PageSignals, siteKeys: string[], inRiver: () => boolean): string | null {
  const parts = line.split(META_SEPARATOR, 5);
  if (parts.length < 2 || parts.length > 4) return null;
  const first = parts[0]!;
  if (!PERSON_SHAPE.test(first) || first.split(/\s+/).some((word) => NOT_NAME_WORD.test(word))) return null;
  // The role says the first part is a person; a section's name stands so too ("Press Release | July 2, 2025").
  if (
    !parts.slice(1).some(isDateLine) ||
    !parts.slice(1).some((part) => ROLE_LINE.test(part)) ||
    titleKey(signals.titleTag ?? '').includes(titleKey(first)) ||
    inRiver()
  )
    return null;
  return cleanAuthorName(first, siteKeys);
}
/** Dated cards under a heading (a listing's river: date | source, date | source): they name their sources, not the page's author. */
function isRiver(lines: string[]): boolean {
  let dates = 0;
  // Bare dates only: "Published on …" and "Updated on …" are one page's two dates.
  for (let i = 1; i < Math.min(lines.length, BESIDE_DATE_REACH * 2); i += 1)
    if (!DATE_WORD.test(lines[i]!) && isDateLine(lines[i]!) && ++dates >= 2) return true;
  return false;
}
const DATE_WORD = /updated|modified|published|posted|reviewed/i;
const BESIDE_DATE_REACH = 10;
/** A writer's role on the line under the name ("Writer, Hardware", "Former McKinsey Consultant", "Senior Editor"): short, no digits. */
const ROLE_LINE =
  /^(?=[^\d]{3,40}$)(?:.*\s)?(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|consultant|founder|co-founder|ceo|director|manager|specialist|expert|analyst|engineer|scientist|researcher|professor|dietitian|nutritionist|physician|attorney|lawyer)\b/i;
/** Names with their roles one after another (a team's or a marketplace's profiles, "Ujunwa Okeke" | "Verified Expert" | …): no byline. */
function isTeamGrid(lines: string[]): boolean {
  let roles = 0;
  for (let i = 1; i < Math.min(lines.length, BESIDE_DATE_REACH * 2); i += 1) if (ROLE_LINE.test(lines[i]!) && ++roles >= 2) return true;
  return false;
}
/** Two to four words, each capitalised (or a particle: "van", "de"), letters, apostrophes, dots and hyphens only. */
const PERSON_SHAPE =
  /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]*\p{L})(?:\s+(?:(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|bin|al)\s+)?(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{L})){1,3}$/u;
/**
 * Words of a template's labels and headings that no name holds ("In This Article", "No Comments", "Share Post", "A Dabbler's Weblog"),
 * and of a thread's pager and buttons ("Previous Topic", "Next Topic", "Next Thread": Khoros' `lia-paging-page-next` between the
 * thread's title in the breadcrumb and the opening post's date).
 */
const NOT_NAME_WORD =
  /^(?:a|an|the|in|on|of|to|for|and|or|by|with|this|that|our|your|my|no|all|new|more|read|share|post|posts|comments?|article|articles|table|contents|minutes?|min|updated|published|posted|home|blog|news|guide|tips|how|what|why|best|top|about|related|latest|follow|subscribe|menu|search|back|next|previous|prev|topics?|threads?|replies|reply|quote)$/i;
/** A separator set as an element of its own between a meta line's parts. */
const LONE_SEPARATOR = /^[·•|/–—-]$/;
/** A date line of the meta run: the date alone or with its label ("Published on …", "Updated …", "📅 …"), or a label whose date a script fills in. */
const DATE_LABEL = /^(?:(?:last\s+)?(?:updated|modified|published|posted|reviewed)(?:\s+(?:on|at))?\s*:?)$/i;
function isDateLine(line: string): boolean {
  if (DATE_LABEL.test(line)) return true;
  if (line.length > 60 || !/\d/.test(line)) return false;
  const date = findDateInText(line);
  // A day without its year alone on a line ("Dec 10"): this year's post.
  if (!date) return DAY_ALONE.test(line);
  const rest = line.slice(0, date.index) + line.slice(date.index + date.length);
  return rest.replace(/(?:last\s+)?(?:updated|modified|published|posted|reviewed)(?:\s+(?:on|at))?|[\s:,·•|📅-]+/giu, '').length <= 3;
}
const DAY_ALONE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$/i;
/** Whether a date line stands within three parts after the line (categories and separators between) or two before it. */
function datedNeighbour(lines: string[], index: number): boolean {
  for (let j = index + 1, seen = 0; j < lines.length && seen < 3; j += 1) {
    if (LONE_SEPARATOR.test(lines[j]!)) continue;
    if (isDateLine(lines[j]!)) return true;
    seen += 1;
  }
  for (let j = index - 1, seen = 0; j >= 1 && seen < 2; j -= 1) {
    if (LONE_SEPARATOR.test(lines[j]!)) continue;
    if (isDateLine(lines[j]!)) return true;
    seen += 1;
  }
  return false;
}

const STARTED_BY = /^started by\s+(.{2,60}?),\s+(.{6,60})$/i;
/** A forum thread's header naming who opened it: "Thread starter" | "SamuelMIz" (XenForo), "… started by" | "pelex" (XenForo 1, vBulletin). */
function starterLine(signals: PageSignals, siteKeys: string[]): string | null {
  const lines = signals.headlineTexts.after;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!.replace(/^[\s'"‘’“”,;:–—-]+/, '');
    if (/^(?:thread starter|started by)\s*:?$/i.test(line)) return cleanAuthorName(lines[i + 1]!, siteKeys, true);
    // Simple Machines Forum's topic header: "Started by Biology Forums, June 04, 2024, 11:23:55 AM".
    const started = (line.charCodeAt(0) | 32) === 115 ? STARTED_BY.exec(line) : null;
    if (started && findDateInText(started[2]!)) return cleanAuthorName(started[1]!, siteKeys, true);
  }
  return null;
}

/** A credential after a comma ("Doe, MD"), not a given name. */
const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|Jr\.?|Sr\.?)$/;
/**
 * The writers Highwire Press's tags name (Google Scholar's inclusion guidelines, set by journals, PMC, arXiv and repositories): one
 * `citation_author` per writer (metadata.ts joins them with semicolons), "Jane Doe" or "Doe, Jane" (turned round).
 */
function citationNames(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/\s*;\s*/).map((name) => {
    const parts = name.split(/\s*,\s*/);
    return parts.length === 2 && /^\p{Lu}/u.test(parts[1]!) && !CREDENTIAL.test(parts[1]!) ? `${parts[1]} ${parts[0]}` : name;
  });
}

/** A field's label over the writers: "Author", "Authors", "Author(s)", "Autor", "Written by", "Article by", "Contributors". */
const FIELD_LABEL = new RegExp(String.raw`^(?:${anyOf(AUTHOR_NOUNS)}|author\(s\)|contributors?|${bylineLabel(ENGLISH_WRITTEN)}|article by)\s*:?$`, 'i');
const FIELD_LABEL_TAG = /^(?:h[2-6]|dt)$/;
/**
 * The writers a labelled field names: a heading or a definition term reading "Author" (a metadata panel's "<h3>Author</h3>
 * <p>Jane Doe</p>", a report's "<h6>Author(s)</h6><ul><li>…", a block theme's "<h2>Article by</h2><div>Jane Doe</div>", "<dt>Authors</dt>
 * <dd>…"), the names in the element after it: its text, or each item of a short list. Empty when there is none.
 */
function labelledField(signals: PageSignals, siteKeys: string[]): string[] {
  if (!signals.body) return [];
  const stack: Element[] = [signals.body];
  let visited = 0;
  while (stack.length > 0 && visited < 20000) {
    const element = stack.pop()!;
    visited += 1;
    if (FIELD_LABEL_TAG.test(element.name)) {
      const label = rawText(element).trim();
      if (label.length <= 20 && FIELD_LABEL.test(label)) {
        const value = nextElement(element);
        if (!value) continue;
        const items =
          value.name === 'ul' || value.name === 'ol' ? value.children.filter((node): node is Element => isElement(node) && node.name === 'li') : [value];
        if (items.length > 6) continue;
        const names: string[] = [];
        for (const item of items) {
          const text = visibleText(item).trim();
          const name = text.length <= 80 ? cleanAuthorName(text, siteKeys) : null;
          if (name) names.push(name);
        }
        if (names.length === items.length && names.length > 0) return names;
      }
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i -= 1) {
      const child = element.children[i]!;
      if (isElement(child)) stack.push(child);
    }
  }
  return [];
}

/** A post's footer line: "Posted by Jane Doe at December 16, 2025 11:15 AM" (Movable Type, Blogger), "Posted by Jane Doe on May 2, 2019" (TypePad, WordPress's classic themes). */
const POSTED_FOOTER = /^[Pp]osted by\s+(\p{Lu}[^:|]{0,60}?)\s+(?:at|on)\s+(.+)$/u;
/** The writer a post's footer line names after the text, with its date (a comment's "Posted by: Jane at …" has a colon), or null. */
function postedFooter(signals: PageSignals, siteKeys: string[]): string | null {
  for (const line of signals.trailingTexts) {
    const posted = line.length <= 120 ? POSTED_FOOTER.exec(line) : null;
    if (posted && findDateInText(posted[2]!)) return cleanAuthorName(posted[1]!, siteKeys);
  }
  return null;
}

/** A bio's words for a writer ("… is a freelance travel writer", "Independent Technology Writer"). */
const WRITER_WORD = /\b(?:writer|author|editor|journalist|reporter|blogger|columnist|contributor|correspondent)s?\b/i;
/** A bio's verb after the name ("Julia Gralberg is a …"). */
const BIO_VERB = /^\s+(?:is|was|has|writes|covers)\b/;
/**
 * The writer an author bio without a class names: a portrait whose alt text is a person's name, and right after the
 * portrait's block a paragraph that opens with the same name and calls its subject a writer (a blog's closing "<img
 * alt="Tim Green"><p><strong>Tim Green</strong> <em>… Technology Writer</em>", "<img alt="Julia Gralberg"> <p>Julia Gralberg is
 * a freelance travel writer …"). Null when portraits so read name two people: a team page's grid of portraits and bios is not a byline.
 */
function portraitBio(signals: PageSignals, siteKeys: string[]): string | null {
  let found: string | null = null;
  for (const portrait of signals.portraits) {
    const alt = portrait.attribs.alt!.trim();
    if (alt.length < 5 || !PERSON_SHAPE.test(alt) || alt.split(/\s+/).some((word) => NOT_NAME_WORD.test(word))) continue;
    // The portrait's block: the image, or the nearest of three wrappers (a link, a paragraph) that has an element after it.
    let block: Element = portrait;
    for (let depth = 0; depth < 3 && nextElement(block) === null && block.parent && isElement(block.parent); depth += 1) block = block.parent;
    const next = nextElement(block);
    if (!next) continue;
    const text = visibleText(next);
    // The bio opens with the name: as a text of its own (set in bold, its role after it) or as its first sentence's subject.
    const opens = textPieces(next)[0] === alt || (text.startsWith(alt) && BIO_VERB.test(text.slice(alt.length, alt.length + 12)));
    if (!opens || !WRITER_WORD.test(text.slice(0, 300))) continue;
    const name = cleanAuthorName(alt, siteKeys);
    if (!name) continue;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

/** The page's authors and the signal they came from; empty when the page names none. */
export function chooseAuthors(signals: PageSignals, article: JsonLdNode | null, siteNames: string[]): { authors: string[]; from: string | null } {
  const siteKeys = siteNames.map(titleKey).filter((key) => key.length >= 2);
  // A name equal to the site's is a logo or a masthead in a byline element, but an author the metadata states (personal blogs, company posts).
  // A wire-style byline names the outlet after a comma ("Jane Doe, CNN", "By Jane Doe and John Smith, CNN"): the site, not a writer.
  const withoutSite = (name: string): string => {
    const comma = name.lastIndexOf(',');
    return comma > 0 && siteKeys.includes(titleKey(name.slice(comma + 1))) ? name.slice(0, comma) : name;
  };
  const clean = (names: string[], keys = siteKeys, handles = false): string[] => [
    ...new Set(
      names
        .map(withoutSite)
        .flatMap(splitNames)
        .map((name) => cleanAuthorName(name, keys, handles))
        .filter((name): name is string => name !== null),
    ),
  ];
  const meta = signals.meta;
  const metaAuthor =
    meta.get('author') ??
    meta.get('dc.creator') ??
    meta.get('dcterms.creator') ??
    meta.get('sailthru.author') ??
    meta.get('parsely-author') ??
    meta.get('cxenseparse:author') ??
    meta.get('byl');
  // Yoast SEO states the author as a Twitter card label: twitter:label1 "Written by", twitter:data1 the name.
  const writtenBy = ['1', '2', '3'].find((n) => /^(?:written by|author)$/i.test(meta.get(`twitter:label${n}`) ?? ''));
  const yoastAuthor = writtenBy ? meta.get(`twitter:data${writtenBy}`) : undefined;
  const stated = (value: string | undefined): string[] => (value ? [value] : []);
  // Set where the byline elements turn out to be a listing's post cards: the lines under the headline are the cards' too.
  let listing = false;
  const candidates: [string, () => string[]][] = [
    ['json-ld', () => clean(jsonLdNames(article?.author, signals.jsonLd))],
    // A discussion's opening post (DiscussionForumPosting, a Q&A page's Question) names the thread's author; replies are Comments and Answers.
    ['json-ld', () => clean(jsonLdNames(signals.jsonLd.find((node) => typesOf(node).some((t) => POSTING_TYPE.test(t)))?.author), siteKeys, true)],
    ['microdata', () => clean(microdataAuthor(signals.postingItem), siteKeys, true)],
    ['meta', () => clean(citationNames(meta.get('citation_author')))],
    ['meta', () => clean(stated(metaAuthor))],
    ['meta', () => clean(stated(yoastAuthor))],
    ['meta', () => clean([meta.get('article:author') ?? meta.get('twitter:creator:name') ?? ''].filter(Boolean))],
    ['byline', () => clean([starterLine(signals, siteKeys) ?? ''].filter(Boolean), siteKeys, true)],
    [
      'byline',
      () => {
        const names: string[] = [];
        for (const element of signals.authorElements) {
          let name = elementName(element, siteKeys);
          // A block for the writers named in the plural (`authors`) is also a listing's card footer (a front page's river of
          // stories): it names the page's writer only among the texts under the headline.
          if (name && PLURAL_AUTHORS.test(classHints(element)) && !nearHeadline(signals, name)) name = null;
          // A listing's post card (one of several alike, each with its own linked title) names that post's writer, not the page's.
          if (name && inListingCard(element, signals)) {
            name = null;
            listing = true;
          }
          if (name && notWritersPlace(element)) name = null;
          if (name && !names.includes(name)) names.push(name);
          if (names.length > 0 && !(element.attribs.rel ?? '').includes('author') && element.attribs.itemprop !== 'author') {
            // One byline element naming several writers ("By Jane Doe, John Roe and Mary Poe, CNN"): all of them.
            const all = names.length === 1 && name ? elementNames(element, name, siteKeys) : [];
            if (all.length > 1) return clean(all);
            break;
          }
        }
        // More names than a byline holds are the posters of a thread (or its comments): the page's author is the first.
        return clean(names.length > 2 ? names.slice(0, 1) : names);
      },
    ],
    [
      'byline',
      () => {
        if (listing) return [];
        const name = bylineLine(signals, siteKeys);
        // Three or more "By …" lines under the headline are a listing's cards, each naming its own post's writer.
        return name && !bylineRiver(signals.headlineTexts.after) ? clean([name]) : [];
      },
    ],
    ['byline', () => (listing ? [] : clean([besideDate(signals, siteKeys) ?? ''].filter(Boolean)))],
    ['byline', () => (listing ? [] : clean(labelledField(signals, siteKeys)))],
    ['byline', () => (listing ? [] : clean([postedFooter(signals, siteKeys) ?? ''].filter(Boolean)))],
    ['byline', () => (listing ? [] : clean([archiveLinkName(signals, siteKeys) ?? ''].filter(Boolean)))],
    ['byline', () => (listing ? [] : clean([entrySlugName(signals) ?? ''].filter(Boolean)))],
    ['byline', () => (listing ? [] : clean([portraitBio(signals, siteKeys) ?? ''].filter(Boolean)))],
  ];
  const signed: string[] = [];
  const signedFrom: string[] = [];
  for (const [from, read] of candidates) {
    siteSigned = signed;
    const before = signed.length;
    let authors: string[];
    try {
      authors = read();
    } finally {
      siteSigned = null;
    }
    for (let k = before; k < signed.length; k += 1) signedFrom.push(from);
    if (authors.length === 0) continue;
    // The metadata names the first of several writers (Yoast's schema, a single author field): the byline under the headline names them all.
    if (authors.length === 1 && (from === 'json-ld' || from === 'meta')) {
      const shown = clean(bylineList(signals, siteKeys));
      const key = titleKey(authors[0]!);
      if (shown.length > 1 && shown.some((name) => titleKey(name).includes(key))) return { authors: shown.slice(0, 10).map(asWritten), from: 'byline' };
    }
    // A byline set in capitals is typography; the metadata's capitals are how the site writes the name.
    return { authors: from === 'byline' ? authors.slice(0, 10).map(asWritten) : authors.slice(0, 10), from };
  }
  // Last, the first name turned down above for being the site's own, where the page names no one else: a company's post ("By ASU
  // Online", JSON-LD's author "Block Renovation", an author box "Facet", the name beside the date), a personal blog named after its writer.
  if (signed.length > 0) return { authors: [signed[0]!], from: signedFrom[0]! };
  return { authors: [], from: null };
}

/** Authors as one display line: "A", "A and B", "A, B and C" in English; "A, B" otherwise. */
export function bylineOf(authors: string[], language: string | null): string | null {
  if (authors.length === 0) return null;
  if (authors.length === 1 || !language?.startsWith('en')) return authors.join(', ');
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}
