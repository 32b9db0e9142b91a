/**
 * The feed formats, declared once. A format's name is also its file extension
 * (`/feeds/<id>.<format>`); adding one is an entry here plus its renderer in render-feed.ts.
 * The order is the order readers are offered them (status page, autodiscovery): Atom first.
 */
export const FEED_FORMATS = {
  atom: { mediaType: 'application/atom+xml; charset=utf-8', label: 'Atom' },
  rss: { mediaType: 'application/rss+xml; charset=utf-8', label: 'RSS' },
  json: { mediaType: 'application/feed+json; charset=utf-8', label: 'JSON Feed' },
} as const satisfies Record<string, { mediaType: string; label: string }>;

export type FeedFormat = keyof typeof FEED_FORMATS;

/** Every format, in declaration order. */
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

/** True when `value` names a feed format. */
export function isFeedFormat(value: string): value is FeedFormat {
  return Object.hasOwn(FEED_FORMATS, value);
}

/** Splits a feed file name (`world.atom`) into feed id and format, or null when it is not one. */
export function parseFeedFile(file: string): { feedId: string; format: FeedFormat } | null {
  const match = /^([a-z0-9][a-z0-9_-]*)\.([a-z0-9]+)$/.exec(file);
  if (!match || !isFeedFormat(match[2]!)) return null;
  return { feedId: match[1]!, format: match[2] };
}

/** The URL of every format of a feed, under `publicUrl`. */
export function feedUrls(publicUrl: string, feedId: string): Record<FeedFormat, string> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [format, `${publicUrl}/feeds/${feedId}.${format}`])) as Record<FeedFormat, string>;
}
