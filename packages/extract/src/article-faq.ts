/**
 * An article's questions and answers: how-to guides, buying guides and explainers close with an "FAQ" or
 * "Frequently Asked Questions" section, and CMSs and page builders render it as its own module after the post's
 * body (a Webflow collection list, a HubSpot module, a React accordion after the newsletter box), outside the
 * container the scorer chose. The section is the article's (it answers the article's own questions, and search
 * engines read it as the page's FAQPage); on the development half the gold keeps an article's FAQ on 68 pages and
 * leaves it out on about 10.
 */
import type { AnyNode, Element } from 'domhandler';
import { HEADING_TAGS, isElement, rawText } from './dom.ts';
import { normalizeSpace } from './text.ts';

/** A heading that titles a questions-and-answers section: "FAQ", "FAQs About Home Security Cameras", "Event Management Process FAQs", "Frequently asked questions". */
const FAQ_HEADING = /^(?:[^\n]{0,60}\s)?(?:faqs?|frequently asked questions)(?:\s[^\n]{0,50})?\s?[:?]?$/i;

/** How far above the article's container the FAQ's module may stand (the post body, its column, the page's main wrapper). */
const LEVELS = 3;

/** Text allowed before the FAQ's heading inside its module (an anchor, an icon label). */
const LEAD_IN = 40;

type Skips = { skips(element: Element): boolean };

/**
 * The FAQ sections that follow the article's container: siblings after it, or after one of its first ancestors, that open
 * with an FAQ heading — a module holding the heading, or a bare heading with the elements after it up to the next heading of
 * its rank. `taken`: the nodes already read as the body. Boilerplate (`filter`) is neither taken nor entered.
 */
export function followingFaqSections(container: Element, taken: readonly Element[], filter: Skips): Element[] {
  const out: Element[] = [];
  let scope: Element = container;
  for (let level = 0; level < LEVELS; level += 1) {
    const parent = scope.parent;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') break;
    const siblings = parent.children;
    for (let i = siblings.indexOf(scope) + 1; i < siblings.length; i += 1) {
      const sibling = siblings[i]!;
      if (!isElement(sibling) || filter.skips(sibling) || taken.includes(sibling)) continue;
      if (HEADING_TAGS.has(sibling.name)) {
        if (!FAQ_HEADING.test(normalizeSpace(rawText(sibling)))) continue;
        // A bare heading: the section is the heading and what follows it up to the next heading of its rank or higher.
        out.push(sibling);
        for (i += 1; i < siblings.length; i += 1) {
          const next = siblings[i]!;
          if (!isElement(next)) continue;
          if (HEADING_TAGS.has(next.name) && next.name <= sibling.name) {
            i -= 1;
            break;
          }
          if (!filter.skips(next)) out.push(next);
        }
        continue;
      }
      if (opensWithFaqHeading(sibling)) out.push(sibling);
    }
    scope = parent;
  }
  return out;
}

/** Whether an element's first heading titles an FAQ and stands at its start (little text before it). */
function opensWithFaqHeading(element: Element): boolean {
  return opensWith(element, FAQ_HEADING);
}

/** Whether an element's first heading matches `title` and stands at its start (little text before it). */
function opensWith(element: Element, title: RegExp): boolean {
  const found = { heading: null as Element | null, before: 0 };
  firstHeading(element, found);
  return found.heading !== null && found.before <= LEAD_IN && title.test(normalizeSpace(rawText(found.heading)));
}

/** A heading that titles an article's summary box: "Key Takeaways", "Key takeaways: Simple actions that …", "Key Points", "TL;DR", "At a glance". */
const TAKEAWAYS_HEADING =
  /^(?:key (?:takeaways?|points|insights|highlights)|(?:main |quick )?takeaways?|tl;? ?dr|at a glance|in brief|in a nutshell)(?:\s*[:.\-–—]\s*[^\n]{0,120})?$/i;

/**
 * The summary box ("Key Takeaways", "Key Points") set before the article's container: a sibling before it, or before one of its
 * first ancestors, that opens with such a heading (a module holding the heading, or a bare heading with the elements after it up
 * to the next heading of its rank). Page builders and CMSs render it as its own module above the post's body, outside the
 * container the scorer chose; the gold keeps it. Returned in document order.
 */
export function precedingTakeaways(container: Element, taken: readonly Element[], filter: Skips): Element[] {
  const levels: Element[][] = [];
  let scope: Element = container;
  for (let level = 0; level < LEVELS; level += 1) {
    const parent = scope.parent;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') break;
    const found: Element[] = [];
    const siblings = parent.children;
    const end = siblings.indexOf(scope);
    for (let i = 0; i < end; i += 1) {
      const sibling = siblings[i]!;
      if (!isElement(sibling) || filter.skips(sibling) || taken.includes(sibling)) continue;
      if (HEADING_TAGS.has(sibling.name)) {
        if (!TAKEAWAYS_HEADING.test(normalizeSpace(rawText(sibling)))) continue;
        found.push(sibling);
        for (i += 1; i < end; i += 1) {
          const next = siblings[i]!;
          if (!isElement(next)) continue;
          if (HEADING_TAGS.has(next.name) && next.name <= sibling.name) {
            i -= 1;
            break;
          }
          if (!filter.skips(next) && !taken.includes(next)) found.push(next);
        }
        continue;
      }
      if (opensWith(sibling, TAKEAWAYS_HEADING)) found.push(sibling);
    }
    levels.push(found);
    scope = parent;
  }
  return levels.reverse().flat();
}

/** The first heading of a subtree, and the length of the text before it; stops once the text before it is too long to be a lead-in. */
function firstHeading(node: AnyNode, found: { heading: Element | null; before: number }): boolean {
  if (node.type === 'text') {
    found.before += normalizeSpace((node as unknown as { data: string }).data).length;
    return found.before > LEAD_IN;
  }
  if (!isElement(node) || node.name === 'script' || node.name === 'style') return false;
  if (HEADING_TAGS.has(node.name)) {
    found.heading = node;
    return true;
  }
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (firstHeading(child, found)) return true;
  }
  return false;
}
