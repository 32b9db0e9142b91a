import type { IncomingHttpHeaders } from 'node:http';
import { Agent, type Dispatcher } from 'undici';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { createAddressPolicy } from './address-policy.ts';
import { decodeContentEncoding } from './decode-content-encoding.ts';
import { createGuardedConnector } from './guarded-connector.ts';
import { classifyNetworkFailure } from './network-errors.ts';
import { abandonBody, readLimitedBody, tooLargeError } from './read-limited-body.ts';
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
  /** Called before each redirect is followed, with the next URL; throwing stops the fetch with that error. */
  beforeRedirect?: (next: string) => Promise<void>;
  /**
   * `high` for a poll's requests: the politeness wrapper gives it the host's next free slot before
   * article fetches waiting for the same host (default `normal`; the bare client ignores it).
   */
  priority?: 'high' | 'normal';
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

  // undici.request rather than fetch: fetch adds browser headers (`Sec-Fetch-Mode: cors`,
  // `Accept-Language: *`) a crawler should not send, and costs noticeably more CPU per request.
  async function requestOnce(url: URL, req: FetchRequest, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: req.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    // Validators go to every hop: callers store them from the final URL of the previous fetch.
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    return agent.request({ origin: url.origin, path: `${url.pathname}${url.search}`, method: 'GET', headers, signal });
  }

  async function fetchFollowingRedirects(req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    let url = parseHttpUrl(req.url, req.url);
    const visited = new Set([url.href]);
    for (let redirects = 0; ;) {
      let response: Dispatcher.ResponseData;
      try {
        response = await requestOnce(url, req, signal);
      } catch (error) {
        throw withUrl(error, url.href);
      }
      const status = response.statusCode;
      const details = { url: url.href, status };

      if (REDIRECT_STATUSES.has(status)) {
        discardBody(response);
        const location = headerValue(response.headers, 'location');
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
        await req.beforeRedirect?.(next.href);
        url = next;
        continue;
      }

      const headers = headerRecord(response.headers);
      if (status === 304) {
        discardBody(response);
        return { status: 304, url: url.href, notModified: true, headers };
      }
      if (status >= 400) {
        discardBody(response);
        throw errorForStatus(status, url.href, { get: (name) => headerValue(response.headers, name) });
      }
      // Content-Length counts encoded bytes; it only predicts the decoded size when there is no encoding.
      const contentEncoding = headers['content-encoding'];
      if (contentEncoding === undefined && Number(headers['content-length']) > limits.maxBytes) {
        abandonBody(response.body);
        throw tooLargeError(details, limits.maxBytes);
      }
      let body: Uint8Array;
      try {
        body = await readLimitedBody(decodeContentEncoding(response.body, contentEncoding, url.href), limits.maxBytes, details);
      } catch (error) {
        throw withUrl(error, url.href);
      }
      return {
        status,
        url: url.href,
        notModified: false,
        body,
        contentType: headers['content-type'] ?? null,
        etag: headers.etag ?? null,
        lastModified: headers['last-modified'] ?? null,
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
        // Only failures the abort caused become timeouts; a 404 that raced the deadline stays a 404.
        if (deadline.signal.aborted && (!(error instanceof FeedwrightError) || error.code === 'FETCH_NETWORK')) {
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
  // Credentials would otherwise be silently dropped; a URL that needs them is a configuration error.
  if (url.username !== '' || url.password !== '') {
    throw new FeedwrightError('FETCH_BAD_URL', `${reportedUrl} contains credentials`, { details: { url: reportedUrl } });
  }
  return url;
}

// Small bodies (redirects, errors) are drained so the connection can be reused; undici gives up
// and closes the socket past its own dump limit.
function discardBody(response: Dispatcher.ResponseData): void {
  response.body.dump().catch(() => undefined);
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headerValue(headers, name);
    if (value !== null) record[name] = value;
  }
  return record;
}
