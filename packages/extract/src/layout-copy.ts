/**
 * A card written twice, once for phones and once for desktops, as two sibling copies the stylesheet shows one of (Eventbrite's
 * search results, a Medium publication's featured cards): read as text, every title, teaser and date comes twice. Known by
 * structure rather than by class words: two element siblings that are the only ones holding text under their parent, each
 * opening with a linked heading (an `<a>` in it or around it) of the same text, three words or more; the second holds no word
 * the first does not, no more ink than it, and at most COPY_INK. The second is the copy and is skipped; the first (often the
 * fuller one, naming the organizer or the writer) stays.
 *
 * Found from the page's headings (the precomputed walk's), not by a test on every element: only a heading whose text an
 * earlier heading of the same ink already has is looked at, and only its ancestors up to COPY_INK ink.
 */
import type { AnyNode, Element } from 'domhandler';
import { containsTag } from './blocks.ts';
import { tokenize } from './body-score.ts';
import { elementOrder, HEADING_TAGS, holds, isElement, rawText } from './dom.ts';
import { normalizeSpace } from './text.ts';

/** The fewest words a card's title holds: a two-word heading ("Read more", "Top picks") is a label, not one card's title. */
const MIN_TITLE_WORDS = 3;
/** The most ink a second copy holds: one card, not a section written twice. */
const COPY_INK = 1000;

/** Appends the words of a node's text nodes (tokenize's, in lower case), scripts, styles, templates and `<noscript>` aside. */
function addWords(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    for (const word of tokenize((node as unknown as { data: string }).data.toLowerCase())) out.push(word);
    return;
  }
  if (!isElement(node)) return;
  const name = node.name;
  if (name === 'script' || name === 'style' || name === 'template' || name === 'noscript') return;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) addWords(kids[ci]!, out);
}

/**
 * Whether every word of `copy` occurs in `first`. Read text node by text node: rawText joins an element's texts with no space
 * between them, and a title would run into the next line's first word.
 */
function saysNothingNew(copy: Element, first: Element): boolean {
  const theirs: string[] = [];
  addWords(first, theirs);
  const mine: string[] = [];
  addWords(copy, mine);
  const known = new Set(theirs);
  for (const word of mine) if (!known.has(word)) return false;
  return true;
}

/** A heading's title (its text, spaces collapsed), or null under MIN_TITLE_WORDS words. */
function titleOf(heading: Element): string | null {
  const text = normalizeSpace(rawText(heading));
  let words = text === '' ? 0 : 1;
  for (let at = text.indexOf(' '); at >= 0 && words < MIN_TITLE_WORDS; at = text.indexOf(' ', at + 1)) words += 1;
  return words >= MIN_TITLE_WORDS ? text : null;
}

/** Whether a heading is a link's text: it holds an `<a>`, or one stands between it and `top` (`top` included; null: any ancestor). */
function isLinked(heading: Element, top: Element | null): boolean {
  if (containsTag(heading, 'a')) return true;
  for (let node = heading.parent; node !== null && isElement(node); node = node.parent) {
    if (node.name === 'a') return true;
    if (node === top) break;
  }
  return false;
}

/** A heading's title (titleOf) when it is a link's text anywhere (isLinked), else null: only a link's heading is a card's title. */
function linkTitle(heading: Element): string | null {
  return isLinked(heading, null) ? titleOf(heading) : null;
}

/** The one element sibling before `element` that holds text, when no other sibling (before or after it) does; else null. */
function onlyInkedSiblingBefore(element: Element, ink: Float64Array): Element | null {
  for (let node = element.next; node !== null; node = node.next) if (isElement(node) && ink[elementOrder(node)]! > 0) return null;
  let other: Element | null = null;
  for (let node = element.prev; node !== null; node = node.prev) {
    if (!isElement(node) || ink[elementOrder(node)]! === 0) continue;
    if (other !== null) return null;
    other = node;
  }
  return other;
}

/**
 * The second copies of the page's cards written twice (see above). `headings`: the page's headings in document order; `ink`:
 * each element's text ink by elementOrder (the precomputed walk's). Null when there are none.
 */
export function layoutCopies(headings: readonly Element[], ink: Float64Array): Set<Element> | null {
  let copies: Set<Element> | null = null;
  // A copy's title is its first's text, of the same ink, and most headings share their ink with no earlier one: a heading's
  // title (linkTitle) is read only once a second heading of its ink comes, and then the first one's too.
  const firstOfInk = new Map<number, Element | null>();
  const titles = new Set<string>();
  for (let i = 0; i < headings.length; i += 1) {
    const heading = headings[i]!;
    const titleInk = ink[elementOrder(heading)]!;
    if (titleInk < MIN_TITLE_WORDS) continue;
    const first = firstOfInk.get(titleInk);
    if (first === undefined) {
      firstOfInk.set(titleInk, heading);
      continue;
    }
    if (first !== null) {
      const firstTitle = linkTitle(first);
      if (firstTitle !== null) titles.add(firstTitle);
      firstOfInk.set(titleInk, null);
    }
    const title = linkTitle(heading);
    if (title === null) continue;
    if (!titles.has(title)) {
      titles.add(title);
      continue;
    }
    const previous = i > 0 ? headings[i - 1]! : null;
    let linked = containsTag(heading, 'a');
    for (let copy = heading.parent; copy !== null && isElement(copy); copy = copy.parent) {
      // The heading must be the copy's first: above an element holding an earlier heading, no ancestor is a copy it opens.
      if (previous !== null && holds(copy, previous)) break;
      const copyInk = ink[elementOrder(copy)]!;
      if (copyInk > COPY_INK) break;
      if (copy.name === 'a') linked = true;
      if (!linked || HEADING_TAGS.has(copy.name)) continue;
      const card = onlyInkedSiblingBefore(copy, ink);
      // A copy says nothing its card does not: it holds no more ink (read before any word of either).
      if (card === null || copyInk > ink[elementOrder(card)]!) continue;
      const cardTitle = firstHeadingBefore(headings, i, card);
      if (cardTitle === null || ink[elementOrder(cardTitle)] !== titleInk || titleOf(cardTitle) !== title || !isLinked(cardTitle, card)) continue;
      if (saysNothingNew(copy, card)) (copies ??= new Set()).add(copy);
    }
  }
  return copies;
}

/** The first of `headings` (document order) inside `other`, an element sibling before `headings[before]`'s copy, or null. */
function firstHeadingBefore(headings: readonly Element[], before: number, other: Element): Element | null {
  const parent = other.parent as Element;
  let j = before - 1;
  // Headings in the empty siblings between the two are passed over; then the run of headings inside `other`, back to its first.
  while (j >= 0 && holds(parent, headings[j]!) && !holds(other, headings[j]!)) j -= 1;
  let first: Element | null = null;
  while (j >= 0 && holds(other, headings[j]!)) first = headings[j--]!;
  return first;
}
