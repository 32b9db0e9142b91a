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
