/**
 * A pointer to the story before or after this one, set after an article's body: a box whose label link says where it goes
 * ("Next Auto News", "Previous Post", "Older Post", "Article suivant"), with that story's picture, linked headline, teaser and
 * byline, every link in it to that one story. Templates name the box (generic-body.ts' BOILERPLATE: "next-article",
 * "prev-article", "next-prev"); one whose classes say nothing (hashed, or unknown words) leaves the teaser in the body, since
 * only its linked parts read as links. What it always says is its label and that all of it leads to one other page. A bare
 * label, alone in its block with no card beside it (WordPress's "Previous Post" / "Next Post" list), is left out when the
 * markup marks it `rel="prev"` / `rel="next"` or its words name a post or a page (bareLabelBlock).
 */
import type { Element } from 'domhandler';
import { HEADING_TAGS, elementOrder, isElement, rawText } from './dom.ts';

/**
 * A label link's text: "next" or "previous" (older, newer) and at most two more words, in the languages BOILER_TEXT_ELSEWHERE reads
 * ("Nächster Artikel", "Article suivant", "Entrada anterior"). Its first letter is one of LABEL_INITIALS.
 */
const POINTER_LABEL =
  /^[\s\p{P}\p{S}]*(?:(?:next|previous|prev|older|newer)(?:\s+\p{L}+){0,2}|nächste[rs]?(?:\s+\p{L}+)?|vorherige[rs]?(?:\s+\p{L}+)?|(?:(?:article|billet|page|post)\s+)?(?:suivant|précédent)e?|(?:(?:artículo|entrada|página|nota|post)\s+)?(?:siguiente|anterior))[\s\p{P}\p{S}]*$/iu;
/** The first letters POINTER_LABEL's labels start with (lower case): a link's text is tested only when its first letter is one. */
const LABEL_INITIALS = new Set(['a', 'b', 'e', 'n', 'o', 'p', 's', 'v']);
/** A link's target that is another page: not a fragment of this one (`#…`), not a script (`javascript:void(0)`). */
const LEADS_SOMEWHERE = /^\s*(?!#|javascript:)\S/i;
/** The most ink a label link holds: a few words. */
const LABEL_INK = 40;
/** The most levels above a label link its box is looked for (the link, its paragraph, the card, the card's wrapper). */
const BOX_LEVELS = 3;
/** The most ink a box holds: a picture's caption, a headline, a line of teaser and a byline, not a section of stories. */
const BOX_INK = 400;
/** The most ink a box holds outside its links: a line of teaser and a byline with its date. */
const TEASER_INK = 200;

/**
 * Whether a link's text, short as ink says (LABEL_INK), is a pointer's label ("Next Auto News"). Every link of a page is asked
 * (a news page has hundreds): its first letter is read before anything else.
 */
export function isPointerLabel(link: Element, ink: number): boolean {
  if (ink === 0 || ink > LABEL_INK) return false;
  const text = rawText(link);
  if (!LABEL_INITIALS.has(firstLetter(text)) || !POINTER_LABEL.test(text)) return false;
  const href = link.attribs.href;
  // A carousel's or a tab strip's "Prev" / "Next" controls go nowhere: `#…` or `javascript:`.
  return href !== undefined && LEADS_SOMEWHERE.test(href);
}

/** The first letter of a text, lower case, after spaces, punctuation and symbols ("« Previous" → "p"); '' where a digit or a letter beyond ASCII comes first. */
function firstLetter(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return String.fromCharCode(code | 0x20);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x80 && LETTER.test(text[i]!))) return '';
  }
  return '';
}
const LETTER = /\p{L}/u;

/** What a box candidate holds, counted by leadsOnlyTo: links to the story besides the label, their ink, and a heading outside them. */
type BoxCount = { others: number; linkInk: number; heading: boolean };

/** Whether every link under an element goes to `href`, counting what it holds (BoxCount). */
function leadsOnlyTo(element: Element, href: string, label: Element, ink: Float64Array, count: BoxCount): boolean {
  for (let i = 0, kids = element.children; i < kids.length; i += 1) {
    const child = kids[i]!;
    if (!isElement(child)) continue;
    if (child.name === 'a' && child.attribs.href !== undefined) {
      if (child.attribs.href.trim() !== href) return false;
      if (child !== label) count.others += 1;
      count.linkInk += ink[elementOrder(child)]!;
      continue;
    }
    if (HEADING_TAGS.has(child.name)) count.heading = true;
    if (!leadsOnlyTo(child, href, label, ink, count)) return false;
  }
  return true;
}

/**
 * The pointer boxes around a page's label links: for each, its highest ancestor within BOX_LEVELS whose links all go where the
 * label goes, with one more link to it than the label (the headline or the picture), at most BOX_INK of text, at most
 * TEASER_INK of it outside those links (a teaser and a byline, not a short story's paragraphs), and no heading of its own (the
 * story's headline is a link). ink: each element's text ink by document order (the generic body's precomputed walk).
 */
export function storyPointers(labels: Element[], ink: Float64Array): Set<Element> {
  const boxes = new Set<Element>();
  for (const label of labels) {
    const href = label.attribs.href!.trim();
    let box: Element | null = null;
    let node = label.parent;
    for (let level = 0; level < BOX_LEVELS && node !== null && isElement(node); level += 1, node = node.parent) {
      const boxInk = ink[elementOrder(node)]!;
      if (node.name === 'body' || node.name === 'main' || node.name === 'article' || boxInk > BOX_INK) break;
      const count: BoxCount = { others: 0, linkInk: 0, heading: false };
      if (!leadsOnlyTo(node, href, label, ink, count) || count.heading || boxInk - count.linkInk > TEASER_INK) break;
      if (count.others > 0) box = node;
    }
    if (box === null) box = bareLabelBlock(label, ink);
    if (box !== null) boxes.add(box);
  }
  return boxes;
}

/** A label that names a post or page, not only a direction: "Previous Post", "Next article", "Older Entries", "Next page". */
const NAMED_LABEL = /^[\s\p{P}\p{S}]*(?:next|previous|prev|older|newer)\s+(?:posts?|articles?|stor(?:y|ies)|entry|entries|page)[\s\p{P}\p{S}]*$/iu;
/** The blocks a bare label is alone in: a list's item, a paragraph, a box, a span. */
const LABEL_BLOCKS = new Set(['li', 'p', 'div', 'span']);
/** HTML's link types for a sequence's neighbours (`rel="prev"`, `rel="next"`), among a link's rel tokens. */
const SEQUENCE_REL = /(?:^|\s)(?:prev|next)(?:\s|$)/i;

/**
 * A post navigation's bare label: a label link (no picture, headline or teaser beside it) that is all of the text of the block
 * it stands in (an `<li>`, a `<p>`, a `<div>`, a `<span>`), and says which way it goes by the page's markup (`rel="prev"`, `rel="next"`,
 * HTML's link types for a sequence) or names a post or page ("Previous Post", "Older Entries"). WordPress themes write
 * `<ul><li><a rel="prev">Previous Post</a></li><li><a rel="next">Next Post</a></li></ul>` above and below a post, named by
 * class words (`nav-previous`) a template of its own does not share.
 */
function bareLabelBlock(label: Element, ink: Float64Array): Element | null {
  const block = label.parent;
  if (block === null || !isElement(block) || !LABEL_BLOCKS.has(block.name)) return null;
  if (ink[elementOrder(block)]! !== ink[elementOrder(label)]!) return null;
  return SEQUENCE_REL.test(label.attribs.rel ?? '') || NAMED_LABEL.test(rawText(label)) ? block : null;
}
