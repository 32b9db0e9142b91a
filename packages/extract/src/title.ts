/**
 * Titles as a reader sees them. Pages state their title several times: JSON-LD headline, og:title,
 * twitter:title, <title> (usually with the site name or section attached: "标题_科技_腾讯网",
 * "Headline - BBC News 中文", "Post @ Blog :: PIXNET ::") and the visible <h1>. We take the
 * metadata titles' core (site-name affixes removed, the site known from og:site_name, JSON-LD
 * publisher, the host name or an affix shared by two metadata titles) and prefer the visible h1
 * when the metadata confirms it, or when it reads as the headline of an article page.
 */
import { decodeHTML } from 'entities';
import { findDateInText } from './dates.ts';
import { normalizeSpace, weightedLength } from './text.ts';

// "«" joins "Post « Blog" (old WordPress themes' wp_title('«')), unless a "»" follows: then the two quote words (French « … »).
const STRONG_SEPARATOR = /\s+(?:[-|–—·•»~]|::|@|\/\/)\s+|\s+«\s+(?![^»]*»)|(?<!\d)\s+\/\s+|\s+\/\s+(?!\d)|\s*[｜|]\s*|\s+:: *| - /;

const TRAILING_JOINER = /[\s\-|–—·•:_｜»«@~]+$/;
const LEADING_JOINER = /^[\s\-|–—·•:_｜»«~]+/;

/** Decodes entities left in metadata text ("&#8211;", "&amp;#8230;": double-encoded by CMSs) and normalises space. */
export function decodeTitleText(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && /&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z][a-z0-9]{1,31});/i.test(out); i += 1) out = decodeHTML(out);
  return normalizeSpace(out);
}

/** titleKey's memo: the title rules compare the same few texts (headings, title segments, site names) many times a page. Bounded. */
const titleKeys = new Map<string, string>();
const TITLE_KEYS_MAX = 4096;

/** A comparison key: case, punctuation, quotes, spacing and trademark signs do not matter (NFKC alone would spell "™" as "TM"). */
export function titleKey(text: string): string {
  let key = titleKeys.get(text);
  if (key === undefined) {
    key = text
      .replace(/[™℠]/g, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
    if (titleKeys.size >= TITLE_KEYS_MAX) titleKeys.clear();
    titleKeys.set(text, key);
  }
  return key;
}

/** Removes a site-name suffix or prefix joined by a separator (not by a bare space). */
function stripSiteName(title: string, siteName: string | null): string {
  const site = siteName?.trim().toLowerCase();
  if (!site) return title;
  const trimmed = title.replace(/\s*::\s*$/, '');
  const lower = trimmed.toLowerCase();
  if (lower.endsWith(site) && lower.length > site.length) {
    const before = trimmed.slice(0, trimmed.length - site.length);
    const joiner = TRAILING_JOINER.exec(before);
    if (joiner && /\S/.test(joiner[0]) && before.length > joiner[0].length) return before.slice(0, before.length - joiner[0].length).trim();
  }
  if (lower.startsWith(site) && lower.length > site.length) {
    const rest = trimmed.slice(site.length);
    const joiner = LEADING_JOINER.exec(rest);
    if (joiner && /\S/.test(joiner[0]) && rest.length > joiner[0].length) return rest.slice(joiner[0].length).trim();
  }
  return title;
}

/**
 * The tail a how-to headline sets after a dash: German "so geht's", "so klappt's", "so funktioniert es", "so gelingt's", "so
 * wird's gemacht", English "here's how", "here's why", "here's what …". No site or section is named so.
 */
const HEADLINE_TAIL = /^\s*(?:so (?:geht|klappt|funktioniert|gelingt|wird|machen sie)(?:'s|’s|s| es| das| ihr| man)?\b|here(?:'s|’s| is) (?:how|why|what)\b)/i;

/** Cleans a page title of site and section suffixes; `headings` are visible headings that confirm a cut. */
export function cleanTitle(raw: string, siteName: string | null, headings: string[] = []): string {
  let title = normalizeSpace(raw.replace(/\s*::\s*$/, ''));
  if (title === '') return title;
  for (const heading of headings) {
    if (heading && title !== heading && title.startsWith(heading) && weightedLength(heading) >= 10) return heading;
  }
  title = stripSiteName(title, siteName);
  // Strong separators: keep the longest leading part that is still substantial.
  const parts = title.split(STRONG_SEPARATOR);
  if (parts.length > 1) {
    let first = normalizeSpace(parts[0] ?? '');
    // A how-to headline's tail after a dash ("Autostart bearbeiten - so geht's", "… – here's how") is the headline's own.
    if (HEADLINE_TAIL.test(parts[1]!)) {
      const second = title.indexOf(parts[1]!, parts[0]!.length);
      first = normalizeSpace(title.slice(0, second + parts[1]!.length));
    }
    if (weightedLength(first) >= 15 || parts.every((p) => weightedLength(p) <= weightedLength(first))) title = first;
  }
  // "标题_科技_腾讯网": an underscore chain of two or more short trailing segments.
  const underscore = title.split(/\s*_\s*/);
  if (underscore.length >= 3) {
    const trailing = underscore.slice(1);
    if (trailing.every((segment) => weightedLength(segment) <= 30)) {
      const head = normalizeSpace(underscore[0] ?? '');
      if (weightedLength(head) >= 15) title = head;
    }
  }
  return title;
}

export type TitleSource = { from: string; text: string };

export type TitleInput = {
  /** Metadata titles in order of trust (JSON-LD headline, page data, og:title, twitter:title, Dublin Core, <title>). */
  metadata: TitleSource[];
  /** Visible <h1> texts in document order; `chrome` marks those in navigation, mastheads and sidebars. */
  headings: { text: string; chrome: boolean; afterKicker?: string | null; outsideMain?: boolean }[];
  /** The first visible <h2> outside chrome: a title only on a page without a content <h1>, and only when the metadata confirms it. */
  subheading?: string | null;
  /** Names the site goes by (og:site_name, JSON-LD publisher, application-name). */
  siteNames: string[];
  /** The page's host name, whose labels name the site too ("www.example-news.com"). */
  host: string | null;
  /** The page is the site's front page (path "/"): a title that opens with the site's name names the page's subject. */
  homePage?: boolean;
  /** The page says it is an article (og:type article, an Article in JSON-LD, a publication date). */
  articleLike: boolean;
  /** The page is a discussion thread (JSON-LD `DiscussionForumPosting`, `QAPage` or `SocialMediaPosting`): its title is the opening post's. */
  thread?: boolean;
  /** The path of the page's URL, whose last segment often names the page in its author's words ("/c/camp-stoves"). */
  path?: string | null;
};

/** The host's distinctive labels as keys ("news.bbc.co.uk" → ["news", "bbc"]). */
function hostKeys(host: string | null): string[] {
  if (!host) return [];
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  const keep = labels.length > 2 && /^(co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2]!) ? labels.slice(0, -2) : labels.slice(0, -1);
  return keep.map(titleKey).filter((key) => key.length >= 3);
}

/** True when a title segment names the site rather than the page. */
function isSiteSegment(segment: string, siteKeys: string[], hosts: string[]): boolean {
  const key = titleKey(segment);
  if (key === '') return true;
  if (
    siteKeys.some(
      (site) =>
        site === key ||
        (site.length >= 4 && key.length <= site.length + 12 && key.includes(site)) ||
        (key.length >= 4 && site.includes(key) && key.length * 2 >= site.length),
    )
  )
    return true;
  // "Example News" on example-news.com, "ByteSauna" on bytesauna.com; a long segment is a headline that mentions the site.
  return (
    weightedLength(segment) <= 40 &&
    hosts.some((host) => host === key || (host.length >= 5 && key.includes(host) && key.length <= host.length + 12) || (key.length >= 5 && host.includes(key)))
  );
}

/** True when a text is exactly a name of the site: its stated name, or its host ("bytesauna", "davidbau.com"). */
function namesSite(text: string, siteKeys: string[], hosts: string[], host: string | null): boolean {
  const key = titleKey(text);
  if (key === '') return true;
  const bare = host ? titleKey(host.toLowerCase().replace(/^www\d?\./, '')) : '';
  return siteKeys.includes(key) || hosts.includes(key) || key === bare;
}

const SEGMENT_SPLIT = /(\s+[-|–—·•»~@]\s+|\s+«\s+(?![^»]*»)|(?<!\d)\s+\/\s+|\s+\/\s+(?!\d)|\s*[｜|]\s*|\s+::\s*|\s+\/\/\s+|\s+-\s+|:\s+(?=[^:]*$))/;

type Segment = { text: string; separator: string };

/** Splits a title at separators, keeping which separator joined each segment. */
function segmentsOf(title: string): Segment[] {
  const parts = title.split(SEGMENT_SPLIT);
  const out: Segment[] = [];
  for (let i = 0; i < parts.length; i += 2) out.push({ text: parts[i] ?? '', separator: i === 0 ? '' : (parts[i - 1] ?? '') });
  return out;
}

/** Keys of the parts of a title where a site's name goes: the last segment, and the first one when a colon follows it ("Blog: Post"). */
function endSegmentKeys(title: string): string[] {
  const segments = segmentsOf(title.replace(/\s*::\s*$/, ''));
  if (segments.length < 2) return [];
  const keys = [titleKey(segments[segments.length - 1]!.text)];
  if (/^:/.test(segments[1]!.separator.trim())) keys.push(titleKey(segments[0]!.text));
  return keys;
}

/** The key of a title's last segment when a separator other than a colon sets it apart ("Site" of "Page - Site"), else null. */
function lastSegmentKey(title: string): string | null {
  const segments = segmentsOf(title.replace(/\s*::\s*$/, ''));
  const last = segments[segments.length - 1]!;
  return segments.length >= 2 && !/^:/.test(last.separator.trim()) ? titleKey(last.text) : null;
}

/** The key of a title's first segment when a colon follows it ("Blog" of "Blog: Post"), else null. */
function leadingColonKey(title: string): string | null {
  const segments = segmentsOf(title);
  return segments.length >= 2 && /^:/.test(segments[1]!.separator.trim()) ? titleKey(segments[0]!.text) : null;
}

/** Keys of the segments of a title between its first and last ("Info - <heading> | Forum"): where the page's own words go, never the site's name. */
function innerSegmentKeys(title: string): string[] {
  const segments = segmentsOf(title.replace(/\s*::\s*$/, ''));
  return segments.slice(1, -1).map((segment) => titleKey(segment.text));
}

/** Keys of every run of adjacent segments of a title that is shorter than the whole. */
function segmentRuns(title: string): Set<string> {
  const segments = segmentsOf(title).slice(0, 8);
  const runs = new Set<string>();
  for (let i = 0; i < segments.length; i += 1) {
    let run = '';
    for (let j = i; j < segments.length; j += 1) {
      if (i === 0 && j === segments.length - 1) break;
      run += titleKey(segments[j]!.text);
      runs.add(run);
    }
  }
  return runs;
}

/** Segments without site-name segments at the end ("… – Artlyst"). */
function withoutSiteEnd(segments: Segment[], siteKeys: string[], hosts: string[]): Segment[] {
  let kept = segments;
  while (kept.length > 1 && isSiteSegment(kept[kept.length - 1]!.text, siteKeys, hosts)) kept = kept.slice(0, -1);
  return kept;
}

/** Segments joined back into a title, spaces normalised. */
function joinSegments(segments: Segment[]): string {
  return normalizeSpace(segments.map((segment, index) => (index === 0 ? segment.text : segment.separator + segment.text)).join(''));
}

/** The title without site-name segments at either end and without trailing section parts. */
function coreOf(title: string, siteKeys: string[], hosts: string[], generic = true, colonSites: string[] = []): string {
  // Colons and underscores join parts of headlines more often than sites: only cut there when the cut part is the site.
  let segments = withoutSiteEnd(segmentsOf(title.replace(/\s*::\s*$/, '')), siteKeys, hosts);
  while (
    segments.length > 1 &&
    isSiteSegment(segments[0]!.text, siteKeys, hosts) &&
    (!/^:/.test(segments[1]!.separator.trim()) || colonSites.includes(titleKey(segments[0]!.text)))
  ) {
    segments = segments.slice(1);
    segments[0] = { text: segments[0]!.text, separator: '' };
  }
  const core = joinSegments(segments);
  // Then the generic cut of trailing section parts ("… | Blog", "… | +100 modèles").
  return generic ? withoutCount(cleanTitle(core, null)) : core;
}

/**
 * A listing's count of what it lists after its name ("Best Books Ever (77141 books)", "Trail Shoes (158 items)"): the list's
 * furniture, which changes as it grows. Only words that name listed things: "(4 Pack)" or "(50 Sheets)" names a product.
 */
const ITEM_COUNT = /\s+\(\s*\d[\d,.]*\+?\s+(?:items|results|products|books|posts|articles|listings|entries|titles|jobs|recipes|reviews|photos|videos)\s*\)$/i;

/** A title without a trailing item count; a year in brackets ("(2025 Reviews)") is the title's edition, not a count. */
function withoutCount(title: string): string {
  const count = ITEM_COUNT.exec(title);
  if (!count || /\(\s*(?:19|20)\d\d\s/.test(count[0])) return title;
  const rest = title.slice(0, count.index);
  return weightedLength(rest) >= 4 ? rest : title;
}

/** A heading without the site's name after a separator ("… – Artlyst"); one opening with the site's words is the page's ("Nintendo Switch – OLED Model"). */
function withoutTrailingSite(heading: string, siteKeys: string[], hosts: string[]): string {
  return joinSegments(withoutSiteEnd(segmentsOf(heading), siteKeys, hosts));
}

/**
 * The core of a visible heading that repeats a whole metadata title: site names cut, and a trailing part after a
 * separator cut only when it is short ("… - Personally Tested", "… - (30ct) 300mg"); a longer one is the headline's
 * subtitle, which the reader sees ("… - How Small Languages Die in the Age of AI").
 */
function visibleCore(heading: string, siteKeys: string[], hosts: string[]): string {
  const core = coreOf(heading, siteKeys, hosts, false);
  const cut = cleanTitle(core, null);
  if (cut === core || !core.startsWith(cut)) return cut;
  return words(core.slice(cut.length)).length >= 4 ? core : cut;
}

/** Words of a title as lowercase tokens, for overlap measures. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** True when `text` begins with `head` and goes on after a separator or bracket ("Kayaks | REI Co-op", "Bike Locks & Security", "systemd - ArchWiki"). */
function headOf(text: string, head: string): boolean {
  const t = normalizeSpace(text).normalize('NFKC').toLowerCase();
  const h = normalizeSpace(head).normalize('NFKC').toLowerCase();
  return t.startsWith(h) && /^\s*[|｜\-–—:：·•»([+&,/]/.test(t.slice(h.length));
}

/** Share of the smaller title's words found in the other. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared += 1;
  return shared / Math.min(wa.length, wb.size);
}

/** True when two titles share a word other than a stop word ("the", "of": a long headline nearly always has one). */
function sharesWord(a: string, b: string): boolean {
  const wb = new Set(words(b));
  return words(a).some((word) => wb.has(word) && !SLUG_STOP_WORDS.has(word));
}

const SHOP_WORDS = new Set(['buy', 'shop', 'at', 'from', 'on', 'online', 'official', 'store', 'sale', 'for', 'the']);

/** True when `title` is `heading` with only site names, shop words ("Buy … at …") and one short category around it. */
function wrappedBySite(title: string, heading: string, siteKeys: string[], hosts: string[]): boolean {
  const at = title.toLowerCase().indexOf(heading.toLowerCase());
  if (at < 0 || title.length === heading.length) return false;
  const before = title.slice(0, at);
  const after = title.slice(at + heading.length);
  // The heading must stand apart: a separator or the site's name beside it, never a word of the same phrase.
  const rest = (part: string, side: 'before' | 'after'): boolean => {
    if (part.trim() === '') return true;
    const separated = side === 'before' ? /(?:[|｜\-–—:·•»]|::)\s*$/.test(part) : /^\s*(?:[|｜\-–—:·•»]|::)/.test(part);
    const pieces = part.split(/\s*(?:[|｜\-–—:·•»]|::)\s*/).filter((piece) => piece.trim() !== '');
    let category = 0;
    for (const piece of pieces) {
      if (isSiteSegment(piece, siteKeys, hosts)) continue;
      const words = piece.toLowerCase().match(/[\p{L}\p{N}.]+/gu) ?? [];
      const other = words.filter((word) => !SHOP_WORDS.has(word) && !isSiteSegment(word, siteKeys, hosts));
      if (other.length === 0) continue;
      // One trailing category after a separator ("… : Electronics").
      if (side === 'after' && separated && other.length <= 2 && words.length <= 2 && category === 0) {
        category += 1;
        continue;
      }
      return false;
    }
    return true;
  };
  return rest(before, 'before') && rest(after, 'after');
}

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/giu;

/** What `text` says after the words of `head` (null when it does not start with them). */
function tailAfter(text: string, head: string): string | null {
  const headKey = titleKey(head);
  for (let i = 1; i <= text.length; i += 1) if (titleKey(text.slice(0, i)) === headKey) return text.slice(i);
  return null;
}

/**
 * True when `text` is `head` followed only by dates, numbers or a parenthesised source ("(latimes.com)"), or by a
 * tagline after a spaced separator ("Retirement Planning Calculator - American Funds", "Identity Theft Protection + $5
 * Million in Insurance*"): the heading's furniture, not words of its title.
 */
function furnitureAfter(text: string, head: string): boolean {
  const tail = tailAfter(text, head);
  if (tail === null) return false;
  if (/^\s+[-–—|+·•~]\s+\S/.test(tail)) return true;
  const rest = tail.replace(/\(\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\s*\)/giu, ' ').replace(MONTH, ' ');
  return /\d/.test(rest) && !/\p{L}/u.test(rest);
}

/** A heading that reads as a headline: not a label, not a sentence-long slogan, not shouting. */
function headlineLike(text: string, longest = 250): boolean {
  const length = weightedLength(text);
  return length >= 12 && length <= longest && !/[:：]$/.test(text);
}

/** Labels that name the kind of page rather than the page. */
const GENERIC_TITLE = /^\s*(?:home|home\s*page|homepage|start|startseite|accueil|inicio|index|untitled|untitled document|welcome)\s*$/i;

const SHOUTING = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** A metadata title that opens with the site's name before a separator and goes on with more than site names, trailing site names cut. */
function brandedTitle(m: TitleSource, siteKeys: string[], hosts: string[]): { title: string; from: string } | null {
  const segments = segmentsOf(m.text.replace(/\s*::\s*$/, ''));
  // "Figma: The Collaborative Interface Design Tool" keeps its colon in the core already.
  if (segments.length < 2 || /^:/.test(segments[1]!.separator.trim()) || !isSiteSegment(segments[0]!.text, siteKeys, hosts)) return null;
  const kept = withoutSiteEnd(segments, siteKeys, hosts);
  return kept.length < 2 ? null : { title: joinSegments(kept), from: m.from };
}

/** True when two titles say the same words (at least three), each as often, in a different order. */
function sameWords(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 3 || wa.length !== wb.length || wa.join(' ') === wb.join(' ')) return false;
  return [...wa].sort().join(' ') === [...wb].sort().join(' ');
}

/** `text` with each word written as `model` writes it (case), where the model has that word. */
function writtenAs(text: string, model: string): string {
  const writing = new Map<string, string>();
  for (const word of model.match(/[\p{L}\p{N}]+/gu) ?? []) writing.set(word.toLowerCase(), word);
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => writing.get(word.toLowerCase()) ?? word);
}

/** Typographic quotes as plain ones. */
function plainQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

const MARKS = /\s*[®™℠]/g;

/** The heading as the metadata writes it when the two differ only in trademark signs ("Crusher® ANC 2" / "Crusher ANC 2"): the signs mark a brand, they are not words. */
function unmarked(heading: string, metadata: TitleSource[]): string {
  if (!/[®™℠]/.test(heading)) return heading;
  const plain = normalizeSpace(heading.replace(MARKS, ''));
  return metadata.some((m) => m.text.includes(plain)) ? plain : heading;
}

const KICKER_SEPARATOR = /\s*[:|–—]\s*|\s+-\s+/g;

/** True when `core` is `heading` with a separator between two of its parts that the heading lacks (glued or a bare space). */
function droppedSeparator(heading: string, core: string): boolean {
  const separators = core.match(KICKER_SEPARATOR)?.length ?? 0;
  if (separators === 0 || (heading.match(KICKER_SEPARATOR)?.length ?? 0) >= separators) return false;
  return normalizeSpace(core.replace(KICKER_SEPARATOR, ' ')).replace(/\s/g, '') === heading.replace(/\s/g, '');
}

/** A title opening with the page's own domain name and a space ("davidbau.com Vibe Coding"): the domain names the site, the rest the page. */
function withoutHostPrefix(title: string, host: string | null): string {
  const bare = host?.toLowerCase().replace(/^www\d?\./, '');
  if (!bare || !bare.includes('.') || !title.toLowerCase().startsWith(`${bare} `)) return title;
  const rest = title.slice(bare.length).trim();
  return rest === '' ? title : rest;
}

type Core = { from: string; text: string; full: string };

/** Titles written for social cards, where sites put teasers. */
const SOCIAL = new Set(['og:title', 'twitter:title']);

/** Scripts written without spaces between words: word overlap says nothing there. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True when more open brackets than closed ones: a title cut short ("… Find Solutions (Including"). */
function unclosed(text: string): boolean {
  return (text.match(/[([{]/g) ?? []).length > (text.match(/[)\]}]/g) ?? []).length;
}

/** The first core, unless it was cut short inside a bracket and another core goes on from it: then that one. */
function completed(cores: Core[]): Core | null {
  const first = cores[0];
  if (!first || !unclosed(first.text)) return first ?? null;
  const key = titleKey(first.text);
  return cores.find((c) => titleKey(c.text).length > key.length && titleKey(c.text).startsWith(key)) ?? first;
}

/** The source a metadata title is copied from: twitter:title copies og:title; the others are written apart. */
function family(from: string): string {
  return from === 'twitter:title' ? 'og:title' : from;
}

/** True when a core from another, independent source says the same (<title> is the one being weighed). */
function seconded(core: Core, cores: Core[]): boolean {
  const key = titleKey(core.text);
  return cores.some((c) => c.from !== 'title-tag' && family(c.from) !== family(core.from) && titleKey(c.text) === key);
}

/** How many independent sources state a core's words. */
function votes(core: Core, cores: Core[]): number {
  const key = titleKey(core.text);
  return new Set(cores.filter((c) => titleKey(c.text) === key).map((c) => family(c.from))).size;
}

/**
 * A core that names the news section before a colon ("News: Saisonauftakt mit Heimsieg", PHP-Fusion's and e107's "<site> - News:
 * <item>", a CMS's "Aktuelles: …", "Blog: …"): the section's name labels the item, and the words after it are its title.
 */
function withoutSectionLabel(core: string): string {
  const colon = core.indexOf(':');
  if (colon < 2 || colon > 30 || !SECTION_TITLE.test(core.slice(0, colon).trim())) return core;
  const rest = core.slice(colon + 1).trim();
  return weightedLength(rest) >= 8 ? rest : core;
}

/**
 * Whether a heading is a metadata title's segment run "<kicker> - <headline>" read without its separator ("Familienpolitik Bundestag
 * beschließt …" from `<h2><strong>Familienpolitik</strong> Bundestag beschließt …</h2>`) and `core` is the headline: the
 * kicker is the topic's label, the core the title.
 */
function kickerBefore(heading: string, core: string, metadata: { text: string }[]): boolean {
  const key = titleKey(heading);
  const coreKey = titleKey(core);
  if (coreKey.length < 8 || key.length <= coreKey.length || !key.endsWith(coreKey)) return false;
  const kicker = key.slice(0, key.length - coreKey.length);
  return metadata.some((m) => segmentsOf(m.text).some((segment) => titleKey(segment.text) === kicker));
}

/**
 * A <title> cut down to its first part by the generic cut ("Familienpolitik" of "Familienpolitik - Bundestag beschließt Kita-Gesetz
 * - Politik - Süddeutsche.de", the older news sites' "kicker - headline - section - site") where another source states a later part
 * of that <title> whole (the og:title "Bundestag beschließt Kita-Gesetz"): the <title> states that headline too, and the kicker
 * alone names no page.
 */
function betterPart(best: Core | null, cores: Core[]): Core | null {
  if (!best || best.from !== 'title-tag') return best;
  const key = titleKey(best.text);
  const full = titleKey(best.full);
  if (full === key || !full.startsWith(key)) return best;
  const runs = segmentRuns(best.full);
  const part = cores.find(
    (c) => c.from !== 'title-tag' && titleKey(c.text).length > key.length && !titleKey(c.text).startsWith(key) && runs.has(titleKey(c.text)),
  );
  return part ?? best;
}

/**
 * The core the metadata agrees on: the most trusted one (completed), unless more independent sources state another
 * (og:title and <title> both "Average Private Meditation Sessions Cost" against the JSON-LD headline "Meditation Class
 * Cost"): a title written twice is the site's title; the odd one out is a variant (an SEO plugin's field, an old name).
 */
function agreed(cores: Core[]): Core | null {
  let best = completed(cores);
  if (!best) return null;
  for (const core of cores) if (!unclosed(core.text) && votes(core, cores) > votes(best, cores)) best = core;
  return best;
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * True when a heading is a metadata core with a later year in it and nothing else changed ("Guide to filing your taxes
 * in 2025" over the og:title's "… in 2024"): the page was brought up to date, the metadata left behind.
 */
function laterEdition(heading: string, core: string): boolean {
  const a = words(heading);
  const b = words(core);
  if (a.length !== b.length) return false;
  let later = false;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (!YEAR.test(a[i]!) || !YEAR.test(b[i]!) || Number(a[i]) < Number(b[i])) return false;
    later = true;
  }
  return later;
}

/** Words a URL's slug leaves out ("solar-installation-4-steps-guide-homeowners" for "… in 4 steps: A guide for homeowners"). */
const SLUG_STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'with', 'at', 'by', 'is', 'are']);

/** A title's words as a set, without the words slugs leave out. */
export function slugKeys(text: string): Set<string> {
  return new Set(words(text).filter((word) => !SLUG_STOP_WORDS.has(word)));
}

/** The words of the URL's last path segment ("/c/camp-stoves.html" → camp, stoves); null when it names nothing (under two words). */
export function slugOf(path: string | null | undefined): Set<string> | null {
  const segment = path?.split('/').findLast((part) => part !== '');
  if (!segment) return null;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape: the segment as written.
  }
  const keys = slugKeys(decoded.replace(/\.[a-z]{2,5}$/i, ''));
  return keys.size >= 2 ? keys : null;
}

/** How closely a title says a slug's words: 2 exactly those, 1 all of them and more, 0 not all of them. */
function slugFit(title: string, slug: Set<string>): number {
  const keys = slugKeys(title);
  for (const word of slug) if (!keys.has(word)) return 0;
  return keys.size === slug.size ? 2 : 1;
}

/**
 * Chooses the title a reader sees, and the signal it came from. The URL's slug names the page in its author's words
 * ("/c/camp-stoves", "/all-sheets"): where the visible headline says the slug's words more closely than the title the
 * metadata gave (all of them where the metadata misses one, or exactly them where the metadata adds SEO wording:
 * "Camp Stoves" over "Camping Stoves: Top Rated Camp Stoves"), the headline is the page's title.
 */
export function chooseTitle(given: TitleInput): { title: string; from: string } | null {
  const choice = chooseBySlug(given);
  if (!choice) return null;
  const title = withoutAvailability(given.thread ? withoutThreadLabel(choice.title) : choice.title);
  return title === choice.title ? choice : { title, from: choice.from };
}

/**
 * A thread's title led by a label of one or two words and " - " ("Payment issues - how to delete or change payment method",
 * "Consulting - is it worth it?", "2024 - Pros & Cons Of Using A Travel Agent", XenForo's "Question - …" prefix where the
 * metadata writes it): the label files the thread (a topic, a year, a kind of post) and the rest, three words or more, is
 * what the poster asked. "Squad 2024 - 2025" has no such rest and stays whole.
 */
const THREAD_LABEL = /^([^\s-][^\s]*(?: [^\s]+)?) - (\S+(?: \S+){2,})$/u;

/** A thread's title without a short leading label (THREAD_LABEL). */
function withoutThreadLabel(title: string): string {
  const label = THREAD_LABEL.exec(title);
  return label ? label[2]! : title;
}

/** The name of a site's news or blog section, as a CMS titles every item shown in it ("Aktuelles", "News", "Pressemitteilungen"). */
const SECTION_TITLE =
  /^(?:aktuelles|aktuelle (?:meldungen|nachrichten|informationen)|neuigkeiten|news|nachrichten|meldungen|mitteilungen|presse|pressemitteilungen|pressemeldungen|presseinformationen|blog|artikel|beiträge|news ?& ?events|news and events|latest news|press releases|articles|posts|actualités|noticias)$/i;

/**
 * Every metadata title only names the news section ("Aktuelles", "Gemeinde Musterstadt: Aktuelles") on a page that is not the
 * section's own (its address goes past it) and that shows a heading of its own.
 */
function sectionTitled(cores: readonly { text: string }[], homePage: boolean | undefined, path: string | null | undefined, heading: boolean): boolean {
  if (homePage || !heading || cores.length === 0) return false;
  const last = titleKey(
    path
      ?.split('/')
      .findLast((part) => part !== '')
      ?.replace(/\.[a-z]{2,5}$/i, '') ?? '',
  );
  return cores.every((c) => {
    const name = SECTION_TITLE.exec(c.text.trim()) ?? SECTION_TITLE.exec(c.text.slice(c.text.lastIndexOf(': ') + 2).trim());
    return name !== null && last !== '' && titleKey(name[0]) !== last;
  });
}

/** chooseByEvidence's choice, weighed against the URL's slug. */
function chooseBySlug(given: TitleInput): { title: string; from: string } | null {
  const seen: Seen = { headline: null };
  const choice = chooseByEvidence(given, seen);
  const slug = given.homePage ? null : slugOf(given.path);
  const main = seen.headline;
  // A paragraph set as the <h1> (over 250 characters) is no headline; capitals set by the style sheet are not its writing.
  if (!choice || !slug || !main || weightedLength(main) > 250 || SHOUTING.test(main) || main === choice.title) return choice;
  return slugFit(main, slug) > slugFit(choice.title, slug) ? { title: main, from: 'h1' } : choice;
}

/** A shop's availability in brackets after a product's name ("… 5.25 oz (149 g) (Discontinued Item)"): the stock's state, not the product's name. */
const AVAILABILITY =
  /\s*[([]\s*(?:discontinued(?:\s+item|\s+product)?|sold\s+out|out\s+of\s+stock|no\s+longer\s+available|ausverkauft|nicht\s+mehr\s+lieferbar|épuisé|rupture\s+de\s+stock|agotado)\s*[)\]]$/iu;

/** A title without a trailing availability label, unless nothing else is left. */
function withoutAvailability(title: string): string {
  const label = AVAILABILITY.exec(title);
  if (!label) return title;
  const rest = title.slice(0, label.index).trim();
  return weightedLength(rest) >= 4 ? rest : title;
}

/** What chooseByEvidence saw on the way: the first content <h1>, the site's name after it cut (null when there is none). */
type Seen = { headline: string | null };

/** `read` memoised for one call's texts: each distinct text is read once (the values are never changed by their users). */
function onceEach<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

/** Chooses the title by the agreement of metadata and visible headings. */
function chooseByEvidence(given: TitleInput, seen: Seen): { title: string; from: string } | null {
  // Soft hyphens and zero-width characters are line-breaking hints, invisible to a reader: not part of the title.
  const input = {
    ...given,
    metadata: given.metadata.map((m) => ({ from: m.from, text: m.text.replace(INVISIBLE, '') })),
    headings: given.headings.map((h) => ({
      text: h.text.replace(INVISIBLE, ''),
      chrome: h.chrome,
      afterKicker: h.afterKicker ?? null,
      outsideMain: h.outsideMain ?? false,
    })),
  };
  const hosts = hostKeys(input.host);
  const metadata = input.metadata.map((m) => ({ from: m.from, text: decodeTitleText(m.text) })).filter((m) => m.text !== '');
  // A page's metadata titles often say the same words (og:title, twitter:title, the JSON-LD headline and the <title>): what
  // is read from a title is read once per distinct text, not once per title and again per heading.
  const endKeysOf = onceEach(endSegmentKeys);
  const innerKeysOf = onceEach(innerSegmentKeys);
  const colonKeyOf = onceEach(leadingColonKey);
  const runsOf = onceEach(segmentRuns);
  // A heading in the site's chrome (masthead, menu bar) that is the first or last part of a metadata title names the site
  // ("Engora Data Blog" of "Engora Data Blog: Small adventures…", "The Rust Programming Language" of "What is Ownership? - The Rust…").
  // So is a heading outside the page's <main> that is the last part of a metadata title after a separator other than a colon
  // (mdBook's menu bar "<h1>The Rust Programming Language</h1>" beside <main>, under "What is Ownership? - The Rust…"): the
  // page marks its content, the heading stands apart from it and says what every page of the site ends its title with.
  const chromeSites = input.headings
    .filter((h) => h.chrome || (h.outsideMain && metadata.some((m) => lastSegmentKey(m.text) === titleKey(h.text))))
    .map((h) => titleKey(h.text))
    .filter((key) => key.length >= 2 && metadata.some((m) => endKeysOf(m.text).includes(key)) && !metadata.some((m) => innerKeysOf(m.text).includes(key)));
  // A stated name written as a title ("Freshdesk: AI-powered platform … | Freshworks" as the publisher's name) names no
  // site: its parts would pass for site names and cut the page's own words.
  const statedNames = input.siteNames.filter((name) => !STRONG_SEPARATOR.test(name));
  const siteKeys = [...new Set([...statedNames.map(titleKey), ...chromeSites].filter((key) => key.length >= 2))];
  // A core that is empty ("| Site") or only names the kind of page ("Home", "Home Page") is no title.
  // "Blog: Post", Blogger's <title>: the part before the colon is the site when the page's <h1> says it alone (the blog's
  // masthead) and it is exactly the site's name (its stated name or its host: "Rusty Spokes" on rustyspokes.blogspot.com);
  // the post's own heading is an <h3>. A headline that only holds the site's name ("Amazon Best Sellers") is the page's.
  const colonSites = input.headings
    .map((h) => titleKey(h.text))
    .filter((key) => key.length >= 2 && metadata.some((m) => colonKeyOf(m.text) === key) && namesSite(key, statedNames.map(titleKey), hosts, input.host));
  const pageCoreOf = onceEach((text: string) => withoutSectionLabel(coreOf(withoutHostPrefix(text, input.host), siteKeys, hosts, true, colonSites)));
  const allCores = metadata
    .map((m) => ({ from: m.from, text: pageCoreOf(m.text), full: m.text }))
    .filter((c) => titleKey(c.text) !== '' && !GENERIC_TITLE.test(c.text));
  // Away from the front page, a metadata title that is only the site's stated name ("twitter:title" = "Bombas") names no
  // page: another one does. (Only stated names: a chrome heading taken for the site may be the headline itself.)
  const statedSites = statedNames.map(titleKey);
  const named = allCores.filter((c) => input.homePage || !statedSites.includes(titleKey(c.text)));
  const pageCores = named.length > 0 ? named : allCores;
  // Metadata that only names the site by its host ("Glossier" as the only og:title on glossier.com) names no page either:
  // away from the front page, the content <h1> does.
  const siteOnly = !input.homePage && input.headings.some((h) => !h.chrome) && pageCores.every((c) => namesSite(c.text, [], hosts, input.host));
  // A CMS that shows a news item inside the page of its section (TYPO3's news plugin, Contao's news reader, a Joomla menu item)
  // titles the tab by the section ("Aktuelles", "Site: News"): below the section's own address, that names no page either.
  const ownHeading = (text: string | null | undefined) => Boolean(text) && !SECTION_TITLE.test(text!.trim());
  // One item's heading (and perhaps a masthead's): a river of cards that each title themselves with an <h1> is the section's own page.
  const ownHeadings = input.headings.filter((h) => !h.chrome && ownHeading(h.text)).length;
  const sectionOnly = ownHeadings <= 2 && sectionTitled(pageCores, input.homePage, input.path, ownHeadings > 0 || ownHeading(input.subheading));
  const cores = siteOnly || sectionOnly ? [] : pageCores;
  // A visible heading is the site's name when it is exactly that name, or resembles it and stands where titles put the
  // site's name ("痞客邦 PIXNET" of "… :: 痞客邦 PIXNET ::"); "Ridge Wallet" on ridge.com names a product.
  const siteEnds = new Set(metadata.flatMap((m) => endKeysOf(m.text)));
  // On a page titled by its section, an <h1> that only repeats the section's name ("Aktuelles" over the item's <h2>) is the
  // section's heading too.
  const headings = input.headings.filter(
    (h) =>
      (!(namesSite(h.text, siteKeys, hosts, input.host) || (siteEnds.has(titleKey(h.text)) && isSiteSegment(h.text, siteKeys, hosts))) ||
        cores.some((c) => titleKey(c.text) === titleKey(h.text))) &&
      !(sectionOnly && SECTION_TITLE.test(h.text.trim())),
  );
  const coreKeys = new Set(cores.map((c) => titleKey(c.text)));
  const fullKeys = cores.map((c) => titleKey(c.full));
  const headline = headings.find((h) => !h.chrome);
  if (headline) seen.headline = withoutTrailingSite(headline.text, siteKeys, hosts);

  // 0. A front page whose first metadata title is "<site> - <tagline>" ("Talkspace - #1 Rated Online Therapy"): the site is the page's subject.
  const branded = input.homePage && metadata[0] ? brandedTitle(metadata[0], siteKeys, hosts) : null;
  if (branded) return branded;
  // 1. A visible heading the metadata confirms: equal to a core, or the head of a metadata title.
  // A heading shown twice in two writings (a desktop and a mobile variant: "Switch - OLED", "Switch – OLED"): the writing
  // found verbatim in a metadata title comes first, the page states it twice.
  const ordered = [...headings.filter((h) => !h.chrome), ...headings.filter((h) => h.chrome)];
  const verbatim = ordered.find(
    (h) => metadata.some((m) => m.text.includes(h.text)) && ordered.some((other) => other.text !== h.text && titleKey(other.text) === titleKey(h.text)),
  );
  for (const heading of verbatim ? [verbatim, ...ordered] : ordered) {
    const key = titleKey(heading.text);
    if (key.length < 2) continue;
    if (coreKeys.has(key)) {
      // Upper case set by the page's style sheet is not how the title is written, nor a heading left all lower case for the
      // style sheet to capitalise ("history of coffee" under "History of coffee | …"). But a metadata title written the same
      // way ("ACTUARIAL CONSULTING VS. INSURANCE" as the og:title too) is the site's own writing: no style sheet reaches a <meta>.
      if ((SHOUTING.test(heading.text) || /^\p{Ll}/u.test(heading.text)) && !cores.some((c) => c.text === heading.text)) {
        const written = cores.find((c) => titleKey(c.text) === key && !SHOUTING.test(c.text) && !/^\p{Ll}/u.test(c.text));
        if (written) return { title: written.text, from: written.from };
      }
      const same = cores.find((c) => c.text === heading.text);
      // The same words with typographic quotes in the heading and plain ones in the metadata ("Beginner’s" / "Beginner's"): the plain writing.
      const plain = same ? null : cores.find((c) => c.text === plainQuotes(c.text) && c.text === plainQuotes(heading.text));
      if (plain) return { title: plain.text, from: plain.from };
      // Likewise a dash the heading sets where the metadata types two hyphens ("Problems—Simple" / "Problems--Simple"): the typed writing.
      const typed = same ? null : cores.find((c) => c.text.includes('--') && c.text === plainQuotes(heading.text).replace(/[—–]/g, '--'));
      if (typed) return { title: typed.text, from: typed.from };
      // A kicker set apart only by the style sheet ("<span>Bahnstreik</span> <span>GDL kündigt …</span>", its words glued
      // or a space where the metadata writes "Bahnstreik: GDL kündigt …"): the metadata writes the separator the reader sees.
      const separated = same ? null : cores.find((c) => titleKey(c.text) === key && droppedSeparator(heading.text, c.text));
      if (separated) return { title: separated.text, from: separated.from };
      return { title: unmarked(heading.text, metadata), from: same ? same.from : 'h1' };
    }
    // A kicker set in the heading as an element of its own ("<span class="topline">Verkehr</span> <span>Stadtrat beschließt …</span>")
    // where the metadata states the headline alone: the metadata's words are the title, the kicker labels the story's topic.
    const kicked = heading.afterKicker ? titleKey(heading.afterKicker) : '';
    const unkicked = kicked.length >= 8 && !heading.chrome ? cores.find((c) => titleKey(c.text) === kicked) : undefined;
    if (unkicked) return { title: unkicked.text, from: unkicked.from };
    // A content heading that is a metadata core with a later year: the page's current edition.
    if (!heading.chrome && cores.some((c) => laterEdition(heading.text, c.text))) return { title: heading.text, from: 'h1' };
    // The heading repeats a whole metadata title, site name included: the reader's title is its core.
    if (fullKeys.some((full) => full === key)) return { title: visibleCore(heading.text, siteKeys, hosts), from: 'h1' };
    // "davidbau.com Vibe Coding": the site name glued before the headline.
    const glued = cores.find(
      (c) =>
        titleKey(c.text).length >= 4 &&
        key.endsWith(titleKey(c.text)) &&
        isSiteSegment(heading.text.slice(0, heading.text.length - c.text.length), siteKeys, hosts),
    );
    if (glued) return { title: glued.text, from: glued.from };
    // The heading is one part of a metadata title ("Payment issues - <heading>", "<heading> | Docs | Site").
    if (weightedLength(heading.text) >= 8 && metadata.some((m) => runsOf(m.text).has(key))) return { title: unmarked(heading.text, metadata), from: 'h1' };
    // The heading opens a metadata title before a separator ("Kayaks" of "Kayaks | REI Co-op", "Bike Locks" of "Bike Locks & Security"): the rest is site or search-engine wording.
    if (weightedLength(heading.text) >= 4 && !SHOUTING.test(heading.text) && metadata.some((m) => headOf(m.text, heading.text)))
      return { title: unmarked(heading.text, metadata), from: 'h1' };
    // The heading inside a metadata title wrapped only in site names and shop words ("Amazon.com: <heading> : Electronics",
    // "Buy <heading> at Thomann – Thomann UK", "<heading> GHORBA").
    if (!heading.chrome && weightedLength(heading.text) >= 4 && metadata.some((m) => wrappedBySite(m.text, heading.text, siteKeys, hosts)))
      return { title: heading.text, from: 'h1' };
    // A metadata title cut short ("… (Including") is the head of the visible one; but when the heading only adds a date,
    // a counter or a source ("… January 1, 2025", "… (latimes.com) 87"), those are the heading's furniture, not its words.
    const longer = cores.find(
      (c) => titleKey(c.text).length >= 20 && key.startsWith(titleKey(c.text).replace(/…$/, '')) && key.length > titleKey(c.text).length,
    );
    if (longer) return furnitureAfter(heading.text, longer.text) ? { title: longer.text, from: longer.from } : { title: heading.text, from: 'h1' };
    // A content heading that says a metadata core's words in another order ("Online Graphic Design Course" for the SEO
    // title's "Graphic Design Course Online", keyword first): the reader's title is the heading's order; capitals set by
    // the style sheet ("BEGINNER MARATHON PLAN") take the metadata's writing of each word.
    const reordered = heading.chrome ? undefined : cores.find((c) => titleKey(c.text).length === key.length && sameWords(heading.text, c.text));
    if (reordered) return { title: SHOUTING.test(heading.text) ? writtenAs(heading.text, reordered.text) : heading.text, from: 'h1' };
  }
  const best = betterPart(agreed(cores), cores);
  const main = headings.find((h) => !h.chrome);
  // A page without a content <h1> may set its title one level down: the first <h2> when it is the head or one part of a
  // metadata title ("Cloudflare CDN" of "Cloudflare CDN | Content Delivery Network", "Hardware -- Catalogs" of "Browse
  // subject: Hardware -- Catalogs | The Online Books Page"). Only then: an <h2> is more often a section's heading; and one
  // that is the core plus the trailing part the core cut ("… - Part 1") does not undo that cut.
  const subheading = main ? '' : normalizeSpace((input.subheading ?? '').replace(INVISIBLE, ''));
  if (
    weightedLength(subheading) >= 8 &&
    !(best && titleKey(subheading).startsWith(titleKey(best.text))) &&
    !(best && kickerBefore(subheading, best.text, metadata)) &&
    metadata.some((m) => runsOf(m.text).has(titleKey(subheading)) || headOf(m.text, subheading))
  )
    return { title: subheading, from: 'h2' };
  // A page whose metadata only names the site (an old blog theme's <title> is the blog's name on every page) and whose <h1>, if
  // any, is the blog's masthead: away from the front page, its first <h2> is the post's title, unless it is a date (a date header).
  if (
    !input.homePage &&
    weightedLength(subheading) >= 8 &&
    headlineLike(subheading) &&
    !findDateInText(subheading) &&
    allCores.length > 0 &&
    (sectionOnly || allCores.every((c) => namesSite(c.text, siteKeys, hosts, input.host)))
  )
    return { title: subheading, from: 'h2' };
  // A page whose only title is the site's own ("Reddit - The heart of the internet": the site's name, then its slogan)
  // and whose headline shares no word with it but stop words: the headline is the page's title, however long (a link post's <h1> may
  // carry the story's whole first sentence: the metadata names no page, so nothing shorter is on offer).
  if (
    main &&
    best &&
    metadata.length === 1 &&
    best.from === 'title-tag' &&
    headlineLike(main.text, Infinity) &&
    !sharesWord(main.text, best.text) &&
    titleKey(best.full) !== titleKey(best.text) &&
    titleKey(best.full).endsWith(titleKey(best.text))
  )
    return { title: main.text, from: 'h1' };
  // 2. An article's own headline, when the metadata carries an SEO variant of it; on any page when the metadata title
  // was cut short ("… Wedding Timeline…"): a truncated title is not the page's title.
  const truncated = best !== null && /(?:…|\.\.\.)$/.test(best.text);
  // But a page whose first <h2> writes the metadata's title word for word ("Best Travel Insurance for Seniors in 2025" under
  // the <h1> "Best Travel Insurance for Seniors") shows that title too: seconded by a visible heading, the metadata's title stands.
  const shown = best !== null && normalizeSpace((input.subheading ?? '').replace(INVISIBLE, '')) === best.text;
  if (
    main &&
    headlineLike(main.text) &&
    !SHOUTING.test(main.text) &&
    (input.articleLike || !best || truncated) &&
    (!best || overlap(main.text, best.text) >= 0.5) &&
    !shown
  )
    return { title: main.text, from: 'h1' };
  // 3. The best core; but a social-card title that no other source seconds and that shares at most a third of its words
  // with the <title> is a teaser written for sharing ("We're Really Good at Email" for "Email Marketing Tools", GitHub's
  // site-wide "Build software better, together" for "Trending repositories on GitHub today"): the <title> names the page.
  // Not on a front page, whose og:title is often the site's own name, nor in scripts written without spaces (no words to compare).
  const tab = input.homePage || !best || !SOCIAL.has(best.from) || UNSPACED.test(best.text) ? undefined : cores.find((c) => c.from === 'title-tag');
  // A social-card title the <title> states as one of its parts is seconded by it ("<kicker> - <og:title> - <section> - <site>").
  if (
    best &&
    tab &&
    !UNSPACED.test(tab.text) &&
    overlap(tab.text, best.text) <= 1 / 3 &&
    !seconded(best, cores) &&
    !segmentRuns(tab.full).has(titleKey(best.text))
  )
    return { title: tab.text, from: tab.from };
  if (best) return { title: best.text, from: best.from };
  const fallback = headings[0];
  if (fallback) return { title: fallback.text, from: 'h1' };
  // A home page titled "Home" or "| Site": the reader sees the site's name.
  const site = input.siteNames.map(decodeTitleText).find((name) => name !== '');
  return site ? { title: site, from: 'site-name' } : null;
}
