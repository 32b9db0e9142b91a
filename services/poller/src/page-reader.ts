import { articleId } from '@feedwright/core/ids.ts';
import { decodeHtml } from '@feedwright/extract/charset.ts';
import { unpackGzipFile } from '@feedwright/http/gzip-body.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';

/** A page as a poll reads it: unchanged (304), or its text; `commit` stores its validators once it parsed. */
export type Page = ({ notModified: true } | { notModified: false; text: string; url: string }) & { commit: () => Promise<void> };

/** Reads a URL once per poll (conditional GET), however many routes read it. */
export type PageReader = (url: string, accept?: string) => Promise<Page>;

/**
 * One poll's fetches: conditional GET per URL, each URL fetched once; `counters.requests` counts the
 * requests made. A page's `commit` only collects its validators in `commits`: the poll stage stores them once the poll's fetch
 * jobs are queued (PollOutcome.commit), and not at all when it held links back (so the next poll reads the pages in full).
 */
export function createPageReader(io: { http: HttpClient; store: Store }, counters: { requests: number }, commits: Array<() => Promise<void>>): PageReader {
  const pages = new Map<string, Promise<Page>>();
  return (url: string, accept?: string) => {
    let pending = pages.get(url);
    if (!pending) {
      pending = (async (): Promise<Page> => {
        const urlId = articleId(url);
        const validators = await io.store.validators.get(urlId);
        counters.requests++;
        // A poll finds the new stories: it goes before the article fetches waiting for the same host.
        const response = await io.http.fetch({
          url,
          etag: validators.etag,
          lastModified: validators.lastModified,
          priority: 'high',
          ...(accept ? { accept } : {}),
        });
        if (response.notModified) return { notModified: true as const, commit: async () => undefined };
        // Sitemaps are often served as .xml.gz files (gzip as the content, not as a transfer coding).
        const bytes = unpackGzipFile(response.body, url);
        const text = decodeHtml(bytes, response.contentType).html;
        return {
          notModified: false as const,
          text,
          url: response.url,
          // Validators are stored only after a successful parse, so a broken page is fetched in full next time.
          commit: async () => {
            commits.push(() => io.store.validators.set(urlId, { etag: response.etag, lastModified: response.lastModified }));
          },
        };
      })();
      pages.set(url, pending);
    }
    return pending;
  };
}
