import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { extractArticle } from '@feedwright/extract/extract-article.ts';
import { runExtractJsonl } from '@feedwright/extract/extract-jsonl.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** `feedwright extract`: one file (or stdin) → one Article as JSON; `--jsonl` → a whole corpus in one process. */
export async function runExtract(options: { url: string | undefined; jsonl: boolean; file: string | undefined }): Promise<number> {
  if (options.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    await runExtractJsonl(
      lines,
      (line) => process.stdout.write(`${line}\n`),
      async (path) => readFile(path),
    );
    return 0;
  }
  if (!options.file) throw new FeedwrightError('CLI_USAGE', 'feedwright extract needs a file (or - for standard input): feedwright extract [--url URL] FILE|-');
  const bytes = options.file === '-' ? await readAll(process.stdin) : await readFile(options.file);
  const url = options.url ?? (options.file === '-' ? 'http://localhost/' : pathToFileURL(resolve(options.file)).href.replace(/^file:/, 'http://localhost'));
  const article = extractArticle(bytes, { url, fetchedAt: new Date() });
  process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  return 0;
}
