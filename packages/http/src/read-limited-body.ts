import { FeedwrightError } from '@feedwright/core/errors.ts';

/**
 * Reads a (decoded) body stream into memory, aborting the download as soon as it passes `maxBytes`,
 * so an oversized or decompression-bomb response costs at most one chunk beyond the limit.
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  details: { url: string; status: number },
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: cancelling tears the connection down and must not hold the caller up.
      reader.cancel().catch(() => undefined);
      throw tooLargeError(details, maxBytes);
    }
    chunks.push(value);
  }
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}

/** Builds the FETCH_TOO_LARGE error, shared by the Content-Length pre-check and the streaming check. */
export function tooLargeError(details: { url: string; status: number }, maxBytes: number): FeedwrightError {
  return new FeedwrightError('FETCH_TOO_LARGE', `${details.url} is larger than ${maxBytes} bytes`, {
    details: { ...details, maxBytes },
  });
}
