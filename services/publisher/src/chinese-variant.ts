import type { StoredArticle } from '@feedwright/core/article.ts';
import { Converter } from 'opencc-js';

/** The two written forms of Chinese a feed can be asked for with `?variant=`. */
export type ChineseVariant = 'simp' | 'trad';
export const CHINESE_VARIANTS: readonly ChineseVariant[] = ['simp', 'trad'];

const LANGUAGE_TAG: Record<ChineseVariant, string> = { simp: 'zh-Hans', trad: 'zh-Hant' };

// Character-level conversion (OpenCC `cn` ↔ `tw`), not regional phrase substitution: a news text
// keeps its wording, only the script changes. Built once: the dictionaries take ~100 ms to load.
let converters: Record<ChineseVariant, (text: string) => string> | null = null;
function converter(to: ChineseVariant): (text: string) => string {
  converters ??= { trad: Converter({ from: 'cn', to: 'tw' }), simp: Converter({ from: 'tw', to: 'cn' }) };
  return converters[to];
}

/** The script of a BCP 47 tag: `simp`, `trad`, or null when it is not Chinese (or does not say). */
export function variantOfLanguage(language: string | null | undefined): ChineseVariant | null {
  if (!language) return null;
  const tag = language.toLowerCase();
  if (!/^(zh|cmn|yue)\b/.test(tag)) return null;
  if (/-hant\b|-(tw|hk|mo)\b/.test(tag) || tag.startsWith('yue')) return 'trad';
  return 'simp';
}

/** True when the article is written in Chinese (by its language, else by its title's Han characters). */
export function isChinese(article: Pick<StoredArticle, 'language' | 'title'>): boolean {
  if (article.language) return variantOfLanguage(article.language) !== null;
  return /\p{Script=Han}/u.test(article.title);
}

/** The URL of the article's own version in `variant`, from its `alternates`, if the publisher has one. */
export function alternateUrlFor(article: StoredArticle, variant: ChineseVariant): string | null {
  return article.alternates.find((a) => variantOfLanguage(a.language) === variant)?.url ?? null;
}

/**
 * The article in `variant`: unchanged when it already is, else every text field converted with
 * OpenCC and `language` retagged. Pure; the caller prefers the publisher's own version (see
 * `alternateUrlFor`) and uses this only when the store has none.
 */
export function convertArticle(article: StoredArticle, variant: ChineseVariant): StoredArticle {
  if (!isChinese(article) || variantOfLanguage(article.language) === variant) return article;
  const convert = converter(variant);
  const orNull = (text: string | null) => (text === null ? null : convert(text));
  const image = <T extends { alt: string | null; caption: string | null; credit: string | null }>(ref: T): T => ({
    ...ref,
    alt: orNull(ref.alt),
    caption: orNull(ref.caption),
    credit: orNull(ref.credit),
  });
  return {
    ...article,
    title: convert(article.title),
    byline: orNull(article.byline),
    authors: article.authors.map(convert),
    siteName: orNull(article.siteName),
    language: LANGUAGE_TAG[variant],
    summary: orNull(article.summary),
    leadImage: article.leadImage ? image(article.leadImage) : null,
    images: article.images.map(image),
    // Only Han characters change, so converting the markup as text leaves tags and URLs intact.
    contentHtml: convert(article.contentHtml),
    contentText: convert(article.contentText),
    tags: article.tags.map(convert),
  };
}

/** The BCP 47 tag a feed in `variant` declares. */
export function languageOfVariant(variant: ChineseVariant): string {
  return LANGUAGE_TAG[variant];
}
