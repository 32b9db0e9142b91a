import { FeedwrightError } from '@feedwright/core/errors.ts';

// undici and node:net report time limits under these codes (connect, headers, body, socket).
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/**
 * Turns what undici or node:net throw (system errors, undici errors, possibly wrapped in `cause`)
 * into a coded FeedwrightError that names the URL, keeping the original as `cause`.
 */
export function classifyNetworkFailure(error: unknown, url: string): FeedwrightError {
  const chain = causeChain(error);
  // Our connector's refusal knows the host, not the URL; re-issue it with the URL that was asked for.
  const coded = chain.find((entry): entry is FeedwrightError => entry instanceof FeedwrightError);
  if (coded !== undefined) {
    if (coded === error && coded.details.url !== undefined) return coded;
    return new FeedwrightError(coded.code, coded.message, {
      cause: coded === error ? coded.cause : error,
      details: { ...coded.details, url },
    });
  }
  const code = chain.map(errorCode).find((entry) => entry !== undefined);
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new FeedwrightError('FETCH_TIMEOUT', `${url} timed out (${code})`, { cause: error, details: { url, code } });
  }
  const reason = chain.at(-1);
  const message = reason instanceof Error ? reason.message : String(reason);
  return new FeedwrightError('FETCH_NETWORK', `${url} could not be fetched: ${message}`, {
    cause: error,
    details: code === undefined ? { url } : { url, code },
  });
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  // Bounded so that a cyclic cause chain cannot hang us.
  while (current !== undefined && current !== null && chain.length < 10) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

function errorCode(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('code' in entry)) return undefined;
  return typeof entry.code === 'string' ? entry.code : undefined;
}
