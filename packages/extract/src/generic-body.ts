/**
 * The generic body extractor: a CJK-aware descendant of Readability's scoring. Paragraph-like
 * nodes score by length (CJK characters weigh more than Latin ones, see weightedLength) and
 * clause count; scores flow up to ancestors; the best-scoring, least link-dense container wins,
 * then its siblings that look like content join it. Known boilerplate (navigation, promos,
 * "most read"/"related"/share blocks, comments, captions) is skipped by tag, role and class.
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import type { Block, ElementFilter } from './blocks.ts';
import { ADMONITION_ASIDE } from './inert-markup.ts';
import { isShareIntent, shareBars } from './share-bar.ts';
import { isPointerLabel, storyPointers } from './story-pointer.ts';
import { facetPanels, isCountedOption } from './facet-panel.ts';
import { layoutCopies } from './layout-copy.ts';
import {
  collectBlocks,
  containsTag,
  escapeHtml,
  holdsOnlyNumbers,
  isPriceCopy,
  isQuestion,
  isSectionToggle,
  isShownPrice,
  namesLineNumbers,
  QUESTION_LIMIT,
} from './blocks.ts';
import { findDateInText } from './dates.ts';
import { ANY_CREDIT_LABEL } from './byline-labels.ts';
import { followingFaqSections, precedingTakeaways } from './article-faq.ts';
import { isCardBadge, isDeliveryPromise, isPriceText, isRatingCount, isReadingTime, isViewCount } from './card-badges.ts';
import {
  classAndId,
  classHints,
  descendants,
  elementOrder,
  HEADING_TAGS,
  holds,
  holdsText,
  hyphenatedLower,
  isElement,
  isShortTimeForm,
  keepsMoreThan,
  linkTextLength,
  lowerCase,
  mayHoldRareAttributes,
  nextElement,
  previousElement,
  previousElementPastBlank,
  rawText,
  rawTextUpTo,
  textInk,
  textProse,
} from './dom.ts';
import {
  dropBylineNames,
  dropPostCardLines,
  dropPostControls,
  dropProfileStats,
  dropRelativeTimes,
  dropQuotedPosts,
  dropQuoteLabels,
  dropThreadFurniture,
  postHeader,
  isHackerNewsPostText,
  isLemmyPostText,
  isOldRedditPost,
  isThreadUrl,
  isXenForoPostBody,
  repeatedPosts,
  frameChrome,
  withPostHeaders,
  isWholeRun,
  threadRows,
  dropFrameChrome,
} from './threads.ts';
import { addTextWeights, inkWeight, normalizeSpace, packedProseLength, ProseCounter, proseLength, UNPACKED, weightedLength } from './text.ts';

/**
 * Class/id/attribute hints of boilerplate, tested per token so "content" cannot shield it. "unfurl": a forum post's preview card of a
 * page it links (XenForo's `bbCodeBlock--unfurl`: the linked page's title, teaser and host), as Discourse's onebox is an <aside>.
 * An author box after the story is named in many ways ("author_wrapper", "author-section", "single-content-author__about", "the-author").
 * "signature" and "user-title": a forum poster's signature under each post and rank or motto beside it (phpBB, MyBB, XenForo, FluxBB).
 * An API member's signature ("member-signature", "type-signature": Javadoc; "tsd-signature": TypeDoc) is the documented code, not a poster's.
 * "profile-rank", "profile-custom-field(s)", "profile-contact": phpBB's (prosilver) lines of the poster's card under the name ("Volunteer",
 * "Primary OS: …", "Contact:"); the card's name stays, as the golds keep it. "similar-threads" (topics, questions, discussions),
 * "thread-info" and "forumrules": the lists of other threads and the posting rules forum engines put below a thread (vBulletin 4's
 * `#similar_threads`, `#thread_info`, `#forumrules`). "postsignature" (FluxBB) and "sig-content" (PunBB): their signatures;
 * "membergroup", "postgroup" and "poster-ip": SMF's lines of the poster's card ("Global Moderator", "Hero Member", the guest's
 * "Logged").
 * "editsection" and "site-sub": MediaWiki's "[edit]" link beside every section heading (`mw-editsection`) and the wiki's tagline
 * above the page ("From Wikipedia, the free encyclopedia", `#siteSub`), the wiki's own controls and chrome in every skin.
 * "section-metadata": Adobe's Edge Delivery Services (Franklin) writes a section's settings as a key/value table in the HTML
 * ("aggregator | true", "source | insurance_lp_hero", "Style | …"), which its script reads and removes before the page shows.
 */
const POSTER_CARD_WORDS = String.raw`(?<!(?:member|type|method|function|fn|api|tsd|call)[-_])signature|postsignature|sig-content|user-?title|membergroup|postgroup|poster[-_]?ip|(?<!(?:no|has)-)profile-(?:rank|custom-fields?|contact)`;
const BOILERPLATE = new RegExp(
  String.raw`(?:^|[-_\s])(?:related|relatedlinks|breaking-?news|news-?ticker|most-?read|mostpopular|most-?popular|popular|trending|share|sharing|sharetools|sharedaddy|social|newsletter|subscribe|subscription|signup|promo|promotion|outbrain|taboola|comments?|disqus|cookie|consent|gdpr|advert|advertisement|ads?|adslot|adunit|dfp|sponsor(?:ed)?|recommend(?:ed|ations)?|breadcrumbs?|byline|article-info|footnotes|authors?[-_]{0,2}(?:bio|box|info|card|profile|about|section|block|wrap(?:per)?|details|additional-info)|about[-_]{0,2}(?:the[-_]{0,2})?authors?|the-?author|saboxplugin-?wrap|tags?|tag-?list|topics|keywords|pagination|pager|paywall|nav|navbar|navigation|menu|sidebar|footer|masthead|toolbar|skip-?link|print|read-?more|more-?stories|next-?article|prev-?article|next-?prev(?:ious)?|prev(?:ious)?-?next|caption|credit|bildtext|bildunterschrift|bildquelle|bildnachweis|dateline|timestamp|published|meta|widget|hidden|sr-only|visually-?hidden|visuallyhidden|screen-reader-(?:text|only)|elementor-screen-only|a11y-hidden|copyright|nocontent|disclaimers?|modal|popup|overlay|rollover|tooltip|popover|hovercard|unfurl|${POSTER_CARD_WORDS}|similar[-_]?(?:threads?|topics?|questions?|discussions?)|thread[-_]?info|forumrules|editsection|site-sub|section-metadata)(?:$|[-_\s])`,
);
/**
 * The words of BOILERPLATE that name a poster's card and signature beside each post. On a page with no
 * `<p>` at all (SMF, MyBB, vBulletin and Vanilla write posts as text and `<br>`), the guard that keeps an element holding most of
 * the page's prose cannot tell (0 of 0); these are then judged by their text against the page's.
 */
const POSTER_CARD = new RegExp(String.raw`(?:^|[-_\s])(?:${POSTER_CARD_WORDS})(?:$|[-_\s])`);
/** A poster's signature set in a quotation (vBulletin 4's `<blockquote class="signature restore">`). */
const SIGNATURE_QUOTE = /(?:^|[-_\s])signature(?:$|[-_\s])/i;
const UNLIKELY =
  /-ad-|ai2html|banner|combx|community|cover-wrap|(?<![a-z])extra|header|legends|remark|replies|rss|shoutbox|skyscraper|supplemental|ad-break|agegate|yom-remote/;
/**
 * A BEM element token naming a component's header ("new-listing__header", "card__header__title"): the header of a card or module,
 * its title and lead, not the page's header (UNLIKELY's "header"). The block's own token ("site-header") still flags.
 */
const BEM_HEADER = /(^|\s)\S+__header\S*/g;
const COMMENT_HINTS = /(^|[-_\s])(?:comments?|replies)(?=$|[-_\s])/g;
const CAPTION_HINTS = /(^|[-_\s])(?:caption|credit)s?(?=$|[-_\s])/g;
const WEAK_HINTS = /(^|[-_\s])(?:widget|meta)(?=$|[-_\s])/g;
/** A documentation callout set as an <aside> inside the page's sectioning content, by its class (inert-markup.ts keeps it too). */
function isAdmonitionAside(element: Element): boolean {
  const classes = element.attribs.class;
  return classes !== undefined && ADMONITION_ASIDE.test(`class="${classes}"`) && inSectioningContent(element);
}
/** The WAI-ARIA carousel pattern's role descriptions: the carousel and each of its slides. */
const CAROUSEL = /^\s*(?:carousel|slide)\s*$/i;

/** Whether an aria-roledescription value names a carousel or one of its slides. */
function isCarousel(roleDescription: string | undefined): boolean {
  return roleDescription !== undefined && CAROUSEL.test(roleDescription);
}
/**
 * Page builders' layout cells: HubSpot's grid cells ("widget-span widget-type-custom_widget") and the module wrapper inside them
 * ("hs_cos_wrapper hs_cos_wrapper_widget"), SiteOrigin Page Builder's cells ("so-panel widget widget_custom_html", in a
 * `panel-layout` that may sit right in `<main>` with no post-body wrapper around it).
 */
const LAYOUT_CELL = /(?:^|\s)(?:widget-(?:span|type-[-\w]+)|hs_cos_wrapper_widget|so-panel)(?:$|\s)/;
const WIDGET_WORD = /(^|[-_\s])widget(?=$|[-_\s])/g;
const WIDGET_CELL = /(?:^|[-_\s])widget(?:$|[-_\s])/;
const CONTENT_WORD = /(?:^|[-_\s])(?<!(?:above|below|after|before)[-_])(?:content|article|body|post|entry|main|story)(?:$|[-_\s])/;
const BODY_NAME = /(?:^|[-_\s])(?:post|article|entry|story)[-_]?(?:body|content|text)(?:$|[-_\s])/;
/** The page's own content wrapper, a whole class token ("content-body", "page-content", "main-content"; not "main-content-right", a sidebar): inside it, as inside a post's body, a widget is a page builder's cell. */
const PAGE_BODY_NAME = /(?:^|\s)(?:content[-_]?body|page[-_]?(?:body|content)|main[-_]?content)(?:$|\s)/;

/** Whether a class value names a page builder's layout cell (LAYOUT_CELL): inside it, as inside a post's body, a widget is the builder's. */
function isLayoutCell(className: string | undefined): boolean {
  return className !== undefined && LAYOUT_CELL.test(className);
}

/** Whether a class value names a post's body (BODY_NAME) or the page's content wrapper (PAGE_BODY_NAME), in any case. */
function isPostBodyName(className: string | undefined): boolean {
  if (className === undefined) return false;
  const lower = lowerCase(className);
  return BODY_NAME.test(lower) || PAGE_BODY_NAME.test(lower);
}
const MAYBE = /and|article|body|column|content|main|shadow|story|entry|text|post/;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|zw|zhengwen|正文/;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption/;
const SOCIAL_EMBED = /tweet|twitter|instagram|tiktok|social-?media-?embed|oembed|embed-?(?:social|post)|social-?embed/;
/** A caption's class in English or German ("bildtext", "bildunterschrift", "bildquelle": older German newspaper templates). */
const CAPTION_CLASS =
  /(?:^|[-_\s])(?:caption|credit|byline|dateline|timestamp|photo-?credit|image-?credit|bildtext|bildunterschrift|bildquelle|bildnachweis)s?(?:$|[-_\s])/;
/** The most ink a sign-up box holds (signupBoxes): a title, a line of pitch, the field's label, its button and a consent line. */
const SIGNUP_BOX_INK = 400;
const SIGNUP_STOP = new Set(['body', 'html', 'main', 'article']);

/** Whether an <input> asks for an e-mail address: `type=email`, or a text field named for one. */
function isEmailField(input: Element): boolean {
  const type = (input.attribs.type ?? 'text').toLowerCase();
  if (type === 'email') return true;
  return type === 'text' && /e-?mail/i.test(input.attribs.name ?? '');
}

/**
 * The sign-up boxes around e-mail fields: for each field, its highest ancestor that holds at most SIGNUP_BOX_INK of text (the
 * box's title, pitch, label, button and consent line: "Stay informed with our latest updates. Subscribe now!", "Want to win more
 * jobs with less effort?"). Class words ("newsletter", "subscribe", "cta") dropped these boxes on the sites they name; an unseen
 * template's box is known by the field it asks the reader to fill in.
 */
function signupBoxes(fields: Element[], ink: Float64Array): Set<Element> {
  const boxes = new Set<Element>();
  for (const field of fields) {
    let box: Element | null = null;
    for (let node = field.parent; node !== null && isElement(node) && !SIGNUP_STOP.has(node.name); node = node.parent) {
      if (ink[elementOrder(node)]! > SIGNUP_BOX_INK) break;
      box = node;
    }
    if (box !== null) boxes.add(box);
  }
  return boxes;
}

/** The most ink an image's caption named by its aria-describedby holds (isImageCaption): a few sentences, not a section. */
const IMAGE_CAPTION_INK = 600;
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'tablist',
  'alert',
  'toolbar',
]);
/**
 * The classes that take an element's text off the screen and leave it to screen readers (Bootstrap's and Tailwind's `sr-only`,
 * Shopify Dawn's `visually-hidden`). WordPress's `screen-reader-text` is left out: WooCommerce's golds keep its price labels.
 */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|a11y-hidden)(?:\s|$)/;
const SKIP_TAGS = new Set(['nav', 'aside', 'form', 'header', 'footer']);

/** The fewest links a page's outline holds (Scorer.isPageOutline). */
const OUTLINE_LINKS = 2;

/**
 * The ids that name a section of the page: a heading's own id, an id inside a heading (an anchor, `<a id="user-content-…">`), and
 * the id of an element whose first element is a heading (Sphinx's `<section id="options">` › `<h2>`).
 */
function sectionIds(root: ParentNode): Set<string> {
  const ids = new Set<string>();
  for (const element of descendants(root)) {
    if (!HEADING_TAGS.has(element.name)) continue;
    if (element.attribs.id !== undefined) ids.add(element.attribs.id);
    for (const inner of descendants(element)) if (inner.attribs.id !== undefined) ids.add(inner.attribs.id);
    const parent = element.parent;
    if (parent !== null && isElement(parent) && parent.attribs.id !== undefined && firstElementOf(parent) === element) ids.add(parent.attribs.id);
  }
  return ids;
}

/** An element's first element child, or null. */
function firstElementOf(element: Element): Element | null {
  for (const child of element.children) if (isElement(child)) return child;
  return null;
}

/** A link's fragment as the id it names (`#caf%C3%A9` names `café`); the fragment itself when it is not well encoded. */
function decodeFragment(fragment: string): string {
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'br',
  'code',
  'sub',
  'sup',
  'small',
  'abbr',
  'q',
  'cite',
  'mark',
  'u',
  's',
  'time',
  'font',
]);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'span', 'font', 'center']);
/**
 * Whole-block texts that are never article content. "Read more" is a link's label, alone or with up to three words, or a pointer
 * to another page ("Read more: <headline>"); a sentence that opens with the words and ends in a full stop ("Read more about aliases
 * in the dedicated section.") is the document's own.
 */
const BOILER_TEXT =
  /^(?:advertisement|advertisement\s*-\s*.*|广告|廣告|skip .* and continue reading|end of .*|share( this)?( article| story| page)?|sharing is caring[!.]*|分享到?.*|阅读全文|閱讀全文|continue reading.*|read more(?:\W*\w+){0,3}\W*|read more.*[^.]|(?:分享|转播|转发|轉播|轉發|分享至)到?.{0,12}|.{0,8}(?:推荐|推薦)|related( articles| stories| content)?:?|相关(阅读|报道|新闻)|相關(閱讀|報導|新聞)|更多相关内容|图像来源.*|圖像來源.*|(image|photo)( source| caption)?:.*|sign up.*newsletter.*|(?:get|sign up|subscribe|join)\b.{0,80}\bnewsletters?\b.{0,40}|subscribe( now| today)?|adverts?|advertising|sponsored( content)?|this slideshow requires javascript\.?|\d* ?comments?|like this (?:story|article)\?.*|\[\w+[^\]]*\].*\[\/\w+\]|(?:updated|posted|published|last updated)(?: at| on)?:?\s.{0,40}\d{1,2}:\d{2}.{0,16}|this (article|story) (was|has been) (updated|corrected).*)$/i;

/**
 * The same labels in the other languages of the web's news and blogs, as whole blocks: an advertisement's label ("Anzeige",
 * "Publicité"), a share button ("Teilen", "Partager"), a comment counter ("12 Kommentare"), a "read more" link
 * ("Weiterlesen", "Lire la suite") a subscription button ("Jetzt abonnieren", "Abonnez-vous") and a way back ("Zur Startseite", "Nach oben").
 */
const BOILER_TEXT_ELSEWHERE =
  /^(?:anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reklama|reklame|publicidade|реклама|annons|annonce|mainos|iklan|reklam|διαφήμιση|quảng cáo|広告|광고|(?:artikel |beitrag )?teilen|partager(?: (?:cet|l')article)?|compartir|condividi|delen|compartilhar|partilhar|udostępnij|dela|\d* ?(?:kommentare?|commentaires?|comentarios?|commenti|reacties|comentários|komentarz[ey]?|kommentarer)|weiterlesen|mehr lesen|lesen sie mehr|lire (?:la suite|plus)|leer más|seguir leyendo|leggi (?:di più|tutto)|continua a leggere|lees (?:meer|verder)|verder lezen|leia mais|czytaj (?:dalej|więcej)|läs mer|les mer|læs mere|(?:newsletter |jetzt )?abonnieren|s'abonner|abonnez-vous|suscríbete|iscriviti|abonneer(?: nu)?|assine(?: já)?|(?:zurück )?zur startseite|zurück zur übersicht|retour à l'accueil|volver al inicio|torna alla home|nach oben|haut de (?:la )?page|retour en haut|volver arriba|torna su|naar boven|über dieses thema (?:berichtete|berichten|hat .{1,60} berichtet).{0,160}|dieses thema im programm\b.{0,160})\s*[:.!›»>↑]?$/i;

/**
 * A shop's description block ("product__description", "description-container"): on a product page the best candidate named so is
 * the product's description, the text the page is read for; the buy box, delivery notes, FAQs and grids around it in the main
 * region are the shop's furniture, so the main region is not read in its place.
 */
const DESCRIPTION = /(?:^|[-_\s])description(?:$|[-_\s])/;

/** The least text ink of a stated description's block (isStatedDescription): a shorter one is a summary line, not the description block. */
const STATED_DESCRIPTION_INK = 200;

/** Class tokens that hide an element; other tokens naming "hidden" are states or utilities ("overflow-hidden", "field--label-hidden", "blockAnim--hidden", "print:hidden"). */
const HIDING_CLASS = /^(?:(?:is|u|js)-)?(?:visually-?)?hidden$/;
/** A responsive utility that shows the element again on wider screens ("hidden md:block"). */
const SHOWN_WIDE = /^(?:md|lg|xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)$/;

/** The class attribute with "hidden" words that do not hide the element on a desktop screen removed. */
function visibleClass(value: string | undefined): string {
  if (value === undefined || !/hidden/i.test(value)) return value ?? '';
  const tokens = value.split(/\s+/);
  const shownWide = tokens.some((token) => SHOWN_WIDE.test(token));
  return tokens.filter((token) => !/hidden/i.test(token) || (!shownWide && HIDING_CLASS.test(token.toLowerCase()))).join(' ');
}

/** Bootstrap's display utilities ("d-none", "d-lg-block") and Tailwind's ("hidden", "lg:flex"): the breakpoint (none for every width) and the display. */
const DISPLAY_UTILITY =
  /^(?:d-(?:(sm|md|lg|xl)-)?(none|block|flex|grid|inline|inline-block|inline-flex|table|table-cell|contents)|(?:(sm|md|lg|xl):)?(hidden|block|flex|grid|inline|inline-block|inline-flex|table|contents))$/;
/** Breakpoints up to a desktop screen's (xl: 1200 px in Bootstrap, 1280 px in Tailwind), narrowest first; wider ones (xxl, 2xl) do not apply there. */
const BREAKPOINTS = ['', 'sm', 'md', 'lg', 'xl'];

/*
 * A class can hide an element on a desktop screen: by display utilities (utilitiesHide) or by a page builder's or theme's
 * named phone-only class (phoneOnly, behind CLASS_MARKER). Shops and page builders render a section twice, one copy for phones
 * and one for desktops, and a reader sees one.
 */

/**
 * Whether display utilities hide an element on a desktop screen: the utility of the widest breakpoint up to xl decides
 * ("d-none d-lg-block" is shown, "d-lg-none" and "hidden" are hidden).
 */
function utilitiesHide(value: string): boolean {
  if (!value.includes('none') && !value.includes('hidden')) return false;
  let widest = -1;
  let hidden = false;
  for (const token of value.split(/\s+/)) {
    const match = DISPLAY_UTILITY.exec(token);
    if (!match) continue;
    const breakpoint = BREAKPOINTS.indexOf(match[1] ?? match[3] ?? '');
    if (breakpoint < widest) continue;
    const display = match[2] ?? match[4];
    widest = breakpoint;
    hidden = display === 'none' || display === 'hidden';
  }
  return hidden;
}

/** The bare "hide" utility (Bootstrap 2–3's, Foundation's, BigCommerce Stencil's `.hide { display: none }`). */
const HIDE_UTILITY = /(?:^|\s)hide(?:\s|$)/;
/** A class that shows an element again from some width on ("hide show@medium", "hide show-tablet"). */
const RESPONSIVE_SHOW = /(?:^|\s)[\w@:-]*(?:show|visible)[\w@:-]*(?:\s|$)/i;
/** The most paragraph ink an element the bare "hide" utility hides may hold and be left out (isBoilerplate). */
const HIDDEN_PROSE_INK = 80;

/**
 * Whether the bare "hide" utility hides an element, no responsive class showing it again. Scripts set it on what they reveal
 * later as well (an overlay's details, a tab), so the caller leaves out only what holds no prose of its own: a template's hidden
 * fields ("cat_thumb_Bone:" and an image's address), a phone menu, a banner's rotating messages.
 */
function hideUtility(value: string): boolean {
  return value.includes('hide') && HIDE_UTILITY.test(value) && !RESPONSIVE_SHOW.test(value);
}

/**
 * Named responsive classes that hide an element on a desktop screen: page builders' and themes' own (Elementor's
 * "elementor-hidden-desktop", Dawn's "large-up-hide", Avada's "fusion-no-large-visibility", WPBakery's "vc_hidden-lg", Beaver
 * Builder's "fl-visible-mobile"), Bootstrap 3's and Foundation's phone-only ones, and themes' "mobile-only". The section is the
 * phone copy of one a desktop reader sees elsewhere on the page.
 */
const PHONE_ONLY_CLASSES =
  'elementor-hidden-desktop|large-up-hide|large-up--hide|medium-up--hide|fusion-no-large-visibility|vc_hidden-lg|fl-visible-mobile|mobile-only|only-mobile|show-mobile|show-on-mobile|visible-mobile|mobile-show|hide-desktop|hide-on-desktop|hide-for-desktop|hidden-desktop|desktop-hide|hidden-lg|hidden-xl|hide-lg|visible-xs|visible-sm|visible-md|show-for-small-only|hide-for-large';
const PHONE_ONLY = new RegExp(String.raw`(?:^|\s)(?:${PHONE_ONLY_CLASSES})(?:\s|$)`);
/** A class that shows the element on a desktop screen too ("visible-xs visible-lg"). */
const SHOWN_DESKTOP = /(?:^|\s)(?:visible-lg|visible-xl|show-desktop|desktop-only|show-for-large)(?:\s|$)/;

/** Whether named responsive classes hide the element on a desktop screen. */
function phoneOnly(value: string): boolean {
  return PHONE_ONLY.test(value) && !SHOWN_DESKTOP.test(value);
}

/** Webflow's form status messages ("Thank you! Your submission has been received!", "Oops! Something went wrong …"): its stylesheet hides them until the form is sent. */
const FORM_STATUS = /(?:^|\s)w-form-(?:done|fail)(?:\s|$)/;
/** A form's status message: it thanks the sender or says that sending failed. */
const FORM_STATUS_MESSAGE = /^(?:thank(?:s| you)\b|success\b|oops\b|something went wrong|(?:an )?error\b|sorry\b)/i;
/** The longest text a form's status message holds (isFormStatus). */
const FORM_STATUS_TEXT = 160;

/**
 * A form's status message: one of the (at most two) elements right after a `<form>`, whose short text thanks the sender or says
 * sending failed. Form builders write both messages into the page beside the form and show one once it is sent (Webflow's
 * `w-form-done` and `w-form-fail`, which FORM_STATUS names where the template's class words are read); the text and the place
 * tell them where nothing names them.
 */
function isFormStatus(element: Element): boolean {
  let previous = element.prev;
  for (let seen = 0; previous !== null && seen < 2; previous = previous.prev) {
    if (!isElement(previous)) continue;
    if (previous.name === 'form') {
      const text = rawTextUpTo(element, FORM_STATUS_TEXT);
      return text !== null && FORM_STATUS_MESSAGE.test(normalizeSpace(text));
    }
    seen += 1;
  }
  return false;
}

/**
 * Shopify's Dawn theme (and the many themes built on it) renders each price twice, a regular block and a sale block, and its
 * stylesheet shows one: the sale block when the price element is marked on sale, the regular block otherwise. A card then reads
 * "$129.99" once, not "$129.99 $129.99 $209.99 (-38%)". Its two badges come after the blocks in every price and show only in
 * the state they name: "Sale" on a price marked on sale (and not sold out), "Sold out" on one marked sold out.
 */
const PRICE_VARIANT = /(?:^|\s)price__(sale|regular|badge-sale|badge-sold-out)(?:\s|$)/;
const PRICE_ELEMENT = /(?:^|\s)price(?:\s|$)/;
const ON_SALE = /(?:^|\s)price--on-sale(?:\s|$)/;
const SOLD_OUT = /(?:^|\s)price--sold-out(?:\s|$)/;

/** Whether the element is a price block or badge Dawn's stylesheet hides in the state its price element is marked with. */
function hiddenPriceVariant(element: Element, value: string): boolean {
  const variant = PRICE_VARIANT.exec(value)?.[1];
  if (variant === undefined) return false;
  for (let node = element.parent; node && isElement(node); node = node.parent) {
    const className = node.attribs.class;
    if (className === undefined || !PRICE_ELEMENT.test(className)) continue;
    if (variant === 'badge-sold-out') return !SOLD_OUT.test(className);
    if (variant === 'badge-sale') return !ON_SALE.test(className) || SOLD_OUT.test(className);
    return ON_SALE.test(className) === (variant === 'regular');
  }
  return false;
}

/**
 * Dawn's product section ends with a "View full details" link for its quick-add modal and featured-product section; its
 * stylesheet hides it on the product's own page (`.product:not(.featured-product) .product__view-details`).
 */
const VIEW_DETAILS = /(?:^|\s)product__view-details(?:\s|$)/;
const PRODUCT_SECTION = /(?:^|\s)product(?:\s|$)/;

/** Whether the element is Dawn's "View full details" link inside a product section that is not a featured product's. */
function hiddenViewDetails(element: Element, value: string): boolean {
  if (!VIEW_DETAILS.test(value)) return false;
  for (let node = element.parent; node && isElement(node); node = node.parent) {
    const className = node.attribs.class;
    if (className !== undefined && PRODUCT_SECTION.test(className)) return !className.includes('featured-product');
  }
  return false;
}

/**
 * Hacker News' list pages (news, newest, ask, show, best, jobs; the same table in its clones). Each story's `subtext` cell holds a
 * `subline`: the vote count, the submitter, the age and the "hide | past | discuss" actions; the jobs list has no subline (its
 * `subtext` is the age alone, which its gold keeps). Below the table, the "More" link (`morelink`) pages on and `yclinks` is the
 * site's footer ("Guidelines | FAQ | Lists | API | …"). The golds of both dev list pages keep the story lines and leave these out.
 */
function isHackerNewsChrome(element: Element, value: string): boolean {
  if (value === 'yclinks' || value === 'morelink') return true;
  if (value !== 'subline') return false;
  const parent = element.parent;
  return parent !== null && isElement(parent) && parent.attribs.class === 'subtext';
}

/**
 * Eventbrite's search results write each event twice, a vertical card for phones (`discover-search-mobile-card`) and then a
 * horizontal one for desktops (`discover-search-desktop-card`), and its stylesheet shows one. The gold keeps the first copy,
 * which also names the organizer and its followers; the second copy is left out when the first stands right before it.
 */
const DESKTOP_COPY = /(?:^|\s)discover-search-desktop-card(?:\s|$)/;
const PHONE_COPY = /(?:^|\s)discover-search-mobile-card(?:\s|$)/;

/** Whether the element is the desktop copy of an event card whose phone copy is its previous element sibling. */
function isSecondCardCopy(element: Element, value: string): boolean {
  if (!DESKTOP_COPY.test(value)) return false;
  const previous = previousElement(element);
  return previous !== null && PHONE_COPY.test(previous.attribs.class ?? '');
}

/**
 * Valnet's news template (Game Rant, Screen Rant, CBR, Collider, XDA, How-To Geek, MakeUseOf, …) sets a teaser under every
 * card's title (`display-card-excerpt`), on section fronts and in an article's related cards. The golds of both dev pages that
 * have it (a section front, an article) keep the card titles and leave every teaser out.
 */
const CARD_EXCERPT = /(?:^|\s)display-card-excerpt(?:\s|$)/;

/**
 * Forem's feed (dev.to and the other Forem communities): each story card ends with a bar of its reaction and comment counts
 * (`crayons-story__details`: "84", "9", the words set `hidden` beside them), and the engine's own ads, its "billboards", sit in the
 * feed as `bb-placement` cards ("What's a billboard?", "Manage preferences"). The gold keeps each card's title and tags.
 */
const FOREM_CHROME = /(?:^|\s)(?:crayons-story__details|bb-placement)(?:\s|$)/;

/**
 * Old Reddit's thread template (old.reddit.com; the same markup on its self-hosted clones). Left out, as the dev gold leaves them:
 * - the two scores its stylesheet hides, one a vote up and one down would show (`score likes`, `score dislikes`: "188 points 189 points
 *   190 points" reads "189 points"), and the post's vote column (`midcol`: "1099 1100 1101");
 * - each comment's collapse toggle ("[–]", `a.expand` in the tagline), its reply count ("(11 children)", `numchildren`), the
 *   poster's flags ("[S]", "[M]", `userattrs`) and the render-relative age ("17 hours ago", `time.live-timestamp`), frozen no
 *   longer true: "submitted 17 hours ago by X" reads "submitted by X";
 * - the button bar under the post and each comment (`flat-list buttons`: "47 comments share save hide report"), the comment
 *   area's title, sort menu and sign-up bars ("all 47 comments", "sorted by: best", `panestack-title`, `menuarea`,
 *   `listingsignupbar`, `commentsignupbar`);
 * - a stickied comment (`thing … stickied … comment`): the moderators' notice pinned to the top of every thread of a community
 *   (AutoModerator's "Welcome to r/science! …").
 */
const OLD_REDDIT_CHROME =
  /^(?:score (?:dis)?likes|midcol (?:un|dis)?(?:voted|likes)|live-timestamp|numchildren|userattrs|flat-list buttons|panestack-title|menuarea|infobar (?:listing|comment)signupbar)$/;
const STICKIED = /\sstickied(?:\s|$)/;
const COMMENT_THING = /\scomment(?:\s|$)/;

function isOldRedditChrome(element: Element, value: string): boolean {
  const trimmed = value.trim();
  if (OLD_REDDIT_CHROME.test(trimmed)) return true;
  if (trimmed === 'expand') {
    const parent = element.parent;
    return element.name === 'a' && parent !== null && isElement(parent) && parent.attribs.class?.trim() === 'tagline';
  }
  return element.name === 'div' && value.startsWith('thing', value.charCodeAt(0) === 32 ? 1 : 0) && STICKIED.test(value) && COMMENT_THING.test(value);
}

/**
 * Quora's answers: each answer's first lines are shown cut off at a fixed height under a "Continue Reading" button
 * (`div.q-box.qu-cursor--pointer`), and the whole answer follows it in a sibling its stylesheet hides until the button is
 * pressed (`div.q-box.qu-display--none`). The whole answer is read and the cut-off copy before it is left out (the dev gold
 * keeps each answer once, whole).
 */
const QUORA_PREVIEW = /(?:^|\s)qu-cursor--pointer(?:\s|$)/;
const QUORA_HIDDEN = /(?:^|\s)qu-display--none(?:\s|$)/;

function isQuoraPreview(element: Element, value: string): boolean {
  if (!value.startsWith('q-box') || !QUORA_PREVIEW.test(value)) return false;
  const next = nextElement(element);
  return next !== null && next.name === 'div' && (next.attribs.class ?? '').startsWith('q-box') && QUORA_HIDDEN.test(next.attribs.class ?? '');
}

/**
 * Invision Community 4 cuts a long quote to a few lines (`ipsTruncate`) and its script writes an "Expand" link under it
 * (`a.ipsTruncate_more`, data-action "expandTruncate"): a control, in pages saved after the script ran.
 */
const INVISION_EXPAND = 'ipsTruncate_more';

/**
 * One scan of a class value for the class names the checks above need, apart from display utilities: the named phone-only
 * classes, Webflow's form status, Dawn's price blocks and "View full details" link, Hacker News' three class values,
 * Eventbrite's desktop card, Valnet's card teaser, Forem's story bar and billboards, old Reddit's thread chrome, Quora's answer previews, Invision's "Expand" link. Almost no element carries one, and one
 * regular expression costs less than the eight tests it stands before on every classed element (microbenchmark over
 * zyte-dev's class values, in the session 21 speed pass of docs/extraction-history.md).
 */
const CLASS_MARKER = new RegExp(
  String.raw`${PHONE_ONLY_CLASSES}|w-form-|price__|product__view-details|^(?:yclinks|morelink|subline)$|discover-search-desktop-card|display-card-excerpt|crayons-story__details|bb-placement|^ ?(?:score (?:dis)?likes|midcol|live-timestamp|numchildren|userattrs|flat-list buttons|panestack-title|menuarea|infobar|expand ?$|thing\b.*\sstickied\b)|qu-cursor--pointer|^ipsTruncate_more$`,
);

/** Whether a template's stylesheet hides the element or its gold leaves it out (the checks above); `value` is its class. */
function isTemplateChrome(element: Element, name: string, value: string): boolean {
  if (value.includes('price__') && hiddenPriceVariant(element, value)) return true;
  if (name === 'a' && hiddenViewDetails(element, value)) return true;
  if (isHackerNewsChrome(element, value)) return true;
  if (name === 'div' && isSecondCardCopy(element, value)) return true;
  if (name === 'p' && CARD_EXCERPT.test(value)) return true;
  if (isOldRedditChrome(element, value)) return true;
  if (name === 'div' && isQuoraPreview(element, value)) return true;
  if (name === 'a' && value === INVISION_EXPAND) return true;
  return value.includes('-') && FOREM_CHROME.test(value);
}

/** Class words after "has", "no", "with", "without" or "hide" name what an element holds or lacks, not what it is ("section-with-header", "has-post-thumbnail", "hide-read-more-ad"). */
const MODIFIER_TAIL = /(^|[-_\s])(?:has|no|with|without|hide)[-_]\S*/g;
/** Whether hints hold a modifier MODIFIER_TAIL would take out. */
const MODIFIER = /(?:has|no|with|hide)[-_]/;
/** WordPress's post_class() marks a post ("hentry", "type-post", "status-publish") with its taxonomy terms ("tag-social-media", "category-news", "product_cat-glassware"): the terms are the post's topics, not the element's role. */
const WP_POST = /(?:^|\s)(?:hentry|status-publish|type-[a-z_]+)(?=\s|$)/;
const TAXONOMY_TERM = /(^|\s)(?:tag|category|[a-z]+_(?:tag|cat))-\S*/g;

/** Script hooks ("js-data-tooltip", "js-share-target") name what a script does with an element, not what the element is ("js-hidden" still hides it). */
const SCRIPT_HOOK = /(^|\s)js-(?!hidden(?:\s|$))\S*/g;

/** A month's name, whole or cut short, with or without a dot ("Mar", "Sept.", "March"). */
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;

/** One writer's name: up to four words, the first starting with a capital ("Renato Losio", "Man Yue Mo", "Ludwig van Beethoven"). */
const WRITER = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}`;

/**
 * A card footer's whole text when it is the card's byline: one or more writers ("A & B", "A, B and C"), a separator (a middle
 * dot, bar, comma, dash or "on") and a date with its month's name ("Renato Losio on Mar 08", "Man Yue Mo & Peter Stöckli ·
 * March 6, 2026", "Jane Doe, 6 March 2026").
 */
const CARD_FOOTER_BYLINE = new RegExp(
  String.raw`^(?:[Bb]y\s+)?${WRITER}(?:\s*(?:&|,|\band\b)\s*${WRITER})*(?:\s*[·|•,–—-]\s*|\s+on\s+)(?:${MONTH_NAME}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_NAME}(?:\s+\d{4})?)$`,
  'u',
);

/**
 * A revision line's words: a documentation page's footer ("Edit this page" beside "Last updated on Mar 2, 2024": Docusaurus'
 * `theme-doc-footer` in the page's `<article>`, minified with no space between its two cells) reads as writers and a date
 * to CARD_FOOTER_BYLINE, but it says when the page was changed and links to its source, not who wrote a card's story.
 */
const REVISION_LINE = /\b(?:[Uu]pdated|[Ee]dited|[Mm]odified|[Rr]evised)\b/;

/** How much raw text (white space included) a card footer's byline may hold. */
const CARD_FOOTER_RAW = 600;

/** How many levels above a footer its card may sit (`li` › `div.card__content` › `div.card__data` › `div.card__footer`). */
const CARD_FOOTER_REACH = 5;

/** An element that frames one card of a list: a list item, an `<article>`, or a class naming a card, post, entry, teaser or story. */
const CARD_FRAME = /card|post|entry|teaser|story/;

/** How many levels above a part of a card's footer (its writers' wrapper, `card__authors`) the footer may sit. */
const CARD_FOOTER_DEPTH = 3;

/** Whether an element is a listing card's footer byline (isCardFooterByline) or a part of one, up to CARD_FOOTER_DEPTH levels inside. */
function inCardFooterByline(element: Element): boolean {
  let at: ParentNode | null = element;
  for (let level = 0; level <= CARD_FOOTER_DEPTH && at !== null && isElement(at); level += 1, at = at.parent) if (isFooter(at)) return isCardFooterByline(at);
  return false;
}

/** A `<footer>`, or an element whose class names a footer (`card__footer`, `post-footer`). */
function isFooter(element: Element): boolean {
  return element.name === 'footer' || element.attribs.class?.includes('footer') === true;
}

/**
 * Whether a footer (a `<footer>` or an element whose class says footer) is a listing card's byline: it sits in a card within
 * CARD_FOOTER_REACH levels and its text is only the writers and a date (CARD_FOOTER_BYLINE).
 */
function isCardFooterByline(element: Element): boolean {
  // Templates indent their markup: the raw text may run to several times the line's length.
  const text = rawTextUpTo(element, CARD_FOOTER_RAW);
  if (text === null) return false;
  const line = normalizeSpace(text);
  if (line.length < 8 || line.length > 120 || !CARD_FOOTER_BYLINE.test(line) || REVISION_LINE.test(line)) return false;
  let at = element.parent;
  for (let level = 0; level < CARD_FOOTER_REACH && at !== null && isElement(at); level += 1, at = at.parent)
    if (at.name === 'li' || at.name === 'article' || CARD_FRAME.test(at.attribs.class ?? '')) return true;
  return false;
}

/** Class tokens that set a style ("kt-pane-header-alignment-left", "has-text-align-center", "footer-bg-dark"): they say how a part of the element looks, not what the element is. */
const STYLE_WORDS = 'align|alignment|colou?r|bg|background|font|padding|margin|spacing|border|radius';
const STYLE_WORD = new RegExp(`[-_](?:${STYLE_WORDS})`);
const STYLE_SETTING = new RegExp(`(^|\\s)\\S*?[-_](?:${STYLE_WORDS})(?:[-_]\\S*)?(?=\\s|$)`, 'g');

/** An id of three or more words joined by hyphens or underscores: it may be a slug of a heading's text. */
const SLUG_ID = /^[^\s]*[-_][^\s]*[-_][^\s]*$/;

/**
 * Whether an element's id is its opening heading's text made a slug ("s-looping-over-hidden-and-visible-fields" on Sphinx's
 * section headed "Looping over hidden and visible fields"): documentation generators name each section after its heading, so
 * the id's words are the heading's topic, not the element's role. A slug of three or more words only: a one-word id
 * ("comments", "related") names a role even when the heading repeats it.
 */
function isHeadingSlug(element: Element, id: string): boolean {
  const long = SLUG_ID.test(id);
  // A documentation section of fewer words qualifies by its heading's permalink (permalinks): Sphinx's `<section>` (older Sphinx: `div.section`).
  // A heading's own id (Docusaurus' `h3.anchor#2-meta-attributes-…`, MkDocs', Hugo's and kramdown's heading ids) is its own text's slug.
  const heading = HEADING_TAGS.has(element.name);
  if (!heading && ((element.name !== 'section' && element.name !== 'div') || (!long && element.name === 'div' && element.attribs.class !== 'section')))
    return false;
  // The heading may sit in the section's text wrapper (`div#slug > div.rich-text > h2`): the first element with text, a few levels down.
  let first = heading ? element : (element.children.find((child) => isElement(child) && holdsText(child)) as Element | undefined);
  for (let depth = 0; first !== undefined && !HEADING_TAGS.has(first.name) && depth < 2; depth += 1)
    first = first.children.find((child) => isElement(child) && holdsText(child)) as Element | undefined;
  if (first === undefined || !HEADING_TAGS.has(first.name)) return false;
  const slug = rawText(first)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  const lowerId = id.toLowerCase().replace(/_/g, '-');
  if (slug === '' || !lowerId.endsWith(slug)) return false;
  return (long && slug.split('-').length >= 3) || permalinks(first, lowerId);
}

/**
 * Whether a heading holds its section's permalink (Sphinx's and MkDocs' `a.headerlink` "¶", `href="#further-topics"` on
 * `section#further-topics`, Django's `section#s-further-topics`): the section is then named after its heading by the generator, and
 * a short id ("further-topics", "tags", "related") is the heading's topic, not the role of a page's module.
 */
function permalinks(heading: Element, lowerId: string): boolean {
  for (let ci = 0, kids = heading.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || child.name !== 'a') continue;
    const href = child.attribs.href;
    if (href !== undefined && href.length > 1 && href.startsWith('#') && lowerId.endsWith(href.slice(1).toLowerCase())) return true;
  }
  return false;
}

/**
 * What isBoilerplate's class tests find in one class value, read once per value and page (Scorer.classFacts). A page repeats
 * its class values (every item of a list, every cell of a grid: about three in four of a page's class values are repeats), and
 * isBoilerplate ran four to eight pattern tests on every classed element; a repeat now costs one Map lookup, whose key is the
 * parser's attribute string (V8 keeps a string's hash once computed). Every fact is a pure function of the value, so a repeat
 * reads what the tests would find. The four tests every classed element meets are read at once; the rest when first asked.
 */
class ClassFacts {
  /** utilitiesHide, hideUtility, CLASS_MARKER and namesLineNumbers of the value. */
  readonly utilitiesHide: boolean;
  readonly hideUtility: boolean;
  readonly marker: boolean;
  readonly lineNumbers: boolean;
  private postBodyFact: boolean | undefined;
  private hintsFact: string | undefined;
  private captionFact: boolean | undefined;
  private boilerplateFact: boolean | undefined;
  private articleBoilerplateFact: boolean | undefined;
  private unlikelyFact: boolean | undefined;

  constructor(private readonly value: string) {
    this.utilitiesHide = utilitiesHide(value);
    this.hideUtility = hideUtility(value);
    this.marker = CLASS_MARKER.test(value);
    this.lineNumbers = namesLineNumbers(value);
  }

  /** Whether the value names a post's body or a layout cell (isPostBodyName, isLayoutCell): inside it, a widget is content. */
  get postBody(): boolean {
    return (this.postBodyFact ??= isPostBodyName(this.value) || isLayoutCell(this.value));
  }

  /**
   * classHints with visibleClass applied, modifier tails, taxonomy terms and script hooks left out (classIdHints), for an
   * element without an id: then the hints are a function of the class value alone.
   */
  get hints(): string {
    return (this.hintsFact ??= classIdHints(this.value, ''));
  }

  /** CAPTION_CLASS on classHints of an element without an id. */
  get caption(): boolean {
    return (this.captionFact ??= CAPTION_CLASS.test(hyphenatedLower(`${this.value} `)));
  }

  /** BOILERPLATE, ARTICLE_BOILERPLATE and UNLIKELY (unlikelyWords) on `hints`: isBoilerplate reads them only where the words it tests are `hints`. */
  get boilerplate(): boolean {
    return (this.boilerplateFact ??= BOILERPLATE.test(this.hints));
  }

  get articleBoilerplate(): boolean {
    return (this.articleBoilerplateFact ??= ARTICLE_BOILERPLATE.test(this.hints));
  }

  get unlikely(): boolean {
    return (this.unlikelyFact ??= UNLIKELY.test(unlikelyWords(this.hints)));
  }
}

/** Class words UNLIKELY reads: BEM elements naming a component's header (BEM_HEADER) left out. */
function unlikelyWords(hints: string): string {
  return hints.includes('__') ? hints.replace(BEM_HEADER, '$1') : hints;
}

/** What any of classIdHints' six rewrites needs, in one pattern: hints it finds nothing in (94% of zyte-dev's class values) are read as they are. */
const HINT_REWRITE = new RegExp(`(?:has|no|with|hide)[-_]|${WP_POST.source}|js-|${STYLE_WORD.source}|print|[-_]and[-_]`);

/**
 * Class tokens that say how an element prints (Bootstrap's `d-print-none`, `hidden-print`, Tachyons-like `dn-print`, a print
 * width `print-mw65`): a style for paper, not a print button or a print-only copy.
 */
const PRINT_STYLE = /(^|\s)(?:(?:d|dn|hidden)-print(?:-[a-z]+)?|print-(?:hidden|none)|print-[a-z]{1,3}\d+)(?=\s|$)/g;

/**
 * "related" or "comment(s)" joined to another word by "and" ("map-and-related": a map and what goes with it, "comments-and-…"):
 * the name of a region that holds both, the other named first or after, not a related-links or comments block.
 */
const AND_JOINED = /(?:related|comments?)[-_]and[-_]|[-_]and[-_](?:related|comments?)/;
const AND_JOINED_WORD = /(^|[-_\s])(?:related|comments?)(?=[-_]and[-_])|([-_]and[-_])(?:related|comments?)(?=$|[-_\s])/g;

/** isNamedBoilerplate's verdicts by custom element name, off threads (a page's names repeat across pages: `amp-img`, `modal-opener`). */
const NAMED_BOILERPLATE = new Map<string, boolean>();
/** At most this many names are remembered (a page cannot grow the table without bound). */
const MAX_NAMED = 4096;

function classIdHints(className: string | undefined, id: string): string {
  let hints = hyphenatedLower(`${withoutHashes(visibleClass(className))} ${id}`);
  if (!HINT_REWRITE.test(hints)) return hints;
  if (MODIFIER.test(hints)) hints = hints.replace(MODIFIER_TAIL, '$1');
  if (WP_POST.test(hints)) hints = hints.replace(TAXONOMY_TERM, '$1');
  if (hints.includes('js-')) hints = hints.replace(SCRIPT_HOOK, '$1');
  if (STYLE_WORD.test(hints)) hints = hints.replace(STYLE_SETTING, '$1');
  if (hints.includes('print')) hints = hints.replace(PRINT_STYLE, '$1');
  if (AND_JOINED.test(hints)) hints = hints.replace(AND_JOINED_WORD, '$1$2x');
  return hints;
}

/**
 * CSS Modules' class names end in a hash of the stylesheet ("[file]_[local]__[hash]": "mdx-table_root__adKqa",
 * "Bylines_publishDate__u6aAD") and Emotion's are a hash ("css-lurss3"). Split at its humps, a hash reads as words
 * ("ad-kqa", "u6a-ad", "lurss3"), and Hashicorp's argument tables and a byline's date went as ads.
 */
const MODULE_HASH = /^([A-Za-z][-\w]*_[-\w]*[A-Za-z0-9])__([-\w]{5})$/;
const EMOTION_HASH = /^css-[a-z0-9]*\d[a-z0-9]*$/;

/** A class value without the build tools' hashes (MODULE_HASH, EMOTION_HASH): a hash names nothing. */
function withoutHashes(className: string): string {
  if (!className.includes('__') && !className.includes('css-')) return className;
  const tokens = className.split(/\s+/);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const hashed = MODULE_HASH.exec(token);
    // A word in the hash's place ("card__title", "block__Promo") is a BEM element, not a hash.
    if (hashed && !/^[A-Z]?[a-z]+$/.test(hashed[2]!)) tokens[index] = hashed[1]!;
    else if (EMOTION_HASH.test(token)) tokens[index] = '';
  }
  return tokens.join(' ');
}

/** The share of a page-level header's or footer's text that is link text when it is a mega menu (isPageMegaMenu). */
const MEGA_MENU_LINKS = 0.6;

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** Whether an element sits inside sectioning content (or <main>): a <header> there heads that section, not the page. */
function inSectioningContent(element: Element): boolean {
  for (let ancestor = element.parent; ancestor && isElement(ancestor); ancestor = ancestor.parent) if (SECTIONING.has(ancestor.name)) return true;
  return false;
}

/** What the page is, as its metadata states it (page-kind.ts): it sets which blocks are boilerplate. */
export type PageKind = 'article' | 'product' | 'thread' | 'other';

/**
 * On a product page, the shoppers' reviews and ratings, and the other products offered beside it
 * (recently viewed, bought together, up- and cross-sells), are not the product's description.
 */
const PRODUCT_BOILERPLATE =
  /(?:^|[-_\s])(?:reviews?|customer-?reviews?|product-?reviews?|ratings?|yotpo|okendo|jdgm|judgeme|stamped|bazaarvoice|bv|trustpilot|upsells?|cross-?sells?|recently-?viewed|also-?(?:viewed|bought|like)|similar|recs|complementary)(?:$|[-_\s])/;

/**
 * On an article, a call to action ("blog-cta", "cta-container", Divi's "et_pb_cta_0") is the site's pitch set in or after the
 * story, and a disclaimer ("affiliate-disclaimer") its legal small print; on a landing page a call to action is what the page offers.
 */
const ARTICLE_BOILERPLATE = /(?:^|[-_\s])(?:ctas?|disclaimers?)(?:$|[-_\s])/;

const PRODUCT_ITEM = /schema\.org\/Product$/i;
const THREAD_ITEM = /schema\.org\/(?:DiscussionForumPosting|QAPage|SocialMediaPosting)$/i;
const QA_ITEM = /schema\.org\/(?:Question|Answer)$/i;
const COMMENT_ITEM = /schema\.org\/Comment$/i;

export type GenericResult = { blocks: Block[]; container: Element | null };

/**
 * What `Scorer.precompute` reads from a page: per-element paragraph and text ink, toggled panel ids, microdata posts and products.
 * Per-element figures here and in Scorer live in arrays indexed by the element's document order (dom.ts, elementOrder): a
 * lookup is an array read, where a Map keyed by element would hash it, and nothing is allocated per element.
 */
type Precomputed = {
  prose: Float64Array;
  ink: Float64Array;
  controlled: Set<string>;
  /** Ids named by an image's aria-describedby: the image's caption (isImageCaption). */
  described: Set<string>;
  posts: Element[];
  productItem: boolean;
  threadItem: boolean;
  /** The ancestors of the page's <main> (or role=main) elements: layout wrappers around the main region. */
  aroundMain: Set<Element>;
  /** The page's first DocBook XSL navigation header (`div.navheader`), if any (docbookPart). */
  navHeader: Element | null;
  /** The rows of share buttons around the page's share-intent links (share-bar.ts), boilerplate whatever their classes say. */
  shareBars: Set<Element>;
  /** The small boxes around the page's e-mail fields (signupBoxes): a newsletter's or a trial's sign-up, whatever their classes say. */
  signupBoxes: Set<Element>;
  /** The boxes pointing to the story before or after this one (story-pointer.ts), whatever their classes say. */
  storyPointers: Set<Element>;
  /** The filter panels of short options with their counts ("Canon (261)", facet-panel.ts), boilerplate whatever their classes say. */
  facetPanels: Set<Element>;
  /** The page's headings (h1–h6), in document order (reviewSections). */
  headings: Element[];
  /** The second copies of cards a layout writes twice, a phone's and a desktop's (layout-copy.ts), or null. */
  layoutCopies: Set<Element> | null;
};

/** Class words of a dialog, modal, drawer or sheet (whole words: "overlay__modal", "content-drawer", "sheet_sheet__Y6NS_"). */
const DIALOG_CLASS = /(?:^|[-_\s])(?:dialog|modal|drawer|sheet|overlay|popup|lightbox)(?:$|[-_\s])/i;

/** A product's own information as a dialog's title: its description, details, specifications, sizes, measurements, materials. */
const PRODUCT_INFO_TITLE =
  /^(?:(?:product|item) )?(?:description|details|information|specifications|specs|tech(?:nical)? specs|size (?:guide|chart)|measurements|dimensions|materials(?: (?:&|and) care)?|ingredients)$/i;

/** The first heading (h1–h6) below an element, in document order, up to `levels` levels down (all by default), or null. */
function firstHeading(element: Element, levels = Number.POSITIVE_INFINITY): Element | null {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (HEADING_TAGS.has(child.name)) return child;
    if (levels > 1) {
      const found = firstHeading(child, levels - 1);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The page kind with product microdata counted: a page whose metadata states no kind but marks up a product (itemtype schema.org/Product) is a product page. */
function productKind(kind: PageKind, scorer: { productItem: boolean }): PageKind {
  return kind === 'other' && scorer.productItem ? 'product' : kind;
}

/**
 * The buffer the Scorers' per-element arrays are cut from, reused from page to page (up to SLAB_LIMIT bytes; a larger page's
 * scorers get buffers of their own): a fresh ArrayBuffer per attempt was memory outside the heap allocated, zeroed and then
 * swept by the minor GCs after it, one to three times a page. extractGenericBody starts each page (and its retry on the whole
 * document, which drops the scorers before it) at the slab's start: the attempts of one page never overlap.
 */
const SLAB_LIMIT = 4 << 20;
let slab: ArrayBuffer | null = null;
let slabUsed = 0;
/** Where in the buffer takeSlab returned the bytes taken begin. */
let slabOffset = 0;

/** A buffer holding `bytes` bytes from slabOffset on, that no other scorer of this page uses. */
function takeSlab(bytes: number): ArrayBuffer {
  const size = Math.ceil(bytes / 8) * 8;
  if (slab === null || slabUsed + size > slab.byteLength) {
    if (size > SLAB_LIMIT) {
      slabOffset = 0;
      return new ArrayBuffer(size);
    }
    slab = new ArrayBuffer(Math.min(SLAB_LIMIT, Math.max(size * 3, (slab?.byteLength ?? 0) * 2, 1 << 16)));
    slabUsed = 0;
  }
  slabOffset = slabUsed;
  slabUsed += size;
  return slab;
}

class Scorer {
  /** 1 for the elements marked as boilerplate (skips). */
  private readonly skipped: Uint8Array;
  /** Text and link-text ink of each measured element (textLength, linkLength); -1 until measured. */
  private readonly measuredText: Float64Array;
  private readonly measuredLink: Float64Array;
  /** Each scored element's score (NaN until scored), and the scored elements in the order they were first scored. */
  private readonly scores: Float64Array;
  private readonly scored: Element[] = [];
  /** The facts of this page's class values (ClassFacts), by value; an element without a class reads those of ''. */
  private readonly classFactsByValue = new Map<string, ClassFacts>();

  /**
   * elements: the page's element count (parseHtml), which sizes the per-element arrays. reveal: hidden subtrees and
   * <noscript> count as visible (pages that show their text only after scripts run).
   */
  constructor(
    elements: number,
    private readonly useClassHints: boolean,
    private readonly reveal = false,
    private readonly kind: PageKind = 'other',
    /** The page's precomputed walk (`precompute`): it depends on none of the options, so every attempt on a page shares it. */
    shared?: Precomputed,
  ) {
    // The per-element arrays are views of one buffer, cut from the slab the attempts share (takeSlab): each typed array of
    // its own is a separately allocated ArrayBuffer that every minor GC after it must sweep (several a page, on top of
    // the page's bytes). A reused slab holds the last page's figures: every array is filled.
    const row = elements * Float64Array.BYTES_PER_ELEMENT;
    const rows = shared === undefined ? 6 : 4;
    const buffer = takeSlab(rows * row + elements);
    const start = slabOffset;
    this.measuredText = new Float64Array(buffer, start, elements).fill(-1);
    this.measuredLink = new Float64Array(buffer, start + row, elements).fill(0);
    this.scores = new Float64Array(buffer, start + 2 * row, elements).fill(Number.NaN);
    this.visible = new Float64Array(buffer, start + 3 * row, elements).fill(-1);
    this.skipped = new Uint8Array(buffer, start + rows * row, elements).fill(0);
    const pre: Precomputed = shared ?? {
      prose: new Float64Array(buffer, start + 4 * row, elements).fill(0),
      ink: new Float64Array(buffer, start + 5 * row, elements).fill(0),
      controlled: new Set<string>(),
      described: new Set<string>(),
      posts: [],
      productItem: false,
      threadItem: false,
      aroundMain: new Set<Element>(),
      navHeader: null,
      shareBars: new Set<Element>(),
      signupBoxes: new Set<Element>(),
      storyPointers: new Set<Element>(),
      facetPanels: new Set<Element>(),
      headings: [],
      layoutCopies: null,
    };
    this.prose = pre.prose;
    this.ink = pre.ink;
    this.controlled = pre.controlled;
    this.described = pre.described;
    this.posts = pre.posts;
    this.productItem = pre.productItem;
    this.threadItem = pre.threadItem;
    this.aroundMain = pre.aroundMain;
    this.navHeader = pre.navHeader;
    this.shareBars = pre.shareBars;
    this.signupBoxes = pre.signupBoxes;
    this.storyPointers = pre.storyPointers;
    this.facetPanels = pre.facetPanels;
    this.headings = pre.headings;
    this.layoutCopies = pre.layoutCopies;
  }

  /** Marks boilerplate subtrees: by tag, role, hidden state and (optionally) class/id hints. */
  private pageInk = 0;

  markBoilerplate(root: ParentNode, totalParagraphText: number): void {
    this.pageInk = this.textInk(root);
    this.outlineRoot = root;
    this.headingIds = null;
    this.infoDialogs = productKind(this.kind, this) === 'product' ? new Map() : null;
    this.reviews = this.infoDialogs !== null ? reviewSections(this.headings, this.aroundMain) : null;
    if (this.infoDialogs !== null && this.statedReviewList !== null && !this.aroundMain.has(this.statedReviewList))
      (this.reviews ??= new Set()).add(this.statedReviewList);
    const children = root.children;
    for (let i = 0; i < children.length; i += 1) this.markSubtree(children[i]!, totalParagraphText, false, false);
  }

  /*
   * NO_CLOSURES: the walks here are methods and module functions, not closures made per call. A
   * closure is an allocation each call, and under tsx (esbuild keepNames) every named one is wrapped
   * in a __name() call that defines its name property: ~1% of a page's CPU time before.
   */
  private markSubtree(node: AnyNode, totalParagraphText: number, protectedByCode: boolean, inPost: boolean, inInfoDialog = false): void {
    if (!isElement(node)) return;
    // A product page's own information set in a dialog or drawer ("Description", "Product details", "Size guide") is the product's.
    const infoDialog = this.infoDialogs !== null && this.isProductInfoDialog(node);
    // Looked up once for every class test below; an element without a class reads the facts of ''.
    const facts = this.classFacts(node.attribs.class ?? '');
    if (!infoDialog && this.isBoilerplate(node, facts, totalParagraphText, protectedByCode, inPost, inInfoDialog)) {
      this.skipped[elementOrder(node)] = 1;
      return;
    }
    // A site menu set in the content (isOffPageLinkTree) is recorded, not skipped: it leaves the output only (withoutLinkTrees),
    // so no score, density or reading decision of the page moves with it.
    if ((node.name === 'ul' || node.name === 'ol') && this.kind !== 'article' && !this.isThread() && isOffPageLinkTree(node)) this.linkTrees.add(node);
    // Inside it, the dialog's own class words ("overlay__modal--content", "…-modal__paragraph") name its parts, as in code.
    // MyBB sets its whole thread in one cell of a layout table (`td#posts_container`): inside it, class words name the posts' parts.
    const inCode =
      node.name === 'td' && node.attribs.id === 'posts_container'
        ? infoDialog
        : protectedByCode || infoDialog || node.name === 'pre' || node.name === 'code' || node.name === 'table';
    const inDialog = inInfoDialog || infoDialog;
    const children = node.children;
    // Whether the children are inside a post body's wrapper, read at the first element child: a leaf passes it to nobody.
    let post: boolean | undefined;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (!isElement(child)) continue;
      post ??= inPost || facts.postBody;
      this.markSubtree(child, totalParagraphText, inCode, post, inDialog);
    }
  }

  /**
   * Whether a custom element's name says what its class words would (`<ps-promo>`, `<devsite-footer-promos>`, `<amp-sidebar>`,
   * `<cookie-consent-banner>`): a web component is named for what it is, and an unseen template's names say it where its classes
   * say nothing (the class-hashed proxy keeps tag names, as a site's next redesign of its classes does). Read as class hints are:
   * whole words, on a thread not the comment words, never a name that says it holds the content (`<article-body>`).
   */
  private isNamedBoilerplate(name: string): boolean {
    if (this.isThread()) return BOILERPLATE.test(name.replace(COMMENT_HINTS, '$1x')) && !BODY_NAME.test(name);
    let known = NAMED_BOILERPLATE.get(name);
    if (known === undefined) {
      known = BOILERPLATE.test(name) && !BODY_NAME.test(name);
      if (NAMED_BOILERPLATE.size < MAX_NAMED) NAMED_BOILERPLATE.set(name, known);
    }
    return known;
  }

  /** The facts of a class value (ClassFacts), read on its first element of the page. */
  private classFacts(value: string): ClassFacts {
    let facts = this.classFactsByValue.get(value);
    if (facts === undefined) {
      facts = new ClassFacts(value);
      this.classFactsByValue.set(value, facts);
    }
    return facts;
  }

  /**
   * An element's class and id hints (classIdHints): an id that is its heading's slug (isHeadingSlug) is left out. `facts` are
   * those of its class value: without an id, the hints are theirs.
   */
  private hintsOf(element: Element, facts: ClassFacts): string {
    const attribs = element.attribs;
    if (attribs.id !== undefined) return classIdHints(attribs.class, isHeadingSlug(element, attribs.id) ? '' : attribs.id);
    return facts.hints;
  }

  /** Whether markBoilerplate skips an element; `facts` are those of its class value (ClassFacts; of '' without a class). */
  private isBoilerplate(element: Element, facts: ClassFacts, totalParagraphText: number, inCode: boolean, inPost: boolean, inInfoDialog = false): boolean {
    const name = element.name;
    if (name === 'body' || name === 'html' || name === 'main') return false;
    // New Reddit's text for screen readers only ("Go to technology" beside a community's icon), as an element of its own.
    if (name === 'faceplate-screen-reader-content') return true;
    if (name === 'a' && isEdsPlaceholderLink(element)) return true;
    // A row of share buttons, known by where its links go rather than by its class words (share-bar.ts).
    if (this.shareBars.size > 0 && this.shareBars.has(element)) return true;
    // A sign-up box around an e-mail field (a newsletter's, a trial's), known by the field rather than by its class words, on a
    // page that states its kind: on a landing page (kind `other`) the sign-up is what the page offers, and its golds keep it.
    if (this.kind !== 'other' && this.signupBoxes.size > 0 && this.signupBoxes.has(element)) return true;
    // A box pointing to the story before or after this one, known by its label and its links rather than by its class words (story-pointer.ts).
    if (this.storyPointers.size > 0 && this.storyPointers.has(element)) return true;
    // A filter panel of short options with their counts, known by its structure rather than by its class words (facet-panel.ts).
    if (this.facetPanels.size > 0 && this.kind !== 'article' && this.facetPanels.has(element)) return true;
    const attribs = element.attribs;
    // A form's status message set after it (Webflow's "Thank you! Your submission has been received!" and "Oops! Something went
    // wrong while submitting the form."), which the page shows only once the form is sent (isFormStatus).
    if (name === 'div' && isFormStatus(element)) return true;
    // A closed drop-down of fields (a filter facet, a picker with its search box) is a control, not text (isClosedFieldMenu).
    if (name === 'details' && isClosedFieldMenu(element)) return true;
    // A field's row (isFieldRow): a short caption beside a field to type into is a form's, outside a <form> too.
    if ((name === 'div' || name === 'span' || name === 'p' || name === 'li') && isFieldRow(element)) return true;
    // A hover card set in the line after the link that shows it (isHoverCard); the wrapper of the link and its card is the line's
    // text, whatever its class words say of the card ("rollover-people").
    if (name === 'span' && isHoverCard(element)) return true;
    if (name === 'span' && holdsHoverCard(element)) return false;
    // A collapsed accordion or tab panel is hidden until its toggle is used: the reader can open it, so it is content.
    const panel = this.isDisclosurePanel(element);
    const rare = mayHoldRareAttributes(element);
    if (rare && !this.reveal && !panel && (attribs.hidden !== undefined || (attribs['aria-hidden'] === 'true' && !isShownPrice(element)))) return true;
    if (rare && !this.reveal && !panel && attribs.style && /display\s*:\s*none/i.test(attribs.style)) return true;
    const className = attribs.class;
    // The second of a card's two layout copies (a phone's and a desktop's), known by structure (layout-copy.ts).
    if (this.layoutCopies !== null && this.layoutCopies.has(element)) return true;
    // A listing card's footer holding only its writers and date (InfoQ's `card__footer`, a `<footer>` in a blog theme's post card):
    // on a page of cards (kind `other`) it is part of what each card lists, as the listing golds keep it.
    if (this.kind === 'other' && isFooter(element) && isCardFooterByline(element)) return false;
    if (className !== undefined) {
      const shown = this.reveal || panel;
      if (!shown && facts.utilitiesHide) return true;
      // The bare "hide" utility, on what holds no prose (hideUtility).
      if (!shown && facts.hideUtility && this.paragraphText(element) < HIDDEN_PROSE_INK) return true;
      if (facts.marker && ((!shown && (phoneOnly(className) || FORM_STATUS.test(className))) || isTemplateChrome(element, name, className))) return true;
      if (isShortTimeForm(element)) return true;
      // A code block's line numbers outside its <pre> (Pygments' `td.linenos` beside the code's cell; isLineNumbers).
      if (facts.lineNumbers && holdsOnlyNumbers(element)) return true;
    }
    if (this.described.size > 0 && this.isImageCaption(element, totalParagraphText)) return true;
    const role = rare ? attribs.role : undefined;
    if (role && SKIP_ROLES.has(role)) {
      // Accordions put role=tablist on the wrapper of their panels: a tab list holding prose, or holding the panels themselves, is content.
      if (role === 'tablist' && (this.paragraphText(element) >= 200 || this.holdsPanel(element))) return false;
      // A documentation callout marked role=alert inside the page's sectioning content and holding a paragraph of prose (Docsy's
      // and Bootstrap themes' `alert` shortcode: "Note", "Warning") is the page's text; status messages and form errors are not prose.
      if (!(role === 'alert' && inSectioningContent(element) && this.paragraphText(element) >= 80)) return true;
    }
    // A tooltip (role=tooltip) is the pop-up a control shows on hover or focus ("Star Sellers have an outstanding track record…",
    // a seller badge's or a delivery date's explanation, a footnote's text): the structural twin of the `tooltip` class word, which
    // the class words of an unseen template may not say. A tooltip's text is prose that may hold a link ("Discover more"); one
    // whose text is mostly a link, or that holds a control, is the trigger itself (Medium marks the author link it shows as
    // role=tooltip), which is shown text, and stays.
    if (role === 'tooltip' && this.linkDensity(element) < 0.5 && !hasControl(element)) return true;
    // A product page's section of the shoppers' reviews, told by its heading and the score after it (reviewSections).
    if (this.reviews !== null && this.reviews.has(element)) return true;
    // A carousel (WAI-ARIA's pattern: aria-roledescription "carousel", each item a "slide") shows one item at a time and rotates:
    // on a page that is not an article it holds other products, customer stories and promotions, not what the page is read for.
    if (rare && this.kind !== 'article' && isCarousel(attribs['aria-roledescription']) && this.paragraphText(element) < totalParagraphText * 0.5) return true;
    // Inside a product's information dialog, an <aside> is the dialog's own panel (a sheet's body), not a sidebar.
    if (name === 'aside' && inInfoDialog) return false;
    // A documentation callout set as an <aside> (Starlight's `starlight-aside--note`: "Note", "Caution") is the page's text, not a
    // sidebar: only its class words judge it.
    if (SKIP_TAGS.has(name) && !(name === 'aside' && isAdmonitionAside(element))) {
      // <form> wraps whole ASP.NET pages and <header>/<footer> sometimes hold the lead: keep them when they are mostly prose.
      const prose = this.paragraphText(element);
      // Forums wrap the whole thread in a moderation <form>, and their posts are rarely <p>: a form holding most of the page's text is its body.
      // Invision Community wraps the thread's <article> posts in its moderation form even when menus and footers outweigh them.
      if (name === 'form' && countTag(element, 'article', 2) >= 2) return false;
      // A form with nothing to fill in or press is a wrapper (old Reddit wraps each comment's text in its edit form).
      if (name === 'form' && !hasControl(element)) return false;
      // Q&A engines wrap each question and answer in its own form, for its vote and comment buttons (Question2Answer's
      // `qa-post-content` inside `form`): a form that holds a post's body wrapper (BODY_NAME) is that post.
      if (name === 'form' && prose >= 80 && holdsPostBody(element)) return false;
      if (name === 'form') return this.textInk(element) < this.pageInk * 0.5 && (prose < totalParagraphText * 0.3 || prose < 200);
      // A <header> inside sectioning content is that section's own header (its title and lead), not the page's banner (HTML-AAM maps only a top-level one to role=banner).
      if (name === 'header' && inSectioningContent(element)) return false;
      if (name === 'header' || name === 'footer')
        return prose < totalParagraphText * 0.3 || prose < 200 || this.isPageMegaMenu(element, prose, totalParagraphText);
      return prose < totalParagraphText * 0.5;
    }
    // Text for screen readers only is not on the screen, with class hints or without: the retry without them reads it neither
    // (Shopify Dawn's "Regular price" before every card's price).
    if (!this.useClassHints && attribs.class !== undefined && SCREEN_READER_ONLY.test(attribs.class)) return true;
    // A quotation is a post's own block: its class words style it (mdBook's "blockquote-tag-note" admonition), they do not make it a tag list.
    // vBulletin 4 sets each poster's signature in one too (`blockquote.signature`): that word still flags it.
    if (name === 'div' && attribs.class === undefined && attribs.id === undefined && isUnderscoredSignature(element)) return true;
    if (!this.useClassHints || inCode || name === 'article' || name === 'a') return false;
    // A custom element named as boilerplate (isNamedBoilerplate), unless it wraps most of the page's prose (Vanguard's whole page
    // sits in its navigation component, `<vg-vgn-nav>`).
    if (name.includes('-') && this.isNamedBoilerplate(name) && this.paragraphText(element) < totalParagraphText * 0.5) return true;
    if (name === 'blockquote' && !SIGNATURE_QUOTE.test(attribs.class ?? '')) return false;
    if (
      attribs.class === undefined &&
      attribs.id === undefined &&
      (!rare ||
        (attribs['data-e2e'] === undefined &&
          attribs['aria-labelledby'] === undefined &&
          attribs['data-component'] === undefined &&
          attribs.itemprop === undefined))
    )
      return false;
    // Paragraph classes are mostly styling; only caption-like ones mark non-body text.
    // An element without an id: its hints, and the class words found in them, are its class value's (ClassFacts).
    const byValue = attribs.id === undefined ? facts : null;
    if (name === 'p')
      return (
        (byValue !== null ? byValue.caption : CAPTION_CLASS.test(classHints(element))) ||
        (this.kind === 'article' && (byValue !== null ? byValue.articleBoilerplate : ARTICLE_BOILERPLATE.test(this.hintsOf(element, facts))))
      );
    const own = panel ? this.hintsOf(element, facts).replace(/(^|[-_\s])hidden(?=$|[-_\s])/g, '$1x') : this.hintsOf(element, facts);
    const hints = rare
      ? `${own} ${(attribs['data-e2e'] ?? '').toLowerCase()} ${(attribs['aria-labelledby'] ?? '').toLowerCase()} ${(attribs['data-component'] ?? '').toLowerCase()} ${(attribs.itemprop ?? '').toLowerCase()}`
      : own;
    // Whole words only (split at spaces, hyphens, underscores), so "content" cannot shield "related-content".
    // On a product page (stated by its metadata, or by microdata on a page that states nothing else), reviews and other products are boilerplate too.
    const productPage = productKind(this.kind, this) === 'product';
    // On a discussion thread (stated by its metadata or microdata) the posts are the comments.
    let wordHints = this.isThread() ? hints.replace(COMMENT_HINTS, '$1x') : hints;
    // A heading is a title: "caption" on it is a type style ("wt-text-caption"), not a figure's caption.
    if (HEADING_TAGS.has(name)) wordHints = wordHints.replace(CAPTION_HINTS, '$1x');
    // CSS modules named after the element's own tag ("tag_h2--2y8Ae", "tag_p--3xrVF") style it by its tag: "tag" there is no tag list.
    if (wordHints.includes('tag')) wordHints = withoutOwnTagStyle(wordHints, name);
    // The class value's verdicts stand for the tests wherever the words tested are its hints unchanged (ClassFacts).
    const known = byValue !== null && wordHints === byValue.hints ? byValue : null;
    // A card's price as screen readers read it, where the price shown is hidden from them (isPriceCopy): what the card costs, not a
    // screen-reader label, whatever its class says ("screen-reader-text" is a BOILERPLATE word). Not on a product page, whose own
    // price lines are left out (withoutBarePrices), and where a sale price's copy would be the one line that stays.
    if (name === 'span' && isPriceCopy(element) && productKind(this.kind, this) !== 'product') return false;
    let flagged = (known !== null ? known.boilerplate : BOILERPLATE.test(wordHints)) || (productPage && PRODUCT_BOILERPLATE.test(hints));
    // Page builders call every layout cell a widget ("widget-span widget-type-blog_content") and CMSs put "meta" in the post body's wrapper
    // ("hs_cos_wrapper_meta_field … hs_cos_wrapper_post_body"): those weak words do not flag an element that says it holds the content.
    if (
      flagged &&
      (BODY_NAME.test(hints) || (WIDGET_CELL.test(hints) && (CONTENT_WORD.test(hints) || LAYOUT_CELL.test(hints)))) &&
      !BOILERPLATE.test(hints.replace(WEAK_HINTS, '$1x'))
    )
      flagged = false;
    // Inside the post body's wrapper ("entry-content", "post-body") a widget is a page builder's cell (SiteOrigin's "so-panel widget widget_text"), not a sidebar's.
    if (flagged && inPost && !BOILERPLATE.test(hints.replace(WIDGET_WORD, '$1x'))) flagged = false;
    // A quotation's caption is its attribution (quotationCaption).
    if (flagged && quotationCaption(element, wordHints)) flagged = false;
    // A card's list of topics ("post-card__tags", "job-tile-tags") in a run of like cards is what each card lists (isCardTopics).
    if (flagged && this.kind !== 'article' && wordHints.includes('tag') && this.isCardTopics(element, wordHints)) flagged = false;
    if (!flagged && this.kind === 'article' && (known !== null ? known.articleBoilerplate : ARTICLE_BOILERPLATE.test(wordHints))) flagged = true;
    // UNLIKELY's words name regions of a page (header, banner, supplemental); on a heading they name the heading's part in a card or
    // module ("et_pb_module_header", "card-header"), and the heading belongs to whatever holds it.
    // A region whose own class names it a header or banner but that holds paragraphs of prose is the page's lead (MDN's
    // "layout__header" holds a reference page's summary); words from other attributes (aria-labelledby naming a heading) still flag.
    if (
      !flagged &&
      (known !== null ? known.unlikely : UNLIKELY.test(unlikelyWords(wordHints))) &&
      !MAYBE.test(hints) &&
      !HEADING_TAGS.has(name) &&
      !(UNLIKELY.test(own) && !UNLIKELY.test(hints.slice(own.length)) && this.holdsLead(element)) &&
      !inDisclosure(element) &&
      !this.isSectionHeader(element, wordHints) &&
      !(attribs.class !== undefined && TAXONOMY_HEADER.test(attribs.class))
    )
      flagged = true;
    if (!flagged) return false;
    // A wrapper around the page's <main> is a layout wrapper, whatever its class says: Genesis wraps the main region and the
    // sidebar in "content-sidebar-wrap", and a listing's grid of linked titles holds no paragraph to outweigh the word.
    if (this.aroundMain.has(element)) return false;
    // Embedded posts (tweets, Instagram) quoted by the article are content, not share bars.
    if (SOCIAL_EMBED.test(hints)) return false;
    // Never drop a subtree that holds most of the page's prose: the hint was wrong.
    if (this.paragraphText(element) < totalParagraphText * 0.5) return true;
    // A page with no paragraphs: a poster's card or signature is judged by its text.
    if (totalParagraphText === 0 && POSTER_CARD.test(wordHints)) return this.textInk(element) < this.pageInk * 0.5;
    // Unless it is the comments, set in <p> under a post written with <br> (old Blogger themes): then it holds most <p> text but not most of the text.
    COMMENT_HINTS.lastIndex = 0;
    return COMMENT_HINTS.test(wordHints) && this.textInk(element) < this.pageInk * 0.5;
  }

  /**
   * Whether a page-level <header> or <footer> (outside sectioning content and <main>: HTML-AAM's banner and contentinfo) is a
   * mega menu: its entries are links, each with a line of description that counts as paragraph prose, so the 30%-of-prose test
   * keeps it, but most of its text (MEGA_MENU_LINKS) is link text and it holds under half the page's prose. Link text, not class
   * words ("mega-menu"): hashed, Ergotron's and Elliptic's menus were read as the body's lead (session 28 chrome and grid passes,
   * which built it apart and were merged into this one).
   */
  private isPageMegaMenu(element: Element, prose: number, totalParagraphText: number): boolean {
    if (prose >= totalParagraphText * 0.5 || inSectioningContent(element)) return false;
    const ink = this.textInk(element);
    return ink > 0 && linkTextLength(element) >= ink * MEGA_MENU_LINKS;
  }

  private readonly prose: Float64Array;

  /** The tree markBoilerplate walks, and the ids of its sections (sectionIds), read once a page when an outline is first tested. */
  private outlineRoot: ParentNode | null = null;
  private headingIds: Set<string> | null = null;

  /**
   * Whether a list is the page's outline: documentation generators set an "On this page" table of contents beside or above the
   * document (Docusaurus' `ul.table-of-contents`, Mintlify's `#table-of-contents-content`, Furo's `toc-tree`, VitePress' outline,
   * MkDocs Material's secondary sidebar), a list of OUTLINE_LINKS or more links, nearly all its text, each to a section of the page
   * (`href="#id"`, the id a heading's or the element a heading opens). Its entries are the body's own headings again; the link-farm
   * rule drops it inside the chosen container, but a short page read whole from its main region kept it (OutlineFilter).
   */
  isPageOutline(list: Element): boolean {
    if (list.name !== 'ul' && list.name !== 'ol') return false;
    const links = descendants(list).filter((node) => node.name === 'a');
    if (links.length < OUTLINE_LINKS || this.outlineRoot === null) return false;
    for (const link of links) {
      const href = link.attribs.href;
      if (href === undefined || href.length < 2 || href.charCodeAt(0) !== 35) return false;
    }
    const text = this.textInk(list);
    if (text === 0) return false;
    let linked = 0;
    for (const link of links) linked += this.textInk(link);
    if (linked < text * 0.9) return false;
    this.headingIds ??= sectionIds(this.outlineRoot);
    const ids = this.headingIds;
    return links.every((link) => ids.has(decodeFragment(link.attribs.href!.slice(1))));
  }

  /**
   * Whether a list of topics, flagged only by its own word (TOPIC_LIST: "post-card__tags", "crayons-story__tags", "job-tile-tags"),
   * sits in one card of a run: an ancestor within CARD_TOPICS_REACH levels that holds an `<h2>`–`<h6>` and has siblings of its tag
   * and class, the run holding half the page's ink and the card under a third of the run (a listing's river, not a column beside
   * an article). A listing's golds keep each card's topics; the word still flags a post's tag list under its story.
   */
  private isCardTopics(element: Element, wordHints: string): boolean {
    if (!TOPIC_LIST_WORD.test(wordHints) || BOILERPLATE.test(wordHints.replace(TOPIC_LIST, '$1x'))) return false;
    let card = element.parent;
    for (let level = 0; level < CARD_TOPICS_REACH && card !== null && isElement(card); level += 1, card = card.parent) {
      const run = card.parent;
      if (run === null || !isElement(run) || card.name === 'body' || card.name === 'main') return false;
      const className = card.attribs.class?.trim();
      let runInk = 0;
      let cards = 0;
      for (let ci = 0, kids = run.children; ci < kids.length; ci += 1) {
        const kid = kids[ci]!;
        if (!isElement(kid) || kid.name !== card.name || kid.attribs.class?.trim() !== className) continue;
        runInk += this.textInk(kid);
        cards += 1;
      }
      if (cards < 2) continue;
      if (!holdsHeading(card, CARD_TOPICS_REACH + 2)) return false;
      return runInk >= this.pageInk * 0.5 && this.textInk(card) < runInk / 3;
    }
    return false;
  }

  /**
   * Whether an element named a header by its class is a section's own header on a page that is not an article: a landing page's
   * or listing's "section-header", "faq-header", "callout-header", "cd-header", "pageHeader" holding the section's `<h2>`–`<h6>`
   * and at most a short lead (600 characters), at most half of it links, beside at least 150 characters of the section's own
   * paragraphs. UNLIKELY's "header" names the page's banner; the banner holds the site's menu (links) and no section heading. Disclosure and overlay widgets' headers (accordion, card, tab, modal, drawer items) are
   * left to the rules for those widgets, as are banners that name themselves the site's (`site-header`, `global-header`).
   */
  private isSectionHeader(element: Element, hints: string): boolean {
    if (this.kind === 'article' || !SECTION_HEADER.test(hints) || NOT_SECTION_HEADER.test(hints)) return false;
    if (UNLIKELY.test(hints.replace(HEADER_WORDS, ' '))) return false;
    const ink = this.textInk(element);
    if (ink === 0 || ink > 600 || !holdsHeading(element, 3) || linkTextLength(element) > ink * 0.5) return false;
    // The section it heads holds prose of its own (paragraphs beside the header): a carousel's or a grid's header ("Customers also
    // bought", "Product Categories") heads cards, not paragraphs.
    const parent = element.parent;
    return parent !== null && isElement(parent) && this.paragraphText(parent) - this.paragraphText(element) >= 150;
  }

  /** Whether a region named by an unlikely word (a page's header or banner) holds a lead: paragraphs of prose that are most of its text (a reference page's summary in `layout__header`). */
  private holdsLead(element: Element): boolean {
    const prose = this.paragraphText(element);
    return prose >= 200 && prose >= this.textInk(element) * 0.5;
  }

  /** Ids named by an aria-controls attribute: the panels that accordion and tab toggles open. */
  private readonly controlled: Set<string>;

  /** Ids named by an image's aria-describedby attribute (WAI-ARIA's way to tie an image to its caption). */
  private readonly described: Set<string>;

  /**
   * Whether an element is an image's caption outside a <figure>: an image names it by aria-describedby (WordPress' classic
   * caption shortcode writes `<img aria-describedby="caption-attachment-N">` and `<p id="caption-attachment-N">` in a plain
   * `div`). Captions are not the article's text, as a figure's are not (blocks.ts); class words ("wp-caption-text") said so
   * before, and an unseen template's do not. A short block only, that holds no image and not most of the page's prose.
   */
  private isImageCaption(element: Element, totalParagraphText: number): boolean {
    const id = element.attribs.id;
    if (id === undefined || !this.described.has(id)) return false;
    if (containsTag(element, 'img')) return false;
    const ink = this.textInk(element);
    return ink > 0 && ink < IMAGE_CAPTION_INK && this.paragraphText(element) < totalParagraphText * 0.5;
  }

  /** Whether an element is a disclosure panel (accordion or tab content) that a toggle on the page opens. */
  isDisclosurePanel(element: Element): boolean {
    const id = element.attribs.id;
    if (id !== undefined && this.controlled.has(id)) return true;
    const rare = mayHoldRareAttributes(element);
    if (rare) {
      const role = element.attribs.role;
      // A tab panel is always opened by its tab; a region is a disclosure panel only when a heading or toggle labels it.
      if (role === 'tabpanel' || (role === 'region' && element.attribs['aria-labelledby'] !== undefined)) return true;
    }
    // A hidden block right after an accordion's toggle is the panel it opens, whether or not the toggle names it (aria-controls).
    const hidden =
      (rare &&
        (element.attribs.hidden !== undefined ||
          element.attribs['aria-hidden'] === 'true' ||
          (element.attribs.style !== undefined && HIDING_STYLE.test(element.attribs.style)))) ||
      (element.attribs.class?.includes('hidden') ?? false);
    if (!hidden) return false;
    if (followsToggle(element)) return true;
    // A collapse wrapper hidden around the panel it animates (Chakra UI's `chakra-collapse` around the `role=region` panel its
    // toggle controls) opens with that panel.
    const only = onlyElementChild(element);
    return only !== null && this.isDisclosurePanel(only);
  }
  /** Whether a disclosure panel (a tab panel, a panel a toggle controls) lies below an element. */
  private holdsPanel(element: Element): boolean {
    for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (isElement(child) && (this.isDisclosurePanel(child) || this.holdsPanel(child))) return true;
    }
    return false;
  }

  /** Product information dialogs decided so far (isProductInfoDialog); null on a page that is not a product's (set by markBoilerplate). */
  private infoDialogs: Map<Element, boolean> | null = null;

  /** The page is a discussion thread, as its metadata or microdata states it. */
  isThread(): boolean {
    return this.kind === 'thread' || (this.kind === 'other' && this.threadItem);
  }

  /** Ink of all text below each element (scripts and styles aside), visible or not. */
  private readonly ink: Float64Array;

  /** Elements marked as a post's text (microdata itemprop=text, Invision's data-role=commentContent), outermost only, in document order. */
  readonly posts: Element[];
  /** The page marks a product up with microdata (itemtype schema.org/Product). */
  productItem: boolean;
  /** The page marks a discussion up with microdata (itemtype schema.org/DiscussionForumPosting, QAPage, SocialMediaPosting). */
  threadItem: boolean;
  /** XenForo's post text elements (isXenForoPostBody) outside marked posts, read as the posts where nothing marks them. */
  private readonly xenForoBodies: Element[] = [];
  private postDepth = 0;
  private qaDepth = 0;
  private qaCommentDepth = 0;

  /** Precomputes, for every element, the ink of its <p>/<pre> descendants and of all its text (one pass; once a page). */
  precompute(root: ParentNode): Precomputed {
    this.proseTotal = 0;
    if (isElement(root as AnyNode)) this.precomputeNode(root as Element, false);
    else for (let i = 0, children = root.children; i < children.length; i += 1) this.precomputeNode(children[i]!, false);
    // XenForo without microdata: its posts' text elements are the thread's posts when nothing else marks two.
    if (this.posts.length < 2 && this.xenForoBodies.length >= 2) this.posts.splice(0, this.posts.length, ...this.xenForoBodies);
    if (this.shareLinks.length > 0) this.shareBars = shareBars(this.shareLinks, this.ink);
    if (this.emailFields.length > 0) this.signupBoxes = signupBoxes(this.emailFields, this.ink);
    if (this.pointerLabels.length > 0) this.storyPointers = storyPointers(this.pointerLabels, this.ink);
    if (this.countedOptions.length > 0) this.facetPanels = facetPanels(this.countedOptions, this.ink);
    if (this.headings.length >= 2) this.layoutCopies = layoutCopies(this.headings, this.ink);
    return {
      prose: this.prose,
      ink: this.ink,
      controlled: this.controlled,
      described: this.described,
      posts: this.posts,
      productItem: this.productItem,
      threadItem: this.threadItem,
      aroundMain: this.aroundMain,
      navHeader: this.navHeader,
      shareBars: this.shareBars,
      signupBoxes: this.signupBoxes,
      storyPointers: this.storyPointers,
      facetPanels: this.facetPanels,
      headings: this.headings,
      layoutCopies: this.layoutCopies,
    };
  }

  /** Paragraph ink of the walk so far: an element's share is the growth over its subtree, so precomputeNode returns a number instead of allocating a pair per node. */
  private proseTotal = 0;

  private precomputeNode(node: AnyNode, inParagraph: boolean): number {
    if (node.type === 'text') {
      const ink = textInk(node as Text);
      if (inParagraph) this.proseTotal += ink;
      return ink;
    }
    if (!isElement(node) || node.name === 'script' || node.name === 'style') return 0;
    const rare = mayHoldRareAttributes(node);
    const controls = rare ? node.attribs['aria-controls'] : undefined;
    if (controls) for (const id of controls.split(/\s+/)) if (id !== '') this.controlled.add(id);
    const describedBy = rare && node.name === 'img' ? node.attribs['aria-describedby'] : undefined;
    if (describedBy) for (const id of describedBy.split(/\s+/)) if (id !== '') this.described.add(id);
    const paragraph = inParagraph || node.name === 'p' || node.name === 'pre';
    // schema.org microdata marks each post's text (Comment, Answer, DiscussionForumPosting): the outermost ones are the thread.
    // Invision Community marks each post's text data-role="commentContent", and its recent versions write no microdata.
    // Lemmy marks neither: its post's and comments' Markdown is a `div.md-div` in the post's article or a comment's content.
    // Old Reddit marks neither: each post's and comment's `div.entry` (tagline, text, buttons) is one.
    // A `<meta itemprop="text">` (the thread's item giving its text as metadata, Nairaland) shows nothing and marks no post.
    const post =
      (rare && node.name !== 'meta' && (node.attribs.itemprop === 'text' || node.attribs['data-role'] === 'commentContent')) ||
      isLemmyPostText(node) ||
      isOldRedditPost(node) ||
      isHackerNewsPostText(node);
    const itemtype = rare ? node.attribs.itemtype : undefined;
    if (itemtype !== undefined && PRODUCT_ITEM.test(itemtype)) this.productItem = true;
    if (itemtype !== undefined && THREAD_ITEM.test(itemtype)) this.threadItem = true;
    // Old Reddit states nothing, and writes a thread's comment tree as `div.sitetable.nestedlisting`.
    if (node.name === 'div' && node.attribs.class?.startsWith('sitetable nestedlisting') === true) this.threadItem = true;
    // On a Q&A page, the comments under a question or an answer are asides, not posts of the thread.
    const qa = itemtype !== undefined && QA_ITEM.test(itemtype);
    if (qa) this.qaDepth += 1;
    const comment = this.qaDepth > 0 && itemtype !== undefined && COMMENT_ITEM.test(itemtype);
    if (comment) this.qaCommentDepth += 1;
    if (post && this.postDepth === 0 && this.qaCommentDepth === 0) this.posts.push(node);
    else if (!post && this.postDepth === 0 && node.name === 'article' && isXenForoPostBody(node)) this.xenForoBodies.push(node);
    if (node.name === 'main' || (rare && node.attribs.role === 'main')) this.markAroundMain(node);
    if (this.navHeader === null && isDocbookNav(node, 'navheader', 'Navigation header')) this.navHeader = node;
    if (node.name === 'a' && node.attribs.href !== undefined && isShareIntent(node.attribs.href)) this.shareLinks.push(node);
    if (node.name === 'input' && isEmailField(node)) this.emailFields.push(node);
    if (HEADING_TAGS.has(node.name)) this.headings.push(node);
    if (post) this.postDepth += 1;
    const proseBefore = this.proseTotal;
    let ink = 0;
    const children = node.children;
    for (let i = 0; i < children.length; i += 1) ink += this.precomputeNode(children[i]!, paragraph);
    if (post) this.postDepth -= 1;
    if (qa) this.qaDepth -= 1;
    if (comment) this.qaCommentDepth -= 1;
    const order = elementOrder(node);
    this.prose[order] = this.proseTotal - proseBefore;
    this.ink[order] = ink;
    if (isCountedOption(node, ink)) this.countedOptions.push(node);
    if (node.name === 'a' && isPointerLabel(node, ink)) this.pointerLabels.push(node);
    return ink;
  }

  /** Ancestors of the page's main regions (see Precomputed.aroundMain). */
  private readonly aroundMain: Set<Element>;

  /** The page's first DocBook XSL navigation header (see Precomputed.navHeader). */
  navHeader: Element | null;

  /** The page's share-intent links, found by the precomputed walk, and the share bars around them (see Precomputed.shareBars). */
  private readonly shareLinks: Element[] = [];
  private shareBars: Set<Element>;
  /** The page's e-mail fields, found by the precomputed walk, and the sign-up boxes around them (see Precomputed.signupBoxes). */
  private readonly emailFields: Element[] = [];
  private signupBoxes: Set<Element>;
  /** The page's pointer labels ("Next Article"), found by the precomputed walk, and the boxes around them (see Precomputed.storyPointers). */
  private readonly pointerLabels: Element[] = [];
  private storyPointers: Set<Element>;
  /** The page's short options with their counts of results (isCountedOption), found by the precomputed walk, and the filter panels around them. */
  private readonly countedOptions: Element[] = [];
  private facetPanels: Set<Element>;
  /** The page's headings (see Precomputed.headings), and on a product page the review sections they open (reviewSections). */
  private readonly headings: Element[];
  /** The second copies of cards written twice (see Precomputed.layoutCopies). */
  private layoutCopies: Set<Element> | null;
  private reviews: Set<Element> | null = null;
  /** On a product page, the list of the reviews its JSON-LD states (statedReviewList), or null. */
  statedReviewList: Element | null = null;

  /** Whether the page is a shop's product page: it states so, or marks a schema.org Product up (productKind). */
  isShopPage(): boolean {
    return productKind(this.kind, this) === 'product';
  }

  /** The page's headings (h1–h6) in document order, from the precomputed walk. */
  pageHeadings(): readonly Element[] {
    return this.headings;
  }

  /** Whether an element holds one of the page's main regions (`<main>`, role=main), from the precomputed walk. */
  holdsMain(element: Element): boolean {
    return this.aroundMain.has(element);
  }

  private markAroundMain(main: Element): void {
    for (let node = main.parent; node && isElement(node) && !this.aroundMain.has(node); node = node.parent) this.aroundMain.add(node);
  }

  /** Ink of all the text of one subtree. */
  textInk(node: ParentNode): number {
    if (isElement(node as AnyNode)) return this.ink[elementOrder(node as Element)]!;
    let total = 0;
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (isElement(child)) total += this.ink[elementOrder(child)]!;
    }
    return total;
  }

  /** Weighted text of paragraph-like descendants (prose estimate for one subtree). */
  paragraphText(node: ParentNode): number {
    if (isElement(node as AnyNode)) return this.prose[elementOrder(node as Element)]!;
    let total = 0;
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (isElement(child)) total += this.prose[elementOrder(child)]!;
    }
    return total;
  }

  /** Whether the element was marked as boilerplate (markBoilerplate). */
  skips(element: Element): boolean {
    return this.skipped[elementOrder(element)] === 1;
  }

  /** Hidden elements a walk shows all the same: disclosure panels (the scorer is the blocks' ElementFilter). */
  shows(element: Element): boolean {
    return this.isDisclosurePanel(element) || (this.infoDialogs !== null && this.isProductInfoDialog(element));
  }

  /**
   * On a product page, a dialog, modal, drawer or sheet whose first heading names the product's own information ("Description",
   * "Product details", "Size guide", "Measurements"): the shop opens it from a button beside the buy box, and what it holds is
   * the product's description and specifications, not a pop-up's pitch. Decided once per element.
   */
  isProductInfoDialog(element: Element): boolean {
    if (this.infoDialogs === null) return false;
    const known = this.infoDialogs.get(element);
    if (known !== undefined) return known;
    const rare = mayHoldRareAttributes(element);
    const dialog =
      element.name === 'dialog' ||
      (rare && (element.attribs.role === 'dialog' || element.attribs['aria-modal'] === 'true')) ||
      (element.attribs.class !== undefined && DIALOG_CLASS.test(element.attribs.class));
    const heading = dialog ? firstHeading(element) : null;
    const info = heading !== null && PRODUCT_INFO_TITLE.test(normalizeSpace(rawText(heading)));
    this.infoDialogs.set(element, info);
    return info;
  }

  /** Whether a node's text counts in textLength: text, and elements that are not skipped, scripts, styles or (unless revealing) <noscript>. */
  private counts(node: AnyNode): node is Element {
    return (
      isElement(node) && this.skipped[elementOrder(node)] === 0 && node.name !== 'script' && node.name !== 'style' && (node.name !== 'noscript' || this.reveal)
    );
  }

  /** Measures an element's text and link-text ink into measuredText/measuredLink, its children first (memoised). */
  private measure(element: Element): void {
    let text = 0;
    let link = 0;
    const children = element.children;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (child.type === 'text') text += textInk(child as Text);
      else if (this.counts(child)) {
        const order = elementOrder(child);
        if (this.measuredText[order]! < 0) this.measure(child);
        text += this.measuredText[order]!;
        link += this.measuredLink[order]!;
      }
    }
    const order = elementOrder(element);
    this.measuredText[order] = text;
    this.measuredLink[order] = element.name === 'a' ? text : link;
  }

  /** Text length (ink) of a subtree, memoised; skipped subtrees count as empty. */
  textLength(node: AnyNode): number {
    if (node.type === 'text') return textInk(node as Text);
    if (!this.counts(node)) return 0;
    const order = elementOrder(node);
    if (this.measuredText[order]! < 0) this.measure(node);
    return this.measuredText[order]!;
  }

  /** Length (ink) of the link text of a subtree, memoised; skipped subtrees count as empty. */
  linkLength(node: AnyNode): number {
    if (!this.counts(node)) return 0;
    const order = elementOrder(node);
    if (this.measuredText[order]! < 0) this.measure(node);
    return this.measuredLink[order]!;
  }

  /** visibleProse of each element, memoised (-1 until computed). */
  private readonly visible: Float64Array;

  /** Ink of the paragraph (<p>/<pre>) text of a subtree that is not skipped as boilerplate, memoised. */
  visibleProse(node: Element): number {
    const order = elementOrder(node);
    const cached = this.visible[order]!;
    if (cached >= 0) return cached;
    let total = 0;
    if (this.skipped[order] === 0 && node.name !== 'script' && node.name !== 'style') {
      if (node.name === 'p' || node.name === 'pre') total = this.textLength(node);
      else {
        const children = node.children;
        for (let i = 0; i < children.length; i += 1) {
          const child = children[i]!;
          if (isElement(child)) total += this.visibleProse(child);
        }
      }
    }
    this.visible[order] = total;
    return total;
  }

  /** Site menus set in the content, found by markBoilerplate (isOffPageLinkTree) and left out of the output (withoutLinkTrees). */
  readonly linkTrees = new Set<Element>();

  /** Whether an element lies in one of the page's link trees (linkTrees). */
  inLinkTree(element: Element): boolean {
    for (let up: ParentNode | null = element; up !== null; up = up.parent) if (isElement(up) && this.linkTrees.has(up)) return true;
    return false;
  }

  linkDensity(node: Element): number {
    const text = this.textLength(node);
    return text === 0 ? 0 : this.linkLength(node) / text;
  }

  classWeight(element: Element): number {
    const hints = lowerCase(`${visibleClass(element.attribs.class)} ${element.attribs.id ?? ''}`);
    if (hints.trim() === '') return 0;
    let weight = 0;
    // Words after "has", "no", "with" or "hide" name what the element holds or lacks ("row-item-no-media"), as in classIdHints.
    const named = MODIFIER.test(hints) ? hints.replace(MODIFIER_TAIL, '$1') : hints;
    if (NEGATIVE.test(named)) weight -= 25;
    if (POSITIVE.test(hints)) weight += 25;
    return weight;
  }

  private initialScore(element: Element): number {
    let score = this.classWeight(element);
    switch (element.name) {
      case 'div':
      case 'article':
      case 'main':
        score += 5;
        break;
      case 'pre':
      case 'td':
      case 'blockquote':
        score += 3;
        break;
      case 'address':
      case 'ol':
      case 'ul':
      case 'dl':
      case 'dd':
      case 'dt':
      case 'li':
      case 'form':
        score -= 3;
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'th':
        score -= 5;
        break;
      default:
        break;
    }
    if (mayHoldRareAttributes(element) && element.attribs.itemprop === 'articleBody') score += 50;
    return score;
  }

  private addScore(element: Element, amount: number): void {
    const order = elementOrder(element);
    const current = this.scores[order]!;
    if (Number.isNaN(current)) {
      this.scored.push(element);
      this.scores[order] = this.initialScore(element) + amount;
    } else this.scores[order] = current + amount;
  }

  /** Scores paragraph-like nodes and propagates to five levels of ancestors. */
  score(root: ParentNode): void {
    const children = root.children;
    for (let i = 0; i < children.length; i += 1) this.scoreNode(children[i]!);
  }

  private scoreNode(node: AnyNode): void {
    if (!isElement(node) || this.skips(node)) return;
    const name = node.name;
    if (name === 'script' || name === 'style' || (name === 'noscript' && !this.reveal)) return;
    let isParagraph = PARAGRAPH_TAGS.has(name) && name !== 'li';
    if (!isParagraph && CONTAINER_TAGS.has(name)) {
      // A div whose own text nodes hold prose is a paragraph in disguise (common on CJK CMSes).
      let direct = 0;
      const children = node.children;
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i]!;
        if (child.type === 'text') direct += textProseLength(child as Text);
      }
      isParagraph = direct >= 50;
    }
    if (isParagraph) {
      // proseLength and countCommas of rawText(node), read from the text nodes without joining them.
      PROSE.reset();
      addProse(node);
      const length = PROSE.weight;
      if (length >= 25 && this.linkDensity(node) < 0.5) {
        const score = 1 + PROSE.commas + Math.min(Math.floor(length / 100), 3);
        let ancestor = node.parent;
        for (let level = 0; level < 5 && ancestor && isElement(ancestor); level += 1) {
          const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
          this.addScore(ancestor, score / divider);
          ancestor = ancestor.parent;
        }
      }
      if (name === 'p' || name === 'pre') return;
    }
    const children = node.children;
    for (let i = 0; i < children.length; i += 1) this.scoreNode(children[i]!);
  }

  scoreOf(element: Element): number | undefined {
    const score = this.scores[elementOrder(element)]!;
    return Number.isNaN(score) ? undefined : score;
  }

  /** Candidates ranked by score × (1 − link density). */
  ranked(): { element: Element; score: number }[] {
    const out: { element: Element; score: number }[] = [];
    for (const element of this.scored) {
      if (element.name === 'html') continue;
      out.push({ element, score: this.scores[elementOrder(element)]! * (1 - this.linkDensity(element)) });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}

/** proseLength of a text node's data, from its prose facts where the ink pass kept them (textProse). */
function textProseLength(node: Text): number {
  const packed = textProse(node);
  return packed === UNPACKED ? proseLength(node.data) : packedProseLength(packed);
}

/** The one counter Scorer.scoreNode reads paragraphs with (the walk never nests two reads). */
const PROSE = new ProseCounter();

/** Adds the text of a subtree to PROSE, in document order (the texts rawText joins). */
function addProse(node: AnyNode): void {
  if (node.type === 'text') {
    // The text's prose facts, read when its ink was weighed (textProse), stand for a pass over it.
    const data = (node as Text).data;
    const packed = textProse(node as Text);
    if (packed === UNPACKED) PROSE.add(data);
    else PROSE.addMeasured(packed, data.length);
  } else if (isElement(node)) for (let i = 0, children = node.children; i < children.length; i += 1) addProse(children[i]!);
}

/** The `type`s of an `<input>` a reader types into (no `type` is a text field). */
const TYPED_INPUT = new Set(['', 'text', 'number', 'email', 'tel', 'search', 'url', 'password']);
/** The longest caption a field's row holds: a label, a placeholder's words, a button's. */
const FIELD_ROW_CAPTION = 60;

/**
 * Whether an element is a field's row: a field to type into (a text `<input>`, a `<textarea>`) among its own children, beside a
 * caption of at most FIELD_ROW_CAPTION characters ("Number of slices to send:", "City *:", "Search", a quantity stepper's "− +").
 * A form's rows are skipped with the `<form>` (SKIP_TAGS); engines and shops also set fields outside any form, for their script
 * to send: permies' "send pies" box under every post of a thread, with its "Number of slices to send:" and "Optional 'thank-you'
 * note:", which class words hid (`post-pie-section`) and an unseen template's may not. No dev gold keeps such a caption.
 */
function isFieldRow(element: Element): boolean {
  let field = false;
  for (let ci = 0, kids = element.children; ci < kids.length && !field; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (child.name === 'textarea' || (child.name === 'input' && TYPED_INPUT.has((child.attribs.type ?? '').toLowerCase()))) field = true;
  }
  if (!field) return false;
  const text = normalizeSpace(rawText(element));
  return text !== '' && text.length <= FIELD_ROW_CAPTION;
}

/**
 * Whether a subtree holds a control a reader fills in or presses: an input that is not hidden, a textarea, a select, and where
 * `buttons` is set, a button.
 */
function hasControl(node: Element, buttons = true): boolean {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    const name = child.name;
    if (name === 'textarea' || name === 'select' || (buttons && name === 'button')) return true;
    if (name === 'input' && (child.attribs.type ?? '').toLowerCase() !== 'hidden') return true;
    if (hasControl(child, buttons)) return true;
  }
  return false;
}

/**
 * A closed `<details>` holding a field to fill in or pick (an input that is not hidden, a select, a textarea): a drop-down of
 * controls, not a disclosure of text. Shops' filter facets ("Roast: Light (10) Medium (13)", a price range), a language picker
 * with its search box (GitHub's trending filters), a consent banner's category toggles, a share box's copy-link field. Read as
 * text they are long lists of options at the top of a listing; an accordion of prose (a FAQ) holds no field. Keyed to the tag and
 * its state, not to class words ("facet", "select-menu"), so it holds on templates never seen (session 28 grid pass).
 */
function isClosedFieldMenu(details: Element): boolean {
  return details.attribs.open === undefined && hasControl(details, false);
}

/**
 * vBulletin 3's signature (postbit and postbit_legacy templates): an unmarked `<div>` right after the post's text
 * (`div#post_message_N`) that opens with a rule of underscores ("__________________") before a line break.
 */
function isUnderscoredSignature(element: Element): boolean {
  const first = element.children[0];
  if (!first || first.type !== 'text' || !/^\s*_{10,}\s*$/.test((first as Text).data)) return false;
  const previous = previousElement(element);
  return previous !== null && (previous.attribs.id ?? '').startsWith('post_message_');
}

/** Whether a subtree holds an element whose class names a post's body (BODY_NAME: "post-content", "entry-content", "post-body"). */
function holdsPostBody(node: Element): boolean {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    const className = child.attribs.class;
    if (className !== undefined && BODY_NAME.test(lowerCase(className))) return true;
    if (holdsPostBody(child)) return true;
  }
  return false;
}

/** How many elements of the tag a subtree holds (not those inside one of them), counting up to `limit`. */
function countTag(node: Element, tag: string, limit: number): number {
  let count = 0;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (child.name === tag) count += 1;
    else count += countTag(child, tag, limit - count);
    if (count >= limit) return count;
  }
  return count;
}

/** A section of a document's outline: a <section> (or a div classed "section", older Sphinx) whose first element with text is a heading. */
function isOutlineSection(element: Element): boolean {
  if (element.name !== 'section' && !(element.name === 'div' && (/(?:^|\s)section(?:$|\s)/.test(element.attribs.class ?? '') || isBareDiv(element))))
    return false;
  // Anchors for old links (empty <span id>, <a name>) may come before the heading.
  const first = element.children.find((child) => isElement(child) && holdsText(child)) as Element | undefined;
  return first !== undefined && HEADING_TAGS.has(first.name);
}

/** A class word naming a header ("section-header", "faq-header", "page-header" from "pageHeader"), and every "header" in the hints. */
const SECTION_HEADER = /header(?:$|[-_\s])/;
const HEADER_WORDS = /header/g;
/**
 * Dotdash Meredith's taxonomy pages (its Mantle CMS: Allrecipes, Serious Eats, Simply Recipes, EatingWell, Investopedia, The Spruce, …)
 * head a category's list with `mntl-taxonomysc-header`: its heading, the breadcrumbs, a row of tag links and the category's
 * introduction (`mntl-taxonomysc-intro`), which the listing golds keep. The block and its parts (`__top`, `__bottom`,
 * `-header-group`) are not the page's banner; the breadcrumbs and the tag row inside are still dropped by their own words.
 */
const TAXONOMY_HEADER = /(?:^|\s)mntl-taxonomysc-header/;
/** Headers of disclosure and overlay widgets and of the page's own banner (see isSectionHeader). */
const NOT_SECTION_HEADER = /(?:accordion|card|item|modal|drawer|tab|toggle|dropdown|popup|menu|filter|site|global|main|top|mobile|nav)[-_]?header(?:$|[-_\s])/;

const CAPTION_WORD = /(?:^|[-_\s])(?:caption|credit)s?(?:$|[-_\s])/;

/**
 * Whether an element flagged only by "caption" or "credit" is the caption of a quotation: it sits in a `<figure>` (up to two levels
 * down) that holds a `<blockquote>`, HTML's way to attribute a quote ("figure › blockquote + figcaption": the speaker's name and
 * title). It says who said the words, which are read; a picture's caption is not.
 */
function quotationCaption(element: Element, wordHints: string): boolean {
  if (!CAPTION_WORD.test(wordHints) || BOILERPLATE.test(wordHints.replace(CAPTION_HINTS, '$1x'))) return false;
  let around = element.parent;
  for (let level = 0; level < 2 && around !== null && isElement(around); level += 1, around = around.parent)
    if (around.name === 'figure') return containsTag(around, 'blockquote');
  return false;
}

/** A list of topics by its class word: "tags" or "tag-list", not a single "tag" (a badge, a price tag). */
const TOPIC_LIST = /(^|[-_\s])(?:tags|tag-?list)(?=$|[-_\s])/g;
const TOPIC_LIST_WORD = /(?:^|[-_\s])(?:tags|tag-?list)(?:$|[-_\s])/;
/** How many levels above a list of topics its card may sit (`div.job-tile-tags` › `div.job-tile-left` › `div.job-tile` › `div.job-tile-wrapper`). */
const CARD_TOPICS_REACH = 4;

/** Hints with the tokens that name the element's own tag ("tag_h2--2y8Ae" on an `<h2>`: a CSS module's style per tag) taken out. */
function withoutOwnTagStyle(hints: string, name: string): string {
  return hints.replace(ownTagStyle(name), '$1x');
}
const OWN_TAG_STYLES = new Map<string, RegExp>();
function ownTagStyle(name: string): RegExp {
  let pattern = OWN_TAG_STYLES.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(^|\\s)tag[-_]${name}(?=$|[-_\\s])\\S*`, 'g');
    OWN_TAG_STYLES.set(name, pattern);
  }
  return pattern;
}

/** Whether an `<h2>`–`<h6>` lies within `depth` levels below an element. */
function holdsHeading(element: Element, depth: number): boolean {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (HEADING_TAGS.has(child.name) && child.name !== 'h1') return true;
    if (depth > 1 && holdsHeading(child, depth - 1)) return true;
  }
  return false;
}

/**
 * Whether an element is the body of a `<details>` disclosure, beside its `<summary>`: an UNLIKELY word on it names its part in
 * the widget (MDN's Baseline box opens a `div.extra` of its availability sentence), not a region of the page.
 */
function inDisclosure(element: Element): boolean {
  const parent = element.parent;
  return parent !== null && isElement(parent) && parent.name === 'details';
}

/** A `<div>` without attributes: a hand-written page's sections (a course page's "Course Details", "Lectures", "Assignments"). */
function isBareDiv(element: Element): boolean {
  return element.name === 'div' && Object.keys(element.attribs).length === 0;
}

/** Whether another section of the outline (same tag, not boilerplate) sits beside this one. */
function hasOutlineSibling(scorer: Scorer, section: Element): boolean {
  const parent = section.parent as Element;
  return parent.children.some(
    (sibling) => sibling !== section && isElement(sibling) && sibling.name === section.name && !scorer.skips(sibling) && isOutlineSection(sibling),
  );
}

function ancestorsOf(element: Element): Element[] {
  const out: Element[] = [];
  let current = element.parent;
  while (current && isElement(current)) {
    out.push(current);
    current = current.parent;
  }
  return out;
}

/**
 * Whether an ancestor of the candidate adds a lead: 'yes' when the text of its branches before the
 * candidate's is mostly unlinked paragraph prose, a real share of the candidate's text, and little
 * follows; 'little' when it adds next to nothing (a bare wrapper, keep looking); 'no' otherwise.
 */
function leadAbove(scorer: Scorer, ancestor: Element, candidate: Element): 'yes' | 'no' | 'little' {
  let branch: Element = candidate;
  while (branch.parent !== ancestor) branch = branch.parent as Element;
  const inner = scorer.textLength(candidate);
  let before = 0;
  let beforeLinks = 0;
  let beforeProse = 0;
  let after = 0;
  let seen = false;
  for (let ci = 0, kids = ancestor.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child === branch) {
      seen = true;
      // Text beside the candidate inside its own branch counts as after (bylines, share bars, comments).
      after += scorer.textLength(branch) - inner;
      continue;
    }
    const text = scorer.textLength(child);
    if (!seen) {
      before += text;
      beforeLinks += scorer.linkLength(child);
      if (isElement(child)) beforeProse += scorer.visibleProse(child);
    } else after += text;
  }
  if (before + after < 50) return 'little';
  if (after > Math.max(100, inner * 0.1)) return 'no';
  const clean = beforeLinks / before <= 0.1 && beforeProse >= before * 0.85;
  if (clean && before >= Math.max(200, inner * 0.15)) return 'yes';
  // The page's title block: its <h1> with the lead under it, set before the body in a branch of its own (MDN's "layout__header").
  if (before < 100) return 'no';
  let titled = false;
  for (let ci = 0, kids = ancestor.children; ci < kids.length && !titled; ci += 1) {
    const child = kids[ci]!;
    if (child === branch) break;
    titled = isElement(child) && !scorer.skips(child) && containsTag(child, 'h1', scorer);
  }
  if (!titled) return 'no';
  if (clean) return 'yes';
  // A guide's title block may also hold its previous/next links and a facts table (MDN's "Prerequisites" box): what it holds
  // besides headings, link lists and tables must be the lead's paragraphs, mostly unlinked.
  const parts = { prose: 0, proseLinks: 0, listed: 0, other: 0 };
  for (let ci = 0, kids = ancestor.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child === branch) break;
    titleBlockParts(scorer, child, parts);
  }
  return after <= 20 && parts.listed >= 10 && parts.prose >= 100 && parts.proseLinks <= parts.prose * 0.25 && parts.other <= 40 ? 'yes' : 'no';
}

/** A pager's links: "Previous" (or "Prev") then "Next", with at most a title between them (MDN's "Previous Overview: … Next"). */
const PAGER_TEXT = /^(?:[«‹←]\s*)?prev(?:ious)?\b.{0,80}\bnext\b/i;

/** Sorts a title block's ink: paragraphs (and their links), headings, link lists and tables (left out), and anything else. */
function titleBlockParts(scorer: Scorer, node: AnyNode, parts: { prose: number; proseLinks: number; listed: number; other: number }): void {
  if (!isElement(node)) {
    parts.other += scorer.textLength(node);
    return;
  }
  const name = node.name;
  if (scorer.skips(node) || name === 'script' || name === 'style') {
    // A previous/next pager is skipped as boilerplate (its ink uncounted), yet it marks a guide's title block as a facts table
    // does (MDN's reference layout: "Previous / Next" above the lead); a breadcrumb trail above an article's standfirst does not.
    if (name === 'ul' || name === 'ol') {
      const pager = normalizeSpace(rawText(node));
      if (PAGER_TEXT.test(pager)) parts.listed += weightedLength(pager);
    }
    return;
  }
  if (name === 'p') {
    parts.prose += scorer.textLength(node);
    parts.proseLinks += scorer.linkLength(node);
    return;
  }
  if (HEADING_TAGS.has(name)) return;
  if (name === 'table' || ((name === 'ul' || name === 'ol') && scorer.linkDensity(node) >= 0.8)) {
    parts.listed += scorer.textLength(node);
    return;
  }
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) titleBlockParts(scorer, kids[ci]!, parts);
}

/** The best container, following Readability's promotion rules (shared ancestors, lone child, rising parent score). */
function chooseTop(scorer: Scorer, body: Element): Element | null {
  const ranked = scorer.ranked();
  const first = ranked[0];
  if (!first) return null;
  let top = first.element;
  const topScore = first.score;
  // If several strong candidates share an ancestor, the article spans them.
  const alternatives = ranked
    .slice(1, 6)
    .filter((c) => c.score >= topScore * 0.75)
    .map((c) => new Set(ancestorsOf(c.element)));
  const span = alternatives.length >= 2 ? spanningAncestor(top, body, alternatives) : null;
  if (span !== null) top = span;
  else {
    const twins = twinParts(scorer, ranked, top, topScore);
    if (twins !== null) {
      const joined = spanningAncestor(top, body, [...alternatives, ...twins]);
      if (joined !== null && scorer.linkDensity(joined) < TWIN_LINKS) top = joined;
    }
  }
  // Climb while the parent scores higher (it holds more of the article).
  let lastScore = scorer.scoreOf(top) ?? 0;
  let parent = top.parent;
  while (parent && isElement(parent) && parent !== body && parent.name !== 'html') {
    const parentScore = scorer.scoreOf(parent);
    if (parentScore === undefined) {
      parent = parent.parent;
      continue;
    }
    if (parentScore < topScore / 3) break;
    if (parentScore > lastScore) {
      top = parent;
      lastScore = parentScore;
    }
    parent = parent.parent;
  }
  // The article's lead or first part can sit in an earlier branch than the best candidate (a page
  // builder's section, a hero, a wrapper left open by broken markup): climb while an ancestor adds
  // clean prose before the candidate and little after it (after it come comments, replies, promos).
  for (
    let ancestor = top.parent, level = 0;
    ancestor && isElement(ancestor) && ancestor !== body && ancestor.name !== 'html' && level < 4;
    ancestor = ancestor.parent, level += 1
  ) {
    const adds = leadAbove(scorer, ancestor, top);
    if (adds === 'no') break;
    if (adds === 'yes') top = ancestor;
  }
  // A document's outline: a section opening with a heading, beside other such sections, is one part of the document (Sphinx's nested <section>s).
  // A hand-written page's bare <div> section holding the best candidate (a course page's schedule table under its heading) is one too.
  if (
    top.parent &&
    isElement(top.parent) &&
    top.parent !== body &&
    isBareDiv(top.parent) &&
    isOutlineSection(top.parent) &&
    hasOutlineSibling(scorer, top.parent)
  )
    top = top.parent;
  while (top.parent && isElement(top.parent) && top.parent !== body && top.parent.name !== 'html' && isOutlineSection(top) && hasOutlineSibling(scorer, top))
    top = top.parent;
  top = titledAncestor(scorer, top, body);
  top = withProseSections(scorer, top, body);
  // A lone child adds nothing: its parent may carry siblings-to-be (images, subheads).
  while (top.parent && isElement(top.parent) && top.parent !== body && top.parent.name !== 'html') {
    const elementChildren = top.parent.children.filter(isElement);
    if (elementChildren.length !== 1) break;
    top = top.parent;
  }
  return top;
}

/** The nearest ancestor of the container (below the body) that holds at least two of the candidates' ancestor sets. */
function spanningAncestor(top: Element, body: Element, candidates: Set<Element>[]): Element | null {
  for (const ancestor of ancestorsOf(top)) {
    if (ancestor === body || ancestor.name === 'html') return null;
    if (candidates.filter((set) => set.has(ancestor)).length >= 2) return ancestor;
  }
  return null;
}

/** The least share of the best score a twin part scores (twinParts). */
const TWIN_SHARE = 0.5;
/** The link density under which the ancestor spanning the best candidate and its twins becomes the container (chooseTop). */
const TWIN_LINKS = 0.1;

/**
 * The article's other parts, when its text is split into blocks of one template (a builder's text widgets between images,
 * a story's sections around inline promos): among the next five candidates, those of the best candidate's tag and exact
 * `class` attribute that score at least TWIN_SHARE of it. The strong-candidates test (three quarters of the best score) reads a
 * class word's weight as part of each score: where the template names every block "text" or "content", each gets the same +25
 * and the parts clear three quarters together; without those words the second part, a little shorter, falls under it and the
 * container is the first part alone. The class attribute's equality, not its words, marks the parts alike, so it holds where
 * the class names mean nothing to the scorer. Only where no class word on the best candidate weighs (there the words chose),
 * and not on threads (posts framed alike are the thread's, read by their own rules) or shop pages (cards framed alike).
 */
function twinParts(scorer: Scorer, ranked: { element: Element; score: number }[], top: Element, topScore: number): Set<Element>[] | null {
  const className = top.attribs.class;
  if (className === undefined || className.trim() === '' || scorer.classWeight(top) !== 0) return null;
  if (scorer.isThread() || scorer.posts.length >= 2 || scorer.isShopPage()) return null;
  const twins = ranked
    .slice(1, 6)
    .filter((c) => c.score < topScore * 0.75 && c.score >= topScore * TWIN_SHARE && c.element.name === top.name && c.element.attribs.class === className)
    .map((c) => new Set(ancestorsOf(c.element)));
  return twins.length > 0 ? twins : null;
}

/** How many levels above the container titledAncestor looks for the ancestor that holds the page's `<h1>`. */
const TITLED_LEVELS = 6;
/** The link density below which that ancestor may be the container (titledAncestor): above it, it is the page's frame of menus. */
const TITLED_LINKS = 0.5;
/** The least paragraph ink the branches before the container must hold inside that ancestor (titledAncestor). */
const TITLED_LEAD = 200;

/**
 * The ancestor that holds the page's title, when the container is its text's second part. Without class words to lift a post's
 * wrapper ("entry-content", "article-body"), the best candidate can be the one block whose paragraphs sit together, below a lead
 * or an intro written in a builder's separate text widgets, each too small to score (a guide's intro before its steps, a
 * collection's buying text before the paragraph under the grid, a blog's opening before its list of picks). The page's one
 * `<h1>` then stands above the container, in an ancestor that also holds that lead. Climbing at most TITLED_LEVELS levels to the
 * nearest ancestor holding the `<h1>` (which comes before the container in document order), the ancestor becomes the container
 * when the paragraphs in the branches before the container's own (between the title and it) hold at least TITLED_LEAD ink and
 * at least as much as the container's own paragraphs, and the ancestor's link density is under TITLED_LINKS. Prose after the
 * container is not counted: there sit comments, reviews and testimonials. Not on a shop's product page, whose `<h1>` names the
 * product in its buy box, not the description below; and not where a class word the scorer weighs (classWeight) is on the
 * container or on any element of the climb: there the template's words already chose (plain runs of known templates).
 */
function titledAncestor(scorer: Scorer, top: Element, body: Element): Element {
  const title = onlyTitle(scorer, body);
  if (title === null || holds(top, title) || elementOrder(title) > elementOrder(top) || scorer.classWeight(top) !== 0 || scorer.isShopPage()) return top;
  let level = 0;
  for (let at = top.parent; at && isElement(at) && at !== body && at.name !== 'html' && level < TITLED_LEVELS; at = at.parent, level += 1) {
    if (scorer.classWeight(at) !== 0) return top;
    if (!holds(at, title)) continue;
    if (scorer.linkDensity(at) >= TITLED_LINKS) return top;
    let lead = 0;
    for (let node: AnyNode = top; node !== at; node = node.parent as AnyNode)
      for (let sibling = node.prev; sibling; sibling = sibling.prev) if (isElement(sibling)) lead += scorer.paragraphText(sibling);
    return lead >= Math.max(TITLED_LEAD, scorer.paragraphText(top)) ? at : top;
  }
  return top;
}

/** How many levels above the container withProseSections looks for the section whose siblings are the page's other sections. */
const SECTION_LEVELS = 3;
/** The least number of sections beside it (withProseSections): a run of the page's sections, not one box after an article. */
const SECTION_RUN = 2;
/** The least ink the sections beside it must hold together (withProseSections). */
const SECTION_INK = 200;
/** The most link density a section beside it, and the parent taken, may have (withProseSections). */
const SECTION_LINKS = 0.25;
/** The most of the parent's text outside those sections, against theirs (withProseSections): a wrapper of sections, not a page's frame. */
const SECTION_OTHER = 0.25;

/** The level of the heading a section opens with (2–6): its first element holding text, through wrappers, is that heading; 0 when not. */
function openingLevel(element: Element, depth = 5): number {
  let first: Element | null = null;
  for (let ci = 0, kids = element.children; ci < kids.length && first === null; ci += 1) {
    const kid = kids[ci]!;
    if (holdsText(kid)) first = isElement(kid) ? kid : element;
  }
  if (first === null || first === element) return 0;
  if (HEADING_TAGS.has(first.name)) return first.name === 'h1' ? 0 : Number(first.name[1]);
  return depth > 0 && (CONTAINER_TAGS.has(first.name) || first.name === 'header' || first.name === 'hgroup') ? openingLevel(first, depth - 1) : 0;
}

/** The highest level (smallest number, 2–6) of the headings inside an element, 0 when it holds none (the page's <h1> is not counted). */
function topLevel(scorer: Scorer, element: Element): number {
  let best = 0;
  for (const heading of scorer.pageHeadings()) {
    if (heading.name === 'h1' || !holds(element, heading)) continue;
    const level = Number(heading.name[1]);
    if (best === 0 || level < best) best = level;
  }
  return best;
}

/** Prose with few links: link density under SECTION_LINKS, paragraphs half its text or more (withProseSections). */
function isProseRunSection(scorer: Scorer, element: Element): boolean {
  return scorer.linkDensity(element) < SECTION_LINKS && scorer.visibleProse(element) >= scorer.textLength(element) * 0.5;
}

/**
 * The page's other sections beside the container, when it is one of them: a service page or a guide written as a run of
 * sections, each opening with a heading of the same level over its prose (Oracle's product page: five `<section>`s, each a
 * wrapped `<h2>` over its paragraphs), where the best candidate is one section (or a block inside it) and neither the sibling
 * join nor the same-class chunks reach the rest (their paragraphs sit deeper than scores climb, their class is another
 * variant's). Climbing from the container past wrappers that hold it alone, at most SECTION_LEVELS levels, the first ancestor
 * (or the container) that holds headings below `<h1>` decides: when it opens with a heading of its highest level and is prose
 * (isProseRunSection), and at least SECTION_RUN siblings of its tag open with a heading of that level and are prose too, holding
 * SECTION_INK or more together, with the parent's other text at most SECTION_OTHER of the run's and the parent's link density
 * under SECTION_LINKS, the parent becomes the container. One section after an article's own (an author box, an FAQ, a promo)
 * is not a run. Not where a sibling is named as testimonials, reviews, logos or a slider (NOT_PROSE_SECTION, as landingSections
 * leaves them), nor on a shop's product page.
 */
function withProseSections(scorer: Scorer, top: Element, body: Element): Element {
  if (scorer.isShopPage()) return top;
  let at = top;
  for (let level = 0; level < SECTION_LEVELS;) {
    const parent = at.parent;
    if (!parent || !isElement(parent) || parent === body || parent.name === 'html') return top;
    // A wrapper around the ancestor alone is no level.
    if (!parent.children.some((kid) => kid !== at && scorer.textLength(kid) > 0)) {
      at = parent;
      continue;
    }
    level += 1;
    const heading = topLevel(scorer, at);
    if (heading !== 0) {
      if (openingLevel(at) !== heading || !isProseRunSection(scorer, at)) return top;
      let sections = 0;
      let count = 0;
      let other = 0;
      for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
        const kid = kids[ci]!;
        if (kid === at) continue;
        const text = scorer.textLength(kid);
        if (text === 0) continue;
        // A section the page names as testimonials, reviews, logos or a slider (as landingSections reads them) is not the page's text.
        if (isElement(kid) && NOT_PROSE_SECTION.test(classHints(kid))) return top;
        if (isElement(kid) && kid.name === at.name && openingLevel(kid) === heading && isProseRunSection(scorer, kid)) {
          sections += text;
          count += 1;
        } else other += text;
      }
      if (sections < SECTION_INK || count < SECTION_RUN) return top;
      if (other > (sections + scorer.textLength(at)) * SECTION_OTHER || scorer.linkDensity(parent) >= SECTION_LINKS) return top;
      return parent;
    }
    at = parent;
  }
  return top;
}

/** The least paragraph text (weighted length) a section beside the container must hold to be read as the article's lead. */
const LEAD_PROSE = 200;

/**
 * The article's lead or first part in a sibling of the container, before it: an intro block (Webflow's `rich-text-block intro`
 * beside the post's `rich-text-block`), a summary (`div.articleSummary`), a quick-insight box, a guide's intro `<div>` before
 * its sections. Readability's sibling join takes a sibling only when it scores a fifth of the container, which a long body
 * outweighs. Each earlier sibling of the container's tag, not skipped, not named as a slider, carousel, testimonials or reviews,
 * nor a grid column (a column beside the body, a fact-check's claim box), whose paragraphs hold at least LEAD_PROSE and half its
 * text, with a link density under 0.25, is read with the nodes, in document order. Siblings after the container are not: there
 * sit author boxes, comments and footers (same-class siblings after it measured even, session 27). Null when none joins.
 */
function withLeadSections(scorer: Scorer, top: Element, nodes: Element[]): Element[] | null {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return null;
  let out: Element[] | null = null;
  for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (kid === top) break;
    if (!isElement(kid) || kid.name !== top.name || nodes.includes(kid) || scorer.skips(kid) || !isLeadSection(scorer, kid)) continue;
    out ??= [...nodes];
    // Before the first node read that follows it among the parent's children.
    let at = out.length;
    for (let k = ci + 1; k < kids.length && at === out.length; k += 1) {
      const index = out.indexOf(kids[k] as Element);
      if (index >= 0) at = index;
    }
    out.splice(at, 0, kid);
  }
  return out;
}

/** The most a later chunk of the article may be linked (withChunkSiblings): the slides of a listicle link a shop or two each. */
const CHUNK_SIBLING_LINKS = 0.1;

/**
 * The article's later chunks beside the container, after it: a listicle written as one `<section>` per group of slides
 * (Hearst's galleries: `section.css-… e13lia4i20` wrappers, each holding two `section#slide-N`), whose first chunk, with the
 * intro, outscores the rest, and whose siblings score nothing (their paragraphs sit deeper than scores climb). Each later sibling
 * of the container's tag that shares a class token with it (the template's own name for its chunk wrapper, whatever its words;
 * hashed, the tokens still match), not skipped, holding DEEP_PANEL_TEXT or more, its paragraphs half its text or more, and links
 * under CHUNK_SIBLING_LINKS of it, is read after the nodes, on article pages only. Author boxes, comments and related cards that
 * share the chunks' class fail the prose or link tests. Null when none joins. Like withLeadSections, the blocks joined are read
 * only where the container's own are: the main-region fallback is decided on the container alone.
 */
function withChunkSiblings(scorer: Scorer, top: Element, nodes: Element[]): Element[] | null {
  const parent = top.parent;
  const own = top.attribs.class?.trim();
  if (!parent || !isElement(parent) || !own) return null;
  const tokens = own.split(/\s+/);
  let out: Element[] | null = null;
  let after = false;
  for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (kid === top) after = true;
    if (!after || !isElement(kid) || kid === top || kid.name !== top.name || nodes.includes(kid) || scorer.skips(kid)) continue;
    const classes = kid.attribs.class?.trim().split(/\s+/) ?? [];
    if (!tokens.some((token) => classes.includes(token))) continue;
    const text = scorer.textLength(kid);
    if (text < DEEP_PANEL_TEXT || scorer.linkDensity(kid) >= CHUNK_SIBLING_LINKS || scorer.paragraphText(kid) < text * 0.5) continue;
    out ??= [...nodes];
    out.push(kid);
  }
  return out;
}

/** Prose with few links, not a slider, carousel, testimonials, reviews or grid column (withLeadSections). */
function isLeadSection(scorer: Scorer, element: Element): boolean {
  const prose = scorer.paragraphText(element);
  if (prose < LEAD_PROSE || prose < scorer.textLength(element) * 0.5 || scorer.linkDensity(element) >= 0.25) return false;
  const hints = classHints(element);
  return !NOT_PROSE_SECTION.test(hints) && !GRID_COLUMN.test(hints) && !containsTag(element, 'h1', scorer);
}

/**
 * Whether a sibling is a bare chunk of the top's body (contentNodes): same tag, no class or id on either, links under a quarter of
 * its text. A body cut for ads between its parts (`div › div › p…`, then the ad's box, then `div › div › p…`) scores its later, shorter
 * chunks under the sibling join's floor; the bonus Readability gives a sibling with the top's class, a bare sibling of the same tag
 * gets here ("Is this email not displaying correctly? View it in your browser." above a newsletter's body, mostly link, stays out).
 */
function isBareChunkOf(scorer: Scorer, sibling: Element, top: Element): boolean {
  if (sibling.name !== top.name || top.attribs.class !== undefined || top.attribs.id !== undefined) return false;
  if (sibling.attribs.class !== undefined || sibling.attribs.id !== undefined) return false;
  const text = scorer.textLength(sibling);
  return text > 0 && scorer.linkDensity(sibling) < 0.25;
}

/** Siblings of the top candidate that look like content (Readability's sibling join). */
function contentNodes(scorer: Scorer, top: Element): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const topScore = scorer.scoreOf(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topHints = (top.attribs.class ?? '').trim();
  const out: Element[] = [];
  for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
    const sibling = kids[ci]!;
    if (!isElement(sibling) || scorer.skips(sibling)) continue;
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topHints !== '' && sibling.attribs.class === top.attribs.class) bonus += topScore * 0.2;
    // A chunk of the same body after an ad break: a sibling of the same bare shape as the top (the same tag, neither with a
    // class or an id), with few links.
    else if (isBareChunkOf(scorer, sibling, top)) bonus += topScore * 0.2;
    const score = scorer.scoreOf(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      out.push(sibling);
      continue;
    }
    // A standfirst is often a bare <div> of prose beside the body container.
    const proseDiv = (sibling.name === 'div' || sibling.name === 'section') && sibling.children.every((c) => !isElement(c) || INLINE_TAGS.has(c.name));
    if (sibling.name === 'p' || proseDiv || sibling.name === 'blockquote' || /^h[2-4]$/.test(sibling.name) || sibling.name === 'figure') {
      const text = normalizeSpace(rawText(sibling));
      const length = weightedLength(text);
      const density = scorer.linkDensity(sibling);
      if (/^h[2-4]$/.test(sibling.name) || sibling.name === 'figure') {
        // Only between content: decided after the loop.
        out.push(sibling);
      } else if (length > 80 && density < 0.25) out.push(sibling);
      else if (length > 0 && length <= 80 && density === 0 && /[.。!?！？」"”]$/.test(text)) out.push(sibling);
    }
  }
  // Headings and figures only count inside the article, not after its end.
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last !== top && (/^h[2-4]$/.test(last.name) || last.name === 'figure')) out.pop();
    else break;
  }
  while (out.length > 0) {
    const first = out[0]!;
    if (first !== top && /^h[2-4]$/.test(first.name)) out.shift();
    else break;
  }
  return out;
}

/**
 * Articles split into chunks around ads (<div class="article__body"> ×N under one wrapper) show
 * up as cousins with the top candidate's exact tag and class. Collect all of them, in order.
 * A cousin that scores nothing (no paragraph: a heading, a list of short lines) but sits between
 * two that score, with next to no links, is a chunk of the same article too: page builders put each
 * heading and each spec or pros-and-cons list in a block of the text blocks' class (Squarespace's
 * `sqs-block-html`). Not on threads, where such a frame holds a poster's card.
 */
function repeatedContainers(scorer: Scorer, top: Element, thread = false): Element[] | null {
  const signature = top.attribs.class?.trim();
  if (!signature) return null;
  let scope: Element = top;
  // On a thread, the opening post and the replies can sit in different lists: every post body counts.
  for (let i = 0; (thread || i < 4) && scope.parent && isElement(scope.parent) && scope.parent.name !== 'body' && scope.parent.name !== 'html'; i += 1)
    scope = scope.parent;
  const found: RepeatedChunk[] = [];
  addRepeated(scorer, top, signature, scope, found, !thread);
  // Unscored chunks count only between scored ones.
  while (found.length > 0 && !found[0]!.scored) found.shift();
  while (found.length > 0 && !found[found.length - 1]!.scored) found.pop();
  const elements = found.map((chunk) => chunk.element);
  return elements.length > 1 && elements.includes(top) ? elements : null;
}

type RepeatedChunk = { element: Element; scored: boolean };

function addRepeated(scorer: Scorer, top: Element, signature: string, node: AnyNode, found: RepeatedChunk[], unscored: boolean): void {
  if (!isElement(node) || scorer.skips(node)) return;
  if (node.name === top.name && node.attribs.class?.trim() === signature) {
    if (node === top || (scorer.scoreOf(node) ?? 0) > 0 || (unscored && isDeepPanel(scorer, top, node))) found.push({ element: node, scored: true });
    else if (unscored && scorer.textLength(node) > 0 && scorer.linkDensity(node) < UNSCORED_CHUNK_LINKS) found.push({ element: node, scored: false });
    return;
  }
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    addRepeated(scorer, top, signature, child, found, unscored);
  }
}

/** The most a chunk that scores nothing may be linked and still join the article's chunks around it (a heading, a spec list). */
const UNSCORED_CHUNK_LINKS = 0.05;
/** The text a sibling panel must hold to count as scored although no paragraph of it sits within two levels of it. */
const DEEP_PANEL_TEXT = 500;

/**
 * A sibling of the top candidate with its exact tag and class that scores nothing, yet holds much text with few links: a tab
 * panel whose prose a page builder nests in sections, rows and columns deeper than scores climb (jQuery UI's tabs markup, one
 * `<div id="tabs-N">` per panel, on a shop's product page: the description tab beside the FAQ and specs tabs). It counts as a
 * scored chunk, so it is kept at either end of the panels. Only a sibling: cousins of a generic class ("container", "row") are
 * often other modules of the page.
 */
function isDeepPanel(scorer: Scorer, top: Element, node: Element): boolean {
  return node.parent === top.parent && scorer.textLength(node) >= DEEP_PANEL_TEXT && scorer.linkDensity(node) < 0.25;
}

/**
 * Class and id words of a site's chrome: menus and dropdowns, modal dialogs and pop-ups, the search box, cookie and consent
 * banners, newsletter sign-ups, language pickers, sign-in and account links, the cart, contact boxes, announcement and top bars.
 */
const CHROME_WORD =
  /(?:^|[-_\s])(?:menu|dropdown|modal|popup|search|cookies?|consent|gdpr|newsletter|subscribe|signup|lang|language|locale|login|signin|account|cart|minicart|contact|announcement|topbar)(?:$|[-_\s])/;
/** Words that name content beside a chrome word: a search page's results ("search-results", "search_result_item"), a dropdown's content, a cart's items. */
const NOT_CHROME_WORD = /(?:^|[-_\s])(?:results?|items?|cards?|content|main|article|post|body|grid|listings?|products?)(?:$|[-_\s])/;

/**
 * The filter of a page read whole (no `<main>`, no container holding half its text): besides the scorer's boilerplate, the elements
 * whose class or id names the site's chrome (CHROME_WORD) and that hold less than half the page's text. Elsewhere those words stay
 * content: inside a page's `<main>` they name its own parts (a restaurant's menu, a shop's search results, Eventbrite's search cards),
 * and naming them chrome there cost more pages than it won; in a page read whole nothing else tells the site's furniture.
 * Where no class word names it, the chrome above the page's title is told by its place and its links (isChromeAboveTitle).
 */
export class PageChromeFilter implements ElementFilter {
  /** The page's one `<h1>` outside boilerplate (onlyTitle), or null. */
  private readonly title: Element | null;

  constructor(
    private readonly scorer: Scorer,
    private readonly pageInk: number,
    body: Element,
  ) {
    this.title = onlyTitle(scorer, body);
    this.banner = pageBanner(scorer, body, this.title, pageInk);
  }

  /** The page's banner (pageBanner), or null. */
  private readonly banner: Element | null;

  skips(element: Element): boolean {
    if (this.scorer.skips(element)) return true;
    if (this.title !== null && isChromeAboveTitle(this.scorer, element, this.title)) return true;
    // What stands before the page's banner (a top bar's rotating offers, a skip link) is the site's chrome, prose or not.
    if (this.banner !== null && elementOrder(element) < elementOrder(this.banner) && !holds(element, this.banner)) return true;
    if (element.attribs.class === undefined && element.attribs.id === undefined) return false;
    return isChromeName(classHints(element)) && this.scorer.textInk(element) < this.pageInk * 0.5;
  }

  shows(element: Element): boolean {
    return this.scorer.shows(element);
  }
}

/**
 * The page's one `<h1>` outside the subtrees the scorer skips, or null when it has none or several: a title is set once, and a
 * page whose `<h1>`s title its cards (a shop's home page listing its blog's posts) names no title above which to look.
 */
function onlyTitle(scorer: Scorer, body: Element): Element | null {
  // The precomputed walk's headings, each checked for a skipped ancestor: no second walk of the tree.
  let found: Element | null = null;
  for (const heading of scorer.pageHeadings()) {
    if (heading.name !== 'h1') continue;
    let shown = true;
    for (let at: AnyNode | null = heading; shown && at && isElement(at) && at !== body; at = at.parent) shown = !scorer.skips(at);
    if (!shown) continue;
    if (found !== null) return null;
    found = heading;
  }
  return found;
}

/**
 * Whether the best container stands outside the page's `<main>` and above its title, the page's one `<h1>` (onlyTitle), which
 * `<main>` holds: a page that marks its main region and titles it there says where its text is, and a block of prose before both
 * is the site's chrome (a shipping promotion's twenty slides rotated by scripts, ahead of the header, whose class words named it
 * on plain). The region is then read whole. A container after the title or beside an `<h1>` outside `<main>` (a site whose
 * `<main>` holds only a part of the page: a calculator's results, a listing's hero) is left as chosen.
 */
function isAboveTitledMain(scorer: Scorer, body: Element, region: Element, container: Element): boolean {
  if (holds(region, container) || holds(container, region) || elementOrder(container) >= elementOrder(region)) return false;
  // A page of two main regions (a story's and a feed's, each `role=main`) marks the container's own as well: it is no chrome.
  for (let at = container.parent; at && isElement(at); at = at.parent)
    if (at.name === 'main' || (mayHoldRareAttributes(at) && at.attribs.role === 'main')) return false;
  const title = onlyTitle(scorer, body);
  return title !== null && holds(region, title);
}

/** The most of a page's ink that may stand before its banner (pageBanner): a top bar's strip, not a part of the page. */
const BANNER_LEAD_SHARE = 0.1;

/**
 * The page's banner: the first `<header>` outside sectioning content (or `role=banner`, HTML-AAM's banner) that comes before the
 * page's one `<h1>` and does not hold it, or the first anywhere when the page has no one `<h1>`; null when none, or when what stands
 * before it holds BANNER_LEAD_SHARE of the page's ink or more. On a page read whole, what precedes it in document order is the
 * site's top bar: a carousel of offers ("BOGO: buy one, get one 50% off", "Free shipping over $75"), a report's banner, a skip
 * link, told on plain by class words (`announcement`, `promo`) and on an unseen template by nothing else. The walk stops at the
 * title and does not enter sectioning content.
 */
function pageBanner(scorer: Scorer, body: Element, title: Element | null, pageInk: number): Element | null {
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (title !== null && elementOrder(node) >= elementOrder(title)) continue;
    if (
      node !== body &&
      (node.name === 'header' || (mayHoldRareAttributes(node) && node.attribs.role === 'banner')) &&
      !inSectioningContent(node) &&
      (title === null || !holds(node, title))
    )
      return inkBefore(scorer, node, body) < pageInk * BANNER_LEAD_SHARE ? node : null;
    if (node.name === 'article' || node.name === 'section' || node.name === 'aside' || node.name === 'main') continue;
    const kids = node.children.filter(isElement);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

/** The ink of what precedes an element in document order inside body (its earlier siblings' and its ancestors'). */
function inkBefore(scorer: Scorer, node: Element, body: Element): number {
  let ink = 0;
  for (let at: Element = node; at !== body && at.parent && isElement(at.parent); at = at.parent)
    for (let sibling = at.prev; sibling; sibling = sibling.prev) if (isElement(sibling)) ink += scorer.textInk(sibling);
  return ink;
}

/** Block tags that hold a site's menus, top bars and breadcrumbs when no `<nav>` or `<header>` names them (isChromeAboveTitle). */
const CHROME_BLOCK_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'p', 'table']);

/**
 * Whether an element of a page read whole is chrome above its title: it comes before the page's one `<h1>` in document order
 * (and does not hold it), and over half its text is link text (the link-farm bar). A page read whole has no container to leave the
 * site's menus, top bars, breadcrumbs and category strips out; their class words ("menu", "topbar") drop them on the templates we
 * know (CHROME_WORD), and where the words name nothing we know, they still stand before the title and are mostly links. What
 * stands before the title and is prose (a lead, a promotion's sentence) is left to the other rules.
 */
function isChromeAboveTitle(scorer: Scorer, element: Element, title: Element): boolean {
  if (!CHROME_BLOCK_TAGS.has(element.name) || elementOrder(element) >= elementOrder(title) || holds(element, title)) return false;
  const text = scorer.textLength(element);
  return text > 0 && scorer.linkLength(element) > text * 0.5;
}

/**
 * The walk's filter when a page that is not an article is read whole from its main region: what the scorer skips, and the page's
 * outline (Scorer.isPageOutline). Inside a chosen container the link-farm rule drops the outline (InnerFilter); read whole, a short
 * documentation page kept its "On this page" entries after the text (Docusaurus' `div.col--3` beside the document). An article's
 * own table of contents is its text (the golds keep it), and marking outlines as boilerplate for the scorer moved the container
 * on a course article (easy-lms, its promotion read): hence the read only.
 */
class OutlineFilter implements ElementFilter {
  constructor(
    private readonly inner: ElementFilter,
    private readonly scorer: Scorer,
  ) {}

  skips(element: Element): boolean {
    return this.inner.skips(element) || this.scorer.isPageOutline(element);
  }

  shows(element: Element): boolean {
    return this.inner.shows(element);
  }
}

/** The most text a cookie notice holds (CookieNoticeFilter): a banner's sentences, its purposes and its buttons, not a page's section. */
const COOKIE_NOTICE_TEXT = 1500;
/** The blocks a cookie notice is set in. */
const COOKIE_NOTICE_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'p']);
/** A cookie notice's own sentence: the site uses cookies, or asks to accept, consent to or allow them ("iFixit uses cookies to …"). */
const COOKIE_NOTICE = /\b(?:uses?|using|accept|consent to|agree to|allow)\s+(?:(?:the|our|all|of|use)\s+){0,3}cookies\b/i;
/** The word every COOKIE_NOTICE match holds, with the same flags. */
const COOKIES_WORD = /cookies/i;

/**
 * The walk's filter when a page's region is read whole (the best container held too little of it): what the inner filter leaves
 * out, and the site's cookie notice. A consent banner is served in the page's markup, often inside `<main>` or in a plain `<div>`
 * of the body, and its class words (`cookie-banner`, `consent`) are what names it on the templates we know (PageChromeFilter's
 * CHROME_WORD, the scorer's boilerplate); where they name nothing, its sentence still does ("We and our partners use cookies …",
 * "By using our site, you agree to our use of cookies"). Only the outermost element holding at most COOKIE_NOTICE_TEXT is read,
 * so each text is read once; a page that writes about cookies ("No cookies, just insights", "Cookies are not used") says no such
 * sentence. Inside a chosen container the notice is not met: the walk reads the region only here.
 */
class CookieNoticeFilter implements ElementFilter {
  constructor(
    private readonly inner: ElementFilter,
    private readonly scorer: Scorer,
  ) {}

  skips(element: Element): boolean {
    if (this.inner.skips(element)) return true;
    if (!COOKIE_NOTICE_TAGS.has(element.name)) return false;
    const text = this.scorer.textLength(element);
    if (text === 0 || text > COOKIE_NOTICE_TEXT) return false;
    // Read once: an element inside one this test read already (which held the same words, and was kept) is not read again.
    const parent = element.parent;
    if (parent !== null && isElement(parent) && COOKIE_NOTICE_TAGS.has(parent.name) && this.scorer.textLength(parent) <= COOKIE_NOTICE_TEXT) return false;
    // Every sentence COOKIE_NOTICE reads names "cookies": a text without the word is not tried from every position.
    const own = rawText(element);
    return COOKIES_WORD.test(own) && COOKIE_NOTICE.test(own);
  }

  shows(element: Element): boolean {
    return this.inner.shows(element);
  }
}

/** Whether class and id hints (classHints) name the site's chrome (CHROME_WORD) and not content beside it (NOT_CHROME_WORD). */
export function isChromeName(hints: string): boolean {
  const lower = hints.toLowerCase();
  return CHROME_WORD.test(lower) && !NOT_CHROME_WORD.test(lower);
}

/** A page URL on Adobe Edge Delivery Services' preview or live hosts: `https://<branch>--<repo>--<owner>.aem.page/…` (formerly `hlx.page`). */
const EDS_URL = /^https:\/\/[a-z0-9-]+--[a-z0-9-]+--[a-z0-9-]+\.(?:aem|hlx)\.(?:page|live)\/\S*$/i;

/**
 * An Edge Delivery Services author's placeholder link (aem.live's document authoring): a video, fragment or card link is written in
 * the document as its URL on the site's preview host, and the page's scripts turn the link into the block it names (the boilerplate's
 * `video` and `fragment` blocks, PetPlace's `cards-carousel videos`). Served before the scripts run, the link's text is that URL
 * (`<a href="/videos/amy.mp4">https://main--petplace--hlxsites.hlx.page/videos/amy.mp4</a>`): no reader sees it.
 */
function isEdsPlaceholderLink(element: Element): boolean {
  const first = element.firstChild;
  if (first === null || first.type !== 'text' || element.children.length !== 1) return false;
  const text = (first as Text).data.trim();
  return text.startsWith('https://') && text.includes('--') && EDS_URL.test(text);
}

/** The walk's filter inside the chosen container: boilerplate, and link farms and negative-weight blocks (conditional cleaning). */
class InnerFilter implements ElementFilter {
  constructor(
    private readonly scorer: Scorer,
    private readonly site: string,
    /** The chosen container when it is a DocBook page's part (docbookPart): its table of contents is read. */
    private readonly part: Element | null = null,
    /** Whether the page is a landing or listing page (kind 'other', not a product's): its grids of linked cards are read (isLinkedCardGrid). */
    private readonly cards = false,
  ) {}

  skips(element: Element): boolean {
    if (this.scorer.skips(element)) return true;
    const name = element.name;
    if (name === 'a') return isHeadingPermalink(element);
    if (name !== 'div' && name !== 'section' && name !== 'ul' && name !== 'ol' && name !== 'table' && name !== 'p' && name !== 'dl') return false;
    const text = this.scorer.textLength(element);
    if (text === 0) return false;
    if (SOCIAL_EMBED.test(classAndId(element))) return false;
    if (name === 'div' && isPermalinkedHeading(element)) return false;
    const density = this.scorer.linkLength(element) / text;
    if (name === 'p')
      return (
        density > 0.8 &&
        text < 300 &&
        !isItemTitle(this.scorer, element, text) &&
        !(this.site !== '' && isShopCall(element, text, this.site)) &&
        !isCrossReference(element) &&
        !isWrappedIntroducedItem(this.scorer, element) &&
        !inIntroducedTabGroup(this.scorer, element)
      );
    // A DocBook chapter's page is its table of contents (`div.toc` › `dl.toc`) and a lead: the golds keep the contents.
    if (this.part !== null && (element === this.part || inPartContents(element, this.part))) return false;
    // A listing card's footer of writers and date (the writers linked to their pages) is the card's byline, not a link farm.
    if (this.cards && density > 0.2 && inCardFooterByline(element)) return false;
    // The class weight (a pure reading of the class and id) only when the density asks for it.
    if (density > 0.2 && this.scorer.classWeight(element) < 0 && !isScrollingTable(element)) return true;
    // A cell of an API summary whose text is all code (Javadoc's `div.col-second` › `<code><a class="member-name-link">add</a>(E e)</code>`
    // beside the method's description): the member's name and signature, not a menu, which never sets its links as code.
    if (density > 0.5 && name === 'div' && text <= CODE_CELL && isAllCode(element)) return false;
    // A list of sentences that carry links ("Learn about datasets, BigQuery's top-level container …") is read, not a link farm.
    if (density > 0.5 && (name === 'ul' || name === 'ol') && isSentenceList(element, text)) return false;
    // A list of links nested in a list item of prose ("To learn how, see the following documentation:") is that item's own list.
    if (density > 0.5 && (name === 'ul' || name === 'ol') && inProseItem(this.scorer, element)) return false;
    // A wrapper of a linked heading ("post-block--title" › h4 › a) beside the card's teaser is the card's title, not a link farm.
    if (density > 0.5 && (name === 'div' || name === 'section') && isCardTitle(this.scorer, element, text)) return false;
    if (density > 0.5 && (name === 'ul' || name === 'ol') && isItemTitle(this.scorer, element, text)) return false;
    // An API's argument tree (HashiCorp's "count  number | mutually exclusive with for_each") is reference, not a menu.
    if (density > 0.5 && (name === 'ul' || name === 'ol') && isArgumentList(element)) return false;
    // A list of links that a sentence of prose introduces ("… any of the following types:") finishes that sentence.
    if (density > 0.5 && (name === 'ul' || name === 'ol') && isIntroducedList(this.scorer, element)) return false;
    // A tab group (a `role=tablist` and its `role=tabpanel` panels) that a sentence ending in a colon introduces ("Select your
    // programming language and complete the prerequisites:") is read part by part, and its panels' lists of linked steps with it.
    if (density > 0.5 && inIntroducedTabGroup(this.scorer, element)) return false;
    // A document's "See also" list, under its heading, is a part of the document: the pages it names are read with it.
    if (density > 0.5 && name !== 'table' && isPointerSection(element)) return false;
    // A list of links to other sites (the products an article recommends, where to buy them) is the article's, not the site's menu.
    if (density > 0.5 && this.site !== '' && (name === 'ul' || name === 'ol' || wrapsTable(element)) && linksElsewhere(element, this.site)) return false;
    // So is a deal's one link to the shop that sells it ("Get it on Amazon for $39.99").
    if (density > 0.5 && this.site !== '' && (name === 'ul' || name === 'ol') && isShopCall(element, text, this.site)) return false;
    // A section of a heading, a sentence ending in a colon and the list it introduces is read part by part: Google Cloud's
    // "Data Scientist" › "Task guidance to help if you need to do the following:" › its list of linked tasks.
    if (density > 0.5 && (name === 'section' || name === 'div') && isIntroducedListSection(this.scorer, element)) return false;
    // Sphinx's `toctree` directive in the document (`div.toctree-wrapper` › nested `li.toctree-lN`) is the page's own contents.
    // A section that holds one is read part by part (its heading and the sentence before the contents).
    if (density > 0.5 && (inToctree(element) || holdsToctree(element))) return false;
    // A section whose lists of links outweigh it but which holds paragraphs of its own prose (a report's "Many patches were sent
    // for review:" over a list of linked patch titles), its links all in those lists, is read part by part: its lists are judged alone.
    if (density > 0.5 && (name === 'section' || name === 'div') && text < 2000 && holdsOwnProse(this.scorer, element)) return false;
    // Asciidoctor (and any generator boxing each block) writes each list as `div` › `<ul>` and each paragraph as `div` › `<p>`: a
    // list its paragraph introduces ("Many patches were sent for review:") finishes that sentence there too.
    if (density > 0.5 && name === 'div' && isWrappedIntroducedList(this.scorer, element)) return false;
    const parent = element.parent;
    if (density > 0.5 && (name === 'ul' || name === 'ol') && parent !== null && isElement(parent) && isWrappedIntroducedList(this.scorer, parent)) return false;
    // A grid of cards each wrapped whole in a link (a heading and a sentence of blurb inside the `<a>`) is a landing page's content.
    if (density > 0.5 && (name === 'ul' || name === 'ol' || text < 2000))
      return !this.cards || name === 'table' || name === 'dl' || !isLinkedCardGrid(this.scorer, element);
    return false;
  }

  shows(element: Element): boolean {
    return this.scorer.isDisclosurePanel(element);
  }
}

/** The fewest lists a link tree nests under its top list (isOffPageLinkTree): a menu with its submenus. */
const LINK_TREE_LISTS = 2;
/** The fewest items, at every depth, of a link tree. */
const LINK_TREE_ITEMS = 12;
/** The least share of a link tree's ink that is link text. */
const LINK_TREE_LINKED = 0.9;

/** What countLinkTree counts under a list. */
type LinkTreeCount = { lists: number; items: number; inPage: number; offPage: number; ink: number; linkInk: number };

/** Counts a list's nested lists, items, links (into the page when the address holds a `#`, else elsewhere) and ink. */
function countLinkTree(node: AnyNode, linked: boolean, count: LinkTreeCount): void {
  if (node.type === 'text') {
    const ink = textInk(node as Text);
    count.ink += ink;
    if (linked) count.linkInk += ink;
    return;
  }
  if (!isElement(node) || node.name === 'script' || node.name === 'style') return;
  let inLink = linked;
  const name = node.name;
  if (name === 'ul' || name === 'ol') count.lists += 1;
  else if (name === 'li') count.items += 1;
  else if (name === 'a') {
    inLink = true;
    if ((node.attribs.href ?? '').includes('#')) count.inPage += 1;
    else count.offPage += 1;
  }
  const children = node.children;
  for (let i = 0; i < children.length; i += 1) countLinkTree(children[i]!, inLink, count);
}

/**
 * Whether a list is a site menu set in the page's content (a hero's "choose a service" drop-down, a category tree, a phone
 * drawer's menu in `<main>`): a top list (in no `<li>`) nesting LINK_TREE_LISTS or more lists, with LINK_TREE_ITEMS or more
 * items, its text all but wholly links (LINK_TREE_LINKED), and more of its links going to other pages than into sections (an
 * address with a `#`). A table of contents points into sections, its own page's or, as Sphinx's `toctree` does
 * (`formsets/#using-initial-data`), the pages it lists; a menu points at pages. Known by structure, where an unseen template's
 * class words ("hero-select", "nav") say nothing.
 */
function isOffPageLinkTree(list: Element): boolean {
  for (let up = list.parent; up !== null; up = up.parent) if (isElement(up) && up.name === 'li') return false;
  const count: LinkTreeCount = { lists: 0, items: 0, inPage: 0, offPage: 0, ink: 0, linkInk: 0 };
  const children = list.children;
  for (let i = 0; i < children.length; i += 1) countLinkTree(children[i]!, false, count);
  return (
    count.lists >= LINK_TREE_LISTS &&
    count.items >= LINK_TREE_ITEMS &&
    count.offPage > count.inPage &&
    count.ink > 0 &&
    count.linkInk >= count.ink * LINK_TREE_LINKED
  );
}

/**
 * The blocks without those read from the page's link trees (Scorer.linkTrees, on pages that are not articles or threads). Left
 * out here, after every reading decision, and not skipped in the boilerplate walk: a skipped subtree changes the link density
 * and ink of what holds it, and so which chrome around it the region's reading keeps (a phone drawer's sign-in links beside its
 * menu).
 */
function withoutLinkTrees(blocks: Block[], scorer: Scorer): Block[] {
  return blocks.filter((block) => block.kind === 'image' || block.source === undefined || !scorer.inLinkTree(block.source));
}

/** The prose a link-dense section must hold in paragraphs of its own to be read part by part (holdsOwnProse). */
const OWN_PROSE = 150;

/**
 * Whether a section holds, outside its lists, at least two paragraphs under a quarter linked and OWN_PROSE weighted characters
 * of them in all, and nine tenths of its link text inside its lists: a document's section whose lists of links outweigh its
 * sentences. A grid of cards links its titles outside any list; a menu has no paragraphs.
 */
function holdsOwnProse(scorer: Scorer, section: Element): boolean {
  const found = { paragraphs: 0, text: 0, listLinks: 0 };
  ownProse(scorer, section, found);
  return found.paragraphs >= 2 && found.text >= OWN_PROSE && found.listLinks >= scorer.linkLength(section) * 0.9;
}

function ownProse(scorer: Scorer, node: Element, found: { paragraphs: number; text: number; listLinks: number }): void {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || scorer.skips(child)) continue;
    const name = child.name;
    if (name === 'ul' || name === 'ol') found.listLinks += scorer.linkLength(child);
    else if (name === 'p') {
      const text = scorer.textLength(child);
      if (text > 0 && scorer.linkLength(child) < text * 0.25) {
        found.paragraphs += 1;
        found.text += text;
      }
    } else ownProse(scorer, child, found);
  }
}

/** The most text a cell of code may hold (isAllCode): a member's name and signature. */
const CODE_CELL = 300;

/** Whether every text below an element (white space aside) is inside a `<code>` element, and some is, with no link around the code. */
function isAllCode(element: Element): boolean {
  let code = false;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (kid.type === 'text') {
      if (/\S/.test((kid as Text).data)) return false;
      continue;
    }
    if (!isElement(kid)) continue;
    if (kid.name === 'code') {
      code = true;
      continue;
    }
    if (!holdsText(kid)) continue;
    // A link around the code is a file's label or download (Kubernetes' `copy-code-icon` › `<a>` › `<code>`), not a member's name.
    if (kid.name === 'a' || !isAllCode(kid)) return false;
    code = true;
  }
  return code;
}

/** The fewest linked cards that make a grid, and the least blurb (ink of one block inside the link beside its title) a card holds. */
const LINKED_CARDS = 2;
const CARD_BLURB = 40;
/** A grid's heading that introduces other pages' cards, not the page's own ("Related Insights", "Featured articles", "Latest news"). */
const OTHER_CARDS = /^(?:related|featured|latest|recent|more|popular|recommended|similar|other|trending|top stories)\b/i;
/** The least ink a card link holds beside its blurb: the card's title. */
const CARD_TITLE = 3;

/**
 * A grid of linked cards: at least two `<a>` elements below the element that each hold a block (`<p>`, `<div>`, `<span>`) of
 * CARD_BLURB or more ink that is not a heading (a feature card's sentence: Mailchimp's `p23GridFarm` integrations, Toptal's
 * skill cards, Webflow's and Framer's link blocks) beside a title (CARD_TITLE or more ink of the link's text outside the blurb), and
 * whose text is most of the element's link text. The card links' text is
 * the element's text, so the link-farm rule would drop it; their blurbs are what a landing page says.
 */
function isLinkedCardGrid(scorer: Scorer, element: Element): boolean {
  const links = scorer.linkLength(element);
  if (links < LINKED_CARDS * (CARD_BLURB + CARD_TITLE)) return false;
  let cards = 0;
  let cardText = 0;
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const kid = kids[ci]!;
      if (!isElement(kid) || scorer.skips(kid)) continue;
      if (kid.name === 'a') {
        if (scorer.textLength(kid) < CARD_BLURB + CARD_TITLE) continue;
        // A card holds a title beside its blurb: a link that is all one block is a teaser's title (Dotdash Meredith's cards).
        const blurb = blurbInk(scorer, kid);
        if (blurb > 0 && scorer.textLength(kid) - blurb >= CARD_TITLE) {
          cards += 1;
          cardText += scorer.textLength(kid);
        }
      } else stack.push(kid);
    }
  }
  if (cards < LINKED_CARDS || cardText < links * 0.7) return false;
  const previous = previousElement(element);
  const heading = firstHeading(element, 4) ?? (previous !== null && HEADING_TAGS.has(previous.name) ? previous : null);
  if (heading !== null && OTHER_CARDS.test(normalizeSpace(rawText(heading)))) return false;
  // A title set in a bare `<div>` before the cards (Webflow's `featuredarticlecallouttitle`).
  let label: Element | null = null;
  for (let ci = 0, kids = element.children; label === null && ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (isElement(kid) && scorer.textLength(kid) > 0) label = kid;
  }
  return (
    label === null || label === heading || scorer.linkLength(label) > 0 || scorer.textLength(label) > 60 || !OTHER_CARDS.test(normalizeSpace(rawText(label)))
  );
}

/** The ink of the first block of CARD_BLURB or more ink that is no heading (a card's sentence) within three levels of a link, or 0. */
function blurbInk(scorer: Scorer, link: Element, depth = 0): number {
  for (let ci = 0, kids = link.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (!isElement(kid) || HEADING_TAGS.has(kid.name)) continue;
    const text = scorer.textLength(kid);
    if (
      (kid.name === 'p' || kid.name === 'div' || kid.name === 'span') &&
      text >= CARD_BLURB &&
      headingText(scorer, kid) === 0 &&
      (kid.name === 'p' || !holdsBlock(kid))
    )
      return text;
    const inner = depth < 2 ? blurbInk(scorer, kid, depth + 1) : 0;
    if (inner > 0) return inner;
  }
  return 0;
}

/** Whether an element has a block child (a `<p>`, `<div>` or heading): a wrapper, not the blurb itself. */
function holdsBlock(element: Element): boolean {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (isElement(kid) && (kid.name === 'p' || kid.name === 'div' || HEADING_TAGS.has(kid.name))) return true;
  }
  return false;
}

const TOCTREE = /(?:^|\s)toctree-wrapper(?:\s|$)/;

/** Whether an element is a Sphinx `toctree-wrapper` or inside one (its nested lists sit in `li.toctree-l1`, at most a few levels down). */
function inToctree(element: Element): boolean {
  let at: Element | null = element;
  for (let level = 0; at !== null && level < 8; level += 1, at = at.parent !== null && isElement(at.parent) ? at.parent : null) {
    const className = at.attribs.class;
    if (className !== undefined && TOCTREE.test(className)) return true;
  }
  return false;
}

/** Whether one of an element's children is a Sphinx `toctree-wrapper`. */
function holdsToctree(element: Element): boolean {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && child.attribs.class !== undefined && TOCTREE.test(child.attribs.class)) return true;
  }
  return false;
}

/**
 * Whether a link is a heading's permalink set beside it: its target is the id of the heading right before it, or a link that
 * heading holds (Starlight's `div.sl-heading-wrapper` › `h2#why-tauri` + `a.sl-anchor-link[href="#why-tauri"]` with a
 * screen-reader "Section titled “Why Tauri?”"). The link repeats the heading for screen readers or is an icon.
 */
function isHeadingPermalink(link: Element): boolean {
  const href = link.attribs.href;
  if (href === undefined || href.length < 2 || href[0] !== '#') return false;
  const heading = previousElement(link);
  return heading !== null && HEADING_TAGS.has(heading.name) && (heading.attribs.id === href.slice(1) || linksTo(heading, href));
}

/** Whether an element holds a link to `href` (a heading whose text links to itself: Starlight's `a.heading-link`). */
function linksTo(element: Element, href: string): boolean {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && ((child.name === 'a' && child.attribs.href === href) || linksTo(child, href))) return true;
  }
  return false;
}

/**
 * Whether a <div> is a heading and its permalinks (isHeadingPermalink) and nothing else: a generator's heading wrapper, whose text
 * is all links when the heading's own text links to itself too (Starlight's `a.heading-link`). It is the heading, not a link farm.
 */
function isPermalinkedHeading(element: Element): boolean {
  let heading = false;
  let permalink = false;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) {
      if (child.type === 'text' && holdsText(child)) return false;
      continue;
    }
    if (!heading && HEADING_TAGS.has(child.name)) heading = true;
    else if (heading && child.name === 'a' && isHeadingPermalink(child)) permalink = true;
    else return false;
  }
  return permalink;
}

/**
 * Whether an element is a DocBook part's table of contents (`div.toc`, `dl.toc`) or inside it (the part's nested entries). Where
 * the classes are renamed, the contents are still DocBook's shape: a `<dl>` of entries, alone or under its "Table of Contents"
 * label in a `<div>`; inside the framed part a `<dl>` dense with links is nothing else (a variable list is prose).
 */
function inPartContents(element: Element, part: Element): boolean {
  for (let at: Element | null = element; at !== null && at !== part; at = at.parent !== null && isElement(at.parent) ? at.parent : null)
    if (at.attribs.class === 'toc' || at.name === 'dl' || (at.name === 'div' && holdsChildList(at))) return true;
  return false;
}

/** Whether a <div> holds a <dl> as a child (a DocBook contents' wrapper: inPartContents). */
function holdsChildList(element: Element): boolean {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && child.name === 'dl') return true;
  }
  return false;
}

/**
 * A documentation cross-reference sentence: "See <link>.", "See also <link>.", "For details, see <link>.", "Refer to <link>."
 * (MediaWiki's and Sphinx's one-line sections that send the reader to another page). It ends with a full stop, which a
 * "See also: <headline>" pointer or a "See more" button does not.
 */
const CROSS_REFERENCE = /^(?:see(?: also)?|refer to|for (?:more )?(?:details|information|more)(?: on [^,]{1,60})?,? see)\s\S.*\.$/i;

/**
 * Whether a link-dense paragraph is a cross-reference sentence (CROSS_REFERENCE) whose lead words are the paragraph's own
 * plain text: a link or bold run that holds "See …" itself is a button or a teaser ("See the rating.").
 */
function isCrossReference(element: Element): boolean {
  const first = element.children.find((child) => isElement(child) || rawText(child).trim() !== '');
  if (first === undefined || isElement(first)) return false;
  const text = normalizeSpace(rawText(element));
  return text.length <= 200 && CROSS_REFERENCE.test(text);
}

/**
 * Whether a list follows a paragraph of prose that introduces it: at least 60 weighted characters, under 25% linked, ending
 * with a colon, and not opening like a pointer ("Related:", "Read more:", "Check out …"). MDN's "You can supply the body as an
 * instance of any of the following types:" over a list of linked type names; Supabase's "… refer to the following pages:".
 */
function isIntroducedList(scorer: Scorer, element: Element): boolean {
  const previous = previousElementPastBlank(element);
  if (previous === null || previous.name !== 'p' || scorer.skips(previous)) return false;
  const text = scorer.textLength(previous);
  if (text < 60 || scorer.linkLength(previous) > text * 0.25) return false;
  const sentence = normalizeSpace(rawText(previous));
  return sentence.endsWith(':') && !POINTER_LEAD.test(sentence);
}

/** How far above a link-dense block the wrapper of an introduced tab group may sit (inIntroducedTabGroup). */
const TAB_GROUP_DEPTH = 8;

/**
 * Whether an element lies in a tab group that a sentence of prose introduces: an ancestor (or the element itself, at most
 * TAB_GROUP_DEPTH levels up) right after a paragraph ending with a colon (isIntroducingParagraph) that holds an element of
 * `role=tablist` and one of `role=tabpanel`. Twilio's quickstart: "Select your programming language and complete the
 * prerequisites:" over a tab per language, each panel a list of linked install steps. A tab strip's panels are the page's
 * content in every language; a menu's tabs are not introduced by a sentence.
 */
function inIntroducedTabGroup(scorer: Scorer, element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node !== null && depth < TAB_GROUP_DEPTH; depth += 1) {
    if (node.name === 'body' || node.name === 'main' || node.name === 'article') return false;
    const previous = previousElementPastBlank(node);
    if (previous !== null && isIntroducingParagraph(scorer, previous)) return hasRole(node, 'tablist') && hasRole(node, 'tabpanel');
    const parent: ParentNode | null = node.parent;
    node = parent !== null && isElement(parent) ? parent : null;
  }
  return false;
}

/** Whether a paragraph introduces what follows it: at least 30 weighted characters, under 25% linked, ending with a colon, not a pointer's lead. */
function isIntroducingParagraph(scorer: Scorer, paragraph: Element): boolean {
  if (paragraph.name !== 'p' || scorer.skips(paragraph)) return false;
  const text = scorer.textLength(paragraph);
  if (text < 30 || scorer.linkLength(paragraph) > text * 0.25) return false;
  const sentence = normalizeSpace(rawText(paragraph));
  return sentence.endsWith(':') && !POINTER_LEAD.test(sentence);
}

/** Whether an element or a descendant of it has the given ARIA role. */
function hasRole(element: Element, role: string): boolean {
  if (element.attribs.role === role) return true;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && hasRole(child, role)) return true;
  }
  return false;
}

/** Whether a paragraph is an item's text (Asciidoctor writes `<li>` › `<p>`) in a wrapped list its paragraph introduces (isWrappedIntroducedList). */
function isWrappedIntroducedItem(scorer: Scorer, paragraph: Element): boolean {
  const item = paragraph.parent;
  if (item === null || !isElement(item) || item.name !== 'li') return false;
  const list = item.parent;
  if (list === null || !isElement(list) || (list.name !== 'ul' && list.name !== 'ol')) return false;
  const wrapper = list.parent;
  return wrapper !== null && isElement(wrapper) && isWrappedIntroducedList(scorer, wrapper);
}

/**
 * Whether an element is a list's own wrapper (a `<div>` around one list) right after a paragraph's own wrapper (a `<div>` around
 * one `<p>`) whose sentence introduces it: at least 20 weighted characters, under 25% linked, ending with a colon, not a pointer's
 * lead. Asciidoctor writes every block so (`div.ulist` › `<ul>` after `div.paragraph` › `<p>`), and so do other generators that
 * box each block; the class words are not read, so a template whose wrappers are named otherwise (or hashed: the class-hashed
 * proxy's blog.antoyo.xyz report, 0.792 → 0.922) is read alike (session 47; until then `ulist`/`olist` and `paragraph` were required).
 */
function isWrappedIntroducedList(scorer: Scorer, element: Element): boolean {
  if (element.name !== 'div') return false;
  const list = firstElementOf(element);
  if (list === null || (list.name !== 'ul' && list.name !== 'ol') || nextElement(list) !== null) return false;
  const wrapper = previousElementPastBlank(element);
  if (wrapper === null || wrapper.name !== 'div') return false;
  const previous = firstElementOf(wrapper);
  if (previous === null || previous.name !== 'p' || nextElement(previous) !== null || scorer.skips(previous)) return false;
  const text = scorer.textLength(previous);
  if (text < 20 || scorer.linkLength(previous) > text * 0.25) return false;
  const sentence = normalizeSpace(rawText(previous));
  return sentence.endsWith(':') && !POINTER_LEAD.test(sentence);
}

/**
 * Whether a list is an API's argument tree: items (one may hold the whole tree) each opening with a name set in `<code>` (linked to its
 * entry, or not) and followed by plain words of its own, a type or a constraint. HashiCorp's configuration models
 * (`count` number | mutually exclusive with `for_each`), Terraform providers' "`name` - (Required) …" lists. A menu's items
 * are links alone.
 */
function isArgumentList(list: Element): boolean {
  let items = 0;
  for (let ci = 0, kids = list.children; ci < kids.length; ci += 1) {
    const item = kids[ci]!;
    if (!isElement(item)) {
      if (rawText(item).trim() !== '') return false;
      continue;
    }
    if (item.name !== 'li' || !opensWithCodeName(item)) return false;
    items += 1;
  }
  return items >= 1;
}

/** Whether a list item opens with a `<code>` name (alone or in a link) and then has text of its own outside any link. */
function opensWithCodeName(item: Element): boolean {
  let opened = false;
  for (let ci = 0, kids = item.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) {
      if (opened && /\w/.test(rawText(child))) return true;
      if (!opened && rawText(child).trim() !== '') return false;
      continue;
    }
    if (opened) continue;
    const code = child.name === 'a' ? child.children.find(isElement) : child;
    if (code === undefined || !isElement(code) || code.name !== 'code') return false;
    opened = true;
  }
  return false;
}

/**
 * Whether a section is a heading, then a paragraph of prose ending with a colon (at least 30 weighted characters, under half
 * linked, not a pointer's lead), then the list that paragraph introduces, its items worded beyond their links, and nothing
 * more: a documentation page's task section ("Task guidance to help if you need to do the following:"). A related-links box
 * has its heading and list alone; a directory's "Check out these resources:" lists bare place names.
 */
function isIntroducedListSection(scorer: Scorer, section: Element): boolean {
  const parts: Element[] = [];
  for (let ci = 0, kids = section.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child)) {
      if (parts.length === 3) return false;
      parts.push(child);
    } else if (rawText(child).trim() !== '') return false;
  }
  if (parts.length !== 3) return false;
  const [heading, intro, list] = parts as [Element, Element, Element];
  if (!HEADING_TAGS.has(heading.name) || intro.name !== 'p' || (list.name !== 'ul' && list.name !== 'ol')) return false;
  const text = scorer.textLength(intro);
  if (text < 30 || scorer.linkLength(intro) >= text * 0.5) return false;
  const sentence = normalizeSpace(rawText(intro));
  return sentence.endsWith(':') && !POINTER_LEAD.test(sentence) && itemsHaveOwnWords(list);
}

/** Whether at least half a list's items carry words of their own beside their links ("Manage access control for BigQuery ML"), as tasks do and a directory of place names does not. */
function itemsHaveOwnWords(list: Element): boolean {
  let items = 0;
  let worded = 0;
  for (let ci = 0, kids = list.children; ci < kids.length; ci += 1) {
    const item = kids[ci]!;
    if (!isElement(item) || item.name !== 'li') continue;
    items += 1;
    if (item.children.some((child) => !isElement(child) && /\w/.test(rawText(child)))) worded += 1;
  }
  return items > 0 && worded * 2 >= items;
}

/** The headings of a document's own list of further pages ("See also", "Next steps", "Further reading"). */
const POINTER_HEADING = /^(?:see also|what's next|what is next|next steps|further reading|additional resources|related (?:topics|pages|guides))\s*:?$/i;

/**
 * Whether a link-dense block is a document's list of further pages: it opens with a POINTER_HEADING (MDN's "See also"
 * section), or such a heading is the element just before it (ArchWiki's and man pages' lists after their heading).
 */
function isPointerSection(element: Element): boolean {
  let opening: AnyNode | null = null;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) || rawText(child).trim() !== '') {
      opening = child;
      break;
    }
  }
  if (opening !== null && isElement(opening) && HEADING_TAGS.has(opening.name) && POINTER_HEADING.test(normalizeSpace(rawText(opening)))) return true;
  const previous = previousElementPastBlank(element);
  if (previous === null) return false;
  // MediaWiki wraps each heading in a <div class="mw-heading">.
  const heading = previous.name === 'div' ? previous.children.find((child) => isElement(child) && HEADING_TAGS.has(child.name)) : previous;
  return heading !== undefined && isElement(heading) && HEADING_TAGS.has(heading.name) && POINTER_HEADING.test(normalizeSpace(rawText(previous)));
}

/** Words that open a pointer to another page ("Related: …", "Read more: …", "See also …"), not an item's title. */
const POINTER_LEAD =
  /^\W*(?:related|read|see|also|more|watch|listen|click|tap|sign|subscribe|download|join|follow|check|shop|buy|get|learn|visit|view|discover|explore|recommended|previous|next|back|source|via|photo|image)\b/i;

/**
 * A short block that is one link ("<p><a>Industrial Pipe Bookshelf</a></p>", a one-item list of it) followed by a paragraph of
 * prose: a listicle's item title, linked to the thing it names, and not a link farm. The prose must come next among the
 * siblings that hold text (boilerplate such as an ad slot between them is passed over).
 */
function isItemTitle(scorer: Scorer, element: Element, text: number): boolean {
  if (text > 150 || scorer.linkLength(element) < text * 0.95) return false;
  if (element.name !== 'p') {
    let items = 0;
    for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (isElement(child) && child.name === 'li') items += 1;
    }
    if (items !== 1) return false;
  }
  const parent = element.parent;
  if (!parent || !isElement(parent)) return false;
  const siblings = parent.children;
  const at = siblings.indexOf(element);
  // After a label ("More:", "Related:") or another link, the link is one of a list of pointers.
  for (let index = at - 1; index >= 0; index -= 1) {
    const previous = siblings[index]!;
    if (!isElement(previous) || scorer.skips(previous) || scorer.textLength(previous) === 0) continue;
    if (scorer.linkDensity(previous) >= 0.5 || (scorer.textLength(previous) <= 30 && /:\s*$/.test(rawText(previous)))) return false;
    break;
  }
  for (let index = at + 1; index < siblings.length; index += 1) {
    const next = siblings[index]!;
    if (!isElement(next) || scorer.skips(next) || scorer.textLength(next) === 0) continue;
    if (next.name !== 'p' || scorer.textLength(next) < 80 || scorer.linkDensity(next) >= 0.25) return false;
    const title = rawText(element);
    // A headline in capitals, or one the paragraph does not speak of, points to another story ("SEAN SPICER ELIMINATED …").
    if (POINTER_LEAD.test(title) || title.toUpperCase() === title) return false;
    return sharesWord(title, rawText(next));
  }
  return false;
}

const TITLE_WORD = /[\p{L}\p{N}]{4,}/gu;

/** Whether a paragraph repeats a word of four or more letters of a title (case folded). */
function sharesWord(title: string, paragraph: string): boolean {
  const text = paragraph.toLowerCase();
  for (const word of title.toLowerCase().match(TITLE_WORD) ?? []) if (text.includes(word)) return true;
  return false;
}

/** The site of a URL: its host's last two labels (three under a short second level: `example.co.uk`), lower case; '' when it does not parse. */
function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  const labels = host.split('.');
  const keep = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const SOCIAL_HOST =
  /(?:^|\.)(?:facebook|twitter|x|linkedin|pinterest|instagram|youtube|tiktok|reddit|whatsapp|t|threads|bsky|mastodon|telegram|flipboard)\.(?:com|me|net|app|social|org)$/;

/** Whether a list holds two or more links and every one points to another site (not a share or social link). */
function linksElsewhere(list: Element, site: string): boolean {
  const found = { links: 0, elsewhere: 0 };
  countLinks(list, site, found);
  return found.links >= 2 && found.elsewhere === found.links;
}

/**
 * A deal's call to buy the thing where it is sold, as shopping stories set it under each item: "Get it on Amazon for $39.99", "Get
 * it at Walmart for $238.99", "Buy on Amazon", "Shop at Best Buy" (IGN's daily deals, bloggers' round-ups). The golds keep it: it
 * says where and for how much. One link, to another site, that is all or nearly all of the block's text (SHOP_CALL_TEXT at most).
 */
const SHOP_CALL =
  /^(?:get (?:it|one|yours)|buy(?: it| one| now)?|shop(?: it| now)?|order(?: it| now)?|grab (?:it|one)|see it) (?:on|at|from) \S[^!?]{0,50}(?<!\.)$/i;
/** The longest shop call (SHOP_CALL) read. */
const SHOP_CALL_TEXT = 80;

function isShopCall(block: Element, text: number, site: string): boolean {
  if (text > SHOP_CALL_TEXT) return false;
  const found = { links: 0, elsewhere: 0 };
  countLinks(block, site, found);
  return found.links === 1 && found.elsewhere === 1 && SHOP_CALL.test(normalizeSpace(rawText(block)));
}

function countLinks(node: Element, site: string, found: { links: number; elsewhere: number }): void {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (child.name === 'a') {
      found.links += 1;
      const href = child.attribs.href ?? '';
      if (!/^https?:\/\//i.test(href)) continue;
      const target = siteOf(href);
      if (target !== '' && target !== site && !SOCIAL_HOST.test(target)) found.elsewhere += 1;
    } else countLinks(child, site, found);
  }
}

/** Whether a list sits in a list item (up to six levels up) whose unlinked text outside the list is prose: at least 150 weighted characters. */
function inProseItem(scorer: Scorer, list: Element): boolean {
  let at = list.parent;
  for (let level = 0; level < 6 && at && isElement(at); level += 1, at = at.parent) {
    if (at.name === 'li' && scorer.textLength(at) - scorer.linkLength(at) - (scorer.textLength(list) - scorer.linkLength(list)) >= 150) return true;
  }
  return false;
}

/** Text of the headings in an element, through wrappers (div, span, a) only. */
function headingText(scorer: Scorer, element: Element): number {
  let total = 0;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (HEADING_TAGS.has(child.name)) total += scorer.textLength(child);
    else if (child.name === 'div' || child.name === 'span' || child.name === 'a') total += headingText(scorer, child);
  }
  return total;
}

/** A wrapper whose text is a heading, in a parent that is not itself mostly links (a card with its teaser, not a table of contents). */
function isCardTitle(scorer: Scorer, element: Element, text: number): boolean {
  const parent = element.parent;
  return parent !== null && isElement(parent) && scorer.linkDensity(parent) < 0.5 && headingText(scorer, element) >= text * 0.9;
}

/** A list whose items are sentences (at least 50 weighted characters each on average), not bare link labels: a documentation page's "Learn about …" list. */
function isSentenceList(list: Element, text: number): boolean {
  let items = 0;
  for (let ci = 0, kids = list.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && child.name === 'li') items += 1;
  }
  return items >= 2 && text / items >= 50;
}

/**
 * Headings that open what follows an article or a product: the author's bio, other stories, a sign-up, a shop's grid of other
 * products ("Similar items", "Recently viewed"). Other stories are also introduced in a sentence of their own ("Related articles
 * that may interest you", "You may also be interested in the following articles:", "More helpful articles by Texas Mattress
 * Makers:", "Related Articles from the Trash Talk blog:", "This might be interesting to you:", "If you liked this post you might
 * also like:").
 */
const TAIL_HEADING =
  /^(?:(?:more |other )?related (?:articles|posts|stories|reading|content)(?: (?:from|on|in|about) .{1,40}| (?:that|which) (?:may|might) (?:interest you|be of interest(?: to you)?)| you (?:may|might) (?:also )?(?:like|enjoy))|you (?:may|might) also (?:be interested in|want to read|find (?:these|this) (?:useful|interesting|helpful))(?: (?:the )?following (?:articles|posts|stories|reports|guides))?|more (?:helpful |useful |popular |recent |great |similar )?(?:articles|posts|stories|reads) (?:from|by) [^.!?]{1,40}|(?:this|these) (?:might|may) (?:be interesting|interest you|be of interest)(?: to you)?|if you (?:liked|enjoyed) this (?:post|article|story|guide|recipe),? you(?:'ll|’ll| might| may| will)? (?:also )?(?:like|enjoy|love)|about the (?:authors?|contributors?|writers?)|about (?:me|us)|(?:more )?related(?: articles| posts| stories| reading| content| links| coverage)?(?: and links)?|more coverage|more on this (?:story|topic)|(?:read )?more (?:from|by) .{1,40}|more by this (?:author|contributor)|you (?:may|might) also (?:like|enjoy)|(?:what|what's|what is) to read next(?:\.\.\.)?|read next|watch next|recommended (?:for you|reading|articles|posts|stories)|popular posts|discover more from .{1,60}|keep reading|latest (?:posts|articles|stories)|(?:related|similar|recommended|sponsored|popular|trending) (?:items|products)(?: to explore| for you)?|(?:explore )?related items|(?:your )?recently viewed(?: items| products)?|(?:customers|people) (?:who (?:viewed|bought) this (?:item|product) )?also (?:viewed|bought|liked)|frequently bought together)\s*[:.…!]*$/i;

/**
 * The same headings in the other languages of the web's news and blogs: the author's bio ("Über den Autor", "À propos de
 * l'auteur"), other stories ("Mehr zum Thema", "Das könnte Sie auch interessieren", "À lire aussi", "Artículos
 * relacionados", "Potrebbe interessarti anche", "Lees ook") and the most read ("Meistgelesen", "Les plus lus").
 */
const TAIL_HEADING_ELSEWHERE =
  /^(?:über (?:den autor|die autorin|die autor(?:inn)?en)|mehr zum thema|mehr (?:aus|von) .{1,40}|(?:das )?könnte (?:sie|dich) auch interessieren|(?:das )?interessiert (?:sie|dich) vielleicht auch|auch interessant|weitere (?:artikel|beiträge|nachrichten)|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|empfohlene artikel|lesen sie auch|zum weiterlesen|meistgelesen(?:e artikel)?|à propos de l'auteur|(?:à )?lire aussi|sur le même sujet|articles? (?:similaires|connexes|recommandés)|vous (?:aimerez|pourriez) aussi(?: aimer)?|les plus lus|(?:sobre|acerca) del? autora?|artículos relacionados|noticias relacionadas|(?:también )?te puede interesar|lo más leído|sull'autore|articoli correlati|(?:potrebbe|ti potrebbe) interessar(?:ti|e)(?: anche)?|leggi anche|i più letti|over de auteur|gerelateerde artikelen|lees ook|meest gelezen|sobre o autor|artigos relacionados|(?:leia|veja) também|mais lidas|(?:zobacz|czytaj) (?:też|także)|powiązane artykuły)\s*[:.…!]*$/i;

/**
 * The heading of a news site's river of other stories after the article ("Most Popular", "Most read", "Latest News", "More in Politics",
 * "Top Stories", "Trending Now", "Editor's Picks"): where class words name nothing (a template never seen), the heading still says it.
 * Said twice or more on a page, it labels boxes inside the content (a listing's sections, a widget repeated down a long page), not its end.
 */
const RIVER_HEADING =
  /^(?:most (?:popular|read|viewed|shared)(?: (?:stories|articles|news|posts))?(?: (?:in|on|from) [^.!?]{1,40})?|latest news|more (?:in|from) [^.!?]{1,40}|(?:more|top) (?:stories|news)|trending(?: now| stories| news)?|editor(?:'s|’s|s') picks)\s*[:.…!]*$/i;

function isTailHeading(text: string): boolean {
  return TAIL_HEADING.test(text) || TAIL_HEADING_ELSEWHERE.test(text) || RIVER_HEADING.test(text);
}

/**
 * The heading of a product page's grid of other products, wherever it stands: "Frequently bought together", "You may also like",
 * "Pairs well with", "Recommended accessories", "Add the essentials", "Compare with similar products", "People who viewed this
 * item also viewed", "Others like you also bought:", and the add-on grids of other products: "Choose your add-ons", "Choose your
 * free accessories!", "Accessories for KALLAX", "Explore other Robots". On a product page the cross-sells sit between the buy box and the description as often as after them, so
 * cutTail (which cuts only when a third of the text is before) leaves them in.
 */
const CROSS_SELL_HEADING =
  /^(?:frequently bought together|(?:customers|people|shoppers|others)(?: like you)? (?:who (?:viewed|bought) this (?:item|product) )?also (?:viewed|bought|purchased|liked|like)|you (?:may|might|will|'ll|’ll) also (?:like|love|need|enjoy)|(?:related|similar|recommended|suggested) (?:items|products|accessories)(?: for you| to explore)?|recommended for you|compare (?:with )?similar (?:items|products)|pairs? (?:well|perfectly|nicely) with(?: this| these)?|goes (?:well|great) with|complete the (?:look|set)|shop the look|add the essentials|(?:your )?recently viewed(?: items| products)?|more from this (?:shop|seller|brand|collection)|choose (?:your |the )?(?:free )?(?:add-?ons|accessories|extras)|accessories for .{1,40}|explore other .{1,30})\s*[:.…!]*$/i;

/**
 * The heading of a product page's review list: "Customer Reviews", "Reviews for this item (76)", "Ratings & Reviews", "Be the first
 * to review this item" (Etsy's listing template). The golds leave review lists out; a bare "Reviews" is not one of these: Steam's
 * "Reviews" heads the press quotes and Nörd's its testimonials, which their golds keep.
 */
const REVIEWS_HEADING =
  /^(?:(?:customer|product|user) reviews?|reviews? for this (?:item|product)|(?:customer )?ratings (?:&|and) reviews|be the first to review this (?:item|product))(?: \(\d[\d,]*\))?\s*[:.…!]*$/i;

/**
 * A heading that only names or counts reviews: "Reviews", "Reviews (2)", "8 Reviews", "10 Customer ratings", "Reviews 159 reviews with
 * an average rating of 4.4 out of 5 stars", and WooCommerce's "29 reviews for Minimalist Sandals" (its single-product-reviews.php template).
 * Such a heading also heads press quotes and testimonials (Steam, Nörd), which the golds keep: what follows it decides (REVIEW_SCORE).
 */
const REVIEWS_TITLE =
  /^(?:(?:\d[\d,]*\s+)?(?:customer\s+)?(?:reviews?|ratings?)(?:\s*\(\d[\d,]*\))?(?:\s+\d[\d,]* reviews? with an average rating of [\d.]+ out of 5 stars)?|\d[\d,]* reviews? for .{1,120})$/i;

/** A product's score as its rating summary writes it: "4.9", "4.76". */
const RATING_SCORE = String.raw`[0-5](?:[.,]\d{1,2})?`;

/**
 * The first lines of a shoppers' review list, under its heading: the average score ("4.9", "4.7 / 5", "Rated 5 out of 5") or the
 * prompt to write one ("Write a Review"). Press quotes and testimonials open with a quote instead.
 */
const REVIEW_SCORE = new RegExp(String.raw`^(?:(?:rated\s+)?${RATING_SCORE}(?:\s*\/\s*5|\s+out of 5(?: stars)?)?|write an? review)$`, 'i');

/** How many lines after a review heading REVIEW_SCORE looks at (Thomann sets a histogram line before the score). */
const REVIEW_SCORE_REACH = 2;

/** Whether a heading opens a list of the shoppers' reviews: it names or counts reviews and a score or a review prompt follows. */
function opensReviewList(blocks: Block[], at: number): boolean {
  const heading = blocks[at]!;
  if (heading.kind !== 'h' || heading.text.length > 200 || !REVIEWS_TITLE.test(heading.text)) return false;
  let seen = 0;
  for (let i = at + 1; i < blocks.length && seen < REVIEW_SCORE_REACH; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    if (REVIEW_SCORE.test(block.text)) return true;
    seen += 1;
  }
  return false;
}

/** How many pieces of text after a review heading reviewSections reads for a score (a review's title, name and text come before its stars). */
const REVIEW_SECTION_REACH = 4;

/** A heading's own statement of the average score: "… with an average rating of 4.4 out of 5 stars". */
const AVERAGE_RATING = /\baverage rating\b|\bout of 5 stars?\b/i;

/**
 * On a product page, the sections the shoppers' review lists take, told by structure rather than by class words (the widgets'
 * "reviews", "yotpo", "okendo" that PRODUCT_BOILERPLATE reads): a heading that names reviews (REVIEWS_HEADING), or only names or
 * counts them (REVIEWS_TITLE) when it states the average score itself or a score ("4.4", "5") is among the first pieces of text after
 * it; the section is the outermost ancestor whose text opens with that heading and that holds no other heading of its rank or above.
 */
function reviewSections(headings: Element[], aroundMain: Set<Element>): Set<Element> | null {
  let found: Set<Element> | null = null;
  for (const heading of headings) {
    const text = rawTextUpTo(heading, 240);
    if (text === null) continue;
    const line = normalizeSpace(text);
    if (line === '' || line.length > 200) continue;
    const named = REVIEWS_HEADING.test(line);
    const counted = !named && (REVIEWS_TITLE.test(line) || (/^(?:\d[\d,]*\s+)?(?:customer\s+)?reviews?\b/i.test(line) && AVERAGE_RATING.test(line)));
    if (!named && !counted) continue;
    if (counted && !AVERAGE_RATING.test(line) && !textsAfter(heading, REVIEW_SECTION_REACH).some((piece) => REVIEW_SCORE.test(piece))) continue;
    const level = heading.name.charCodeAt(1);
    let section = heading;
    for (let parent = section.parent; parent !== null && isElement(parent); parent = parent.parent) {
      if (parent.name === 'body' || parent.name === 'main' || aroundMain.has(parent) || firstTextChild(parent) !== section) break;
      if (headings.some((other) => other !== heading && other.name.charCodeAt(1) <= level && holds(parent, other))) break;
      section = parent;
    }
    (found ??= new Set()).add(section);
  }
  return found;
}

/** The first child of an element that holds text, or null. */
function firstTextChild(element: Element): AnyNode | null {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) if (holdsText(kids[ci]!)) return kids[ci]!;
  return null;
}

/** Up to `count` pieces of text (text nodes, trimmed, not blank) after an element in document order, outside scripts and styles. */
function textsAfter(element: Element, count: number): string[] {
  const out: string[] = [];
  for (let node: AnyNode | null = element; node !== null && out.length < count; node = node.parent) {
    for (let next = node.next; next !== null && out.length < count; next = next.next) collectTexts(next, count, out);
  }
  return out;
}

function collectTexts(node: AnyNode, count: number, out: string[]): void {
  if (out.length >= count) return;
  if (node.type === 'text') {
    const piece = normalizeSpace((node as unknown as { data: string }).data);
    if (piece !== '') out.push(piece);
    return;
  }
  if (!isElement(node) || node.name === 'script' || node.name === 'style' || node.name === 'template') return;
  for (let ci = 0, kids = node.children; ci < kids.length && out.length < count; ci += 1) collectTexts(kids[ci]!, count, out);
}

/** How many blocks may stand between two prices of one grid of cards (a card's name, its rating, its line of description). */
const CARD_REACH = 4;

/** The most text between two prices of one grid: a card's name and a line about it, not the product's description. */
const CARD_TEXT = 200;

/** The length of the text of the blocks strictly between two indexes. */
function textBetween(blocks: Block[], from: number, to: number): number {
  let length = 0;
  for (let i = from + 1; i < to; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'image') length += block.text.length;
  }
  return length;
}

/** How many priced cards in a row make a grid of other products. */
const PRICED_CARDS = 3;

/**
 * Drops, in place, a product page's grids of other products told by their prices: three or more paragraphs that are only a price
 * (card-badges.ts' isPriceText, up to 40 characters), each at most CARD_REACH blocks after the one before and at most CARD_TEXT
 * characters apart, with the card's name before the first; what stands between them is the cards. The product's own price is one
 * line; variations, bundles, accessories and "customers also bought" cards are priced one by one.
 */
function withoutPricedCards(blocks: Block[]): void {
  const prices: number[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    if (isBarePrice(blocks[i]!)) prices.push(i);
  }
  if (prices.length < PRICED_CARDS) return;
  const drop = new Uint8Array(blocks.length);
  let any = false;
  for (let start = 0; start < prices.length;) {
    let end = start;
    while (end + 1 < prices.length && prices[end + 1]! - prices[end]! <= CARD_REACH && textBetween(blocks, prices[end]!, prices[end + 1]!) <= CARD_TEXT)
      end += 1;
    if (end - start + 1 >= PRICED_CARDS) {
      any = true;
      for (let i = Math.max(0, prices[start]! - (prices[start + 1]! - prices[start]!) + 1); i <= prices[end]!; i += 1) drop[i] = 1;
    }
    start = end + 1;
  }
  if (!any) return;
  // A grid that is most of the page is what the page lists (a collection stated as a product), not cards beside a product.
  let total = 0;
  let dropped = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    total += block.text.length;
    if (drop[i] === 1) dropped += block.text.length;
  }
  if (dropped * 2 >= total) return;
  let write = 0;
  for (let i = 0; i < blocks.length; i += 1) if (drop[i] === 0) blocks[write++] = blocks[i]!;
  blocks.length = write;
}

/** The least weighted text a product page's body holds for its bare price lines to go: a page that says more than its buy box. */
const PRICE_LINE_BODY = 1000;

/**
 * Drops, in place, a product page's price set as a paragraph of its own ("$40.00", "€549.99", "$79.99 $119.99", "Sale price
 * $24.50 Regular price $35.00": isPriceText, up to 40 characters) once the priced-card grids are gone, where the body says more
 * than the buy box (PRICE_LINE_BODY) and holds at most PRICED_CARDS such lines (the product's price, a sticky buy bar's copy, a
 * was-price; more are a page of priced items, a collection stated as a product). The golds of product pages keep the description
 * and leave the buy box's bare price out on most sites (Nomad, Nörd, AS Colour, Solo Stove, Logitech, YETI, iFixit, IKEA, …);
 * on a short page (a listing's title, price and a few notes) the price is kept, as the golds of small shops keep it.
 */
function withoutBarePrices(blocks: Block[]): void {
  const prices = blocks.filter(isBarePrice);
  if (prices.length === 0 || prices.length > PRICED_CARDS || blocksLength(blocks) < PRICE_LINE_BODY) return;
  removeBlocks(blocks, new Set(prices));
}

/** A paragraph that is only a price, up to 40 characters (card-badges.ts' isPriceText). */
function isBarePrice(block: Block): boolean {
  return block.kind === 'p' && block.text.length <= 40 && isPriceText(block.text);
}

/** Removes, in place, the blocks in `drop`, keeping the order of the rest. */
function removeBlocks(blocks: Block[], drop: Set<Block>): void {
  let write = 0;
  for (const block of blocks) if (!drop.has(block)) blocks[write++] = block;
  blocks.length = write;
}

/** The longest text of a product page's line that is only links (withoutLinkLines): a call to action or a trail, not a sentence. */
const LINK_LINE_LENGTH = 60;
/** The most such lines a product page's body may hold for them to go: more are a menu or a list of items the page lists. */
const LINK_LINE_MOST = 5;
/** The largest share of the body's weighted text they may make up: more is a page of linked items (a collection stated as a product). */
const LINK_LINE_SHARE = 0.05;
/** A block's markup once its links and tags are taken out: what is left besides separators is text outside a link. */
const LINK_MARKUP = /<a\b[^>]*>[^]*?<\/a>|<[^>]+>|&[a-z0-9#]+;|[\s|/·•,–-]+/gi;

/**
 * Drops, in place, a product page's lines that are only links, up to LINK_LINE_LENGTH characters: "Size Guide", "Learn more about
 * Huel+", "See All FAQs", "SHOP RIDGE 2.0", "View full details", "Visit manufacturer's website", a breadcrumb set as one line
 * ("Logi | Mice | MX Vertical"), the seller's or brand's link, a store's "Report this item" — the shop's calls to action and
 * signposts beside the product, which the golds leave out on nearly every shop, the class words naming some and hashed classes
 * none. Only where there are at most LINK_LINE_MOST of them and they make at most LINK_LINE_SHARE of the body: a page listing linked
 * items (a collection or a service page that states a product, a menu read with the page) keeps its links.
 */
function withoutLinkLines(blocks: Block[]): void {
  const lines = blocks.filter(isLinkLine);
  if (lines.length === 0 || lines.length > LINK_LINE_MOST || blocksLength(lines) > blocksLength(blocks) * LINK_LINE_SHARE) return;
  removeBlocks(blocks, new Set(lines));
}

function isLinkLine(block: Block): boolean {
  if ((block.kind !== 'p' && block.kind !== 'h') || block.text.length > LINK_LINE_LENGTH || !block.html.includes('<a')) return false;
  return block.html.replace(LINK_MARKUP, '') === '';
}

/** A count of ratings or reviews: "29 customer reviews", "44,763 global ratings", "9,100+ reviews", "57 verified reviews". */
const RATING_COUNT = String.raw`\d[\d,.]*\+?\s+(?:(?:customer|global|total|verified)\s+)?(?:reviews?|ratings?)`;
/**
 * A line that only states a product's rating, counts its reviews or points to them: WooCommerce's "Rated 4.76 out of 5 based on
 * 29 customer ratings" and "(29 customer reviews)", Amazon's "4.5 out of 5 stars (10)" and "44,763 global ratings", "4.9 2,695
 * reviews" (iFixit's score and count run together), "(4.7) of 64 reviews", "4.5 (53 total ratings)", a histogram's "5 Stars"
 * and "40227 Reviews", "Write a Review", "Read Critic Reviews", "★★★★★ READ REVIEWS".
 */
const RATING_LINE = new RegExp(
  String.raw`^(?:(?:(?:rated|average rating)\s+)?${RATING_SCORE}\s+out of\s+5(?:\s+stars?)?(?:\s+based on\s+${RATING_COUNT})?(?:\s*\(\d[\d,.]*\))?` +
    String.raw`|(?:${RATING_SCORE}\s*)?\(?${RATING_COUNT}\)?|\(${RATING_SCORE}\)\s+of\s+${RATING_COUNT}|[1-5]\s+stars?` +
    String.raw`|(?:write|read)(?:\s+(?:a|all|critic))?\s+reviews?|★+\s*read reviews)[.:]?$`,
  'i',
);

/** The longest line RATING_LINE is tried on. */
const RATING_LINE_LENGTH = 80;

/**
 * Drops, in place, a product page's lines that only state its rating, count its reviews or point to them (RATING_LINE): the
 * summary a shop sets beside the title and over its review list, which the golds of product pages leave out with the reviews.
 */
function withoutRatingLines(blocks: Block[]): void {
  let write = 0;
  for (const block of blocks) {
    if ((block.kind === 'p' || block.kind === 'h') && block.text.length <= RATING_LINE_LENGTH && RATING_LINE.test(block.text)) continue;
    blocks[write++] = block;
  }
  blocks.length = write;
}

/**
 * A shop's trust badge, led by its promise: "Free shipping worldwide", "Free Returns", "30-Day Money-Back Guarantee", "3-Year
 * Thomann Warranty", "Lifetime Warranty", "Secure Checkout", "100% secure checkout", "Easy Returns", "Retours & échanges
 * gratuits sous 30 jours", "Paiement sécurisé". Not a sentence (a line that ends with a full stop) nor a line that only
 * mentions the promise ("Offer 1: free shipping on every order over $75 this week").
 */
const TRUST_BADGE =
  /^(?!.*\.$)(?:\d+[- ](?:day|month|year)s?\b.*\b(?:returns?|warranty|guarantee)\b.*|(?:\d+% )?(?:free (?:shipping|delivery|returns?|exchanges?)|easy returns?|money[- ]back guarantee|secure (?:checkout|payment)|(?:lifetime|limited) warranty)\b.*|(?:retours|livraison|paiement)\b.*(?:gratuit|sécurisé).*)$/i;
/** The longest line TRUST_BADGE is tried on: a badge, not a sentence about the policy. */
const TRUST_BADGE_LENGTH = 60;

/**
 * Drops, in place, a product page's strips of trust badges: two or more paragraphs or headings in a row, each at most
 * TRUST_BADGE_LENGTH characters and each a badge (TRUST_BADGE), and a list of two or more items that are each such a badge. The
 * strip sits by the buy button or over the footer; its class words drop it where the template is read, hashed nothing does. A
 * badge alone stays: iFixit's golds keep their one "30-day returns" line, and sessions 24 and 33 measured single badge lines
 * dropped as even. Policy sentences run past TRUST_BADGE_LENGTH and stay.
 */
function withoutTrustStrips(blocks: Block[]): void {
  const badge = (block: Block): boolean =>
    (block.kind === 'p' || block.kind === 'h') && block.text.length <= TRUST_BADGE_LENGTH && TRUST_BADGE.test(block.text.trim());
  let drop: Set<Block> | null = null;
  for (const block of blocks)
    if (
      block.kind === 'list' &&
      block.items.length >= 2 &&
      block.items.every((item) => item.text.length <= TRUST_BADGE_LENGTH && TRUST_BADGE.test(item.text.trim()))
    )
      (drop ??= new Set()).add(block);
  for (let i = 0; i < blocks.length;) {
    // A badge's icon between two badges does not end the strip.
    let j = i;
    let count = 0;
    const run: Block[] = [];
    while (j < blocks.length && (badge(blocks[j]!) || (count > 0 && blocks[j]!.kind === 'image'))) {
      if (blocks[j]!.kind !== 'image') {
        count += 1;
        run.push(blocks[j]!);
      }
      j += 1;
    }
    if (count >= 2) for (const block of run) (drop ??= new Set()).add(block);
    i = j > i ? j : i + 1;
  }
  if (drop !== null) removeBlocks(blocks, drop);
}

/** A paragraph that is only a step's number: "1.", "12.". */
const STEP_NUMBER = /^\d{1,2}\.$/;

/** A shop's prompt to ask for help: "Questions? Chat with an expert.", "More questions?", "Need help with your order?". */
const HELP_PROMPT = /^(?:(?:any|more|got|have)\s+)?(?:questions\?|need (?:some |any )?help\b[^.!?]*\?)/i;

/**
 * Drops, in place, each run a cross-sell or review-list heading opens on a product page: the heading and the blocks after it up to the next
 * heading of its level or above (the grid's cards are other products). A label set as a paragraph goes alone: where a run after
 * it ends is not marked, and a theme's grid loaded by script leaves the label over nothing (Dawn's `product-recommendations`).
 * A step's number set alone and the shop's help prompt go too, each line alone.
 */
function withoutCrossSells(blocks: Block[]): void {
  let write = 0;
  let level = 0;
  let reviews = false;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (level > 0) {
      // A review list's score set as a heading of the list's level ("4.9" under "Reviews") is the list's.
      if (block.kind !== 'h' || block.level > level || (reviews && REVIEW_SCORE.test(block.text))) continue;
      level = 0;
      reviews = false;
    }
    if (block.kind === 'h' && opensReviewList(blocks, i)) {
      level = block.level;
      reviews = true;
      continue;
    }
    if ((block.kind === 'h' || (block.kind === 'p' && block.text.length <= 60)) && (CROSS_SELL_HEADING.test(block.text) || REVIEWS_HEADING.test(block.text))) {
      if (block.kind === 'h') level = block.level;
      continue;
    }
    // A step's number alone ("1.", "2."): the badge a theme sets beside each picture of a how-to or each item in the box, not a line.
    if (block.kind === 'p' && STEP_NUMBER.test(block.text)) continue;
    // The shop's help prompt ("Questions? Chat with an expert.", "Need help choosing gear?"): the line goes, what follows it stays.
    if ((block.kind === 'p' || block.kind === 'h') && block.text.length <= 80 && HELP_PROMPT.test(block.text)) continue;
    blocks[write++] = block;
  }
  blocks.length = write;
}

/** A paragraph that is one link and nothing else: a teaser card (its headline and lead inside the link). */
const LINK_CARD = /^\s*<a\b[^>]*>[^]*<\/a>\s*$/;

function isLinkCard(block: Block): boolean {
  return block.kind === 'p' && LINK_CARD.test(block.html) && block.html.indexOf('<a', 1) === -1;
}

/**
 * Cuts the tail from a heading that opens the page's closing material, when at least a third of the text (half, for a short line)
 * is before it. On an article, a closing heading followed by nothing but teaser cards (each paragraph one link: "Weitere Artikel",
 * "Related stories" over a grid of other stories) cuts wherever it stands: a paywalled story shows only its first paragraphs, and the
 * grid under it outweighs them.
 */
function cutTail(blocks: Block[], article = false, stated = false): Block[] {
  // Most pages hold no such heading: the texts are weighed only when one may cut.
  let candidate = false;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if ((block.kind === 'h' || block.kind === 'p') && isTailHeading(block.text)) {
      candidate = true;
      break;
    }
    // A blog's comment section under its count ("59 Comments on “…”", "3 thoughts on “…”", "10 comments:"): on a page that is not a thread, it
    // ends the post wherever it stands (a long discussion outweighs the post), when class words did not already drop it (hashed or unknown templates).
    if (stated && i > 0 && (block.kind === 'h' || block.kind === 'p') && block.text.length <= 200 && COMMENT_COUNT_HEADING.test(block.text))
      return blocks.slice(0, i);
  }
  if (!candidate) return blocks;
  const repeated = repeatedLabels(blocks);
  const kept = cutAtTail(blocks, article, repeated);
  // The repeated pointer labels themselves go: the label of an inline box says nothing of the story. (A river heading said twice
  // heads a box of the page's own, and stays.)
  return repeated ? kept.filter((block) => !(block.kind === 'p' && repeated.has(block.text.toLowerCase()) && TAIL_HEADING_ELSEWHERE.test(block.text))) : kept;
}

/**
 * The heading of a blog's comment section, counting its comments: WordPress themes' "59 Comments on “Title”", "3 thoughts on “Title”",
 * "2 responses to “Title”" (twentytwelve, Astra, GeneratePress), Blogger's "10 comments:", "124 Reader Comments" (A List Apart).
 */
const COMMENT_COUNT_HEADING = /^\d[\d,]*\s+(?:reader\s+)?(?:comments?|responses?|thoughts|replies)(?:\s+(?:on|to)\s+[“"‘'].{1,200}|:)?$/i;

/**
 * Labels that come twice or more, lowercased, or null: they label boxes inside the story, not its end. Read are the pointer labels of
 * the other languages as paragraphs ("Auch interessant", "Lesen Sie auch" over each of a story's inline boxes) and river headings as
 * paragraphs or headings ("Latest News" over a widget repeated down a long page). English pointer labels ("Related", "Read more")
 * are dropped before as boilerplate text, and "About us" twice is a menu's and a footer's: only the other languages' list is read.
 */
function repeatedLabels(blocks: Block[]): Set<string> | null {
  const counts = new Map<string, number>();
  let repeated: Set<string> | null = null;
  for (const block of blocks) {
    if (!isBoxLabel(block)) continue;
    const key = block.text.toLowerCase();
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count === 2) (repeated ??= new Set()).add(key);
  }
  return repeated;
}

/** A block repeatedLabels counts: another language's pointer label as a paragraph, or a river heading as a paragraph or heading. */
function isBoxLabel(block: Block): block is Extract<Block, { kind: 'p' | 'h' }> {
  if (block.kind === 'p') return TAIL_HEADING_ELSEWHERE.test(block.text) || RIVER_HEADING.test(block.text);
  return block.kind === 'h' && RIVER_HEADING.test(block.text);
}

function cutAtTail(blocks: Block[], article: boolean, repeated: Set<string> | null): Block[] {
  const weights = blocks.map((block) => (block.kind === 'image' ? 0 : weightedLength(block.text)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    // A real heading closes the article even after a short one (a long bio and reading list can follow); a short line needs half the text before it.
    // A label said twice or more (repeatedLabels) marks boxes inside the text, not its end.
    const said = block.kind !== 'image' && repeated !== null && repeated.has(block.text.toLowerCase());
    const enough = !said && (block.kind === 'h' ? before * 3 >= total : block.kind === 'p' && weights[i]! <= 60 && before * 2 >= total);
    if (enough && block.kind !== 'image' && isTailHeading(block.text) && !(block.kind === 'h' && opensReferenceSection(blocks, i))) return blocks.slice(0, i);
    if (article && !said && block.kind === 'h' && before > 0 && isTailHeading(block.text) && onlyCardsAfter(blocks, i)) return blocks.slice(0, i);
    before += weights[i]!;
  }
  return blocks;
}

/**
 * Whether the section a heading opens (up to the next heading of its level or above) holds a code block or two or more data-table
 * rows (walkRow's lines, their cells joined by " | " in the html): a reference page's section ("Related Products" over the fields
 * of a feed specification, set as a table), not a closing list of other stories, a bio or a grid of cards, which hold neither.
 * The heading's slug id that tells such a section in its own generator is gone where classes and ids are renamed.
 */
function opensReferenceSection(blocks: Block[], at: number): boolean {
  const heading = blocks[at]!;
  if (heading.kind !== 'h') return false;
  let rows = 0;
  for (let i = at + 1; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'h' && block.level <= heading.level) return false;
    if (block.kind === 'pre') return true;
    if (block.kind === 'p' && block.html.includes(' | ') && !block.text.includes(' | ') && (rows += 1) >= 2) return true;
  }
  return false;
}

/** Whether the blocks after `at` are two or more teaser cards, with only images and headings between them. */
function onlyCardsAfter(blocks: Block[], at: number): boolean {
  let cards = 0;
  for (let i = at + 1; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image' || block.kind === 'h') continue;
    if (!isLinkCard(block)) return false;
    cards += 1;
  }
  return cards >= 2;
}

/**
 * Whole-block texts that are a page's controls, not its content: buttons and links of shops, service and
 * listing pages ("Add to cart", "Learn more", "Skip to search results", "Sort: Best Match", "Loading…", "Loading specifications…"; a lead
 * form's and a round-up's buttons: "Get a Quote (929) 990-2060", "Download now", "Get the Recipe", "Read
 * Reviews", "See Details & Buying Options", "Start Shopping Now"), and a star-rating
 * picker's choices and buttons ("1 of 5 stars 2 of 5 stars …", "Rate this book", "Clear rating"; one score shown, "4.5 out of 5
 * stars", is not a picker and stays), and a code block's copy button set outside its `<pre>` ("Copy", "Copied!": Notion, Mintlify),
 * a follow button ("Follow", "Unfollow": Zendesk Guide's `article-subscribe` beside the title, a writer's follow button on blogs
 * and news cards) and ReadMe's "Suggest Edits" link beside its title; a filter panel's buttons read as one line ("Sort Filter",
 * Shopify Dawn's "Filter Filter" and "Remove all", "Clear All Apply Filters"); a carousel's or gallery's position ("Slide 1 of 5",
 * "Image 1 of 9", "Bild 2 von 7", and Hearst's papers' "Image 1 of / 23" above each gallery, kept where class words name nothing).
 */
const CONTROL_TEXT =
  /^(?:copy(?: code| to clipboard)?|copied!?|follow|unfollow|suggest edits?|expand description|learn more|shop now|shop all|buy now|order now|add to (?:cart|bag|basket|wish ?list|compare)|quick (?:shop|view|add)|get started(?: for free| free| now)?|apply now|view all|see all|view more|see more|show (?:more|less)(?: \+)?|load(?:ing)? more|loading\W*|loading [^.…]{1,40}(?:\.{3}|…)|skip to .{1,40}|skip (?:images|listing|navigation(?: links)?)|back to top|filters?|filter (?:&|and) sort|sort(?: by)?(?::\s*.{0,30})?|(?:sort|filters?|clear all|remove all|apply(?: filters?)?)(?: (?:sort|filters?|clear all|remove all|apply(?: filters?)?)){1,3}|(?:clear|remove) all(?: filters)?|click to (?:expand|shrink)\W*|view: https?:\/\/\S+|view details|sign in|log in|book now|request a demo|get a (?:free )?(?:quote|demo)(?: today)?[.!]?(?: \(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})?|download(?: it)? now|get the recipe|read reviews|see details(?: (?:&|and) buying options)?|start shopping(?: now)?|try (?:it )?(?:for )?free|start (?:your )?free trial|close|(?:show |hide |expand |collapse |toggle )?caption|regular price|sale price|unit price\s*\/\s*per|(?:read|see|view) (?:full|more) bio|read (?:our )?full (?:[^.]{1,60} )?review|check (?:the )?price (?:on|at) [^.]{1,30}|view author page|already have an account\?\s*(?:log|sign) in\.?|print this page|back to all|share (?:it|this post)!?|sign up|continue|more options|(?:previous|next) page|(?:(?:slide|image|photo|picture|page|bild|foto|seite)\s+)?\d+\s+(?:of|von)\s+(?:\/\s*)?\d+|rate this (?:book|product|item|recipe|article|post|page|course)|clear rating|(?:[1-9] (?:out )?of [5-9]0? stars?\s*){2,}|(?:view attachment \d+\s*)+|(?:loaded|showing|displaying|viewing) (?:all )?(?:\d[\d,]*\s*(?:-|–|to)\s*)?\d[\d,]*(?: of \d[\d,]*)? (?:results?|items?|products?)|(?:showing|displaying|viewing) (?:\d[\d,]*\s*(?:-|–|to)\s*)?\d[\d,]* of \d[\d,]*|\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]* of \d[\d,]* (?:results?|items?|products?))$/i;

/** Dashes or bullets set around a label ("- Advertisement -", "— Anzeige —": tagDiv's Newspaper theme and its kin). */
const LABEL_DASHES = /^[-–—•*·\s]+|[-–—•*·\s]+$/g;

/**
 * A news network's note on each member site's stories ("*Merkur.de ist Teil des bundesweiten Ippen-Digital-Redaktionsnetzwerks.",
 * the same line on fr.de, tz.de, hna.de and the network's other papers): the publisher's disclosure, not the story.
 */
const NETWORK_NOTE = /^\*?\s*[\w.-]+\.(?:de|at|ch|com) ist (?:ein )?teil (?:des|der|von) [^.!?]{0,60}(?:netzwerks?|netzwerkes|netzes|gruppe)\.?$/i;

/**
 * A feedback widget's question, alone or with its answer buttons ("Was this page helpful? Yes No", Intercom's "Did this answer
 * your question?", ReadMe's "Did this page help you?"): documentation and help centres set it under every page, and where its
 * markup is only utility classes (GitBook, Tailwind sites) no class word names it. Reaction faces may follow the question, and the
 * widget's hidden acknowledgement and error lines with them (Help Scout Docs' `articleRatings`: "Did this answer your question?😃😐😞
 * Thanks for the feedback There was a problem submitting your feedback. Please try again later."); the acknowledgement alone is its
 * too ("Thank you for your feedback!", "… Our team will get back to you": Document360, HubSpot's knowledge base), but
 * not a sentence going on from it ("Thanks for your feedback! I will fix the typo.", a forum reply).
 */
const FEEDBACK_QUESTION =
  /^thanks? (?:you )?for (?:the |your )?feedback[.!]?(?:\s(?:our team|we)\b[^.!?]{0,50}[.!]?)?$|^(?:was this (?:page|article|answer|guide|section|information|content|doc(?:ument)?|topic|tutorial) (?:helpful|useful)|(?:was|is) this (?:helpful|useful)|is this (?:page|article) (?:helpful|useful)|did this (?:answer your question|page help(?: you)?|article help(?: you)?|help(?: you)?)|did you find (?:this|it|this (?:page|article|summary|answer)) (?:helpful|useful)|how helpful was this (?:page|article)|war diese (?:seite|antwort|information) hilfreich|ist dieser artikel hilfreich|war dieser artikel hilfreich)\s*\?\s*(?:(?:yes|no|ja|nein|👍|👎)\s*){0,2}(?:[\p{Extended_Pictographic}\uFE0F\s]{1,16})?(?:thanks? (?:you )?for (?:the|your) feedback[.!]?\s*)?(?:there was a problem submitting your feedback\.?\s*please try again(?: later)?\.?)?$/iu;

/**
 * rustdoc's line beside each method and trait impl: the Rust version it is stable since (and const since) and the link to its
 * source ("1.0.0 (const: 1.48.0) · Source", "1.70.0 · Source"). The generator's furniture, set above every signature.
 */
const RUSTDOC_SINCE = /^\d+\.\d+\.\d+(?: \(const: (?:unstable|\d+\.\d+\.\d+)\))? · Source$/;

function isBoilerText(text: string): boolean {
  return (
    BOILER_TEXT.test(text) ||
    (text.length <= 60 && RUSTDOC_SINCE.test(text)) ||
    (text.length <= 200 && FEEDBACK_QUESTION.test(text)) ||
    BOILER_TEXT_ELSEWHERE.test(text) ||
    (text.length <= 40 && (COMMENT_PROMPT.test(text) || SAVE_ARTIFACT.test(text))) ||
    (text.length <= 200 && (READ_ALSO_POINTER.test(text) || RELATED_POINTER.test(text) || SITE_POINTER.test(text))) ||
    (text.length <= 120 && (CONTRIBUTOR_DISCLAIMER.test(text) || JOURNAL_CURRENT.test(text) || NETWORK_NOTE.test(text))) ||
    (text.length <= 300 && text.includes('Advertising API') && PRODUCT_API_NOTE.test(text)) ||
    (text.length <= 300 && text.startsWith('This content is') && EMBED_NOTE.test(text)) ||
    (text.length <= 400 && text.startsWith('This ') && CONSENT_NOTE.test(text))
  );
}

/**
 * A platform's cookie notice set inside the page: a consent manager's placeholder where an embed waits for the reader's consent
 * (Vox Media's Duet on The Verge's river: "This content isn't visible due to your cookie preferences. To load this content, click
 * the Allow button below to opt in to …", in hashed classes), and Google's notice on Blogger and Google Sites pages ("This site uses
 * cookies from Google to deliver its services and to analyze traffic. …", in obfuscated classes). No class word names either.
 */
const CONSENT_NOTE = /^This (?:content isn[’']t visible due to your cookie preferences\b|site uses cookies from Google to deliver its services\b)/;

/**
 * The note a magazine group's pages set where an embed loads (Hearst's "This content is imported from Instagram. You may be able to
 * find the same content in another format, or you may be able to find more information, at their web site.", and under its
 * newsletter forms "This content is created and maintained by a third party, and imported onto this page to help users provide
 * their email addresses. You may be able to find more information about this and similar content at piano.io").
 */
const EMBED_NOTE =
  /^This content is (?:imported from [^.]{1,60}\.|created and maintained by a third party\b)(?:.*\b(?:web ?site|piano\.io|similar content)\b.*)?$/;

/**
 * The note Amazon affiliate plugins (AAWP, AmaLinks) set under a product box: "Last update on 2020-08-02 / Affiliate links / Images
 * from Amazon Product Advertising API", "Preis inkl. MwSt., zzgl. Versandkosten. Letzte Aktualisierung am 2.08.2020 / *Affiliate-Link
 * / Bilder von der Amazon Product Advertising API": parts set off by slashes, one naming the affiliate links. A sentence about the
 * API stays.
 */
const PRODUCT_API_NOTE = /\/\s*\*?\s*(?:affiliate|partner)[- ]?links?\s*\/[^/]*Product Advertising API\s*$/i;

/** A news page's advertisement break ("Story continues below advertisement"), or a boilerplate label set between dashes ("- Advertisement -"). */
function isAdBreak(text: string): boolean {
  if (AD_BREAK.test(text)) return true;
  const first = text.charCodeAt(0);
  // Only a block that opens with a dash or bullet is read again without them: the common case costs one character test.
  if (first !== 45 && first !== 0x2013 && first !== 0x2014 && first !== 0x2022 && first !== 42 && first !== 0xb7) return false;
  const bare = text.replace(LABEL_DASHES, '');
  return bare !== '' && isBoilerText(bare);
}

/**
 * A news page's note that the story goes on after an advertisement slot ("Story continues below advertisement", "Article
 * continues below this ad", "Weiterlesen nach der Anzeige", "Der Artikel wird nach der Anzeige fortgesetzt", "La suite après la
 * publicité"). Only the advertisement's form: "Story continues below gallery" names the story's own photos, and one gold keeps it.
 * The bare note left where the slot was ("Article Continues Below") and a slot's label with its prompt ("Advertisement. Scroll to
 * continue reading.") say the same.
 */
const AD_BREAK =
  /^(?:(?:the )?(?:story|article|text|content) continues (?:below|after)(?: (?:this|the|an))? (?:advertisement|ad|advert|sponsored (?:message|content))|(?:the )?(?:story|article) continues below|(?:advertisement\s*[.:]?\s*)?scroll (?:down )?to continue(?: reading)?|(?:(?:der )?(?:artikel|text|beitrag) (?:wird|geht) (?:nach|unter) der (?:anzeige|werbung) (?:weiter|fortgesetzt)|(?:weiter(?:lesen)?|fortsetzung|lesen sie) (?:nach|unter) der (?:anzeige|werbung)(?: weiter)?)|la suite (?:après|sous) (?:cette|la) (?:publicité|annonce))\s*[.:…]*$/i;

/**
 * A pointer to another post with its headline, as German blogs and news set it inside the text ("Lies auch: Messer richtig
 * schärfen", "Lesen Sie auch: …", "Auch interessant: …", "Weiterlesen: …", "Das könnte dich auch interessieren: …"), as the
 * English "Read more: <headline>" already goes: the label, a colon and one headline (no full stop inside it).
 */
const READ_ALSO_POINTER =
  /^(?:lesen sie auch|lies auch|auch interessant|ebenfalls interessant|mehr zum thema|(?:zum )?weiterlesen|passend dazu|(?:das )?könnte (?:dich|sie) auch interessieren)\s*[:：]\s*[^.!?]{3,150}[!?]?$/i;

/**
 * The English pointer with the label "Related" ("Related: Senate passes budget deal", "Related Article: House votes to suspend the
 * debt limit", CNN's and many news sites' in-text link to another story; Business Insider's "SEE ALSO: …" and "NOW WATCH: …" under
 * every story it syndicates): the label, a colon and one headline (no full stop inside it).
 */
const RELATED_POINTER =
  /^(?:related|see also|now watch)(?: (?:articles?|stories|story|content|posts?|links?|reading|coverage|video))?\s*[:：]\s*[^.!?]{3,150}[!?]?$/i;

/**
 * A pointer that names the publisher's site over another of its stories' headlines (Hearst's papers' "On HoustonChronicle.com: Car
 * sales plunge nearly 17 percent in August", RT's "Also on rt.com" card over its headline): the site's address, an optional
 * colon and one headline (no full stop inside it).
 */
const SITE_POINTER = /^(?:also )?on (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*[:：]?\s+[^.!?]{3,150}[!?]?$/i;

/**
 * The disclaimer a contributor network sets under each contributor's byline ("Opinions expressed by Forbes Contributors are their
 * own.", "Opinions expressed by Entrepreneur contributors are their own."): the network's small print, as a whole block.
 */
const CONTRIBUTOR_DISCLAIMER = /^opinions expressed by [^.!?]{1,40} contributors are their own\.?$/i;

/**
 * A journal entry's "currents" as LiveJournal and its clones (Dreamwidth, InsaneJournal) print them under each post: "Current Mood:
 * cold", "Current Music: …", "Current Location: …". The form fields of the posting page, not the post.
 */
const JOURNAL_CURRENT = /^current (?:mood|music|location|reading|watching)\s*[:：]/i;

/**
 * "Save", "SaveSave", "Merken", "MerkenMerken" as a paragraph of a blog post: the label of Pinterest's save button, which the
 * browser extension wrote into the editor once per edit (English and German WordPress blogs of the 2010s). A button's word alone.
 */
const SAVE_ARTIFACT = /^(?:(?:save|merken)\s*){1,8}$/i;

/**
 * A blog's call to comment or its comment count left under the post when the comment section is not marked up as one
 * (Jimdo's "Kommentar schreiben" / "Kommentare: 0", Blogger's "Post a Comment", "Kommentar veröffentlichen", "No comments:", "Keine Kommentare:"): "Leave a comment", "Write a
 * comment", "Comments: 3", "Schreibe einen Kommentar", "Hinterlasse einen Kommentar", "Kommentar verfassen", "Laisser un
 * commentaire", "Deja un comentario", "Lascia un commento", "Laat een reactie achter", as a whole block.
 */
const COMMENT_PROMPT =
  /^(?:(?:leave|write|post|add|submit) (?:a |your )?(?:comment|reply)|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\s*[:(]\s*\d+\s*\)?|(?:schreibe?|hinterlasse|verfasse) (?:einen|deinen|ihren) kommentar|(?:einen )?kommentar (?:schreiben|verfassen|hinterlassen|hinzufügen|abgeben)|(?:laisser|ajouter|écrire) un commentaire|(?:deja|dejar|escribe|añadir) (?:un|tu) comentario|(?:lascia|scrivi|aggiungi) un commento|laat een reactie achter|(?:schrijf|plaats) een reactie|(?:no|keine|noch keine) (?:comments?|kommentare)(?: yet| vorhanden)?|kommentar veröffentlichen|be the first to comment)\s*[:.!›»>]?$/i;

/**
 * The commonest of those controls in the other languages of the web ("Mehr erfahren", "In den Warenkorb", "Alle anzeigen",
 * "En savoir plus", "Ajouter au panier", "Ver más", "Scopri di più", "Meer informatie").
 */
const CONTROL_TEXT_ELSEWHERE =
  /^(?:mehr erfahren|mehr anzeigen|weniger anzeigen|alle anzeigen|mehr laden|jetzt kaufen|in den (?:warenkorb|einkaufswagen)|zum warenkorb|in den warenkorb legen|anmelden|einloggen|schließen|sortieren(?: nach)?|filtern|en savoir plus|voir (?:plus|moins|tout)|afficher (?:plus|moins|tout)|charger plus|acheter(?: maintenant)?|ajouter au panier|se connecter|fermer|trier par|filtrer|más información|saber más|ver (?:más|menos|todo)|cargar más|comprar(?: ahora)?|añadir al carrito|agregar al carrito|iniciar sesión|cerrar|ordenar por|scopri di più|mostra (?:di più|altro|tutto)|vedi (?:tutto|altro)|carica altro|acquista(?: ora)?|aggiungi al carrello|accedi|chiudi|ordina per|meer (?:informatie|lezen|weergeven)|lees meer|bekijk (?:alles|meer)|in winkelwagen|inloggen|sluiten|saiba mais|ver mais|comprar agora|adicionar ao carrinho|entrar|fechar|bildunterschrift (?:anzeigen|ausblenden)|(?:artikel|seite) (?:drucken|versenden|merken)|artikel (?:vorlesen(?: lassen)?|anhören)|fehler melden|link kopieren|(?:nächste|vorherige|zur nächsten|zur vorherigen) seite|(?:jetzt )?(?:zum |für den )?newsletter anmelden|jetzt (?:kostenlos )?registrieren|jetzt (?:unterstützen|spenden)|(?:afficher|masquer) la légende|(?:mostrar|ocultar) (?:el )?pie de foto|(?:wird |werden )?(?:geladen|lädt)\s*(?:\.{3}|…)|[^.…]{1,40} (?:wird|werden) geladen\s*(?:\.{3}|…)?|(?:chargement|cargando|caricamento|carregando|a carregar|ładowanie|laddar)(?: [^.…]{1,40})?\s*(?:\.{3}|…)|(?:aan het )?laden\s*(?:\.{3}|…))\s*[›»>→]?$/i;

/**
 * A pager written out as one line of page numbers ("1 2 3 4 5 ... [Next »]", "« previous 1 2 3 … 94 95 next »", "Page 1 2 >"): its
 * words are numbers, ellipses, arrows and the pager's own words only, and its numbers run on (at least two steps of one, or one step
 * beside a pager word), from 1 up, on one line (a program's output of counts in a code block is no pager). Listing and shop pages leave it under their cards where no class word names it (`page-numbers`, hashed
 * classes); no dev gold keeps one. A lone "Next" stays (an essay's heading), as do numbers that do not run on (a table row).
 */
const PAGER_WORD = /^[[(]?(?:[«‹←<>»›→]+|prev(?:ious)?|next|newer|older|first|last|page|posts?|entries)[\])]?$/i;

function isPageNumbers(text: string): boolean {
  if (text.length > 120 || text.includes('\n') || !/\d\s/.test(text)) return false;
  let previous = -1;
  let steps = 0;
  let numbers = 0;
  let words = 0;
  for (const token of text.replace(/…/g, ' … ').split(/\s+/)) {
    if (token === '') continue;
    if (/^\d{1,3}$/.test(token)) {
      const n = Number(token);
      if (n === 0) return false;
      if (n === previous + 1) steps += 1;
      previous = n;
      numbers += 1;
    } else if (token === '…' || token === '...' || token === '|' || token === '·') continue;
    else if (PAGER_WORD.test(token)) words += 1;
    else return false;
  }
  return numbers >= 2 && (steps >= 2 || (steps >= 1 && words > 0));
}

function isControlText(text: string): boolean {
  return CONTROL_TEXT.test(text) || CONTROL_TEXT_ELSEWHERE.test(text) || isPageNumbers(text);
}

/** A block of control labels only, or a list of them: dropped; a list keeps its other items. */
function withoutControls(block: Block): Block | null {
  if (block.kind === 'image') return block;
  if (block.kind === 'list') {
    // A list of running numbers only: a pager set as list items, a rating picker's 1 to 5, a code block's line-number gutter.
    if (block.items.length >= 3 && isPageNumbers(block.items.map((item) => item.text).join(' '))) return null;
    const items = block.items.filter(
      (item) => !isControlText(item.text) && !isCardBadge(item.text) && !isReadingTime(item.text) && !isDeliveryPromise(item.text),
    );
    if (items.length === block.items.length) return block;
    return items.length === 0 ? null : { ...block, items, text: items.map((item) => item.text).join('\n') };
  }
  return isControlText(block.text) ||
    isCardBadge(block.text) ||
    isReadingTime(block.text) ||
    isRatingCount(block.text) ||
    isViewCount(block.text) ||
    isDeliveryPromise(block.text)
    ? null
    : block;
}

/**
 * A site's copyright line ("© 2026 Master Lock Company LLC. | Privacy Policy", "Copyright © 2025 WABC-TV. All Rights Reserved."): the
 * footer's small print, left behind when the footer is not marked up as one. A year must follow the sign ("© Reuters" credits a photo),
 * or the line says "All rights reserved"; a long block is a licence or a disclaimer that says more.
 */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*\d{4}|\ball rights reserved\b/i;

/**
 * The same line in the other languages of the web's news ("© Musterbote 2019 – Alle Rechte vorbehalten", "Tous droits réservés"),
 * and the German news agency's syndication stamp under every story it supplies ("© dpa-infocom, dpa:190802-99-141284/3").
 */
const COPYRIGHT_LINE_ELSEWHERE =
  /\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|wszelkie prawa zastrzeżone)\b|^(?:©\s*dpa-infocom\b|dpa:\d{6}-\d{2}-\d+(?:\/\d+)?$)/i;

function isCopyrightLine(text: string): boolean {
  return text.length < 300 && (COPYRIGHT_LINE.test(text) || COPYRIGHT_LINE_ELSEWHERE.test(text));
}

/**
 * A photo's credit line left as a block of its own beside the image ("Photo credit: ©iStock.com/fizkes", "Credit: Joseph
 * Maldonado", "Getty Images / Holger Leue"): the figure's small print, not the story. A credit naming a website ("Photo Credit:
 * diydanielle.com") is a round-up's source, which the reader follows to the project, unless a © marks it a stock library's
 * ("© Depositphotos.com/…"); a long block says more than a credit.
 */
/** The picture libraries a credit names (PHOTO_CREDIT_LINE before a slash, STOCK_LIBRARY_ALONE alone). */
const PICTURE_LIBRARIES = String.raw`getty images|shutterstock|istock(?:photo)?|ap photo|adobe stock|alamy`;
const PHOTO_CREDIT_LINE = new RegExp(
  String.raw`^(?:(?:(?:photo(?:graph)?|image|picture|(?:header|featured|cover|lead|top) image)s?\s+credits?|credits?)\s*[:：]|(?:${PICTURE_LIBRARIES}|reuters|unsplash)\s*\/)\s*\S`,
  'i',
);
const WEBSITE_NAME = /(?:^|[\s:/])(?:www\.)?[a-z0-9-]+\.(?:com|net|org|co|io|blog)\b/i;

/**
 * A picture library's name alone on its line under the picture ("Getty Images", "AFP via Getty Images", "Shutterstock"): the credit
 * with nothing before it. An agency's or an author's bare name after a © ("© Reuters", "© Regan") is left alone: it signs a story
 * (a wire story's last line, a recipe's) as often as it credits a picture, and two zyte-dev golds keep it.
 */
const STOCK_LIBRARY_ALONE = new RegExp(String.raw`^(?:(?:afp|ap|epa|reuters) via )?(?:${PICTURE_LIBRARIES})(?: stock photo)?$`, 'i');

/** The same labels in German, French, Spanish, Italian and Dutch ("Bildnachweis:", "Foto: dpa", "Crédit photo :", "Crédito:", "Fotocredit:"). */
const PHOTO_CREDIT_LINE_ELSEWHERE =
  /^(?:bildnachweis|bildquelle|fotonachweis|foto-?credits?|fotos?|bild(?:er)?|cr[ée]dits? photos?|crédits?|cr[ée]ditos?(?: fotogr[áa]ficos?)?|credit[io] fotografic[oi]|crediti)\s*[:：]\s*\S/i;

/** The same credit set after a comma with a © ("… installation views, photos © Inexhibit, 2018"): a design magazine's caption line. */
const CAPTION_COPYRIGHT_END = /[,;|–—-]\s*(?:photos?|images?|pictures?|fotos?)\s*©\s*[^©.!?]{2,60}?(?:,?\s*(?:19|20)\d{2})?\.?$/iu;

function isPhotoCreditLine(text: string): boolean {
  if (text.length <= 400 && (CAPTION_CREDIT_END.test(text) || CAPTION_BAR_CREDIT.test(text))) return true;
  if (text.length <= 300 && text.includes('©') && CAPTION_COPYRIGHT_END.test(text)) return true;
  if (text.length <= 300 && text.endsWith(')') && CAPTION_SOURCES_END.test(text)) return true;
  if (
    text.length <= 80 &&
    (COURTESY_LINE.test(text) || SOURCE_LINE.test(text) || STOCK_LIBRARY_ALONE.test(text) || (WIRE_ENDINGS.has(lastWord(text)) && WIRE_CREDIT.test(text)))
  )
    return true;
  return text.length <= 120 && (PHOTO_CREDIT_LINE.test(text) || PHOTO_CREDIT_LINE_ELSEWHERE.test(text)) && (text.includes('©') || !WEBSITE_NAME.test(text));
}

/**
 * A news photo's caption left as a paragraph, known by the credit it ends with: "Smoke rises over Paradise on Thursday. (AP
 * Photo/Noah Berger)", "… (Photo: Getty Images)", "… (Foto: dpa)", "… (Bild: picture alliance/dpa)". A sentence of the story does
 * not end in a photo's credit.
 */
const CAPTION_CREDIT_END = /\((?:ap|afp|epa|reuters|dpa)?\s*(?:photo|foto|image|bild)s?\s*(?:\/|:)\s*[^()]{2,80}\)\s*$/i;
/**
 * The same credit set after a bar, as trade papers write it ("Guests pick their pastries from the cabinets. | Photo by Lisa
 * Jennings"), and a credit line that only says whose the picture is ("Courtesy of brand", "Photo courtesy of the artist"), the
 * product round-ups' line under each photo. A sentence of the story neither ends in a bar and a credit nor is a courtesy alone.
 */
const CAPTION_BAR_CREDIT = /\|\s*(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy of)\s+[^|.!?]{2,60}$/i;
const COURTESY_LINE = /^(?:(?:photo(?:graph)?|image|picture)s?\s+)?courtesy of\s+[^.!?]{2,60}\.?$/i;
/**
 * A photographer's or a reporter's credit under a wire agency, left as its own line under the picture or the headline ("Michael
 * Conroy, AP", "Al Goldis, Associated Press", "Tom Davies Associated Press", "Detroit News wire services"): a name of two to four
 * capitalised words, then the agency, nothing else.
 */
const WIRE_CREDIT =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},?\s+(?:AP|AFP|EPA|Associated Press|Reuters|Agence France-Presse|Getty Images|AP Photo)|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}wire (?:services|reports))$/u;
/** The last words WIRE_CREDIT's lines end with: a line is tested only when it ends with one. */
const WIRE_ENDINGS = new Set(['AP', 'AFP', 'EPA', 'Press', 'Reuters', 'France-Presse', 'Images', 'Photo', 'services', 'reports']);

/** The text after a text's last space (the whole text without one). */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

/**
 * A caption closed by its picture's sources in brackets after the sentence, slash-separated as agencies write them ("The first global
 * geologic map of Titan. (NASA/JPL-Caltech/ASU)", "… in Kyiv. (Reuters/Gleb Garanich)"): a sentence of the story does not end so.
 */
const CAPTION_SOURCES_END =
  /[.!?]["”’]?\s+\((?:\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3})(?:\/\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}){1,3}\)$/u;
/** The BBC's label before a picture's owner, read as one line with it: "Image copyright Getty Images", "Image source, Reuters". */
const SOURCE_LINE = /^(?:photo(?:graph)?|image|picture|video)\s+(?:copyright\s*[,:：]?|source\s*[,:：])\s*[^.!?]{2,60}$/i;

/**
 * A pitch to the reader set as a paragraph of the story: a newsletter's sign-up ("Want more from NBC Select? Sign up for our
 * newsletter…", "Join our mailing list!") or a request to follow the site ("Follow me on Instagram for new recipes!"). A sentence
 * opens with the call and the block names the newsletter or inbox, or the social network; a sentence that merely mentions
 * subscribing or following ("… subscribe to industry newsletters") is the story's own.
 */
const SIGN_UP_CALL = /(?:^|[.!?]\s+)(?:(?:just|please|so|and) )?(?:sign up|subscribe|join)\b/i;
const NEWSLETTER_WORD = /\b(?:newsletters?|mailing list|inbox|email list)\b/i;
const FOLLOW_CALL = /(?:^|[.!?:*]\s+)\W*(?:(?:please|and|also|be sure to|don't forget to|make sure to) )?(?:follow|like|find|connect with) (?:me|us)\b/i;
/**
 * A call to follow the writer by name on a network, the closing line of the 2010s contributor blogs (HuffPost's "Follow Jane Doe on
 * Twitter: www.twitter.com/janedoe", "Follow HuffPost Politics on Facebook", "Follow @janedoe on Twitter"): "Follow", one to five
 * capitalised words or a handle, "on" and the network, opening the block.
 */
const FOLLOW_NAMED =
  /^\W*[Ff]ollow (?:@[\p{L}\p{N}_.]+\s+|(?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){1,5})on (?:[Tt]witter|[Ii]nstagram|[Ff]acebook|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Ll]inked[Ii]n|[Pp]interest|[Tt]hreads|[Bb]luesky|[Mm]astodon|X)\b/u;
const SOCIAL_NETWORK = /\b(?:instagram|facebook|twitter|tiktok|youtube|linkedin|pinterest|telegram|social media)\b/i;
/**
 * A paper's call for readers' stories under each story (the British tabloids' "Got a story for Metro? Get in touch by emailing …",
 * The Sun's "We pay for your stories!" over "Do you have a story for The Sun news desk?", "Got a news tip?"): the question opens
 * the block.
 */
const TIP_CALL =
  /^\W*(?:(?:got|have you got|do you have) (?:a|any) (?:story|news story|news tip|tip|video|picture|photo)s?(?: (?:for|to share with|to sell to) [^?.!]{1,40})?\?|we pay for (?:your )?stories!?$)/i;
/** How the call goes on, when it does: the ways to reach the desk. */
const TIP_CONTACT = /\b(?:e-?mail(?:ing)?|call(?:ing)?|get in touch|contact|send|submit|whatsapp)\b/i;

/** Whether a block is the call alone, or the call and how to reach the desk ("Got a story about the heat? The council …" stays). */
function isTipCall(text: string): boolean {
  const call = TIP_CALL.exec(text);
  if (!call) return false;
  const rest = text.slice(call[0].length).trim();
  return rest === '' || TIP_CONTACT.test(rest);
}

/**
 * A recipe card's call to show the dish (Tasty Recipes' "Tag @handle on Instagram and hashtag it #hashtag", WP Recipe Maker's
 * "Mention @handle or tag #hashtag!", after "Did you make this recipe?" or on its own line; in German "Markiere @handle auf Instagram
 * oder benutze #hashtag!"): "Tag" or "Mention" ("Markiere", "Erwähne", "Tagge", "Verlinke"), a handle, then a network, a hashtag
 * or the end.
 */
const TAG_CALL =
  /^\W*(?:(?:did you (?:make|try)|tried|made) (?:this|the|my|our) recipe\?\s*|hast du (?:das|dieses|mein|unser) rezept (?:ausprobiert|nachgebacken|nachgekocht)\?\s*)?(?:please |bitte )?(?:tag|mention|markiere|erwähne|tagge|verlinke) @[\p{L}\p{N}_.]+(?:\s*[!.]?$| (?:on|auf) (?:instagram|facebook|twitter|tiktok|pinterest|threads)\b| (?:or|and|oder|und) (?:tag|hashtag|use|benutze|verwende|nutze|tagge)\b)/iu;

/**
 * The same calls in German, French, Spanish, Italian, Dutch and Portuguese ("Abonnieren Sie unseren Newsletter", "Inscrivez-vous à
 * notre newsletter", "Suscríbete a nuestro boletín", "Folgen Sie uns auf Instagram", "Suivez-nous sur Facebook", "Seguici su …").
 */
const SIGN_UP_CALL_ELSEWHERE =
  /(?:^|[.!?]\s+)(?:(?:jetzt|gleich|dann|einfach|hier) )*(?:abonnieren sie|abonniere|melden sie sich|melde dich|registrieren sie sich|abonnez-vous|inscrivez-vous|abonne-toi|inscris-toi|suscr[ií]bete|suscr[ií]base|reg[ií]strate|ap[uú]ntate|iscriviti|abbonati|schrijf je in|meld je aan|abonneer|assine|inscreva-se)(?![\p{L}])/iu;
const NEWSLETTER_WORD_ELSEWHERE =
  /newsletter|lettre d'information|bolet[ií]n|posteingang|postfach|bo[iî]te (?:mail|de r[ée]ception)|bandeja de entrada|nieuwsbrief|caixa de entrada/i;
const FOLLOW_CALL_ELSEWHERE =
  /(?:^|[.!?:*]\s+)\W*(?:folg(?:e|en sie|t) (?:mir|uns)|suivez-(?:nous|moi)|s[ií]gue(?:nos|me)|s[ií]ganos|seguici|seguimi|volg (?:ons|mij)|siga-nos)(?![\p{L}])/iu;

/**
 * A request to support the site with money, set as a paragraph: "If you're enjoying this article, consider supporting our
 * award-winning journalism by subscribing.", "Support CNX Software! Donate via …", "If you've enjoyed this interview, please
 * support us by donating a small amount.", "✨ Join my Patreon community …", "… we have a small favor to ask." A sentence opens
 * with the call (or asks the reader who liked this article), and the block names a donation, a patron, journalism or the site's
 * mission; "If you like using Lemmy, consider donating" (a forum post about the project) and "Join our mission" (a shop's
 * greeting) are not asked of the reader of an article.
 */
const SUPPORT_CALL =
  /(?:^|[.!?]\s+)\W*(?:(?:please|so|and) )?(?:(?:consider )?(?:support(?:ing)?|donat(?:e|ing))\b|join (?:my|our) patreon\b|become a patron\b)|(?:^|[.!?]\s+)if you(?:'ve|’ve|'re|’re| have| are)? (?:enjoy(?:ed|ing)?|lik(?:ed?|ing)|found|valu(?:e|ed)|appreciat(?:e|ed)) (?:this|these|our) (?:article|post|story|piece|interview|newsletter|content|journalism|reporting)\b[^.!?]*?\b(?:support|donat)|\bwe have a (?:small )?favou?r to ask\b/i;
/** A loose test for `SUPPORT_WORD`'s words without its word bounds: it rules out nearly every block, and faster. */
const SUPPORT_HINT = /donat|patr[eo]|ko-fi|journalism|our mission|support us|small favou?r/i;
const SUPPORT_WORD = /\b(?:donat(?:e|ion|ions|ing)|patreon|patrons?|ko-fi|journalism|our mission|support us|a small favou?r)\b/i;

/**
 * The same request on German sites ("Unterstützen Sie unabhängigen Journalismus: Mit einem freiwilligen Beitrag …", taz's "taz zahl
 * ich" box, "Jetzt unterstützen"; "Unterstütze uns mit einer Spende", netzpolitik.org's "Unterstütze auch Du unsere Arbeit mit einer
 * Spende." under "Wir sind ein spendenfinanziertes Medium"): the call, in the imperative, opens a sentence and the block
 * names journalism, a voluntary contribution or a donation ("Unterstützt wurde das Projekt von der Stiftung, die Spende …" is news).
 */
const SUPPORT_CALL_GERMAN =
  /(?:^|[.!?]\s+)\W*(?:jetzt )?(?:unterstützen sie|unterstützt (?:uns|unsere arbeit)|unterstütze (?:auch )?(?:du )?(?:uns|mich|unsere arbeit|meine arbeit)|spenden sie|spende (?:jetzt|uns))\b|^wir sind (?:ein |eine )?(?:spenden|leser(?:innen)?)finanziert/i;
const SUPPORT_WORD_GERMAN = /journalismus|freiwillige[nm]? (?:beitrag|betrag|zahlung)|spende|förder(?:mitglied|abo)/i;

/** The word lists of the pitches (isReaderPitch): every pitch but a tag or tip call names one of these. */
export const PITCH_WORD_LISTS: readonly RegExp[] = [SUPPORT_HINT, SUPPORT_WORD_GERMAN, NEWSLETTER_WORD, NEWSLETTER_WORD_ELSEWHERE, SOCIAL_NETWORK];

/**
 * The word lists in one pattern, without their word bounds (dropping an assertion only widens what a pattern finds): a block
 * it finds nothing in is no pitch but for the tag and tip calls, which need no word. One scan of the block instead of five
 * (zyte-dev's blocks: ~0.6 µs against ~1.5 µs a block).
 */
export const PITCH_WORD = new RegExp(
  PITCH_WORD_LISTS.map((list) => {
    if (list.flags !== 'i') throw new Error(`a pitch word list with flags other than i: ${list.source}`);
    return list.source.replaceAll(String.raw`\b`, '');
  }).join('|'),
  'i',
);

/**
 * A paywall's prompt left in the page under a story's first paragraphs ("This article is exclusive to STAT+ subscribers",
 * "Unlock this article — plus in-depth analysis …", "To read the rest of this story subscribe to STAT+.", "Become a paid
 * subscriber to Every to unlock this piece and learn about:", Substack's "This post is for paid subscribers" and "Keep reading
 * with a 7-day free trial", "Dieser Artikel ist nur für Abonnenten"): the publisher's words to a reader without access, not the
 * story. "Already a subscriber? …" is left alone (one gold keeps it as the way to a report).
 */
const PAYWALL_PROMPT =
  /^(?:this (?:article|story|post|piece|content|episode) is (?:exclusive(?:ly)?|only available|available only|reserved|only) (?:to|for) (?:paid |premium )?[^.!?]{0,40}?(?:subscribers|members)\b|this post is for paid subscribers\b|unlock this (?:article|story|post|piece)\b|(?:to|want to) (?:read|continue reading|keep reading) (?:the rest of |the full |all of )?this (?:article|story|post|piece)\b[^.!?]{0,60}\b(?:subscribe|sign up|sign in|log in|become)\b|(?:become|upgrade to) a paid (?:subscriber|member)\b|subscribe to [^.!?]{1,40} to (?:keep|continue) reading\b|keep reading with a [^.!?]{0,30}free trial\b|(?:subscribe|sign up|sign in|log in) (?:now |today )?to (?:continue|keep) reading\b|continue reading with a (?:subscription|free trial)\b|dieser (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnierende|mitglieder)\b)/i;

/**
 * A publisher's commerce disclosure in the wording of its group's template, over every shopping story: Hearst's "Every item on this
 * page was chosen by an ELLE Decor editor. We may earn commission on some of the items you choose to buy.", PS's "While each
 * product featured is independently selected by our editors, we may include paid promotion. …", Ziff Davis's "PCMag editors select
 * and review products independently. …", Vox Media's "If you buy something from a Verge link, Vox Media may earn a commission.",
 * "Each company featured in our guides has been independently selected and reviewed by our research team. …". Bloggers' own
 * affiliate notes ("This post may contain affiliate links …") are kept by about a third of the golds and are left alone.
 */
const PUBLISHER_DISCLOSURE =
  /^(?:every (?:item|product) on this page (?:was|is|has been) (?:chosen|hand-?picked|curated|selected) by|while (?:each|every) (?:product|item) featured is independently (?:selected|chosen)|(?:each|every) (?:company|product) featured in our (?:guides|reviews|lists) (?:has been|is|was) independently (?:selected|chosen)|[\p{L}&.'’ ]{2,30} editors select and review products independently|if you buy something (?:from|through) an? [^.!?]{1,40} link,)/iu;

/** A paywall's prompt as a block of its own (at most 250 characters). */
function isPaywallPrompt(text: string): boolean {
  return text.length <= 250 && PAYWALL_PROMPT.test(text);
}

/**
 * A publication's offer of itself under its stories, as magazine groups set it (Future plc's "Get Motor Cycle Monthly delivered
 * through your letterbox every month. 12 issues for £11.99.", Condé Nast's "Subscribe to WIRED and stay smart with more of your
 * favorite Ideas writers.", Moneycontrol's "Get access to India's fastest growing financial subscriptions service Moneycontrol Pro
 * for as little as Rs 599 for first year. …"): a number of issues for a price, a subscription offered "for as little as" a price,
 * or a call to subscribe to the title for what it publishes (its writers, stories, journalism, issues). A call to subscribe to a
 * product's plan ("Subscribe to Ring Home to supercharge your Ring experience") names none of these, and a shop's or a service's
 * page keeps it.
 */
const SUBSCRIPTION_OFFER =
  /\b\d+ (?:issues|editions) for (?:just |only )?[£$€]\s?\d|\bsubscriptions?\b[^.!?]{0,80}\bfor as little as (?:[£$€]|rs\.? ?|inr ?)\d|^subscribe to [^.!?]{1,40}? (?:and|for|to|today|now)\b[^.!?]*\b(?:writers?|journalism|reporting|stories|magazine|issues?|editions?)\b/i;

/** The longest subscription offer (SUBSCRIPTION_OFFER) read as a pitch: an offer may go on to say what the title brings. */
const OFFER_LENGTH = 450;

function isReaderPitch(text: string): boolean {
  if (text.length > 300) return text.length <= OFFER_LENGTH && SUBSCRIPTION_OFFER.test(text);
  if (SUBSCRIPTION_OFFER.test(text)) return true;
  if (!PITCH_WORD.test(text)) return text.length <= 200 && (TAG_CALL.test(text) || isTipCall(text));
  if (SUPPORT_HINT.test(text) && SUPPORT_WORD.test(text) && SUPPORT_CALL.test(text)) return true;
  if (SUPPORT_WORD_GERMAN.test(text) && SUPPORT_CALL_GERMAN.test(text)) return true;
  // The word lists first: they rule out nearly every block, and the calls' patterns (tried at every sentence start, some with
  // Unicode case folding) are the slower tests.
  if ((NEWSLETTER_WORD.test(text) && SIGN_UP_CALL.test(text)) || (NEWSLETTER_WORD_ELSEWHERE.test(text) && SIGN_UP_CALL_ELSEWHERE.test(text))) return true;
  if (text.length <= 200 && (TAG_CALL.test(text) || isTipCall(text))) return true;
  return text.length <= 250 && SOCIAL_NETWORK.test(text) && (FOLLOW_CALL.test(text) || FOLLOW_CALL_ELSEWHERE.test(text) || FOLLOW_NAMED.test(text));
}

/**
 * A post's tag or category line ("Tags: Helena, smart thermostat", "Category: Personal Finance 101", "Filed under: Khawarij |",
 * "Schlagwörter: …", "Étiquettes : …", "Etiquetas: …"): the label, a colon and a short list, with no sentence in it. "Posted in
 * News Release", with no colon, is a line some golds keep; "Category:Portage" is a wiki page's name.
 */
const TAXONOMY_LINE =
  /^(?:tags?|tagged(?: with)?|filed under|categor(?:y|ies)|topics?|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|themen|kategorien?|étiquettes?|mots[- ]clés|catégories?|etiquetas?|categor[ií]as?|temas|categorie|argomenti|trefwoorden|categorieën|onderwerpen|tagi|kategorie|palavras[- ]chave|categorias|tópicos|etiketter)\s*[:：](?:\s|$)/i;

/** A short label, a colon and the rest: "Related Roundup: MacBook Pro", "Buyer's Guide: MacBook Pro (Buy Now)". */
const LABELLED_LINE = /^[^:：\n]{1,30}[:：]\s*\S/;
/** The longest line read as a labelled link beside a tag line. */
const LABELLED_LINE_MAX = 120;

/**
 * Whether a block is a tag or category line's twin in a post's footer: a short "Label: <link>" line (LABELLED_LINE) whose element
 * is the tag line's sibling, of the same tag and the same class attribute. MacRumors sets "Related Roundup: MacBook Pro",
 * "Tag: digitimes.com" and "Buyer's Guide: MacBook Pro (Buy Now)" as three `div`s of one class; only the middle one says
 * "tag", and where the class words name nothing (hashed, a template never seen) its twins are known by standing beside it.
 */
function isLabelledLinkTwin(block: Block, taxonomy: Block): boolean {
  if (block.kind !== 'p' || taxonomy.kind !== 'p' || block.text.length > LABELLED_LINE_MAX || !LABELLED_LINE.test(block.text)) return false;
  const own = block.source;
  const other = taxonomy.source;
  if (own === undefined || other === undefined || own === other || own.parent !== other.parent || own.name !== other.name) return false;
  if (own.attribs.class !== other.attribs.class) return false;
  // The label is its own text and the line ends in its link.
  const html = block.html.trim();
  return !html.startsWith('<a ') && /<\/a>\W*$/.test(html);
}

function isTaxonomyLine(text: string): boolean {
  if (text.length > 200 || !TAXONOMY_LINE.test(text)) return false;
  const rest = text.replace(TAXONOMY_LINE, '');
  return !/[.!?](?:\s|$)/.test(rest);
}

/**
 * WordPress's post footer sentence ("This entry was posted in Travel and tagged Lahn. Bookmark the permalink.", the Kubrick
 * theme's "This entry was posted on Tuesday, October 13th, 2009 at 9:04 pm and is filed under News. You can follow any
 * responses to this entry through the RSS 2.0 feed.", and the German translations "Dieser Eintrag wurde veröffentlicht in
 * Paddeln. Setze ein Lesezeichen auf den Permalink.", "Dieser Beitrag wurde unter News veröffentlicht."): the theme's words
 * around the post's categories, written by no author. The sentence opens the block and names the filing or the permalink.
 */
const POST_UTILITY_OPENING = /^(?:this (?:entry|post) was (?:posted|published|filed)|dieser (?:eintrag|beitrag|artikel) wurde)\b/i;
const POST_UTILITY_WORDS = /\b(?:permalink|filed under|posted in|tagged|rss 2\.0|abgelegt unter|ver(?:ö|oe)ffentlicht|verschlagwortet|lesezeichen)\b/i;

/**
 * The line a WordPress feed (Yoast SEO, and many themes) adds under each post it syndicates, copied back into pages made from
 * the feed: "The post How to Prune Clematis appeared first on Garden Notes.", "Der Beitrag … erschien zuerst auf …", "L’article …
 * est apparu en premier sur …", "La entrada … se publicó primero en …", "L'articolo … proviene da …", "Het bericht … verscheen
 * eerst op …", "O post … apareceu primeiro em …". The site's name is captured.
 */
const FEED_FOOTER =
  /^(?:the post .{1,300} appeared first on|der beitrag .{1,300} erschien zuerst (?:auf|bei)|l[’']article .{1,300} est apparu en premier sur|la entrada .{1,300} (?:se publicó primero|apareció primero) en|l[’']articolo .{1,300} proviene da|het bericht .{1,300} verscheen eerst op|o post .{1,300} apareceu primeiro em) (.{1,80})$/i;

/**
 * A blog theme's notice over an old post ("This post is over 3 years old. I've probably changed my mind since …", The Guardian's
 * "This article is more than 5 years old", "Dieser Beitrag ist älter als ein Jahr"): the template's words about the date, not the
 * post.
 */
const AGE_NOTICE =
  /^(?:this (?:post|article|page|entry|story|content) (?:is|was (?:written|published|posted)) (?:over|more than|about) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?)(?: old| ago)\b|dieser (?:beitrag|artikel) ist (?:über|mehr als|älter als) (?:ein|einem|zwei|drei|vier|fünf|\d+) jahre?n?(?: alt)?\b)/i;

/**
 * A post's row of tools left as one line, only tool words and counts ("Permalink 34 Comments Feed for comments Back to top",
 * "Permalink | Comments (3) | Print"): two or more of them, nothing else.
 */
const POST_TOOLS =
  /^(?:(?:permalink|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|(?:comments?\s+)?(?:rss\s+)?feed(?:\s+for\s+(?:comments|this post))?|back to top|print|e-?mail|trackback(?:\s+url)?)\s*[|·•]?\s*){2,}$/i;

function isPostUtilityLine(text: string): boolean {
  if (text.length <= 120 && POST_TOOLS.test(text)) return true;
  if (text.length <= 400) {
    // The site's name closes the line ("… appeared first on Garden Notes."), not a phrase ("… on the list of …").
    const site = FEED_FOOTER.exec(text)?.[1];
    if (site !== undefined && /^[\p{Lu}\d]/u.test(site)) return true;
  }
  if (text.length <= 250 && AGE_NOTICE.test(text)) return true;
  if (text.length > 400 || !POST_UTILITY_OPENING.test(text)) return false;
  // Or the theme's date line in a sentence: "Dieser Artikel wurde am 21.10.2020 von Peter Meier geschrieben."
  return POST_UTILITY_WORDS.test(text) || (text.length <= 150 && findDateInText(text) !== null);
}

/**
 * A byline's label left alone when the name beside it is not text (a photo, a card opened on hover, a script's fill): "By",
 * "Edited by", "Reviewed by", "Von", "Par", "Escrito por", "Scritto da". A whole block of one says nothing; so every credit counts.
 */
const BARE_BYLINE_LABEL = new RegExp(String.raw`^${ANY_CREDIT_LABEL}\s*:?$`, 'i');

/**
 * A reviewer's credit set as a paragraph under a story's headline, as health, legal and finance publishers print it ("Reviewed by
 * Toni Golen, MD, Editor in Chief, Harvard Women's Health Watch; …", "Medically reviewed by Jane Doe, RN", "Fact checked by …",
 * "Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024."): the publisher's credit to someone
 * other than the writer, not the story. A capital must follow ("Reviewed by the board, the plan …" is a sentence).
 */
const REVIEWER_CREDIT =
  /^(?:(?:medically|medical|clinically|expert|legally|financially) )?(?:reviewed|fact[- ]?checked|verified)(?: and (?:fact[- ]?checked|edited|updated))? by\s*:?\s+(?:dr\.?\s+)?/i;

function isReviewerCredit(text: string): boolean {
  if (text.length > 250) return false;
  const label = REVIEWER_CREDIT.exec(text);
  return label !== null && /^[\p{Lu}]/u.test(text.slice(label[0].length));
}

/** A public broadcaster's label over the broadcast a story was in (NDR, WDR, MDR: "Dieses Thema im Programm:"). */
const PROGRAM_LABEL = /^dieses thema im programm\s*:?$/i;
/** The broadcast under it: parts set off by bars, one a date ("NDR 90,3 | Nachrichten | 02.08.2019 | 10:00 Uhr"). */
const BROADCAST_LINE = /^(?=[^\n]{1,160}$)[^|]+(?:\s\|\s[^|]+){1,5}$/;
const BROADCAST_DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

/** The label of a table of contents ("Table of Contents", "In this article:", "Jump to:", "Inhaltsverzeichnis", "Sommaire"; a toggle's "Show"/"Hide" after it). */
const TOC_LABEL =
  /^(?:table of contents?|contents|in this (?:article|post|guide)|on this page|jump to|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|contenidos?|indice|sommario|inhoudsopgave|inhoud|spis treści|innehåll|sisällys|índice de conteúdo)\s*(?:show|hide|toggle|\[(?:show|hide|toggle)\])?\s*:?$/i;

/** A table of contents' first entry: a list, or a numbered entry ("11.1. Introduction", DocBook's `dl.toc` read line by line). */
const NUMBERED_ENTRY = /^\d+(?:\.\d+)*\.?\s\S/;

/** Whether the block after a contents label is the contents themselves, kept: the label then stays with them. */
function contentsFollow(next: Block | undefined): boolean {
  return next !== undefined && (next.kind === 'list' || (next.kind === 'p' && NUMBERED_ENTRY.test(next.text)));
}

/**
 * The title of a blog's comment section: "Comments", "12 Comments", "Reader Comments", "Comments (3)", "Top Rated Comments" (MacRumors),
 * and the reply form's that opens it: "Leave a Reply" (WordPress), "Post a Comment" (Blogger), "Join the discussion".
 */
const COMMENTS_TITLE =
  /^(?:(?:\d[\d,]*\s+)?(?:(?:top|most|highest)[- ]rated\s+|top\s+|reader\s+)?comments?(?:\s*\(\d[\d,]*\))?|leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)):?$/i;

/**
 * Jetpack's likes widget (WordPress.com and Jetpack sites): the placeholder "Like Loading…" and the title "Like this:" over it, in
 * the translations WordPress.com ships (German "Gefällt mir:" over "Gefällt mir Wird geladen …", Spanish "Me gusta esto:" over "Me
 * gusta Cargando...", Indonesian "Sukai ini:" over "Suka Memuat...").
 */
const JETPACK_LIKES = /^(?:like loading|gefällt mir wird geladen|me gusta cargando|suka memuat)\s?(?:\.{3}|…)?$/i;
const JETPACK_LIKES_TITLE = /^(?:like this|gefällt mir|me gusta(?: esto)?|sukai ini)\s?:$/i;
/** The longest line of the widget (JETPACK_LIKES, JETPACK_LIKES_TITLE). */
const JETPACK_LINE = 28;

/** Whether a page's blocks may end at a blog's comment section (cutTail's COMMENT_COUNT_HEADING, COMMENTS_TITLE): an article, or a page that states no kind and is no thread. */
function isBlog(kind: PageKind, scorer: Scorer): boolean {
  return kind === 'article' || (kind === 'other' && !scorer.isThread());
}

/** cleanBlocks for blocks read from the page's region or body rather than a container: the kind a product item makes it, and a blog's cuts. */
function cleanPageBlocks(blocks: Block[], kind: PageKind, scorer: Scorer, storyPage: boolean): Block[] {
  const pageKind = productKind(kind, scorer);
  return cleanBlocks(blocks, pageKind, isBlog(pageKind, scorer), storyPage);
}

function isJetpackPlaceholder(block: Block | undefined): boolean {
  return block !== undefined && block.kind !== 'image' && JETPACK_LIKES.test(block.text);
}

/** One price twice, the same amount ("$19.99 $19.99", "149 € 149 €"): the line's whole text. */
const DOUBLED_PRICE = /^((?:[$€£¥]|US\$|C\$|A\$)\s?\d[\d,.]*|\d[\d,.]*\s?(?:[€£$]|kr|zł|Kč)) \1$/u;
/** The longest line read for DOUBLED_PRICE. */
const DOUBLED_PRICE_TEXT = 40;

/**
 * A card's price written twice, the same amount ("$19.99 $19.99"), is read once. Shopify Dawn writes a card's price in a regular
 * block and a sale block (the price it replaces struck through, then the price); when nothing is on sale both amounts are the
 * same and its stylesheet hides the sale block (hiddenPriceVariant, by the class words where the template names them). Two
 * different amounts (a sale price beside the one it replaces) stay.
 */
function withoutDoubledPrice(block: Block): Block {
  if (block.kind !== 'p' || block.text.length > DOUBLED_PRICE_TEXT) return block;
  const match = DOUBLED_PRICE.exec(block.text);
  return match === null ? block : { ...block, text: match[1]!, html: escapeHtml(match[1]!) };
}

/**
 * Drops boilerplate and control blocks and cuts the tail. Pages that are not articles (listings, shops, services) drop a card title
 * repeated right after itself; product pages drop every block that repeats an earlier one: shops render the same description,
 * feature list or spec row twice (a mobile and a desktop layout, a sticky buy bar), and a reader sees it once. `story`: the page
 * states no kind but shows itself as a story (isStoryPage), and a caption repeating its picture's alt goes as on an article.
 */
function cleanBlocks(blocks: Block[], kind: PageKind, blog = kind === 'article', story = false): Block[] {
  const cards = kind !== 'article';
  const seen = kind === 'product' ? new Set<string>() : null;
  const unboiled: Block[] = [];
  let previous = '';
  let broadcastNext = false;
  // Text blocks met so far: a reviewer's credit is read only among the first.
  let texts = 0;
  let alts: string[] | null = null;
  // The tag or category line just dropped, while its twins may follow it (isLabelledLinkTwin).
  let taxonomy: Block | null = null;
  for (let bi = 0; bi < blocks.length; bi += 1) {
    const block = blocks[bi]!;
    if (block.kind === 'image') {
      const alt = block.image.alt;
      if (alt !== null && alt.length >= CAPTION_ALT) (alts ??= []).push(alt);
    } else {
      // On an article only (or a page of no stated kind that shows itself as a story, session 47): a shop's or a listing's card
      // names its item as its image's alt does, and that name is the card's text. A caption led by its picture's credit is one on any page.
      if (
        block.kind === 'p' &&
        (kind === 'article' || (story && kind === 'other') ? repeatsAlt(block.text, alts, blocks[bi - 1]) : isCreditedAltTail(block.text, alts))
      )
        continue;
      texts += 1;
      // The broadcast a public broadcaster's label names on the next line ("Dieses Thema im Programm:" / "NDR Info | Nachrichten |
      // 02.08.2019 | 10:00 Uhr").
      if (broadcastNext) {
        broadcastNext = false;
        if (block.kind === 'p' && BROADCAST_LINE.test(block.text) && BROADCAST_DATE.test(block.text)) continue;
      }
      // A blog's comment section under a heading of its own ("Comments", "12 Comments", "Comments (3)", "Top Rated Comments", "Leave a
      // Reply"): the post ends there. Where class words name nothing (a template never seen), this heading is what still says so.
      if (blog && block.kind === 'h' && unboiled.length > 0 && block.text.length <= 40 && COMMENTS_TITLE.test(block.text)) break;
      if (isBoilerText(block.text)) {
        broadcastNext = PROGRAM_LABEL.test(block.text);
        continue;
      }
      if (isAdBreak(block.text)) continue;
      // Jetpack's likes widget under a WordPress post: its "Like this:" title over the "Like Loading…" placeholder the script replaces.
      if (
        block.kind !== 'list' &&
        block.text.length <= JETPACK_LINE &&
        (JETPACK_LIKES.test(block.text) || (JETPACK_LIKES_TITLE.test(block.text) && isJetpackPlaceholder(blocks[bi + 1])))
      )
        continue;
      if (block.kind !== 'list' && isCopyrightLine(block.text)) continue;
      if (block.kind !== 'list' && isPhotoCreditLine(block.text)) continue;
      if (block.kind !== 'list' && (isReaderPitch(block.text) || isPaywallPrompt(block.text))) continue;
      if (block.kind === 'p' && block.text.length <= 300 && PUBLISHER_DISCLOSURE.test(block.text)) continue;
      // A table of contents is dropped as a link farm (or hidden behind its toggle), and its label stays behind alone.
      // On a page that is not an article (a manual's chapter), the label of contents that are kept stays with them.
      if (block.kind !== 'list' && TOC_LABEL.test(block.text) && (kind === 'article' || !contentsFollow(blocks[bi + 1]))) continue;
      if (kind === 'article' && block.kind === 'p' && BARE_BYLINE_LABEL.test(block.text)) continue;
      // Harvard Health sets it as a one-item list.
      if (
        (kind === 'article' || kind === 'other') &&
        texts <= 10 &&
        (block.kind === 'p' || (block.kind === 'list' && block.items.length === 1)) &&
        isReviewerCredit(block.text)
      )
        continue;
      if (block.kind === 'p' && isTaxonomyLine(block.text)) {
        // Its twins around it ("Related Roundup: <a>MacBook Pro</a>", "Buyer's Guide: <a>…</a>") are the same footer.
        while (unboiled.length > 0 && isLabelledLinkTwin(unboiled[unboiled.length - 1]!, block)) unboiled.pop();
        taxonomy = block;
        continue;
      }
      if (taxonomy !== null && isLabelledLinkTwin(block, taxonomy)) continue;
      taxonomy = null;
      if (block.kind === 'p' && isPostUtilityLine(block.text)) continue;
      if (seen) {
        if (seen.has(block.text)) continue;
        seen.add(block.text);
      }
      // Cards repeat their title (the image link's text, then the heading): one copy is enough. Sentences may repeat on purpose.
      if (cards && block.text === previous && weightedLength(block.text) <= 160 && !/[.。!！]$/.test(block.text)) continue;
      previous = block.text;
    }
    const kept = withoutControls(cards ? withoutDoubledPrice(block) : block);
    if (kept) unboiled.push(kept);
  }
  const kept = cutTail(withoutRepeatedCalls(withoutRiverBoxes(withoutRepeatedRuns(unboiled), kind === 'article')), kind === 'article', blog);
  if (kind === 'product') withoutCrossSells(kept);
  withoutCommentCounters(kept);
  // Pages that state no kind too: the older news templates state nothing.
  if (kind === 'article' || kind === 'other') {
    withoutReporterContact(kept);
    withoutClosingDisclosure(kept);
  }
  // A heading with nothing after it introduces a skipped block (related links, comments).
  while (kept.length > 0 && kept[kept.length - 1]!.kind === 'h') kept.pop();
  return kept;
}

/**
 * A count of a post's comments or a thread's replies alone on its line ("6 comments", SB Nation's "New, 6 comments" under the
 * headline, a forum thread's "76 Replies" over the first answer): a link to the discussion or its counter, not what was written.
 * Left after cutTail, which ends a blog's post at such a count where the comments follow it (COMMENT_COUNT_HEADING).
 */
const COMMENT_COUNTER = /^(?:new,?\s*)?\d[\d,]*\s+(?:comments?|responses?|replies)$/i;
/** The longest comment counter (COMMENT_COUNTER) read. */
const COMMENT_COUNTER_TEXT = 30;

/** Drops the comment counters (COMMENT_COUNTER) among the blocks (in place). */
function withoutCommentCounters(blocks: Block[]): void {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i]!;
    if ((block.kind === 'p' || block.kind === 'h') && block.text.length <= COMMENT_COUNTER_TEXT && COMMENT_COUNTER.test(block.text)) blocks.splice(i, 1);
  }
}

/** The longest line of a river's card (isRiverLine): a headline or a kicker. */
const RIVER_LINE = 140;
/** A sentence's end: a stop, a question, an exclamation or an ellipsis, a closing quote or parenthesis after it allowed. */
const SENTENCE_END = /[.!?…]["”'’)]?$/;

/** A line of a river's card: a heading, an image, or a short line that is not a sentence (a headline, a kicker). */
function isRiverLine(block: Block): boolean {
  if (block.kind === 'image' || block.kind === 'h') return true;
  return block.kind === 'p' && block.text.length <= RIVER_LINE && !SENTENCE_END.test(block.text);
}

/**
 * Drops, from an article, a box of other stories set inside it: a river heading ("Most read in world news", "Latest News",
 * RIVER_HEADING) after some of the story, over two or more of its cards' lines (isRiverLine), with the story resuming after them
 * for a third of the text or more. Class words name such a rail where a template is known ("rail--trending"); where they say
 * nothing, its heading and its lines do. cutTail, which cuts from such a heading on, would cut the rest of the story with it.
 */
function withoutRiverBoxes(blocks: Block[], article: boolean): Block[] {
  if (!article) return blocks;
  let total = 0;
  for (const block of blocks) if (block.kind !== 'image') total += block.text.length;
  let out: Block[] | null = null;
  let before = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') {
      out?.push(block);
      continue;
    }
    if (before > 0 && block.kind !== 'list' && block.text.length <= 60 && RIVER_HEADING.test(block.text)) {
      let end = i + 1;
      let box = block.text.length;
      for (; end < blocks.length && isRiverLine(blocks[end]!); end += 1) {
        const line = blocks[end]!;
        if (line.kind !== 'image') box += line.text.length;
      }
      // The story after the box: the text neither before the box nor in it.
      if (end - i > 2 && (total - before - box) * 3 >= total) {
        out ??= blocks.slice(0, i);
        before += box;
        i = end - 1;
        continue;
      }
    }
    before += block.text.length;
    out?.push(block);
  }
  return out ?? blocks;
}

/** How many levels up from a hover card its paragraph may sit (isHoverCard). */
const HOVER_CARD_DEPTH = 3;

/**
 * A hover card: a `<span>` set in a paragraph's line right after a link, holding an image and two or more links of its own (the
 * person's or the topic's card the link pops up on hover, with a portrait and their latest stories: The Hill's people rollovers).
 * Class words name it where a template is known ("rollover", "hovercard", "popover"); the link that shows it, the name in the
 * sentence, is the text and stays.
 */
function isHoverCard(element: Element): boolean {
  if (previousElementPastBlank(element)?.name !== 'a') return false;
  let inParagraph = false;
  let at = element.parent;
  for (let level = 0; level < HOVER_CARD_DEPTH && at !== null && isElement(at); level += 1, at = at.parent) {
    if (at.name === 'p') {
      inParagraph = true;
      break;
    }
  }
  if (!inParagraph || !containsTag(element, 'img')) return false;
  return countTag(element, 'a', 2) >= 2;
}

/** A link's wrapper that holds the link's hover card (isHoverCard) right after it. */
function holdsHoverCard(element: Element): boolean {
  let link: Element | null = null;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (link === null) {
      if (child.name !== 'a') return false;
      link = child;
    } else return child.name === 'span' && isHoverCard(child);
  }
  return false;
}

/** A caption's own toggle after its text ("… Nov. 19, 2019. less", "… more"): the link that cuts it short or shows it whole. */
const CAPTION_TOGGLE = /\s+(?:less|more|(?:read|show|see) (?:less|more))$/i;

/** The fewest characters of an image's alt text, and of a paragraph that repeats it, for repeatsAlt to read: a sentence, not a name. */
const CAPTION_ALT = 40;

/**
 * Whether a paragraph is an image's caption written out again. Of CAPTION_ALT characters or more: an alt text met before it (`alts`,
 * those of CAPTION_ALT or more) opens with the whole paragraph, cut short ("…") or not. News galleries set the caption as the alt,
 * with its credit after ("… in Las Vegas. Photo: …"), and then as text under the slide, in full and truncated, once per breakpoint;
 * class words ("caption-full") name those where a template is known. Shorter: right under its image (`before`), word for word that
 * image's alt, in three words or more ("Inverted 'T' design for arrow keys" under the photo whose alt it is); one or two words under
 * a picture are a card's name or a logo's label ("Mayzlin" under its logo in a round-up), which the golds keep, as they keep a
 * shop's or a listing's card name (read on articles only). A long one led by its picture's credit may close the alt instead
 * (isCreditedAltTail). The golds leave captions out.
 */
function repeatsAlt(text: string, alts: string[] | null, before: Block | undefined): boolean {
  if (text.length >= CAPTION_ALT) {
    if (alts === null) return false;
    const core = text.replace(CAPTION_TOGGLE, '').replace(/[\s.…]+$/, '');
    for (const alt of alts) if (alt.startsWith(core)) return true;
    return isCreditedAltTail(text, alts);
  }
  const alt = before?.kind === 'image' ? before.image.alt : null;
  return alt !== null && normalizeSpace(alt) === text && text.split(' ').length >= 3;
}

const COPYRIGHT_SIGN = 0x00a9;
/** The longest picture credit before a caption (isCreditedAltTail): "© " and a name or an agency. */
const CAPTION_CREDIT = 50;

/**
 * A caption led by its picture's credit whose words close an alt text met before it ("© John Brecher Needle poking skin during …"
 * under the alt "a hand holding a blue object: Needle poking skin during …"): MSN writes a machine's description of the picture,
 * a colon and the caption as the alt, and the credit and the caption again under the picture. The caption after the credit
 * (from a word's start within CAPTION_CREDIT characters) is CAPTION_ALT characters or more and ends the alt. The credit makes it
 * a caption on a page of any kind.
 */
function isCreditedAltTail(text: string, alts: readonly string[] | null): boolean {
  if (alts === null || text.charCodeAt(0) !== COPYRIGHT_SIGN || text.length < CAPTION_ALT) return false;
  const core = text.replace(/[\s.…]+$/, '');
  // Each alt without its closing stop, once: every word start of the credit is tried against all of them.
  const ends = alts.map((alt) => alt.replace(/[\s.…]+$/, ''));
  for (let at = core.indexOf(' '); at > 0 && at <= CAPTION_CREDIT; at = core.indexOf(' ', at + 1)) {
    const caption = core.slice(at + 1);
    if (caption.length < CAPTION_ALT) return false;
    for (const end of ends) if (end.endsWith(caption)) return true;
  }
  return false;
}

/**
 * How a news story's last lines tell the reader to reach its reporter ("Jane Doe can be reached at 555-1234 or jdoe@paper.com.",
 * "Have a tip? Amy Kuperinsky may be reached at …", "Reach the reporters on Twitter at …", "Contact the writer at …", "Sie erreichen
 * die Autorin unter …", and Hearst's wordless "paul.takahashi@chron.com twitter.com/paultakahashi": an address with a handle):
 * the paper's furniture under every story, not the story.
 */
const REPORTER_CONTACT =
  /\b(?:can|may) be reached (?:at|by|via|on)\b.*(?:@|twitter)|(?:^|[.!?]\s+)(?:reach|contact|email|e-mail) (?:the )?(?:reporters?|writers?|authors?|columnist|him|her|them) (?:at|on|via|by)\b|(?:^|[.!?]\s+)(?:reach|contact|email|e-mail) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:at|via) [\w.+-]+@[\w-]+\.|(?:^|[.!?]\s+)sie erreichen (?:den autor|die autorin|die autoren|die redaktion|ihn|sie) (?:unter|per)\b|^kontakt zu[mr] (?:autor|autorin)\b|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|·•,]?\s*(?:(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w+|@\w+)\s*$/iu;

/** Drops a reporter's contact line among the last three text blocks of an article (in place). */
function withoutReporterContact(blocks: Block[]): void {
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < 3; i -= 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    seen += 1;
    if (block.kind === 'p' && block.text.length <= 250 && REPORTER_CONTACT.test(block.text)) blocks.splice(i, 1);
  }
}

/**
 * An affiliate disclosure's words: the links or the program named ("This post may contain affiliate links", "As an Amazon Associate",
 * "I earn from qualifying purchases"). A commission or compensation alone is not enough: "As your agent, I earn a commission only
 * when you buy" is a story's fact, and Car Talk's closing "… we may receive referral compensation" is kept by its gold.
 */
const AFFILIATE_CUE = /\baffiliate (?:links?|marketer|relationships?)\b|\bqualifying purchases\b|\bamazon associate\b/i;
/** The site speaking of itself: the first person or "this post". Prose about affiliate marketing speaks of others. */
const DISCLOSURE_VOICE = /\b(?:I|[Ww]e|us|me|[Mm]y|[Oo]ur)\b|\b[Tt]his (?:post|article|page|site|website|blog|guide)\b/;
/** The most characters a closing disclosure holds. */
const CLOSING_DISCLOSURE = 400;
/** The fewest text blocks before a closing disclosure: the body it closes. */
const CLOSING_AFTER = 3;

/**
 * Drops an affiliate disclosure among the last three text blocks of an article (in place): the blog's standing note under every
 * post ("Disclosure: As an Affiliate Marketer, I earn from qualifying purchases. …", "*Affiliate links are used in the post which
 * means I can receive a (very) small amount of commission …", "As an Amazon Associate we earn from qualifying purchases."). The
 * same note before the body is kept by about half the golds and stays; after it, the dev golds leave it out on every page.
 */
function withoutClosingDisclosure(blocks: Block[]): void {
  let texts = 0;
  for (const block of blocks) if (block.kind !== 'image') texts += 1;
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < 3; i -= 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    seen += 1;
    // After the body: three text blocks or more stand before it (a short post's opening note is not its end).
    if (texts - seen < CLOSING_AFTER) break;
    if (block.kind === 'p' && block.text.length <= CLOSING_DISCLOSURE && AFFILIATE_CUE.test(block.text) && DISCLOSURE_VOICE.test(block.text))
      blocks.splice(i, 1);
  }
}

/** A call to action's words: a short imperative line ("View Trailforks Map", "Read entire review", "Explore in 3D"). */
const CALL_TO_ACTION =
  /^(?:view|visit|explore|discover|see|read|watch|learn|shop|get|find|browse|download|book|join|try|start|request|apply|check|more)\b[^.!?:;]{0,36}$/i;
/** Two to five words: a lone "View" under each card is its link's label, as some golds keep it. */
const CALL_WORDS = /^\S+(?: \S+){1,4}$/;
/** How often a call to action's line must come for it to be a card's button rather than a link the text names. */
const REPEATED_CALLS = 3;

/**
 * A card's call to action, repeated card after card: a paragraph that is one link and nothing else, of two to five words that
 * tell the reader to act ("View Trailforks Map", "Read the full story", "Explore in 3D"), met three times or more with the same
 * words. Whatever a template names it (`btn`, `button`, `cta`, or hashed classes), it is the card's button, not what it lists.
 */
function withoutRepeatedCalls(blocks: Block[]): Block[] {
  let counts: Map<string, number> | null = null;
  for (const block of blocks) {
    const call = callToAction(block);
    if (call === null) continue;
    counts ??= new Map();
    counts.set(call, (counts.get(call) ?? 0) + 1);
  }
  if (counts === null) return blocks;
  let repeated = false;
  for (const count of counts.values()) if (count >= REPEATED_CALLS) repeated = true;
  if (!repeated) return blocks;
  return blocks.filter((block) => {
    const call = callToAction(block);
    return call === null || counts.get(call)! < REPEATED_CALLS;
  });
}

/** The words of a block that is a call to action's link alone (withoutRepeatedCalls), or null. */
function callToAction(block: Block): string | null {
  if (block.kind !== 'p' || block.text.length > 40 || !CALL_TO_ACTION.test(block.text) || !CALL_WORDS.test(block.text)) return null;
  return isLinkCard(block) ? block.text : null;
}

/**
 * A run of two to four different blocks that comes three times or more in a row ("Colorful design that lets you shine" and its
 * lead, once per colour swatch; a carousel's card copied for every slide: "Prompt to code anything you can imagine with AI." /
 * "Explore Figma Make" eight times) is a slider's track whose copies the page shows one at a time: the first copy is kept. A
 * run of one block (a documentation page's tabbed variants of one sentence) and a run seen twice (a card listed in two
 * sections) stay.
 */
function withoutRepeatedRuns(blocks: Block[]): Block[] {
  const texts: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'image') {
      texts.push(block.text);
      at.push(i);
    }
  }
  let dropped: Set<number> | null = null;
  let i = 0;
  while (i < texts.length) {
    let copies = 1;
    let size = 0;
    for (let run = REPEATED_RUN_MIN; run <= REPEATED_RUN_MAX && i + run * REPEATED_RUN_COPIES <= texts.length; run++) {
      if (!repeatableRun(texts, i, run)) continue;
      let count = 1;
      while (i + (count + 1) * run <= texts.length && sameRun(texts, i, i + count * run, run)) count++;
      if (count >= REPEATED_RUN_COPIES) {
        copies = count;
        size = run;
        break;
      }
    }
    if (copies === 1) {
      i++;
      continue;
    }
    dropped ??= new Set<number>();
    for (let j = i + size; j < i + copies * size; j++) dropped.add(at[j]!);
    i += copies * size;
  }
  if (!dropped) return blocks;
  return blocks.filter((_, index) => !dropped.has(index));
}

const REPEATED_RUN_MIN = 2;
const REPEATED_RUN_MAX = 4;
const REPEATED_RUN_COPIES = 3;
/** Characters a run must hold: short labels ("New", "Sale") repeat by nature. */
const REPEATED_RUN_LENGTH = 60;

/** Whether texts[start, start + run) are different texts that hold enough characters to count as a repeated run. */
function repeatableRun(texts: string[], start: number, run: number): boolean {
  let length = 0;
  for (let j = start; j < start + run; j++) {
    length += texts[j]!.length;
    for (let k = start; k < j; k++) if (texts[k] === texts[j]) return false;
  }
  return length >= REPEATED_RUN_LENGTH;
}

function sameRun(texts: string[], first: number, second: number, run: number): boolean {
  for (let j = 0; j < run; j++) if (texts[first + j] !== texts[second + j]) return false;
  return true;
}

/**
 * Extracts the body blocks of a page with the generic scorer; baseUrl makes links absolute.
 * `kind` (page-kind.ts) sets which blocks are boilerplate and how much of the page's main region
 * the best candidate must hold: on pages that are not articles (listings, products, services) a
 * candidate holding only a part of the main region is one item or section, and the whole region is the body.
 * The tree must come from parseHtml, and `elements` is its element count (parseHtml numbers the elements). `statedDescription`
 * is the product's description as the page's JSON-LD states it (page-kind.ts, statedProductDescription), or null.
 */
export function extractGenericBody(
  document: ParentNode,
  body: Element,
  baseUrl: string,
  elements: number,
  kind: PageKind = 'article',
  statedDescription: string | null = null,
  statedReviews: readonly string[] = [],
  /** A page that states no kind but shows itself as a story (page-kind.ts, isStoryPage). */
  storyPage = false,
): GenericResult {
  slabUsed = 0;
  const articleLike = kind === 'article';
  // On a product page, the list of the shoppers' reviews its JSON-LD states, found by their texts (statedReviewList).
  const reviewList = kind === 'product' ? statedReviewList(body, statedReviews) : null;
  let best = attempt(body, baseUrl, elements, kind, true, false, undefined, reviewList, storyPage);
  const precomputed = best.precomputed;
  // Readability's retry: class hints sometimes hide the article itself (class="content-comments-wrapper").
  if (best.length < 500) {
    const second = attempt(body, baseUrl, elements, kind, false, false, precomputed, reviewList, storyPage);
    if ((second.length > best.length * 1.5 || (second.length >= best.length && hintsHideRegion(best, second, body))) && !leavesMain(best, second, body))
      best = second;
  }
  // Pages that render with scripts keep their text in <noscript> or in hidden templates.
  if (best.length < 200) {
    const revealed = attempt(body, baseUrl, elements, kind, false, true, precomputed, reviewList, storyPage);
    if (revealed.length > best.length * 1.5) best = revealed;
  }
  // The page's main region, when the best candidate holds too little of it.
  const { scorer, reveal } = best;
  let blocks = best.blocks;
  let container = best.container;
  let length = best.length;
  const region = mainRegion(scorer, body);
  const regionText = scorer.textLength(region);
  const ink = best.ink;
  // A page's footer holds prose too (disclosures, legal notes), but where the page marks its main region the footer is not the content.
  const inFooter = region !== body && container !== null && inPageFooter(container, region);
  // A DocBook page's part (docbookPart) is the page's whole document, short as a chapter's page of contents is.
  const framed = container !== null && container === framedPart(scorer);
  // On a page that is not an article, an FAQ accordion picked as the best container (isAccordion) is one section of the page:
  // the region is read whole when the accordion holds under three quarters of it.
  const faq = !articleLike && container !== null && ink < regionText * ACCORDION_REGION_SHARE && isAccordion(scorer, container);
  // A best container outside the page's <main> and above the title <main> holds (isAboveTitledMain) is the site's chrome.
  const aboveMain = region !== body && container !== null && isAboveTitledMain(scorer, body, region, container);
  // A story's body (isStoryBody) is read as an article's, and no loop of post cards after it is read as an archive's. Sought
  // only where the container holds under half of the region, the least share any page of no stated kind reads alone.
  const story = storyPage && ink < regionText * 0.5 && isStoryBody(scorer, container, region);
  // The body of the page's titled <article> (isTitledArticleBody) is kept however much chrome (a comment thread) the region adds.
  const readRegion =
    regionText > 0 &&
    !framed &&
    (inFooter ||
      faq ||
      aboveMain ||
      (ink < regionText * (articleLike || story ? 0.15 : 0.5) && !(container !== null && isTitledArticleBody(scorer, container, body, region))));
  // A product page's best block named as the product's description ("product__description") is what the page is read for, not one card of a grid.
  // So is one that is the description the page states in its JSON-LD (statedDescription), where class words say nothing (sought
  // only where the main region would be read in its place).
  const described =
    container !== null &&
    productKind(kind, scorer) === 'product' &&
    (DESCRIPTION.test(classHints(container)) ||
      (readRegion && statedDescription !== null && isStatedDescription(scorer, container, statedDescriptionBlock(scorer, body, statedDescription))));
  if (readRegion && !described) {
    // A page without <main> whose best container holds too little is read whole: its chrome is then read too, unless named as such.
    const chrome = region === body ? new PageChromeFilter(scorer, scorer.textInk(body), body) : scorer;
    const filter = new CookieNoticeFilter(articleLike ? chrome : new OutlineFilter(chrome, scorer), scorer);
    // Only its core, where what lies around that is link-dense chrome (regionCore). The region stays the container: the rules
    // below that read a region read whole (a thread's rows) read it as before.
    const read = container !== null ? regionCore(scorer, container, region, regionText) : region;
    blocks = cleanPageBlocks(collectBlocks(read, { baseUrl, reveal, filter }), kind, scorer, storyPage);
    container = region;
    length = blocksLength(blocks);
  } else if (best.landing !== null) {
    blocks = best.landing;
    length = blocksLength(blocks);
  } else if (best.led !== null) {
    blocks = best.led;
    length = blocksLength(blocks);
  }
  // A blog's archive (a category, tag or author page) reads its description first and then the loop of its posts' cards. WordPress
  // names the page in the body's class; where nothing names it, the loop outweighs the description (isPostLoop).
  if (!articleLike && !story && container !== null && container !== region) {
    const cards = followingCards(scorer, container, body);
    if (cards.length > 0 && (isArchive(body) || isPostLoop(scorer, cards, container))) {
      const read: Block[] = [];
      for (const card of cards)
        for (const block of collectBlocks(card, { baseUrl, reveal, filter: scorer })) {
          const kept = block.kind === 'image' || !isBoilerText(block.text) ? withoutControls(block) : null;
          if (kept) read.push(kept);
        }
      blocks = [...blocks, ...read];
      length = blocksLength(blocks);
    }
  }
  // A thread's address (viewtopic.php, /threads/, /t/slug/N, …) says what a page that states nothing is.
  const threadAddress = isThreadUrl(baseUrl);
  // Threads: every post the page marks up as one (itemprop=text), not only the first or the best-scoring one.
  if (scorer.posts.length >= 2) {
    const posts = withUnmarkedPosts(body, scorer.posts);
    const collected: Block[] = [];
    for (const post of posts) collected.push(...postHeader(post, scorer.posts[0]), ...collectBlocks(post, { baseUrl, reveal, filter: scorer }));
    const thread = cleanBlocks(collected, 'other');
    // On a page that states it is a discussion, the marked posts are its body even when they are short: the body chosen
    // otherwise is then the whole page (menus, user cards, similar threads), which the half test would let win. So at a thread's address.
    if (scorer.isThread() || threadAddress || blocksInk(thread) >= blocksInk(blocks) * 0.5) {
      blocks = thread;
      length = blocksLength(blocks);
    }
  } else if (threadAddress || scorer.isThread()) {
    // A thread nothing marks: its posts framed alike, each read without its frame's card, date and buttons.
    const ink = (element: Element): number => scorer.textInk(element);
    let { posts, frames } = repeatedPosts(body, ink);
    // A thread of two posts framed alike, where the body chosen is inside one of them: both frames are read.
    const pair = posts.length === 0 ? twoPostFrames(body, ink, container) : null;
    if (pair !== null) {
      ({ posts, frames } = pair);
      const read: Block[] = [];
      for (const frame of frames) read.push(...collectBlocks(frame, { baseUrl, reveal, filter: scorer }));
      blocks = cleanBlocks(read, 'other');
    }
    // A thread read whole (the best container held too little of the page, as a short thread's beside long menus and notices):
    // the frames' parent is the thread, where the best container holds it or lies in it (and is not a sidebar framed alike).
    // A thread of two posts read whole: the pair of frames, when each steps down to its text (not two look-alike boxes).
    if (posts.length === 0 && pair === null && container === region) {
      const two = repeatedPosts(body, ink, 2);
      if (two.posts.length === 2 && two.posts.every((post, at) => post !== two.frames[at]) && isWholeRun(two.frames)) ({ posts, frames } = two);
    }
    if (posts.length > 0 && pair === null && container === region) {
      const thread = frames[0]!.parent;
      if (
        thread !== null &&
        isElement(thread) &&
        thread !== region &&
        best.container !== null &&
        (holds(thread, best.container) || holds(best.container, thread))
      )
        blocks = cleanBlocks(
          threadRows(thread, frames).flatMap((row) => collectBlocks(row, { baseUrl, reveal, filter: scorer })),
          'other',
        );
    }
    if (posts.length > 0) {
      blocks = dropFrameChrome(blocks, frameChrome(posts, frames));
      blocks = withPostHeaders(blocks, posts, frames, (post) => collectBlocks(post, { baseUrl, reveal, filter: scorer }));
      length = blocksLength(blocks);
    }
  }
  // Broken markup (a second <html>/<body>) can leave the text outside the first <body>.
  if (length === 0 && body !== (document as unknown as Element)) return extractGenericBody(document, document as unknown as Element, baseUrl, elements, kind);
  // Never nothing: every block of the page that holds text.
  if (length === 0) return { blocks: cleanPageBlocks(collectBlocks(body, { baseUrl, reveal: true }), kind, scorer, storyPage), container: null };
  // A thread (stated, or marking its posts up): quoted posts are read where they were first posted.
  // Forum software shows a poster's profile card beside every post, on threads that state nothing too (phpBB, MyBB, vBulletin).
  blocks = dropThreadFurniture(dropPostControls(dropQuoteLabels(dropBylineNames(dropProfileStats(blocks)))));
  // Site menus set in the content of a page that is not an article or a thread (isOffPageLinkTree), left out only now.
  if (scorer.linkTrees.size > 0) blocks = withoutLinkTrees(blocks, scorer);
  // A page that states it is a product's: the grids of other products, priced card by card, then its bare price lines, its
  // lines that are only links, those that only state its rating and its strips of trust badges.
  if (kind === 'product') {
    withoutPricedCards(blocks);
    withoutBarePrices(blocks);
    withoutLinkLines(blocks);
    withoutRatingLines(blocks);
    withoutTrustStrips(blocks);
  }
  // Threads written with each post's time relative to the render ("2 years ago") lose those lines: frozen, they are no longer true.
  if (scorer.isThread() || scorer.posts.length >= 2 || threadAddress)
    return { blocks: dropPostCardLines(dropRelativeTimes(dropQuotedPosts(blocks))), container };
  // Elsewhere, what follows the body from outside it (not on a thread: there the replies after the opening post are the page's).
  return { blocks: tailOutsideBody(blocks), container };
}

/** The least share of the main region's paragraph ink a story's best container holds to be read as its body (isStoryBody). */
const STORY_PROSE_SHARE = 0.6;
/** The share of a container's paragraph ink in teaser cards (teaserProse) that makes it a river of other stories, not a story. */
const RIVER_PROSE_SHARE = 0.5;

/**
 * On a page that states no kind but shows itself as a story (page-kind.ts, isStoryPage), whether the best container is the
 * story's body: it lies in the main region and holds STORY_PROSE_SHARE of the region's paragraph ink. It is then read as an
 * article's is, and the region is not read whole for holding much more text: on a news or blog template whose class words say
 * nothing (the class-hashed proxy: a WordPress.com theme's sidebar widgets, a news site's rivers of related cards), that text is
 * link lists and cards around the story, not more of it. A container that is one post among others (a comment of an open thread, a
 * forum's reply) holds less of the paragraphs, and the region is read as before.
 *
 * The excerpts of a river's cards are paragraphs too (a "Latest News" column, a news site's rail of other stories, each card a
 * linked title over a line or two): where the container falls short, it is weighed against the region's paragraphs without them
 * (teaserProse). A container whose paragraphs are mostly such excerpts is a river itself (a section page's lead stories, on a site
 * that dates every page it serves), and is no story's body.
 */
function isStoryBody(scorer: Scorer, container: Element | null, region: Element): boolean {
  if (container === null || !holds(region, container) || onlyList(container)) return false;
  const regionProse = scorer.paragraphText(region);
  const prose = scorer.paragraphText(container);
  if (regionProse <= 0 || teaserProse(scorer, container, null) >= prose * RIVER_PROSE_SHARE) return false;
  if (prose >= regionProse * STORY_PROSE_SHARE) return true;
  const teasers = teaserProse(scorer, region, container);
  return teasers > 0 && prose >= (regionProse - teasers) * STORY_PROSE_SHARE;
}

/** Whether the element's one child element is a list: its text is the list's items (a recipe's steps), not a story's paragraphs. */
function onlyList(element: Element): boolean {
  let list: Element | null = null;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (list !== null || (child.name !== 'ol' && child.name !== 'ul')) return false;
    list = child;
  }
  return list !== null;
}

/** Whether a link holds the element, below the card. */
function insideLink(element: Element, card: Element): boolean {
  for (let at = element.parent; at !== null && at !== card && isElement(at); at = at.parent) if (at.name === 'a') return true;
  return false;
}

/** A river's card: an element whose first heading (five levels down at most) links to the story, or lies in the link. */
function isTeaserCard(element: Element): boolean {
  const heading = firstHeading(element, 5);
  return heading !== null && (containsTag(heading, 'a') || insideLink(heading, element));
}

/**
 * The paragraph ink of the teaser cards under `root` (the main region, or the container itself, given no container): runs of
 * TEASER_RUN or more sibling cards of one tag (isTeaserCard), a news river's or a sidebar's stories, each a linked title over its
 * excerpt. Neither the container nor its ancestors are cards, and nothing below the container is counted: its own cards are its
 * text. Where the container lies in a card of such a run (one story among others, a listing's), none is counted.
 */
function teaserProse(scorer: Scorer, root: Element, container: Element | null): number {
  const path = new Set<Element>();
  for (let at: Element | null = container; at !== null && at !== root; at = at.parent !== null && isElement(at.parent) ? at.parent : null) path.add(at);
  // Whether the container lies in a card of a run: one story among others (a listing's), not a story beside a river.
  let inRun = false;
  const walk = (element: Element): number => {
    const cards: Element[] = [];
    let onPath: Element | null = null;
    let below = 0;
    for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (!isElement(child) || scorer.skips(child)) continue;
      if (path.has(child)) {
        onPath = child;
        if (child !== container) below += walk(child);
      } else if ((cards.length === 0 || child.name === cards[0]!.name) && isTeaserCard(child)) cards.push(child);
      else below += walk(child);
    }
    if (cards.length >= TEASER_RUN && onPath !== null && onPath.name === cards[0]!.name && isTeaserCard(onPath)) inRun = true;
    // Fewer than a run: what the cards hold is looked through as the rest is.
    for (const card of cards) below += cards.length >= TEASER_RUN ? scorer.paragraphText(card) : walk(card);
    return below;
  };
  const prose = walk(root);
  return inRun ? 0 : prose;
}

/** The fewest sibling cards that make a river's run (teaserProse): two may be a story's pair of boxes. */
const TEASER_RUN = 3;

/** The least share of the main region's text the core read in its place holds (regionCore). */
const REGION_CORE_SHARE = 0.75;
/** The least link density of the region's text outside the core: menus, link columns and card rows, not prose. */
const REGION_CORE_REST_LINKS = 0.3;

/**
 * The part of the main region read when the region is read whole because the best container holds too little of it: the
 * nearest ancestor of the container that holds REGION_CORE_SHARE of the region's text, when the text of the region outside it
 * is link-dense (REGION_CORE_REST_LINKS). What the region adds around that ancestor is then the page's chrome in plain
 * elements (a footer's link columns, a site menu, a sidebar's cards, a tag panel), which the scorer's class words would have
 * skipped where a template names them; prose outside it (a hero's lead, a standfirst) keeps the whole region read. Otherwise
 * the region itself.
 */
function regionCore(scorer: Scorer, container: Element, region: Element, regionText: number): Element {
  if (!holds(region, container)) return region;
  let core = container;
  while (core !== region && scorer.textLength(core) < regionText * REGION_CORE_SHARE) {
    const parent = core.parent;
    if (parent === null || !isElement(parent)) return region;
    core = parent;
  }
  if (core === region) return region;
  const restText = regionText - scorer.textLength(core);
  const restLinks = scorer.linkLength(region) - scorer.linkLength(core);
  return restText <= 0 || restLinks / restText >= REGION_CORE_REST_LINKS ? core : region;
}

/** The share of the body's text (by weightedLength) that the element tailOutsideBody keeps to must hold. */
const BODY_TEXT_SHARE = 0.9;

/**
 * Drops the blocks after the body that come from outside it. The body is the deepest element that holds BODY_TEXT_SHARE of the
 * text read (each block counted at the element it came from, its `source`); blocks after its last one that come from elsewhere
 * (a sign-up box, a "more posts" grid, a rating widget or a sources list in a sibling branch of the page's wrapper, which the
 * container above both brought along) go. Blocks before it stay: a lead, a standfirst or a title read from outside the body is
 * the story's. The element and the order are read only from where the blocks came from, never from class words.
 */
function tailOutsideBody(blocks: Block[]): Block[] {
  // Each block's weight goes to its source and, once per parent, up the parent's ancestors: paragraphs share their parent,
  // so the climbs are one per parent, not one per block (the weights are the same).
  const weights = new Map<Element, number>();
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const block of blocks) {
    if (block.kind === 'image') continue;
    const source = block.source;
    if (source === undefined) continue;
    const weight = weightedLength(block.text);
    total += weight;
    weights.set(source, (weights.get(source) ?? 0) + weight);
    const parent = source.parent;
    if (parent !== null && isElement(parent)) byParent.set(parent, (byParent.get(parent) ?? 0) + weight);
  }
  if (total === 0) return blocks;
  for (const [parent, weight] of byParent)
    for (let at: ParentNode | null = parent; at !== null && isElement(at); at = at.parent) weights.set(at, (weights.get(at) ?? 0) + weight);
  let body: Element | null = null;
  let depth = -1;
  for (const [element, weight] of weights) {
    if (weight < total * BODY_TEXT_SHARE) continue;
    let level = 0;
    for (let at = element.parent; at !== null; at = at.parent) level += 1;
    if (level > depth) {
      depth = level;
      body = element;
    }
  }
  if (body === null) return blocks;
  // Whether the body holds a block's source, asked once per parent (sources that are the body itself aside).
  const parentInside = new Map<ParentNode, boolean>();
  const inside = (source: Element): boolean => {
    if (source === body) return true;
    const parent = source.parent;
    if (parent === null) return false;
    let known = parentInside.get(parent);
    if (known === undefined) parentInside.set(parent, (known = parent === body || (isElement(parent) && holds(body, parent))));
    return known;
  };
  let last = -1;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'image' && block.source !== undefined && inside(block.source)) last = i;
  }
  let cut = false;
  const kept = blocks.filter((block, i) => {
    const outside = i > last && block.kind !== 'image' && block.source !== undefined && !inside(block.source);
    if (outside) cut = true;
    return !outside;
  });
  return cut ? kept : blocks;
}

/** The least share of its titled `<article>`'s text the best container holds to be that article's body (isTitledArticleBody). */
const TITLED_ARTICLE_SHARE = 0.5;
/** The link density under which the region's text beyond the titled `<article>` is written beside it, not cards (isTitledArticleBody). */
const TITLED_ARTICLE_REST_LINKS = 0.5;

/**
 * Whether the best container is the body of the page's titled article: the nearest ancestor that holds the page's one `<h1>`
 * (onlyTitle, coming before the container) is an `<article>` inside the main region, and the container holds at least
 * TITLED_ARTICLE_SHARE of its text. The page then says where its text is, and the rest of the region is the site's: a story's
 * comment thread, sidebars, related cards, which class words ("comments", "sidebar") leave out of the region's measure on the
 * templates we know and nothing names on the others, so that the container holds too little of the region and it would be read
 * whole with that chrome (Slashdot's story in `<article>` with its `<h1>`, above some 300 comments). Not where the region's text
 * beyond the article is mostly link text (link density TITLED_ARTICLE_REST_LINKS or more): a page that is not an article, with a
 * story over a grid of other stories' teasers, is read whole with its cards (a collection page's body).
 */
function isTitledArticleBody(scorer: Scorer, container: Element, body: Element, region: Element): boolean {
  const title = onlyTitle(scorer, body);
  if (title === null || holds(container, title) || elementOrder(title) > elementOrder(container)) return false;
  for (let at = container.parent; at && isElement(at) && at !== region && at !== body; at = at.parent) {
    if (!holds(at, title)) continue;
    if (at.name !== 'article' || scorer.textLength(container) < scorer.textLength(at) * TITLED_ARTICLE_SHARE) return false;
    const rest = scorer.textLength(region) - scorer.textLength(at);
    return scorer.linkLength(region) - scorer.linkLength(at) < rest * TITLED_ARTICLE_REST_LINKS;
  }
  return false;
}

/** The most of the main region's text an FAQ accordion picked as the best container may hold and the region still be read (extractGenericBody). */
const ACCORDION_REGION_SHARE = 0.75;
/** The least share of its text an element holds in disclosure panels to be an accordion (isAccordion). */
const ACCORDION_PANEL_SHARE = 0.75;

/**
 * Whether an element is an accordion: three quarters or more of its text lies in disclosure panels (Scorer.isDisclosurePanel, the
 * answers an FAQ's questions open). Picked as a landing page's best container, it is its FAQ section, not the page's body.
 */
function isAccordion(scorer: Scorer, element: Element): boolean {
  const text = scorer.textLength(element);
  return text > 0 && panelText(scorer, element) >= text * ACCORDION_PANEL_SHARE;
}

/** Text length of the disclosure panels under an element (outermost panels only). */
function panelText(scorer: Scorer, element: Element): number {
  let total = 0;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (!isElement(kid) || scorer.skips(kid)) continue;
    total += scorer.isDisclosurePanel(kid) ? scorer.textLength(kid) : panelText(scorer, kid);
  }
  return total;
}

/**
 * A thread of two posts that nothing marks (repeatedPosts asked for two frames, not three), where the body chosen lies inside
 * one of the frames and so reads one post of the two (Invision Community's reply whose long signature outscores a short
 * opening post). Each frame must step down to its text (the card and date beside it), as a post's frame does; a page's two
 * look-alike blocks that are whole (two boxes with a date each) are not posts. Null when the page is not such a thread.
 */
function twoPostFrames(body: Element, ink: (element: Element) => number, container: Element | null): { posts: Element[]; frames: Element[] } | null {
  if (container === null) return null;
  const pair = repeatedPosts(body, ink, 2);
  if (pair.posts.length === 0 || pair.posts.some((post, at) => post === pair.frames[at])) return null;
  return pair.frames.some((frame) => holds(frame, container)) && onlyPairOfTag(pair.frames) ? pair : null;
}

/**
 * Whether two frames are the only elements of their tag among their parent's children: a longer thread whose frames alternate
 * their classes (SMF's `windowbg` and `windowbg2`) shows two frames of each class, and neither pair is the whole thread.
 */
function onlyPairOfTag(frames: Element[]): boolean {
  const parent = frames[0]!.parent;
  if (parent === null || !isElement(parent)) return false;
  let count = 0;
  for (const child of parent.children) if (isElement(child) && child.name === frames[0]!.name) count += 1;
  return count === 2;
}

/**
 * The chosen container, narrowed to the page's main region when it holds it: the promotion rules can climb past `<main>` to a
 * wrapper shared with a strong candidate outside it (a legal modal's paragraph, a footer's disclosures), and the page says
 * where its content is.
 */
function withinMain(scorer: Scorer, body: Element, top: Element | null): Element | null {
  if (!top || top === body || !scorer.holdsMain(top)) return top;
  const region = mainRegion(scorer, body);
  return region !== body && region !== top && holds(top, region) ? region : top;
}

/**
 * Whether class hints hid nearly all of the page's main region: the hinted attempt sees under 200 characters of text there, and
 * the attempt without hints four times as much or more. A page builder's layout cells named as widgets ("elementor-widget-wrap")
 * on a page with no post-body wrapper are all flagged, each too small for the half-the-prose rule; the main-region fallback then
 * measures the region without them and finds nothing to fall back to.
 */
function hintsHideRegion(hinted: Attempt, unhinted: Attempt, body: Element): boolean {
  const hintedText = hinted.scorer.textLength(mainRegion(hinted.scorer, body));
  return hintedText < 200 && unhinted.scorer.textLength(mainRegion(unhinted.scorer, body)) >= hintedText * 4;
}

/**
 * Whether the retry without class hints leaves the page's main region for something outside it: the hinted attempt's container is
 * in `<main>` (or role=main) and the retry's is neither in it nor around it. The retry is there for an article that class hints
 * hide; one found inside the region the page marks was not hidden, and what the retry finds outside it is what the hints flagged
 * (a shop's promotion bar of shipping offers above a short collection grid, `promo-bar`), so the short body found in `<main>` stays.
 */
function leavesMain(hinted: Attempt, unhinted: Attempt, body: Element): boolean {
  const region = mainRegion(hinted.scorer, body);
  if (region === body || hinted.container === null || unhinted.container === null) return false;
  return holds(region, hinted.container) && !holds(region, unhinted.container) && !holds(unhinted.container, region);
}

/** One scoring of a page: its blocks, their weighted length and ink (measured once), and the scorer and walk that made them. */
type Attempt = GenericResult & {
  scorer: Scorer;
  reveal: boolean;
  precomputed: Precomputed;
  length: number;
  ink: number;
  landing: Block[] | null;
  led: Block[] | null;
};

/**
 * DocBook XSL's chunked output (PostgreSQL's manual, gtk-doc's API references, the FreeBSD Handbook) writes each page as
 * `div.navheader` (a "Prev / Up / Home / Next" table), the document part (`div.chapter`, `div.sect1`, `div.refentry`, …) and
 * `div.navfooter`, siblings in that order. When the chosen container holds that part or sits inside it, the part is the body: a
 * chapter's page is its table of contents and a lead, which the scorer ranks below the site's banners around it, and a reference
 * entry's best candidate is one `refsect1` (its parameters), whose siblings the join takes but not the name line and synopsis
 * before them. So is it when the container is a box beside the frame's wrapper (the part's grandparent holds it): with no class
 * words to mark it, a chapter's short lead loses to the site's "Submit correction" box after the frame.
 */
function docbookPart(scorer: Scorer, top: Element | null): Element | null {
  const part = framedPart(scorer);
  if (top === null || part === null) return top;
  const around = part.parent?.parent;
  return holds(top, part) || holds(part, top) || (around != null && isElement(around) && holds(around, top)) ? part : top;
}

/** The element between the page's DocBook `div.navheader` and a `div.navfooter` right after it (docbookPart), or null. */
function framedPart(scorer: Scorer): Element | null {
  const header = scorer.navHeader;
  const part = header === null ? null : nextElement(header);
  if (part === null || part.name !== 'div' || part.attribs.class === undefined) return null;
  const footer = nextElement(part);
  return footer !== null && isDocbookNav(footer, 'navfooter', 'Navigation footer') ? part : null;
}

/**
 * Whether an element is DocBook XSL's navigation header or footer (docbookPart): `div.navheader` / `div.navfooter`, or, whatever
 * the site's stylesheet renamed or its build hashed, the `<div>` whose first table the generator labels `summary="Navigation
 * header"` / `summary="Navigation footer"` (chunk-common.xsl writes both the class and the summary; only the first is a class).
 */
function isDocbookNav(node: Element, className: string, summary: string): boolean {
  if (node.name !== 'div') return false;
  if (node.attribs.class === className) return true;
  // The table opens the header; the footer's comes after an <hr>.
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && child.name !== 'hr') return child.name === 'table' && child.attribs.summary === summary;
  }
  return false;
}

/** Scores the page with one set of options and collects the chosen container's blocks; precomputed: the page's walk from an earlier attempt. */
function attempt(
  body: Element,
  baseUrl: string,
  elements: number,
  kind: PageKind,
  useClassHints: boolean,
  reveal: boolean,
  precomputed: Precomputed | undefined,
  reviewList: Element | null = null,
  storyPage = false,
): Attempt {
  const scorer = new Scorer(elements, useClassHints, reveal, kind, precomputed);
  scorer.statedReviewList = reviewList;
  const pre = precomputed ?? scorer.precompute(body);
  const blockKind = productKind(kind, scorer);
  const totalParagraphText = scorer.paragraphText(body);
  scorer.markBoilerplate(body, totalParagraphText);
  scorer.score(body);
  const top = docbookPart(scorer, withinMain(scorer, body, chooseTop(scorer, body)));
  const filter = new InnerFilter(scorer, siteOf(baseUrl), top !== null && top === framedPart(scorer) ? top : null, kind === 'other' && blockKind === 'other');
  const repeated = top ? repeatedContainers(scorer, top, scorer.isThread()) : null;
  const nodes = top ? (repeated === null ? contentNodes(scorer, top) : withChunkTitles(scorer, repeated)) : [body];
  // A rustdoc item page's declaration, description and variants, before the impl blocks the scorer picked (rustdocItemHead).
  if (top) nodes.unshift(...rustdocItemHead(scorer, nodes[0] ?? top));
  // An article's FAQ module after its body is the article's (article-faq.ts).
  if (top && kind === 'article') nodes.push(...followingFaqSections(nodes[nodes.length - 1] ?? top, nodes, scorer));
  // So is its summary box before the body ("Key Takeaways"), on any page but a shop's (article-kind or not: 2 dev pages, both without article JSON-LD).
  if (top && kind !== 'product') nodes.unshift(...precedingTakeaways(nodes[0] ?? top, nodes, scorer));
  // A news or blog front's featured story above its river, in a branch of its own just before the river's (featuredAbove): read
  // with the scorer's own filter, since its linked titles outweigh its teasers as a link farm would.
  const featured = top && repeated === null && kind === 'other' && blockKind === 'other' && !scorer.isThread() ? featuredAbove(scorer, nodes[0] ?? top) : null;
  // The container's own title: a heading right before it, beside it in a box or card (a guide's "Learning Spanish Sites" box); not
  // on a shop's product page, where it names the description's tab or section ("Description", "Details").
  const title = top && blockKind !== 'product' ? titleBefore(scorer, nodes[0] ?? top) : null;
  if (title) nodes.unshift(title);
  // The blocks are read as an article's where the page states one, or states no kind but shows itself as a story (isStoryPage).
  const readAsArticle = kind === 'article' || (storyPage && kind === 'other');
  const collected: Block[] = featured !== null ? collectBlocks(featured, { baseUrl, filter: scorer, reveal }) : [];
  for (const node of nodes) collected.push(...collectBlocks(node, { baseUrl, filter, reveal, article: readAsArticle }));
  const blog = isBlog(blockKind, scorer);
  const blocks = cleanBlocks(collected, blockKind, blog, storyPage);
  const weights = { length: 0, ink: 0 };
  for (const block of blocks) if (block.kind !== 'image') addTextWeights(block.text, weights);
  // A landing page's sibling content sections beside the one that holds the container (landingSections), read unless the page's
  // main region is read whole instead (extractGenericBody).
  let landing: Block[] | null = null;
  if (top && repeated === null && kind === 'other' && blockKind === 'other' && !scorer.isThread()) {
    const sections = landingSections(scorer, top, nodes);
    if (sections !== null) {
      const read: Block[] = [];
      for (const node of sections.before) read.push(...collectBlocks(node, { baseUrl, filter, reveal }));
      read.push(...collected);
      for (const node of sections.after) read.push(...collectBlocks(node, { baseUrl, filter, reveal }));
      landing = cleanBlocks(read, blockKind, blog, storyPage);
    }
  }
  // The article's lead in a sibling before the container (withLeadSections), read unless the page's main region or a landing
  // page's sections are read instead (extractGenericBody): the weights above, which decide that, stay the container's own.
  let led: Block[] | null = null;
  const chunked = top && repeated === null && kind === 'article' ? withChunkSiblings(scorer, top, nodes) : null;
  const joined = top && repeated === null ? (withLeadSections(scorer, top, chunked ?? nodes) ?? chunked) : null;
  if (joined !== null) {
    const read: Block[] = [];
    for (const node of joined) read.push(...collectBlocks(node, { baseUrl, filter, reveal, article: readAsArticle }));
    led = cleanBlocks(read, blockKind, blog, storyPage);
  }
  return { blocks, container: top, scorer, reveal, precomputed: pre, length: weights.length, ink: weights.ink, landing, led };
}

/** The fewest linked card headings the container must hold for featuredAbove to look above it: a river of cards. */
const FEATURED_RIVER = 4;
/** The most linked card headings the block above may hold: one lead story or a small featured row. */
const FEATURED_MOST = 5;
/** The most text the block above may hold. */
const FEATURED_TEXT = 1500;
/** How many levels above the container featuredAbove climbs to find the branch before it. */
const FEATURED_LEVELS = 5;

/** Headings (`<h2>`–`<h4>`) inside or holding a link under an element, counted up to a limit (the cards' titles). */
function linkedHeadings(scorer: Scorer, node: Element, limit: number): number {
  let count = 0;
  const walk = (element: Element, linked: boolean): void => {
    if (count > limit || scorer.skips(element)) return;
    const inLink = linked || element.name === 'a';
    if (/^h[2-4]$/.test(element.name)) {
      if (inLink || containsTag(element, 'a')) count += 1;
      return;
    }
    for (const child of element.children) if (isElement(child)) walk(child, inLink);
  };
  walk(node, false);
  return count;
}

/**
 * A news or blog front's featured story (or a short featured row) set above its river of cards in a branch of its own (Al
 * Jazeera's section fronts: a `<main>` of five featured cards, an empty ad slot, then the feed's container). On a page of kind
 * `other`, when the container holds FEATURED_RIVER or more linked card headings (`<h2>`–`<h4>` in or around a link): climbing up
 * to FEATURED_LEVELS levels from it, the first element before the branch that holds it (elements of under 20 characters passed over) decides:
 * not skipped, without an `<h1>`, holding 1 to FEATURED_MOST linked headings, 60 to FEATURED_TEXT characters and at most 0.8 of
 * it linked, it is read before the container; anything else ends the search. Structure only, no class words.
 */
function featuredAbove(scorer: Scorer, top: Element): Element | null {
  if (linkedHeadings(scorer, top, FEATURED_RIVER) < FEATURED_RIVER) return null;
  let branch: Element = top;
  for (let level = 0; level < FEATURED_LEVELS; level += 1) {
    let before: AnyNode | null = branch.prev;
    // Text nodes and empty wrappers (an ad slot) between are passed over.
    while (before !== null && (!isElement(before) || scorer.textLength(before) < 20)) before = before.prev;
    if (before !== null && isElement(before)) {
      if (scorer.skips(before)) return null;
      const text = scorer.textLength(before);
      const headings = linkedHeadings(scorer, before, FEATURED_MOST);
      const featured =
        text >= 60 &&
        text <= FEATURED_TEXT &&
        headings >= 1 &&
        headings <= FEATURED_MOST &&
        scorer.linkLength(before) <= text * 0.8 &&
        !containsTag(before, 'h1', scorer);
      return featured ? before : null;
    }
    const parent = branch.parent;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') return null;
    branch = parent;
  }
  return null;
}

/**
 * rustdoc writes an item's page (a struct, enum, trait) as `section#main-content.content`: `div.main-heading` (the `<h1>`, a copy
 * button, "1.0.0 · Source"), the declaration (`pre.item-decl`), the description (`details.top-doc` › `div.docblock`), the
 * variants or fields, then `h2#implementations` over `div#implementations-list`, whose methods outweigh the rest and are what the
 * scorer picks. When the chosen container sits in that list, the blocks before it are read first, the heading block aside.
 */
function rustdocItemHead(scorer: Scorer, top: Element): Element[] {
  let list: Element | null = null;
  let node: Element | null = top;
  for (let depth = 0; node !== null && depth < 6; depth += 1) {
    if (node.name === 'div' && node.attribs.id === 'implementations-list') {
      list = node;
      break;
    }
    node = node.parent !== null && isElement(node.parent) ? node.parent : null;
  }
  const section = list?.parent;
  if (list === null || section === null || section === undefined || !isElement(section) || section.name !== 'section' || section.attribs.id !== 'main-content')
    return [];
  const heading = previousElement(list);
  if (heading === null || heading.attribs.id !== 'implementations') return [];
  const head: Element[] = [];
  for (let child = section.firstChild; child !== null && child !== list; child = child.nextSibling) {
    if (!isElement(child) || child.attribs.class === 'main-heading' || scorer.skips(child)) continue;
    head.push(child);
  }
  return head;
}

/** How many levels above the container landingSections looks for sibling sections. */
const LANDING_LEVELS = 8;
/** The most of its parent's text the container's section may hold: a body that fills its parent is an article's, its siblings are furniture. */
const LANDING_SHARE = 0.9;
/** How deep below a section its heading may sit (page builders nest it in groups, rows, columns and inner wrappers). */
const LANDING_HEADING_DEPTH = 10;
/** Class words of a section that is not prose: a slider or carousel, a logo wall, testimonials, reviews. */
const NOT_PROSE_SECTION = /(?:^|[-_\s])(?:carousel|slider|swiper|slick|testimonials?|reviews?|logos?|clients?|partners?|brands?)(?:$|[-_\s])/;

/** A grid column's class (Bootstrap's `col-md-4`, Tailwind's `lg:col-span-4`, Elementor's `elementor-column`, `wp-block-column`): a column beside the container, not a section after it. */
const GRID_COLUMN = /(?:^|[\s:])col(?:$|[-\s])|(?:^|[-_\s])columns?(?:$|[-_\s])/;

/**
 * A content section of a landing page: a `<div>`, `<section>` or `<article>` not marked as boilerplate, holding a heading (`<h2>`–`<h6>`,
 * nested up to ten levels) and paragraph text (`<p>`, `<pre>`: Scorer.paragraphText; list items with few links when the paragraphs
 * fall short) of at least 150 characters' ink and half its text, with a link density under 0.25, not named as a slider or carousel,
 * a logo wall, testimonials or reviews, or a grid column.
 */
function isProseSection(scorer: Scorer, element: Element): boolean {
  if (scorer.skips(element) || (element.name !== 'div' && element.name !== 'section' && element.name !== 'article')) return false;
  if (scorer.linkDensity(element) >= 0.25) return false;
  let prose = scorer.paragraphText(element);
  // A section of bullet points: its list items' ink (listInk) counts as prose when its paragraphs fall short.
  if (prose < 150 && scorer.textInk(element) >= 150) prose = Math.min(scorer.textInk(element), prose + listInk(scorer, element));
  if (prose < 150 || prose < scorer.textLength(element) * 0.5) return false;
  if (!holdsHeading(element, LANDING_HEADING_DEPTH)) return false;
  const hints = classHints(element);
  return !NOT_PROSE_SECTION.test(hints) && !GRID_COLUMN.test(hints) && !containsTag(element, 'h1', scorer);
}

/** Ink of the list items under an element with few links (a section of bullet points). */
function listInk(scorer: Scorer, element: Element): number {
  let total = 0;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const kid = kids[ci]!;
    if (!isElement(kid) || scorer.skips(kid)) continue;
    if (kid.name === 'li') {
      if (scorer.linkDensity(kid) < 0.25) total += scorer.textInk(kid);
    } else total += listInk(scorer, kid);
  }
  return total;
}

/**
 * On a page that is not an article (a service, listing or collection page, kind 'other' without product markup), the container
 * is often one of several sibling content sections of a page builder's layout (WordPress block groups, `<section>` modules): the
 * gold keeps them all. Climbing from the container, at the first level where its ancestor has siblings of its own tag that hold a
 * heading and prose with few links (isProseSection), those siblings join the blocks already read, in document order, when the
 * ancestor passes the same test and holds at most nine tenths of its parent's text (a body that fills its parent is an article's,
 * and what sits beside it is furniture: a disclaimer, a related box). Never inside or above an `<article>` element or `<main>`.
 * Returns the sections before and after the container's, or null when nothing joins.
 */
function landingSections(scorer: Scorer, top: Element, nodes: Element[]): { before: Element[]; after: Element[] } | null {
  if (nodes.length === 0) return null;
  let node = top;
  for (let level = 0; level < LANDING_LEVELS; level += 1) {
    const parent = node.parent;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html' || parent.name === 'article') return null;
    const before: Element[] = [];
    const after: Element[] = [];
    let seen = false;
    for (let ci = 0, kids = parent.children; ci < kids.length; ci += 1) {
      const kid = kids[ci]!;
      if (kid === node) seen = true;
      else if (isElement(kid) && kid.name === node.name && !nodes.includes(kid) && isProseSection(scorer, kid)) (seen ? after : before).push(kid);
    }
    if (before.length + after.length > 0) {
      const joins = isProseSection(scorer, node) && scorer.textLength(node) <= scorer.textLength(parent) * LANDING_SHARE;
      return joins ? { before, after } : null;
    }
    if (node.name === 'main') return null;
    node = parent;
  }
  return null;
}

/**
 * Repeated chunks with the heading each one follows: Asciidoctor writes every section as `div.sect1` › `h2` + `div.sectionbody`
 * (git-scm's reference pages, Antora sites), and the chunks collected are the section bodies, whose titles sit beside them.
 * The first chunk's title is the container's (titleBefore, in attempt).
 */
function withChunkTitles(scorer: Scorer, chunks: Element[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < chunks.length; i += 1) {
    const title = i === 0 ? null : titleBefore(scorer, chunks[i]!);
    // A title's wrapper can be one of the chunks itself (every section's title and content wrappers share a class): read once.
    if (title !== null && title !== chunks[i - 1]) out.push(title);
    out.push(chunks[i]!);
  }
  return out;
}

/**
 * The heading (`h2`–`h6`) that is the element's previous element sibling, unless skipped: a box or card titles its content block
 * so (`<div class="box"><h2>Title</h2><div class="box-content">…</div></div>`), and the scorer picks the content block. An `<h1>`
 * is the page's headline, dropped from the body anyway. A wrapper holding only such a heading (wrappedHeading) titles it too, and
 * is returned whole.
 */
function titleBefore(scorer: Scorer, element: Element): Element | null {
  const previous = previousElement(element);
  if (!previous || previous.name === 'h1' || scorer.skips(previous)) return null;
  if (HEADING_TAGS.has(previous.name)) return previous;
  return wrappedHeading(scorer, previous) === null ? null : previous;
}

/** How many wrappers deep a section's title may sit in its own wrapper (Elementor: widget › container › heading). */
const TITLE_WRAPPER_LEVELS = 3;
/** Two letters in a row: a title's words, not a number. */
const TITLE_LETTERS = /\p{L}{2}/u;

/**
 * The `<h2>`–`<h6>` that a wrapper holds and nothing else: a section set as a title wrapper and a content wrapper side by side
 * (`div.title-section` › `h2` + `div.content-section`; Elementor's heading widget › `elementor-widget-container` › `h2`). Each
 * level down may hold one element with text (icons and empty spans beside it do not count), no text of its own, and the heading
 * holds all of the wrapper's text. Null when the wrapper holds anything else, or when it or the heading is skipped.
 */
function wrappedHeading(scorer: Scorer, wrapper: Element): Element | null {
  const ink = scorer.textLength(wrapper);
  if (ink === 0) return null;
  let node = wrapper;
  for (let level = 0; level < TITLE_WRAPPER_LEVELS; level += 1) {
    let only: Element | null = null;
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const kid = kids[ci]!;
      if (isElement(kid)) {
        if (scorer.textLength(kid) === 0) continue;
        if (only !== null) return null;
        only = kid;
      } else if (kid.type === 'text' && (kid as Text).data.trim() !== '') return null;
    }
    if (only === null || scorer.skips(only) || scorer.textLength(only) !== ink) return null;
    if (only.name === 'h1') return null;
    // A heading of digits alone is a step's or card's number ("1", "2", "3"), not a title.
    if (HEADING_TAGS.has(only.name)) return TITLE_LETTERS.test(rawText(only)) ? only : null;
    node = only;
  }
  return null;
}

/** Sum of the weighted lengths of the blocks' texts (images count 0). */
function blocksLength(blocks: Block[]): number {
  let sum = 0;
  for (const block of blocks) if (block.kind !== 'image') sum += weightedLength(block.text);
  return sum;
}

/** Sum of the ink of the blocks' texts (images count 0). */
function blocksInk(blocks: Block[]): number {
  let sum = 0;
  for (const block of blocks) if (block.kind !== 'image') sum += inkWeight(block.text);
  return sum;
}

/**
 * The marked posts of a thread plus the posts that sit in the same frame without the mark: forum
 * software often marks the replies (schema.org Comment, itemprop=text) but not the opening post,
 * whose text belongs to the page's DiscussionForumPosting (XenForo's `article.message-body`). The
 * frame is the marked posts' parent when they all share its tag and class; a frame holding no
 * marked post is taken whole.
 */
function withUnmarkedPosts(body: Element, posts: Element[]): Element[] {
  const first = posts[0]!.parent;
  if (!first || !isElement(first) || (first.attribs.class ?? '').trim() === '') return posts;
  const frame = signature(first);
  if (!posts.every((post) => post.parent && isElement(post.parent) && signature(post.parent) === frame)) return posts;
  const marked = new Set<AnyNode>(posts);
  const out: Element[] = [];
  addPosts(body, marked, frame, out);
  return out;
}

/** The tag and class of an element, the frame of a thread's posts. */
function signature(element: Element): string {
  return `${element.name}.${(element.attribs.class ?? '').trim()}`;
}

function addPosts(node: AnyNode, marked: Set<AnyNode>, frame: string, out: Element[]): void {
  if (!isElement(node)) return;
  if (marked.has(node)) {
    out.push(node);
    return;
  }
  if (signature(node) === frame && !node.children.some((child) => marked.has(child))) {
    out.push(node);
    return;
  }
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    addPosts(child, marked, frame, out);
  }
}

const MAIN_HINT = /(?:^|[-_\s])(?:main|content|main-?content|page-?content|site-?content|primary)(?:$|[-_\s])/;

/** The page's main region: <main> or role=main (the largest if several), else the body. */
function mainRegion(scorer: Scorer, body: Element): Element {
  const found: MainRegion = { best: null, bestText: 0 };
  for (let ci = 0, kids = body.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    findMain(scorer, child, 0, found);
  }
  void MAIN_HINT;
  return found.best ?? body;
}

type MainRegion = { best: Element | null; bestText: number };

function findMain(scorer: Scorer, node: AnyNode, depth: number, found: MainRegion): void {
  if (!isElement(node) || scorer.skips(node) || depth > 12) return;
  if (node.name === 'main' || (mayHoldRareAttributes(node) && node.attribs.role === 'main')) {
    const text = scorer.textLength(node);
    if (text > found.bestText) {
      found.best = node;
      found.bestText = text;
    }
    return;
  }
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    findMain(scorer, child, depth + 1, found);
  }
}

/**
 * Whether an element sits in the page's footer (a <footer> outside sectioning content, or role=contentinfo) and not in the main
 * region: scoring can pick a footer whose disclosures or legal notes outweigh the page's sections, but a page that marks its main
 * region says where its content is, and the footer is the site's small print (HTML-AAM maps such a footer to contentinfo).
 */
function inPageFooter(element: Element, region: Element): boolean {
  for (let at: AnyNode | null = element; at && isElement(at); at = at.parent) {
    if (at === region) return false;
    if ((at.name === 'footer' && !inSectioningContent(at)) || (mayHoldRareAttributes(at) && at.attribs.role === 'contentinfo')) return !holds(at, region);
  }
  return false;
}

/** Whether the element sibling before an element is an accordion's toggle: an element stating aria-expanded, or a button wrapping a heading. */
function followsToggle(element: Element): boolean {
  const previous = previousElement(element);
  if (!previous) return false;
  if (previous.attribs['aria-expanded'] !== undefined || (previous.name === 'button' && isSectionToggle(previous))) return true;
  // An accordion's header set as a heading: WAI-ARIA's accordion pattern wraps each toggle in a heading and sets the panel after
  // that heading (`<h3><button aria-expanded="false">…</button></h3><div hidden>`), and hand-written accordions ask their
  // question in a bare heading, or in a bare block (a theme's `<div>` question with an empty arrow child, whatever its class
  // says). A question over a poll's hidden choices or a feedback form's hidden note heads controls, not an answer.
  if (HEADING_TAGS.has(previous.name) && wrapsExpandedButton(previous)) return true;
  if (HEADING_TAGS.has(previous.name) || QUESTION_BLOCK.has(previous.name)) {
    const parent = previous.parent;
    // isQuestion takes 200 characters at most: a longer block (a whole section before a hidden one) is not read out.
    if (
      !keepsMoreThan(previous, QUESTION_LIMIT) &&
      isQuestion(normalizeSpace(rawText(previous))) &&
      parent !== null &&
      isElement(parent) &&
      !hasControl(parent)
    )
      return true;
  }
  // A toggle that states nothing for assistive technology but whose class names it an FAQ's question or an accordion's title
  // (`faq-question`, `accordion-title`, `accordionTitle`): themes' hand-written accordions, their answers `display: none`.
  const className = previous.attribs.class;
  return className !== undefined && TOGGLE_CLASS.test(className);
}

/** Whether a heading holds nothing but a button stating aria-expanded: an accordion's header in WAI-ARIA's pattern. */
function wrapsExpandedButton(heading: Element): boolean {
  const only = onlyElementChild(heading);
  return only !== null && only.name === 'button' && only.attribs['aria-expanded'] !== undefined && !holdsOwnText(heading);
}

/** Whether an element holds text of its own (a text node with more than white space directly under it). */
function holdsOwnText(element: Element): boolean {
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child.type === 'text' && holdsText(child)) return true;
  }
  return false;
}

/** Tags of a bare block that can ask an accordion's question (followsToggle). */
const QUESTION_BLOCK: ReadonlySet<string> = new Set(['div', 'dt', 'p', 'span']);

/** Class names of a hand-written accordion's toggle: an FAQ's question, an accordion's title, header or trigger. */
const TOGGLE_CLASS = /(?:^|[\s_-])(?:faq[-_]?)?question(?:$|[\s_-])|accordion[-_]?(?:title|header|heading|trigger|toggle|question)/i;

/**
 * An inline style that hides its element: `display: none`, or `visibility: hidden` (a panel kept in the layout and shown by its
 * toggle, Wag's FAQ answers), as the block walk reads hidden elements (blocks.ts, isHidden).
 */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** A class naming a wrapper that scrolls its content sideways ("table-scroll", "scrollable-wrapper", "h-scrollable"). */
const SCROLL_CLASS = /scroll/;

/**
 * A responsive table's scroll wrapper: an element whose class names a scroll and that holds one `<table>` and nothing else
 * (directly, or through at most two wrappers of one child each). Readability's "scroll" marks a scrolling widget as unlikely content, but the table it scrolls is
 * the article's data (a ranking's companies and revenues, each name linked to the company's site).
 */
function isScrollingTable(element: Element): boolean {
  return element.attribs.class !== undefined && SCROLL_CLASS.test(element.attribs.class) && wrapsTable(element);
}

/** Whether an element is a `<table>` or holds one and nothing else, through at most two wrappers of one child each. */
function wrapsTable(element: Element): boolean {
  let at: Element | null = element;
  for (let level = 0; level < 3 && at !== null; level += 1, at = onlyElementChild(at)) if (at.name === 'table') return true;
  return false;
}

/** The element's only element child, or null when it has none or several. */
function onlyElementChild(element: Element): Element | null {
  let only: Element | null = null;
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (only !== null) return null;
    only = child;
  }
  return only;
}

/** WordPress's body class on a blog's archive pages (category, tag, author, date): `archive` (body_class()). */
const ARCHIVE_BODY = /(?:^|\s)archive(?:\s|$)/;

/** Whether the page's <body> says it is an archive (the document itself stands in for it on broken markup: no class there). */
function isArchive(body: Element): boolean {
  return isElement(body) && ARCHIVE_BODY.test(body.attribs.class ?? '');
}

/**
 * Whether the post cards after the chosen container are the page's loop, not a strip of related posts: they hold at least half
 * as much text as the container. An archive's description is a paragraph or two above a page of posts (a recipe blog's category
 * on the Genesis theme, a "start here" page of post cards), where an article's related posts are a few cards under a long text.
 */
function isPostLoop(scorer: Scorer, cards: Element[], container: Element): boolean {
  let text = 0;
  for (const card of cards) text += scorer.textLength(card);
  return text >= scorer.textLength(container) * POST_LOOP_SHARE;
}

const POST_LOOP_SHARE = 0.5;

/**
 * The loop of an archive page after its description (the chosen container): the first element after the container, in document
 * order and up to three levels down, with three or more <article> children that each hold a linked heading (the post's title).
 */
function followingCards(scorer: Scorer, container: Element, body: Element): Element[] {
  for (let at: Element | null = container; at !== null && at !== body; at = at.parent !== null && isElement(at.parent) ? at.parent : null) {
    for (let next = at.next; next !== null; next = next.next) {
      if (!isElement(next) || scorer.skips(next)) continue;
      const grid = cardGrid(scorer, next, 0);
      if (grid.length > 0) return grid;
    }
  }
  return [];
}

function cardGrid(scorer: Scorer, element: Element, depth: number): Element[] {
  const cards: Element[] = [];
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && child.name === 'article' && !scorer.skips(child) && isPostCard(child)) cards.push(child);
  }
  if (cards.length >= 3) return cards;
  if (depth >= 3) return [];
  for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || scorer.skips(child)) continue;
    const grid = cardGrid(scorer, child, depth + 1);
    if (grid.length > 0) return grid;
  }
  return [];
}

/** A post's card: an <article> whose first heading links to the post. */
function isPostCard(card: Element): boolean {
  const heading = firstHeading(card, 5);
  return heading !== null && containsTag(heading, 'a');
}

/** The shortest line of a product's stated description that is sought in the page's text (shorter ones are labels: "Details"). */
const DESCRIPTION_PIECE = 24;
/** How much of each line is sought: only its start, which the page's own markup inside the line (a link, a bold word) breaks less often. */
const DESCRIPTION_PROBE = 40;
/** The most lines of a stated description sought: a long one's first lines and last line place it well enough. */
const DESCRIPTION_PIECES = 12;

/**
 * The lines of a product's stated description (its JSON-LD `description`, HTML or plain text) long enough to find in the page's
 * text, each cut to its first DESCRIPTION_PROBE characters.
 */
function descriptionPieces(description: string): string[] {
  const text = description.replace(/<[^>]*>/g, '\n').replace(/&(?:[a-z]+|#\d+);/gi, ' ');
  const pieces: string[] = [];
  for (const line of text.split(/\n+/)) {
    const piece = normalizeSpace(line);
    if (piece.length >= DESCRIPTION_PIECE) pieces.push(piece.slice(0, DESCRIPTION_PROBE));
  }
  return pieces.length > DESCRIPTION_PIECES ? [...pieces.slice(0, DESCRIPTION_PIECES - 1), pieces[pieces.length - 1]!] : pieces;
}

type DescriptionFound = { pieces: string[]; first: Element | null; last: Element | null };

/** Notes the elements whose own text holds a piece of the stated description: the first and the last in document order. */
function findDescriptionText(scorer: Scorer, node: Element, found: DescriptionFound): void {
  if (scorer.skips(node) || node.name === 'script' || node.name === 'style' || node.name === 'noscript') return;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child)) findDescriptionText(scorer, child, found);
    else if (child.type === 'text' && child.data.length >= DESCRIPTION_PIECE) {
      const text = normalizeSpace(child.data);
      for (const piece of found.pieces) {
        if (!text.includes(piece)) continue;
        found.first ??= node;
        found.last = node;
        break;
      }
    }
  }
}

/**
 * The element that holds the text of the product's stated description: the nearest common ancestor of the first and last
 * elements holding its lines, or null where the page does not show it (many shops state a one-line summary the page never shows).
 */
function statedDescriptionBlock(scorer: Scorer, body: Element, description: string): Element | null {
  const found: DescriptionFound = { pieces: descriptionPieces(description), first: null, last: null };
  if (found.pieces.length === 0) return null;
  findDescriptionText(scorer, body, found);
  const { first, last } = found;
  if (first === null || last === null) return null;
  let block: Element = first;
  while (!holds(block, last) && block.parent !== null && isElement(block.parent)) block = block.parent;
  return block;
}

/** The fewest stated reviews found in the page that place its review list (one review alone is no list). */
const STATED_REVIEWS_FOUND = 2;

/** Notes, per stated review, the first element whose own text holds the opening of that review's text. */
function findReviewTexts(node: Element, probes: string[], found: (Element | null)[]): void {
  if (node.name === 'script' || node.name === 'style' || node.name === 'noscript' || node.name === 'template') return;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child)) findReviewTexts(child, probes, found);
    else if (child.type === 'text' && child.data.length >= DESCRIPTION_PIECE) {
      const text = normalizeSpace(child.data);
      for (let ri = 0; ri < probes.length; ri += 1) if (found[ri] === null && text.includes(probes[ri]!)) found[ri] = node;
    }
  }
}

/**
 * On a product page, the list of the shoppers' reviews as its JSON-LD states them (page-kind.ts, statedProductReviews): the
 * nearest common ancestor of the elements showing the openings of two stated reviews or more, unless that is the page's body,
 * its main region or an element holding the page's <h1> (the reviews then lie in the page's own frame). The golds leave review
 * lists out; the widgets' class words ("reviews", "yotpo") that PRODUCT_BOILERPLATE reads say nothing on unseen templates.
 */
function statedReviewList(body: Element, reviews: readonly string[]): Element | null {
  const probes: string[] = [];
  for (const review of reviews) {
    const piece = descriptionPieces(review)[0];
    if (piece !== undefined) probes.push(piece);
  }
  if (probes.length < STATED_REVIEWS_FOUND) return null;
  const found: (Element | null)[] = probes.map(() => null);
  findReviewTexts(body, probes, found);
  const shown = found.filter((element): element is Element => element !== null);
  if (shown.length < STATED_REVIEWS_FOUND) return null;
  let list: Element = shown[0]!;
  for (const element of shown) while (!holds(list, element) && list.parent !== null && isElement(list.parent)) list = list.parent;
  if (list === body || list.name === 'body' || list.name === 'main' || list.name === 'html' || list.attribs.role === 'main' || containsTag(list, 'h1'))
    return null;
  return list;
}

/**
 * Whether the best container is the product's stated description (its JSON-LD `description`) as the page shows it: it lies
 * inside the element holding that text, or holds it as at least half of its own text. It stands for the class words of a
 * description block (DESCRIPTION) where a page's class names say nothing (hashed by a build, or unknown).
 */
function isStatedDescription(scorer: Scorer, container: Element, block: Element | null): boolean {
  if (block === null) return false;
  const blockInk = scorer.textInk(block);
  if (blockInk < STATED_DESCRIPTION_INK) return false;
  return holds(block, container) || (holds(container, block) && blockInk >= scorer.textInk(container) * 0.5);
}
