import type { ContentCoding } from './feed-compression.ts';

/** Picks br or gzip from `Accept-Encoding` (q-values honoured; br preferred on a tie), or null for identity. */
export function negotiateCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name!.trim(), qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const weight = (coding: string) => q.get(coding) ?? (coding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}

/** The ETag of a coded body: the identity ETag plus `-br` / `-gzip` (RFC 9110 §8.8.3). */
export function codedEtag(etag: string, coding: ContentCoding | null): string {
  return coding ? `${etag.slice(0, -1)}-${coding}"` : etag;
}

/**
 * True when a conditional GET may be answered 304: `If-None-Match` (weak comparison, any coding of
 * the same rendering matches, RFC 9110 §13.1.2) wins over `If-Modified-Since`.
 */
export function isNotModified(headers: { ifNoneMatch: string | undefined; ifModifiedSince: string | undefined }, etag: string, lastModified: Date): boolean {
  const opaque = (tag: string) => tag.replace(/^W\//, '').replace(/-(br|gzip)"$/, '"');
  const inm = headers.ifNoneMatch;
  const ims = headers.ifModifiedSince;
  return inm !== undefined
    ? inm.trim() === '*' || inm.split(/\s*,\s*/).some((tag) => opaque(tag) === etag)
    : ims !== undefined && Date.parse(ims) >= lastModified.getTime();
}
