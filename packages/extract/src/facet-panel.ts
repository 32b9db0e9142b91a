/**
 * A shop's or archive's filter panel ("Brand: Canon (261) Nikon (98)", "Price: $0 to $25 (39)", "Mirrorless Cameras (897)"):
 * many short options, each ending in its count of results. Templates name the panel in many ways ("facets", "filters",
 * "refinements", "layered-nav", or hashed class names) and often set it outside any `<form>`; read as text it is a long run of
 * short lines at the top of a listing. What it always has is its structure: six or more counted options making up most of the
 * panel's text (the rest: the groups' headings, "Show more", "Clear all"). A tile with a picture is not an option: a shop's
 * subcategory cards ("Radios (4)" under the category's image) are what the page lists.
 */
import type { Element } from 'domhandler';
import { containsTag } from './blocks.ts';
import { elementOrder, isElement, rawText } from './dom.ts';
import { isRegExpSpace } from './text.ts';

/** The fewest counted options a panel holds. */
const MIN_OPTIONS = 6;
/** The most ink an option's text holds: a size, a colour, a brand with its count, a price range. */
const OPTION_INK = 40;
/** The share of a panel's ink its options' texts make up, at least. */
const OPTION_SHARE = 0.6;

/** A short label ending in its count of results: "Canon (261)", "Black (10 products)", "Under $25 (39)". */
const COUNTED_OPTION = /\S\s*\(\s*\d[\d,.]*(?:\s+(?:products?|items?|results?))?\s*\)\s*$/i;
/** The tags a counted option is written in: a link, a list item, a label, a button. */
const COUNTED_TAGS: ReadonlySet<string> = new Set(['a', 'li', 'label', 'button']);

/**
 * COUNTED_OPTION's test, asked only of a text whose last character before its trailing white space (what `\s` matches) is the
 * closing parenthesis the expression ends on: it is not anchored at the start, so a text without one (most short links and list
 * items) was tried from every position.
 */
function isCountedText(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isRegExpSpace(text.charCodeAt(end))) end -= 1;
  return end > 0 && text.charCodeAt(end) === 0x29 && COUNTED_OPTION.test(text);
}

/** Whether an element of `elementInk` ink is an option with its count ("Canon (261)"), read only when it is short and shows no picture. */
export function isCountedOption(element: Element, elementInk: number): boolean {
  return (
    elementInk > 0 &&
    elementInk <= OPTION_INK &&
    COUNTED_TAGS.has(element.name) &&
    isCountedText(rawText(element)) &&
    !containsTag(element, 'img') &&
    !containsTag(element, 'picture')
  );
}

/**
 * The filter panels around a page's counted options (`options`, isCountedOption). `ink`: each element's text ink by
 * elementOrder (the precomputed walk's). Every element that passes is returned; the walk skips the outermost.
 */
export function facetPanels(options: readonly Element[], ink: Float64Array): Set<Element> {
  const panels = new Set<Element>();
  if (options.length < MIN_OPTIONS) return panels;
  const all = new Set(options);
  // Per ancestor, the options below it and their ink (an option inside another counts once: its outer one).
  const count = new Map<Element, number>();
  const optionInk = new Map<Element, number>();
  for (const option of options) {
    let outer = false;
    for (let node = option.parent; node !== null && isElement(node); node = node.parent) {
      if (all.has(node)) {
        outer = true;
        break;
      }
    }
    if (outer) continue;
    const own = ink[elementOrder(option)]!;
    for (let node = option.parent; node !== null && isElement(node); node = node.parent) {
      count.set(node, (count.get(node) ?? 0) + 1);
      optionInk.set(node, (optionInk.get(node) ?? 0) + own);
    }
  }
  for (const [node, counted] of count) {
    if (counted < MIN_OPTIONS) continue;
    const name = node.name;
    if (name === 'body' || name === 'html' || name === 'main') continue;
    if (optionInk.get(node)! >= OPTION_SHARE * ink[elementOrder(node)]!) panels.add(node);
  }
  return panels;
}
