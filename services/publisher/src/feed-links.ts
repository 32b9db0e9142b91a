import { feedUrls, type FeedFormat } from '@feedwright/feeds/feed-formats.ts';
import type { ChineseVariant } from './chinese-variant.ts';

/** The feed's URLs: canonical format URLs, the document's self URL (with its variant), and the hub. */
export function feedLinks(publicUrl: string, feedId: string, format: FeedFormat, variant: ChineseVariant | null) {
  const urls = feedUrls(publicUrl, feedId);
  return { feedUrls: urls, selfUrl: variant ? `${urls[format]}?variant=${variant}` : urls[format], hubUrl: `${publicUrl}/hub` };
}
