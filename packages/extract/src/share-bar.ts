/**
 * A row of share buttons inside an article's container ("Share:", "Facebook", "Tweet", "Copy link"). Templates name the row in
 * many ways (generic-body.ts' BOILERPLATE: "share", "sharing", "sharedaddy", "social"); a template whose classes say nothing
 * (hashed, or unknown words) leaves it in the body. What it always says is where its links go: each network's documented share
 * intent (Facebook's sharer, X's and Bluesky's intent, LinkedIn's shareArticle, Pinterest's pin/create, WhatsApp's send,
 * `mailto:?subject=`), or Jetpack's own `?share=<network>` links.
 */
import type { Element } from 'domhandler';
import { HEADING_TAGS, elementOrder, isElement, rawText } from './dom.ts';

/** The share intents of the social networks, as documented by each (and the older forms pages still carry). */
const SHARE_INTENT =
  /^\s*(?:https?:)?\/\/(?:[\w-]+\.)*(?:(?:facebook\.com\/(?:sharer|share\.php|dialog\/share))|(?:(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share\b))|(?:linkedin\.com\/(?:shareArticle|sharing\/share-offsite|cws\/share))|(?:pinterest\.\w+\/pin\/create)|(?:reddit\.com\/submit)|(?:wa\.me\/\?)|(?:api\.whatsapp\.com\/send)|(?:t(?:elegram)?\.me\/share)|(?:bsky\.app\/intent\/compose)|(?:tumblr\.com\/(?:share|widgets\/share))|(?:news\.ycombinator\.com\/submitlink)|(?:threads\.net\/intent)|(?:getpocket\.com\/(?:save|edit))|(?:flipboard\.com\/bookmarklet)|(?:mix\.com\/add)|(?:vk\.com\/share\.php)|(?:stumbleupon\.com\/submit)|(?:plus\.google\.com\/share)|(?:digg\.com\/submit)|(?:buffer\.com\/add)|(?:xing\.com\/(?:spi\/shares|social\/share)))|^\s*(?:whatsapp:\/\/send|mailto:\?)/i;
/** Jetpack's share links, to the post itself (`?share=facebook`); looked for only in a link that says `share=`. */
const JETPACK_SHARE =
  /[?&]share=(?:facebook|twitter|x|linkedin|pinterest|reddit|tumblr|pocket|email|telegram|(?:jetpack-)?whatsapp|bluesky|threads|mastodon|nextdoor|print)\b/i;

/** The most levels above a share link a bar is looked for (the link, its list item, the list, the list's wrapper). */
const BAR_LEVELS = 4;
/** The most ink a bar holds outside its share links: a label ("Share this:", "If you like it, please share it!"). */
const LABEL_INK = 40;
/**
 * The most ink a share link holds on average: a network's name or "Share on Facebook", with the hidden label some write for
 * screen readers (Jetpack's "Click to share on Facebook (Opens in new window)"), not a quotation to tweet.
 */
const LINK_INK = 60;
const BAR_TAGS = new Set(['div', 'ul', 'ol', 'li', 'p', 'span', 'section']);

/** A share bar's own heading ("Share this:", "Share With", "Teilen"), in the languages BOILER_TEXT_ELSEWHERE reads. */
const SHARE_LABEL = /^\W*(?:share|sharing|teilen|partager|compartir|condividi|delen|compartilhar|partilhar|dela)\b.{0,20}$/i;

/** Whether a heading is a share bar's label: Jetpack's "Share this:" above its buttons, a theme's "Share With". */
function isShareLabel(heading: Element): boolean {
  return SHARE_LABEL.test(rawText(heading).trim());
}

/** Whether a link's target is a social network's share intent (or a share link of WordPress's Jetpack). */
export function isShareIntent(href: string): boolean {
  // SHARE_INTENT is anchored, so it fails at once on most links; JETPACK_SHARE scans the whole link, only when it may match.
  return SHARE_INTENT.test(href) || (href.includes('share=') && JETPACK_SHARE.test(href));
}

/** The links of a bar candidate, counted: all, share intents, and the ink inside the share links. */
type LinkCount = { links: number; shares: number; shareInk: number; heading: boolean };

function countLinks(node: Element, ink: Float64Array, count: LinkCount): void {
  for (let i = 0, kids = node.children; i < kids.length; i += 1) {
    const child = kids[i]!;
    if (!isElement(child)) continue;
    if (HEADING_TAGS.has(child.name) && !isShareLabel(child)) count.heading = true;
    if (child.name === 'a' && child.attribs.href !== undefined) {
      count.links += 1;
      if (isShareIntent(child.attribs.href)) {
        count.shares += 1;
        count.shareInk += ink[elementOrder(child)]!;
      }
      continue;
    }
    countLinks(child, ink, count);
  }
}

/**
 * Whether an element is a share bar: most of its links are share intents with short labels, and outside them it holds no
 * heading and at most a label's text. A "click to tweet" quotation (one long link) is the article's, so it is not one.
 */
function isShareBar(element: Element, ink: Float64Array): boolean {
  if (!BAR_TAGS.has(element.name)) return false;
  const count: LinkCount = { links: 0, shares: 0, shareInk: 0, heading: false };
  countLinks(element, ink, count);
  if (count.heading || count.shares === 0 || count.shares * 2 < count.links) return false;
  if (count.shareInk > count.shares * LINK_INK) return false;
  return ink[elementOrder(element)]! - count.shareInk <= LABEL_INK;
}

/**
 * The share bars around a page's share links: for each link, its highest ancestor within BAR_LEVELS that is a share bar
 * (isShareBar). ink: each element's text ink by document order (the generic body's precomputed walk).
 */
export function shareBars(links: Element[], ink: Float64Array): Set<Element> {
  const bars = new Set<Element>();
  for (const link of links) {
    let bar: Element | null = null;
    let node = link.parent;
    for (let level = 0; level < BAR_LEVELS && node !== null && isElement(node); level += 1, node = node.parent) {
      if (bars.has(node)) {
        bar = null;
        break;
      }
      if (isShareBar(node, ink)) bar = node;
    }
    if (bar !== null) bars.add(bar);
  }
  return bars;
}
