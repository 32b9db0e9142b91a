/**
 * Labels that shops and listings stamp on their cards ("Top Rated", "New Arrival", "Award Winner", "Low Stock") and links
 * that only open the card's page ("Read full article", "See details", "Compare"), and a post card's reading time ("7 min read"): a
 * whole block of one is not content.
 */
const CARD_BADGE =
  /^(?:top rated|new arrivals?|award winner|best ?seller|new|exclusive|limited edition|low stock|almost gone|new colou?rs?|read (?:the )?full article|see details|see options|see all reviews|compare|\d{1,3} min(?:ute)?s? read)$/i;

/** Whether a block's whole text is a card's badge or a link to the card's page. */
export function isCardBadge(text: string): boolean {
  // The longest badge is 21 characters: longer blocks, nearly all of them, skip the expression.
  return text.length <= 24 && CARD_BADGE.test(text);
}

/**
 * A shop card's delivery promise as a block of its own (session 27 grid pass): Sam's Club's "Available for Shipping", "Available for
 * Shipping or Pickup", Wayfair's "FREE 2-Day Delivery", "FREE Full Service Delivery" and "Get it by Tue, Mar 10". The card's
 * logistics, not its product; a bare "Free shipping" badge stays (some golds keep it: eBay's, B&H's).
 */
const DELIVERY_PROMISE =
  /^(?:available for (?:shipping|pickup|delivery)(?: (?:or|and|&) (?:shipping|pickup|delivery))?|free (?:\d[- ]day|fast|full service|standard|ground|same[- ]day|next[- ]day) (?:shipping|delivery)|get it by (?:mon|tue|wed|thu|fri|sat|sun)\w*,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})\.?$/i;

/** Whether a block's whole text is a card's delivery promise. */
export function isDeliveryPromise(text: string): boolean {
  return text.length <= 40 && DELIVERY_PROMISE.test(text);
}

/**
 * A story's reading time as a block of its own, the byline's furniture ("Reading Time: 11 minutes", "3 MIN. READ", "4 min read
 * time", "Lesezeit: 5 Minuten", "5 Min. Lesezeit", "Temps de lecture : 5 min", "5 min de lectura", "Leestijd: 4 minuten").
 */
const READING_TIME_LABEL =
  '(?:(?:est(?:imated|\\.)?|approx(?:imate|\\.)?)\\s+)?(?:reading|read)\\s+time|(?:geschätzte\\s+)?(?:lesezeit|lesedauer)|temps de lecture(?: estimé)?|tiempo (?:estimado )?de lectura|tempo (?:stimato )?di lettura|tempo (?:estimado )?de leitura|lectura|lettura|leitura|leestijd|czas (?:czytania|lektury)|lästid|lesetid|læsetid';
const READING_TIME_AMOUNT =
  '(?:(?:ca\\.?|~|approx\\.?|about|environ|circa|unos|cerca de)\\s*)?\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*(?:min(?:ut(?:e[ns]?|os?|i|y|a))?|mins)\\.?';
const READING_TIME_AFTER =
  '(?:read(?:ing)?(?:\\s+time)?|lesezeit|lesedauer|(?:de|di) (?:lecture|lectura|lettura|leitura)|leestijd|czytania|läsning|lästid|lesetid|læsetid)';
const READING_TIME = new RegExp(
  `^\\W{0,3}(?:(?:${READING_TIME_LABEL})\\s*[:：]?\\s*${READING_TIME_AMOUNT}|${READING_TIME_AMOUNT}\\s+${READING_TIME_AFTER})\\s*\\.?$`,
  'iu',
);

/** A reading time at the end of a longer line, after a space or a separator ("09.07.2019 12:30 Uhr Lesezeit: 2 Min."). */
const READING_TIME_TAIL = new RegExp(
  `(?:\\s*[|·•]\\s*|\\s+)(?:(?:${READING_TIME_LABEL})\\s*[:：]?\\s*${READING_TIME_AMOUNT}|${READING_TIME_AMOUNT}\\s+${READING_TIME_AFTER})\\s*\\.?$`,
  'iu',
);

/** The line without a reading time at its end (the line itself when it ends otherwise). */
export function withoutReadingTime(text: string): string {
  return text.replace(READING_TIME_TAIL, '');
}

/** Whether a block's whole text is a reading time. */
export function isReadingTime(text: string): boolean {
  return text.length <= 60 && READING_TIME.test(text);
}

/**
 * A rating's count as a block of its own, a recipe card's or a review widget's furniture ("4.9 from 23 votes", "Based on 407
 * reviews", "0 stars based on 0 reviews", "No reviews yet", WP Recipe Maker's German "4.9 von 23 Bewertungen", "Noch keine
 * Bewertungen"): the stars it counts are not text.
 */
const RATING_COUNT =
  /^(?:(?:rated\s+)?\d(?:[.,]\d{1,2})?\s*(?:(?:out of|von|aus)\s+5\s*)?(?:stars?|sternen?)?\s*)?(?:from|based on|von|aus|basierend auf)\s+\d[\d,.]*\s+(?:votes?|reviews?|ratings?|bewertungen|stimmen)\)?$|^(?:no (?:ratings|reviews) yet|noch keine bewertungen(?: vorhanden)?)\.?$/i;

/** Whether a block's whole text is a rating's count. */
export function isRatingCount(text: string): boolean {
  return text.length <= 50 && RATING_COUNT.test(text);
}

/**
 * A post's view counter as a block of its own, a CMS's furniture beside the date: Joomla's "Zugriffe: 123" / "Hits: 123",
 * "Aufrufe: 57", "1.234 mal gelesen", Wix's "12 views" with its comment count ("12 views 0 comments"): a number, not text.
 */
const VIEW_COUNT =
  /^(?:(?:zugriffe|hits|aufrufe|views|gelesen|seitenaufrufe)\s*:\s*\d[\d.,]*(?:\s*(?:mal|x))?|\d[\d.,]*\s+(?:mal gelesen|aufrufe|views)(?:\s+\d[\d.,]*\s+(?:kommentare?|comments?))?)$/i;

/** Whether a block's whole text is a view counter. */
export function isViewCount(text: string): boolean {
  return text.length <= 40 && VIEW_COUNT.test(text);
}

/**
 * A price that a card shows and hides from screen readers (`aria-hidden="true"`), reading it to them from an `aria-label` or a
 * visually hidden copy instead: Nike's and Anthropologie's product tiles, Joco's WooCommerce grid. aria-hidden takes an element
 * out of the accessibility tree, not off the screen; a price with at most its labels ("Sale price: $24.50 Original price:
 * $35.00", "$66.00 – $165.00", "249 €") is what the reader sees on the card.
 */
const PRICE_AMOUNT = /(?:[$€£¥]|US\$|C\$|A\$)\s?\d[\d,.]*|\d[\d,.]*\s?(?:[€£$]|kr|zł|Kč)/gu;
const PRICE_WORDS = /^[\s:–—\-/|()+*]*(?:(?:sale|original|regular|current|list|compare at|was|now|from|price|to|and|or)[\s:–—\-/|()+*.,]*)*$/i;
const CURRENCY = /[$€£¥]|\d\s?(?:kr|zł|Kč)/u;

/** Whether an element's whole text is a price, with at most its labels. */
export function isPriceText(text: string): boolean {
  if (text.length > 80 || !CURRENCY.test(text)) return false;
  const rest = text.replace(PRICE_AMOUNT, ' ');
  return rest.length < text.length && PRICE_WORDS.test(rest);
}
