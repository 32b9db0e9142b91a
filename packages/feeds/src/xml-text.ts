/**
 * String preparation for the `feed` package's XML writer (xml-js underneath), which escapes too
 * little in some places and too much in others. Each helper names the slot it prepares text for.
 */

// XML 1.0 Char excludes C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF and unpaired surrogates;
// a single one makes the whole document ill-formed and strict readers drop the feed.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes every character that XML 1.0 forbids (and that JSON readers choke on as lone surrogates). */
export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Escapes plain text as HTML, for slots whose type is html but whose source is plain text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Prepares a value for an xml-js text node. xml-js first turns every `&amp;` back into `&` ("to
 * avoid double sanitization") and then escapes `&`, `<`, `>`, so a title that literally says
 * "&amp;" would be corrupted. Escaping every `&` once is the exact inverse of that first step.
 */
export function forXmlText(text: string): string {
  return text.replace(/&/g, '&amp;');
}

/**
 * Prepares a value for an xml-js attribute: xml-js escapes only `"`, so `&` and `<` must be
 * escaped here or the document is ill-formed.
 */
export function forXmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Prepares a value for an xml-js CDATA section. xml-js splits only the FIRST `]]>` (`String.replace`
 * with a string pattern), so a second one would end the section early. We split the later ones
 * ourselves and leave the first to xml-js; the rendered-feed tests round-trip content with several
 * `]]>` through real parsers, so a change in xml-js cannot go unnoticed.
 */
export function forXmlCdata(text: string): string {
  let seen = 0;
  return text.replace(/\]\]>/g, (match) => (seen++ === 0 ? match : ']]]]><![CDATA[>'));
}
