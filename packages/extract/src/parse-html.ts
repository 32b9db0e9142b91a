/**
 * The one parse of a page: htmlparser2 into a domhandler tree (what cheerio/slim's load builds,
 * without the per-call cheerio class and wrapper; extract-article.ts wraps the tree in cheerio
 * only for a recipe's selectors). The handler also records how deep the tree goes, so the depth
 * cap walks the tree only when it has something to cut.
 */
import type { Document } from 'domhandler';
import { DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';

/** DomHandler that remembers the deepest element it opened (the document is depth 0). */
class DepthHandler extends DomHandler {
  maxDepth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const depth = this.tagStack.length - 1;
    if (depth > this.maxDepth) this.maxDepth = depth;
  }
}

/** Parses HTML as cheerio/slim's load does (htmlparser2, HTML mode, entities decoded); maxDepth is the depth of the deepest element. */
export function parseHtml(html: string): { document: Document; maxDepth: number } {
  const handler = new DepthHandler();
  new Parser(handler).end(html);
  return { document: handler.root, maxDepth: handler.maxDepth };
}
