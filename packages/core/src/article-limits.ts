import type { Article } from './article.ts';

/**
 * Length caps for the short text fields of an Article. A hostile page can put a megabyte in its
 * `<title>`; what is stored, rendered into every feed and posted to every webhook stays small.
 */
export const ARTICLE_LIMITS = { title: 500, byline: 200, summary: 1000, author: 200 } as const;

/** Cuts `text` to at most `max` characters (code points), ending with "…" when it was cut. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** The article with title, byline, summary and author names cut to ARTICLE_LIMITS (unchanged when within). */
export function capArticleFields(article: Article): Article {
  const cap = (value: string | null, max: number) => (value === null ? null : capText(value, max));
  return {
    ...article,
    title: capText(article.title, ARTICLE_LIMITS.title),
    byline: cap(article.byline, ARTICLE_LIMITS.byline),
    summary: cap(article.summary, ARTICLE_LIMITS.summary),
    authors: article.authors.map((name) => capText(name, ARTICLE_LIMITS.author)),
  };
}
