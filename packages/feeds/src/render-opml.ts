import { generateOpml } from 'feedsmith';
import { stripXmlIllegal } from './xml-text.ts';

/** One feed in an OPML subscription list. */
export type OpmlFeed = { title: string; xmlUrl: string; htmlUrl?: string | null; description?: string | null; language?: string | null };

/**
 * Pure: an OPML 2.0 subscription list (one `<outline type="rss">` per feed), so a reader
 * subscribes to every feed of the server in one step. `dateCreated` is passed in (no clock here).
 */
export function renderOpml(list: { title: string; dateCreated: Date; feeds: readonly OpmlFeed[] }): string {
  const clean = (text: string | null | undefined) => (text ? stripXmlIllegal(text) : undefined);
  return generateOpml({
    head: { title: stripXmlIllegal(list.title), dateCreated: list.dateCreated },
    body: {
      outlines: list.feeds.map((feed) => ({
        text: stripXmlIllegal(feed.title),
        title: stripXmlIllegal(feed.title),
        type: 'rss',
        xmlUrl: feed.xmlUrl,
        ...(feed.htmlUrl ? { htmlUrl: feed.htmlUrl } : {}),
        ...(feed.description ? { description: clean(feed.description) } : {}),
        ...(feed.language ? { language: feed.language } : {}),
      })),
    },
  });
}
