import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw, type Inflate, type InflateRaw } from 'node:zlib';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { abandonBody } from './read-limited-body.ts';

// Servers often cut the last bytes (gzip trailer, final brotli block); browsers accept that, so do we.
const ZLIB_LENIENT = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };
const BROTLI_LENIENT = { flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH };
// More layers than this is not a real server, only a way to burn CPU.
const MAX_CODINGS = 3;

/**
 * Undoes the Content-Encoding (gzip, deflate, br, in any stack of up to three) as a stream, so the
 * size limit can be applied to decoded bytes as they arrive; unsupported codings are FETCH_NOT_HTML.
 */
export function decodeContentEncoding(body: Readable, contentEncoding: string | undefined, url: string): Readable {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return body;
  if (codings.length > MAX_CODINGS) {
    abandonBody(body);
    throw unreadable(url, contentEncoding);
  }
  // Codings are listed in the order applied, so they are undone from the last one.
  const decoders = codings.reverse().map((coding) => {
    const decoder = createDecoder(coding);
    if (decoder === null) {
      abandonBody(body);
      throw unreadable(url, contentEncoding);
    }
    return decoder;
  });
  // pipeline destroys every stage when one fails or the reader stops, which closes the socket.
  pipeline([body, ...decoders], () => undefined);
  return decoders[decoders.length - 1]!;
}

function createDecoder(coding: string): Transform | null {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip(ZLIB_LENIENT);
  if (coding === 'br') return createBrotliDecompress(BROTLI_LENIENT);
  if (coding === 'deflate') return new DeflateDecoder();
  return null;
}

function unreadable(url: string, contentEncoding: string | undefined): FeedwrightError {
  return new FeedwrightError('FETCH_NOT_HTML', `${url} sent a body in an unsupported Content-Encoding "${contentEncoding}"`, {
    details: { url, contentEncoding },
  });
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate; the first byte
 * tells them apart, as browsers do.
 */
class DeflateDecoder extends Transform {
  #inflater: Inflate | InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.#inflater === null) {
      if (chunk.length === 0) {
        callback();
        return;
      }
      // A zlib header's low nibble is the method, 8 = deflate.
      const inflater = (chunk[0]! & 0x0f) === 0x08 ? createInflate(ZLIB_LENIENT) : createInflateRaw(ZLIB_LENIENT);
      inflater.on('data', (data: Buffer) => this.push(data));
      inflater.on('error', (error) => this.destroy(error));
      this.#inflater = inflater;
    }
    this.#inflater.write(chunk, callback);
  }

  override _flush(callback: TransformCallback): void {
    const inflater = this.#inflater;
    if (inflater === null) {
      callback();
      return;
    }
    inflater.once('end', () => callback());
    inflater.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#inflater?.destroy();
    callback(error);
  }
}
