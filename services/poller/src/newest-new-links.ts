import type { DiscoveredLink } from '@feedwright/discover/discovered-link.ts';

/**
 * The newest `max` links of one route that pass `isNew`: dated links newest first, then undated
 * ones in page order (listings put the newest first). `held` counts the new links left for later
 * polls, so a route listing 100,000 links enqueues a bounded batch per poll.
 */
export function newestNewLinks(
  links: readonly DiscoveredLink[],
  isNew: (link: DiscoveredLink) => boolean,
  max: number,
): { picked: DiscoveredLink[]; held: number } {
  const fresh = links.filter(isNew);
  const ranked = fresh
    .map((link, index) => ({ link, index, time: link.date === null ? Number.NaN : Date.parse(link.date) }))
    .sort((a, b) => {
      const aDated = Number.isFinite(a.time);
      const bDated = Number.isFinite(b.time);
      if (aDated && bDated && a.time !== b.time) return b.time - a.time;
      if (aDated !== bDated) return aDated ? -1 : 1;
      return a.index - b.index;
    });
  return { picked: ranked.slice(0, max).map((r) => r.link), held: Math.max(0, fresh.length - max) };
}
