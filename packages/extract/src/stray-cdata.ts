/**
 * In HTML content (outside SVG/MathML) `<![CDATA[` is a bogus comment that ends at the first `>`,
 * as browsers parse it; htmlparser2 instead swallows everything up to `]]>`, which on some forum
 * templates is the whole page. Scripts keep theirs (JSON-LD may quote one).
 */
const CDATA = '<![CDATA[';
const STRAY_CDATA = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<!\[CDATA\[[^>]*>/gi;

/** The HTML with each `<![CDATA[` outside scripts cut up to the first `>`; pages without one are returned as they are. */
export function dropStrayCdata(html: string): string {
  if (!html.includes(CDATA)) return html;
  return html.replace(STRAY_CDATA, (match: string) => (match.charCodeAt(1) === 0x21 ? '' : match));
}

/** Whether the text given as pieces holds `<![CDATA[` (within a piece or across a cut), which dropStrayCdata may drop. */
export function mayHoldStrayCdata(pieces: readonly string[]): boolean {
  for (let i = 0; i < pieces.length; i += 1) {
    if (pieces[i]!.includes(CDATA)) return true;
    if (i > 0 && (pieces[i - 1]!.slice(-(CDATA.length - 1)) + pieces[i]!.slice(0, CDATA.length - 1)).includes(CDATA)) return true;
  }
  return false;
}
