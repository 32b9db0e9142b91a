import { Agent, fetch, type Response } from 'undici';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { createAddressPolicy } from './address-policy.ts';
import { createGuardedConnector } from './guarded-connector.ts';
import { classifyNetworkFailure } from './network-errors.ts';
import { readLimitedBody, tooLargeError } from './read-limited-body.ts';
import { errorForStatus } from './response-errors.ts';

export type HttpClientOptions = {
  userAgent: string;
  /** true = anything; list = CIDRs allowed in addition to public addresses. */
  allowPrivateNetworks: boolean | string[];
  /** Whole request including redirects and body; default 15000. */
  timeoutMs?: number;
  /** Default 10 MiB, counted on the decoded body as it arrives. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
};

export type FetchRequest = {
  url: string;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
};

export type FetchResult =
  | { status: 304; url: string; notModified: true; headers: Record<string, string> }
  | {
      status: number;
      /** Final URL after redirects. */
      url: string;
      notModified: false;
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      headers: Record<string, string>;
    };

export type HttpClient = {
  fetch(req: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
};

export const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Creates the one outbound HTTP client (politeness headers, SSRF guard, limits). */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const limits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  };
  const policy = createAddressPolicy(options.allowPrivateNetworks);
  // The guard lives in the connector, i.e. on the socket actually opened, not on a pre-flight DNS
  // answer that could differ from the one used to connect (DNS rebinding).
  const agent = new Agent({ connect: createGuardedConnector(policy) });
  const userAgent = options.userAgent;

  async function fetchOnce(url: URL, req: FetchRequest, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: req.accept ?? DEFAULT_ACCEPT,
      // undici's fetch decodes these three; the size limit applies to the decoded bytes.
      'accept-encoding': 'gzip, deflate, br',
    };
    // Validators go to every hop: callers store them from the final URL of the previous fetch.
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    return fetch(url, { headers, redirect: 'manual', signal, dispatcher: agent });
  }

  async function fetchFollowingRedirects(req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    let url = parseHttpUrl(req.url, req.url);
    const visited = new Set([url.href]);
    for (let redirects = 0; ; ) {
      let response: Response;
      try {
        response = await fetchOnce(url, req, signal);
      } catch (error) {
        throw withUrl(error, url.href);
      }
      const status = response.status;
      const details = { url: url.href, status };

      if (REDIRECT_STATUSES.has(status)) {
        discardBody(response);
        const location = response.headers.get('location');
        if (location === null) {
          throw new FeedwrightError('FETCH_BAD_URL', `${url.href} answered ${status} without a Location`, { details });
        }
        const next = parseHttpUrl(location, url.href, url);
        redirects += 1;
        if (visited.has(next.href)) {
          throw new FeedwrightError('FETCH_TOO_MANY_REDIRECTS', `${req.url} redirects in a loop (back to ${next.href})`, {
            details: { ...details, location: next.href, redirects, loop: true },
          });
        }
        if (redirects > limits.maxRedirects) {
          throw new FeedwrightError('FETCH_TOO_MANY_REDIRECTS', `${req.url} redirects more than ${limits.maxRedirects} times`, {
            details: { ...details, location: next.href, redirects, maxRedirects: limits.maxRedirects },
          });
        }
        visited.add(next.href);
        url = next;
        continue;
      }

      const headers = headerRecord(response);
      if (status === 304) {
        discardBody(response);
        return { status: 304, url: url.href, notModified: true, headers };
      }
      if (status >= 400) {
        discardBody(response);
        throw errorForStatus(status, url.href, response.headers);
      }
      // Content-Length counts encoded bytes; it only predicts the decoded size when there is no encoding.
      const declaredLength = Number(response.headers.get('content-length'));
      if (!response.headers.has('content-encoding') && declaredLength > limits.maxBytes) {
        discardBody(response);
        throw tooLargeError(details, limits.maxBytes);
      }
      let body: Uint8Array;
      try {
        body = await readLimitedBody(response.body, limits.maxBytes, details);
      } catch (error) {
        throw withUrl(error, url.href);
      }
      return {
        status,
        url: url.href,
        notModified: false,
        body,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        headers,
      };
    }
  }

  return {
    async fetch(req) {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), limits.timeoutMs);
      const signal = req.signal === undefined ? deadline.signal : AbortSignal.any([req.signal, deadline.signal]);
      try {
        return await fetchFollowingRedirects(req, signal);
      } catch (error) {
        // The caller's cancellation is not a fetch failure: hand back its own reason untouched.
        if (req.signal?.aborted) throw req.signal.reason;
        if (deadline.signal.aborted) {
          const url = error instanceof FeedwrightError && typeof error.details.url === 'string' ? error.details.url : req.url;
          throw new FeedwrightError('FETCH_TIMEOUT', `${url} did not complete within ${limits.timeoutMs} ms`, {
            cause: error,
            details: { url, timeoutMs: limits.timeoutMs },
          });
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => agent.close(),
  };
}

// Errors this package raised already carry their URL; everything else is a network failure.
function withUrl(error: unknown, url: string): FeedwrightError {
  if (error instanceof FeedwrightError && error.details.url !== undefined) return error;
  return classifyNetworkFailure(error, url);
}

function parseHttpUrl(text: string, reportedUrl: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch (error) {
    throw new FeedwrightError('FETCH_BAD_URL', `"${text}" is not a valid URL`, { cause: error, details: { url: reportedUrl } });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedwrightError('FETCH_BAD_URL', `${url.href} is not an http(s) URL`, { details: { url: reportedUrl } });
  }
  // fetch refuses credentials in URLs; say so in our terms rather than as a network failure.
  if (url.username !== '' || url.password !== '') {
    throw new FeedwrightError('FETCH_BAD_URL', `${reportedUrl} contains credentials`, { details: { url: reportedUrl } });
  }
  return url;
}

// An unread body pins the connection; cancelling releases it. Errors here are irrelevant.
function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function headerRecord(response: Response): Record<string, string> {
  const record: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    record[name] = record[name] === undefined ? value : `${record[name]}, ${value}`;
  });
  return record;
}
