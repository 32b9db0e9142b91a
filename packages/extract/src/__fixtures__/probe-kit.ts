/**
 * What the hand-written template probes share (platform-, magazine- and forum-templates.test.ts): a fixed fetch time, filler
 * paragraphs long enough to count as prose, and a reader that splits the body into its trimmed blocks. Test-only.
 */
import { extractArticle } from '../extract-article.ts';

export const fetchedAt = new Date('2026-02-08T08:00:00Z');
export const en = (n: number): string =>
  `Paragraph ${n} carries the story forward, with commas, clauses and a full stop at the end. A second sentence follows so that the paragraph is long enough to count.`;
export const de = (n: number): string =>
  `Absatz ${n} erzählt die Geschichte weiter, mit Kommas, Nebensätzen und einem Punkt am Ende. Dazu kommt ein zweiter Satz, damit der Absatz lang genug ist.`;
export const paras = (f: (n: number) => string, ns = [1, 2, 3, 4]): string => ns.map((n) => `<p>${f(n)}</p>`).join('');

/** The page's Article with its body's non-empty blocks and its publication day (YYYY-MM-DD or null). */
export const read = (html: string, url: string) => {
  const article = extractArticle(html, { url, fetchedAt });
  const blocks = article.contentText
    .split('\n')
    .map((b) => b.trim())
    .filter(Boolean);
  return { ...article, blocks, day: article.publishedAt ? String(article.publishedAt).slice(0, 10) : null };
};
