/**
 * In HTML content (outside SVG/MathML) `<![CDATA[` is a bogus comment that ends at the first `>`,
 * as browsers parse it; htmlparser2 instead swallows everything up to `]]>`, which on some forum
 * templates is the whole page. Scripts keep theirs (JSON-LD may quote one).
 */
const STRAY_CDATA = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<!\[CDATA\[[^>]*>/gi;

/** The HTML with each `<![CDATA[` outside scripts cut up to the first `>`; pages without one are returned as they are. */
export function dropStrayCdata(html: string): string {
  if (!html.includes('<![CDATA[')) return html;
  return html.replace(STRAY_CDATA, (match: string) => (match.charCodeAt(1) === 0x21 ? '' : match));
}
