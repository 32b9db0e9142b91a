/**
 * Every error Feedwright reports carries a code from this list. Each code is documented in
 * docs/errors.md (a test checks that), and says whether retrying can help.
 */

export const ERROR_CODES = {
  CONFIG_INVALID: { transient: false, summary: 'The configuration file failed validation.' },
  CONFIG_NOT_FOUND: { transient: false, summary: 'The configuration file could not be read.' },
  REDIS_UNAVAILABLE: { transient: true, summary: 'Redis did not answer at REDIS_URL.' },
  FETCH_TIMEOUT: { transient: true, summary: 'The site did not answer within the time limit.' },
  FETCH_NETWORK: { transient: true, summary: 'The connection failed (DNS, refused, reset).' },
  FETCH_HTTP_4XX: { transient: false, summary: 'The site answered with a client error (other than 404/410/429).' },
  FETCH_NOT_FOUND: { transient: false, summary: 'The site answered 404 Not Found.' },
  FETCH_GONE: { transient: false, summary: 'The site answered 410 Gone.' },
  FETCH_RATE_LIMITED: { transient: true, summary: 'The site answered 429 Too Many Requests.' },
  FETCH_HTTP_5XX: { transient: true, summary: 'The site answered with a server error.' },
  FETCH_TOO_LARGE: { transient: false, summary: 'The response exceeded the size limit.' },
  FETCH_TOO_MANY_REDIRECTS: { transient: false, summary: 'Too many redirects (or a redirect loop).' },
  FETCH_BLOCKED_ADDRESS: { transient: false, summary: 'The URL resolves to a private, loopback or reserved address that the config does not allow.' },
  FETCH_BAD_URL: { transient: false, summary: 'The URL is not a valid http(s) URL.' },
  FETCH_ROBOTS_DISALLOWED: { transient: false, summary: "The site's robots.txt disallows this URL for our User-Agent." },
  FETCH_HOST_DEFERRED: { transient: true, summary: 'The host asked us to wait (Retry-After) or its request budget is used up; tried again later.' },
  FETCH_NOT_HTML: { transient: false, summary: 'The response is not an HTML page (wrong content type or binary body).' },
  DISCOVER_ROUTE_EMPTY: { transient: false, summary: 'A discovery route that used to find stories parses but finds none (a rotted selector or pattern).' },
  DISCOVER_PARSE: { transient: false, summary: 'A discovery route (feed or listing) could not be parsed.' },
  DISCOVER_NOTHING_FOUND: { transient: false, summary: 'Inspecting a site found no feed, sitemap, listing or page data with stories in it.' },
  IDENTITY_CLAIM_REJECTED: {
    transient: false,
    summary:
      "A page's rel=canonical or og:url named a URL off its source's site; the fetched URL was used as its identity instead (logged, the article is still stored).",
  },
  EXTRACT_NO_CONTENT: { transient: false, summary: 'The page has no text: no body, no candidate block, no description.' },
  EXTRACT_FAILED: { transient: false, summary: 'Extraction itself failed on this page (a bug or a pathological page).' },
  EXTRACT_NOT_HTML: { transient: false, summary: 'The input is not HTML text (binary or empty).' },
  EXTRACT_TOO_LARGE: { transient: false, summary: 'The input is larger than the extractor accepts.' },
  STORE_FAILED: { transient: true, summary: 'Writing to the store failed.' },
  DELIVERY_FAILED: { transient: true, summary: 'A webhook endpoint did not accept a delivery (non-2xx, timeout or network).' },
  FANOUT_EVENT_FAILED: {
    transient: false,
    summary: 'One event of the event log could not be fanned out (unreadable, or it broke a subscription match or a rendering); it is skipped alone.',
  },
  DELIVERY_GONE: { transient: false, summary: 'A webhook endpoint answered 410 Gone; the subscription is disabled.' },
  DELIVERY_DISABLED: { transient: false, summary: 'A subscription kept failing for delivery.disableAfter and was disabled.' },
  HUB_VERIFY_FAILED: { transient: false, summary: 'A WebSub subscriber did not confirm its (un)subscription (hub.challenge not echoed).' },
  API_UNAUTHORIZED: { transient: false, summary: 'The admin token is missing or wrong.' },
  API_BAD_REQUEST: { transient: false, summary: 'The request body or parameters are invalid.' },
  SUBSCRIPTION_URL_REFUSED: {
    transient: false,
    summary: 'A webhook or WebSub callback URL was refused at subscribe time (credentials, scheme, port, private address, control characters or length).',
  },
  API_NOT_FOUND: { transient: false, summary: 'No such resource.' },
  API_CONFLICT: { transient: false, summary: 'The request conflicts with the current state (a source from feedwright.yaml, an id already taken).' },
  API_CROSS_SITE: {
    transient: false,
    summary: 'A state change authorised by Basic auth did not come from this site (cross-site form post); send the Bearer header.',
  },
  API_RATE_LIMITED: { transient: true, summary: 'Too many API requests from one client; retry later.' },
  SHUTTING_DOWN: { transient: true, summary: 'The service is shutting down; retry against another replica or after the restart.' },
  SHUTDOWN_SLOW: { transient: true, summary: 'Shutdown has waited 10 s for one step; the log line names it and every Redis connection still open.' },
  SHUTDOWN_FORCED: { transient: true, summary: 'Shutdown waited 20 s and disconnected the Redis connections still open; the log line names them.' },
  NOT_READY: { transient: true, summary: 'No worker is consuming a pipeline queue; the service cannot make progress.' },
  CLI_USAGE: { transient: false, summary: 'The command line could not be understood (an unknown option, a missing value or argument).' },
  DEMO_UNAVAILABLE: { transient: false, summary: 'The fixture newsroom `feedwright demo` needs is not installed (the production image leaves it out).' },
  INTERNAL: { transient: true, summary: 'An unexpected error; the log has the stack.' },
} as const satisfies Record<string, { transient: boolean; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a documented code; `transient` says whether a retry may succeed. */
export class FeedwrightError extends Error {
  readonly code: ErrorCode;
  readonly transient: boolean;
  /** Extra facts for logs and source health (status, url, retryAfterMs…). */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown>; transient?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedwrightError';
    this.code = code;
    this.transient = options.transient ?? ERROR_CODES[code].transient;
    this.details = options.details ?? {};
  }
}

/** Classifies any thrown value into a FeedwrightError (unknown errors become INTERNAL). */
export function toFeedwrightError(error: unknown): FeedwrightError {
  if (error instanceof FeedwrightError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FeedwrightError('INTERNAL', message, { cause: error });
}

/**
 * The text a permanently failed job carries (`FETCH_GONE: the site answered 410`). BullMQ keeps
 * only a message for a failed job, so the code travels at its start and `failureCode` reads it back.
 */
export function failureReason(error: FeedwrightError): string {
  return `${error.code}: ${error.message}`;
}

/** The error code of a failed job's error or failure reason (INTERNAL when it carries none). */
export function failureCode(failure: unknown): string {
  if (failure instanceof FeedwrightError) return failure.code;
  const text = failure instanceof Error ? failure.message : typeof failure === 'string' ? failure : '';
  return /^([A-Z][A-Z0-9_]+):/.exec(text)?.[1] ?? 'INTERNAL';
}
