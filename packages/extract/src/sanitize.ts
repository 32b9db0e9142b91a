/**
 * The final allowlist pass over contentHtml. The block renderer already emits only safe markup;
 * sanitize-html is the belt to its braces, so a bug there can never publish a script, an event
 * handler or a javascript: URL to feed readers.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'figure',
    'figcaption',
    'img',
    'a',
    'strong',
    'em',
    'sub',
    'sup',
    'br',
    'q',
    'cite',
    'mark',
    's',
    'del',
    'ins',
    'u',
  ],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Sanitises article HTML against the allowlist (no scripts, handlers or unsafe URLs). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
