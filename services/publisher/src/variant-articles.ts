import type { StoredArticle } from '@feedwright/core/article.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import { articleId } from '@feedwright/core/ids.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { alternateUrlFor, convertArticle, type ChineseVariant } from './chinese-variant.ts';

/**
 * Puts articles into `variant`: an article the publisher also wrote in that variant (listed in its
 * `alternates` and stored by us) is replaced by that version; any other Chinese article is
 * converted with OpenCC. Non-Chinese articles pass unchanged. Duplicates (both versions in the
 * feed) collapse to one entry because `renderFeed` keeps the first occurrence of an id.
 */
export async function inVariant(store: Pick<Store, 'articles'>, articles: StoredArticle[], variant: ChineseVariant): Promise<StoredArticle[]> {
  return Promise.all(
    articles.map(async (article) => {
      const url = alternateUrlFor(article, variant);
      const canonical = url ? canonicalizeUrl(url) : null;
      const own = canonical && canonical !== article.url ? await store.articles.get(articleId(canonical)) : null;
      return own ? convertArticle(own, variant) : convertArticle(article, variant);
    }),
  );
}
