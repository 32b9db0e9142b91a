import { FeedwrightError } from '@feedwright/core/errors.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Maps an error HTTP status (4xx/5xx) to the FeedwrightError that callers classify, retry or report. */
export function errorForStatus(status: number, url: string, headers: { get(name: string): string | null }): FeedwrightError {
  const details: Record<string, unknown> = { url, status };
  if (status === 404) return new FeedwrightError('FETCH_NOT_FOUND', `${url} answered 404 Not Found`, { details });
  if (status === 410) return new FeedwrightError('FETCH_GONE', `${url} answered 410 Gone`, { details });
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
    if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs;
  }
  if (status === 429) return new FeedwrightError('FETCH_RATE_LIMITED', `${url} answered 429 Too Many Requests`, { details });
  if (status >= 500) return new FeedwrightError('FETCH_HTTP_5XX', `${url} answered ${status}`, { details });
  return new FeedwrightError('FETCH_HTTP_4XX', `${url} answered ${status}`, { details });
}
