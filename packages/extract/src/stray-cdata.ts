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

/**
 * Whether a whole-text pass may change the text given as pieces: it holds `<![CDATA[`, within a piece or across a cut
 * (dropStrayCdata), or more than `tagLimit` `<`s (capNesting's bound, mayNestTooDeep). One pass over the `<`s answers both,
 * the marker tested at each `<`: a search for the marker and a count of the `<`s were two passes over every page's text.
 */
export function mayNeedWholeText(pieces: readonly string[], tagLimit: number): boolean {
  let tags = 0;
  for (let p = 0; p < pieces.length; p += 1) {
    const piece = pieces[p]!;
    for (let at = piece.indexOf('<'); at !== -1; at = piece.indexOf('<', at + 1)) {
      tags += 1;
      if (tags > tagLimit) return true;
      if (at + CDATA.length <= piece.length) {
        if (piece.charCodeAt(at + 1) === 0x21 && piece.startsWith(CDATA, at)) return true;
      } else if (p + 1 < pieces.length && (piece.slice(at) + pieces[p + 1]!.slice(0, CDATA.length - 1)).startsWith(CDATA)) {
        return true;
      }
    }
  }
  return false;
}
