import { gunzipSync } from 'node:zlib';
import { FeedwrightError } from '@feedwright/core/errors.ts';

/** What a gzip file (sitemap.xml.gz) may unpack to: the sitemaps.org limit is 50 MB uncompressed. */
export const MAX_GUNZIPPED_BYTES = 50 * 1024 * 1024;

/**
 * Unpacks a body that is itself a gzip file (a `.xml.gz` sitemap served as application/gzip, not
 * gzip as a transfer coding, which the HTTP client already undid). Other bodies come back as they
 * are. Throws FETCH_TOO_LARGE past `maxBytes` unpacked, DISCOVER_PARSE on a broken gzip stream.
 */
export function unpackGzipFile(bytes: Uint8Array, url: string, maxBytes = MAX_GUNZIPPED_BYTES): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FeedwrightError('FETCH_TOO_LARGE', `${url}: unpacks to more than ${maxBytes} bytes`, { cause: error, details: { url, maxBytes } });
    }
    throw new FeedwrightError('DISCOVER_PARSE', `${url}: broken gzip: ${(error as Error).message}`, { cause: error, details: { url } });
  }
}
