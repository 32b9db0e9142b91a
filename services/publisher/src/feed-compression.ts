import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

/** A body and its compressed forms, made on first request and kept with it (never per request). */
export type CompressibleBody = { body: Buffer; coded: Partial<Record<ContentCoding, Buffer>> };

/** The body of `rendered` in `coding`, compressed once and kept. */
export function codedBody(rendered: CompressibleBody, coding: ContentCoding): Buffer {
  rendered.coded[coding] ??=
    coding === 'br'
      ? brotliCompressSync(rendered.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } })
      : gzipSync(rendered.body, { level: 9 });
  return rendered.coded[coding]!;
}
