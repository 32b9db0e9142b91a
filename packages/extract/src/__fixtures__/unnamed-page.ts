/**
 * A zyte-dev page (bench/extract/zyte-dev, in the repository) with every class and id word replaced by one that says nothing, as
 * the class-hashed proxy (bench/extract/proxy.ts) does: the page of a template never seen, for tests of rules read from structure.
 * The same word always becomes the same stand-in, so elements that share a class still share one.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const pages = new URL('../../../../bench/extract/zyte-dev/html/', import.meta.url);

/** The page whose file name starts with `id` (its ground-truth key), decoded as UTF-8, its class and id words unnamed. */
export function unnamedZyteDevPage(id: string): string {
  const words = new Map<string, string>();
  const unnamed = (value: string): string =>
    value.replace(/\S+/g, (word) => {
      let stand = words.get(word);
      if (stand === undefined) words.set(word, (stand = `x${words.size.toString(16)}`));
      return stand;
    });
  return gunzipSync(readFileSync(new URL(`${id}.html.gz`, pages)))
    .toString('utf8')
    .replace(/\s(class|id)="([^"]*)"/g, (_whole, name: string, value: string) => ` ${name}="${unnamed(value)}"`);
}
