/**
 * Picks the real URL of an <img>/<source>, resolving lazy-loading conventions: data-src and
 * friends, data-srcset/srcset (largest candidate), and placeholder src values (1×1 GIFs,
 * "blank"/"placeholder" images, data: URIs) that must never reach a feed.
 */
import type { Element } from 'domhandler';
import { absoluteUrl } from './links.ts';

const LAZY_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-echo',
  'original',
  'file',
];
const PLACEHOLDER = /^data:|(?:^|[/_.-])(?:blank|placeholder|spacer|pixel|transparent|grey|gray|loading|lazy)(?:[/_.-]|$)|1x1|\/s\.gif$/i;

/** The widest candidate of a srcset attribute (by `w`, then `x` descriptor). */
export function largestSrcsetUrl(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor] = part.trim().split(/\s+/, 2);
    if (!url) continue;
    const size = descriptor ? Number.parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (!best || (Number.isFinite(size) && size > best.size)) best = { url, size: Number.isFinite(size) ? size : 1 };
  }
  return best?.url ?? null;
}

/** The absolute URL an image element really shows, or null when it only has a placeholder. */
export function resolveImageUrl(element: Element, baseUrl: string): string | null {
  const attribs = element.attribs;
  const candidates: string[] = [];
  for (const name of LAZY_ATTRIBUTES) {
    const value = attribs[name];
    if (value) candidates.push(value);
  }
  const src = attribs.src;
  if (src && !PLACEHOLDER.test(src)) candidates.push(src);
  const srcset = attribs['data-srcset'] ?? attribs['data-lazy-srcset'] ?? attribs.srcset;
  if (srcset) {
    const largest = largestSrcsetUrl(srcset);
    if (largest) candidates.push(largest);
  }
  for (const candidate of candidates) {
    if (PLACEHOLDER.test(candidate) && candidate.startsWith('data:')) continue;
    const url = absoluteUrl(candidate, baseUrl);
    if (url && !url.startsWith('mailto:')) return url;
  }
  return null;
}
