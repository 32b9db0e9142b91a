import type { Article } from '@feedwright/core/article.ts';
import { capArticleFields } from '@feedwright/core/article-limits.ts';
import { canonicalizeUrl } from '@feedwright/core/canonical-url.ts';
import type { SourceConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { articleId } from '@feedwright/core/ids.ts';
import type { FetchJob, FetchJobResult } from '@feedwright/core/jobs.ts';
import { isTrustedIdentityClaim, sourceSiteKeys } from '@feedwright/core/source-identity.ts';
import { extractArticle } from '@feedwright/extract/extract-article.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { StoredOnlyResult } from '@feedwright/store/article-repository.ts';

/**
 * The fetch job's result (what the metrics read), plus the store's answer when the page was stored
 * and a canonical / og:url the page claimed off its source's site, refused (the fetched URL is the identity instead).
 */
export type ProcessOutcome = FetchJobResult & { result?: StoredOnlyResult; rejectedClaim?: { claimedUrl: string; from: string } };

/**
 * The article under an identity its source may give it: a claimed canonical URL off the source's
 * own site is refused and the fetched URL stands in (see core/source-identity.ts).
 */
export function ownIdentity(article: Article, fetchedUrl: string, source: SourceConfig): { article: Article; rejectedClaim?: ProcessOutcome['rejectedClaim'] } {
  const from = article.extraction.sources?.canonicalUrl ?? 'fetched-url';
  const fetched = canonicalizeUrl(fetchedUrl);
  if (from === 'fetched-url' || fetched === null || article.url === fetched) return { article };
  if (isTrustedIdentityClaim(article.url, fetchedUrl, sourceSiteKeys(source))) return { article };
  return {
    article: {
      ...article,
      url: fetched,
      id: articleId(fetched),
      extraction: { ...article.extraction, sources: { ...article.extraction.sources, canonicalUrl: 'fetched-url' } },
    },
    rejectedClaim: { claimedUrl: article.url, from },
  };
}

/**
 * Published before `now - maxAgeMs`: what retention removes (it ranks by publication, else first
 * seen; an article without a publication date is first seen now, so it never is).
 */
export function isExpired(article: Pick<Article, 'publishedAt'>, now: Date, maxAgeMs: number): boolean {
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return Number.isFinite(published) && published < now.getTime() - maxAgeMs;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * One fetch job: fetch (conditional for re-checks) → extract → store. Throws FeedwrightError;
 * the adapter decides retry vs. give up from its `transient` flag.
 */
export async function processArticle(
  job: FetchJob,
  source: SourceConfig,
  io: { http: HttpClient; store: Store; now: Date; maxAgeMs: number },
): Promise<ProcessOutcome> {
  const urlId = articleId(job.url);
  const validators = job.reason === 'recheck' ? await io.store.validators.get(urlId) : { etag: null, lastModified: null };
  const host = new URL(job.url).host;
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round((now - mark) * 10) / 10;
    mark = now;
    return ms;
  };
  const response = await io.http.fetch({ url: job.url, etag: validators.etag, lastModified: validators.lastModified });
  const fetchMs = lap();
  if (response.notModified) return { status: 'not-modified', articleId: null, host, timings: { fetch: fetchMs } };
  if (response.contentType && !HTML_TYPES.test(response.contentType)) {
    throw new FeedwrightError('FETCH_NOT_HTML', `expected an HTML page, got ${response.contentType}`, {
      details: { url: job.url, contentType: response.contentType },
    });
  }
  const extracted = extractArticle(response.body, {
    url: response.url,
    fetchedAt: io.now,
    contentType: response.contentType,
    charset: source.charset,
    timezone: source.timezone,
    language: source.language ?? null,
    recipe: source.extract ?? null,
  });
  const { article: owned, rejectedClaim } = ownIdentity(extracted, response.url, source);
  const article = capArticleFields(owned);
  const extractMs = lap();
  // A story published before its source's `maxAge` is one the next retention step would remove: it
  // is remembered as seen (never fetched again while listed) but neither stored nor announced, so no
  // subscriber gets an article.created for a story that no feed keeps.
  if (isExpired(article, io.now, io.maxAgeMs)) {
    await io.store.seen.markSeen([urlId, article.id], io.now);
    return { status: 'expired', articleId: article.id, host, timings: { fetch: fetchMs, extract: extractMs, store: lap() } };
  }
  // One script stores the article with its event, marks the URL (and the article id) seen, keeps the
  // URL's validators for the next conditional re-check and counts a created article in the source's
  // health. A re-check stores only a story still kept: one that retention removed is not announced again.
  const result = await io.store.articles.upsert(article, source.id, io.now, {
    correlationId: job.correlationId,
    onlyIfStored: job.reason === 'recheck',
    fetched: { urlId, etag: response.etag, lastModified: response.lastModified },
  });
  return {
    status: result.status,
    articleId: article.id,
    result,
    host,
    timings: { fetch: fetchMs, extract: extractMs, store: lap() },
    ...(rejectedClaim ? { rejectedClaim } : {}),
  };
}
