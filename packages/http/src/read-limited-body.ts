import type { Readable } from 'node:stream';
import { FeedwrightError } from '@feedwright/core/errors.ts';

/**
 * Reads a (decoded) body stream into memory, destroying it as soon as it passes `maxBytes`, so an
 * oversized or decompression-bomb response costs at most one chunk beyond the limit.
 */
export async function readLimitedBody(body: Readable, maxBytes: number, details: { url: string; status: number }): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      // Destroying the stream tears the connection down: nothing more is downloaded.
      abandonBody(body);
      throw tooLargeError(details, maxBytes);
    }
    chunks.push(chunk);
  }
  // A plain Uint8Array that owns its memory (not a view into Node's shared Buffer pool).
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

/** Stops a download without reading it; undici reports the abort as an 'error', which nobody needs here. */
export function abandonBody(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}
