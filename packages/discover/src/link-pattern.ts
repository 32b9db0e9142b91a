const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Shape = { host: string; segments: string[]; query: boolean };

function shapeOf(text: string): Shape | null {
  try {
    const url = new URL(text);
    return { host: url.host, segments: url.pathname.split('/').filter(Boolean), query: url.search !== '' };
  } catch {
    return null;
  }
}

/** One path position: the literal when every URL agrees, digits when all are numbers, else any segment. */
function segmentPattern(values: string[]): string {
  if (values.every((v) => v === values[0])) return escapeRegex(values[0]!);
  if (values.every((v) => /^\d+$/.test(v))) return '\\d+';
  return '[^/]+';
}

/**
 * Pure: a regular expression (the `pattern` of a route) that matches the story URLs given and as
 * little else as it can. The URLs are grouped by shape (host, number of path segments, first
 * segment); the largest group wins, stray links are left out. Each path position becomes its
 * literal when all stories share it (`articles`), `\d+` when all are numbers (`2026`), else
 * `[^/]+`. Null when fewer than `minimum` URLs share a shape.
 */
export function inferLinkPattern(urls: readonly string[], minimum = 2): string | null {
  const groups = new Map<string, Shape[]>();
  for (const url of urls) {
    const shape = shapeOf(url);
    if (!shape || shape.segments.length === 0) continue;
    const key = `${shape.host} ${shape.segments.length} ${shape.segments[0]}`;
    groups.set(key, [...(groups.get(key) ?? []), shape]);
  }
  const best = [...groups.values()].sort((a, b) => b.length - a.length)[0];
  if (!best || best.length < minimum) return null;
  const depth = best[0]!.segments.length;
  const path = Array.from({ length: depth }, (_, i) => segmentPattern(best.map((s) => s.segments[i]!))).join('/');
  const query = best.some((s) => s.query) ? '(?:\\?[^#]*)?' : '';
  return `^https?://${escapeRegex(best[0]!.host)}/${path}/?${query}$`;
}
