/**
 * The engine of `feedwright extract --jsonl`: one process extracts a whole corpus, so benchmarks
 * measure extraction rather than start-up. The CLI wires stdin, stdout and the file system in.
 */
import { FeedwrightError, toFeedwrightError } from '@feedwright/core/errors.ts';
import { extractArticle } from './extract-article.ts';

/**
 * Without a fetch time, relative dates ("5 小时前") must stay unresolved and no absolute date may
 * look "in the future": the latest representable Date gives exactly that (parseDate rejects it).
 */
const UNKNOWN_FETCH_TIME = new Date(8.64e15);

type InputLine = { key?: unknown; url?: unknown; path?: unknown; fetchedAt?: unknown; timezone?: unknown; language?: unknown };

/**
 * Reads lines `{"key","url","path"}` and writes one line per input: `{"key","article"}` or
 * `{"key","error":{"code","message"}}`; blank lines are skipped, bad lines answer with an error.
 * `now` is the fetch time for relative dates when a line gives no `fetchedAt`; without either,
 * relative dates stay null.
 */
export async function runExtractJsonl(
  lines: AsyncIterable<string>,
  write: (line: string) => void,
  readFile: (path: string) => Promise<Uint8Array>,
  now: Date = UNKNOWN_FETCH_TIME,
): Promise<void> {
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    let key: unknown = null;
    try {
      let input: InputLine;
      try {
        input = JSON.parse(line) as InputLine;
      } catch (error) {
        throw new FeedwrightError('API_BAD_REQUEST', 'input line is not JSON', { cause: error });
      }
      key = input.key ?? null;
      if (typeof input.url !== 'string' || typeof input.path !== 'string') {
        throw new FeedwrightError('API_BAD_REQUEST', 'input line needs string "url" and "path"');
      }
      const bytes = await readFile(input.path);
      const fetchedAt = typeof input.fetchedAt === 'string' && !Number.isNaN(Date.parse(input.fetchedAt)) ? new Date(input.fetchedAt) : now;
      const article = extractArticle(bytes, {
        url: input.url,
        fetchedAt,
        // Without a fetch time, a date after this run is still impossible.
        notAfter: fetchedAt === UNKNOWN_FETCH_TIME ? new Date() : null,
        timezone: typeof input.timezone === 'string' ? input.timezone : null,
        language: typeof input.language === 'string' ? input.language : null,
      });
      write(JSON.stringify({ key, article }));
    } catch (error) {
      const coded = error instanceof FeedwrightError ? error : toFeedwrightError(error);
      // A file that cannot be read is reported per line; the run goes on.
      const code = error instanceof FeedwrightError ? coded.code : (error as NodeJS.ErrnoException)?.code ? 'EXTRACT_NOT_HTML' : coded.code;
      write(JSON.stringify({ key, error: { code, message: coded.message } }));
    }
  }
}
