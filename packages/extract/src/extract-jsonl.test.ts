import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExtractJsonl } from './extract-jsonl.ts';

const seed = fileURLToPath(new URL('./__fixtures__/seed-article-simp/input.html', import.meta.url));

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  for (const line of lines) yield line;
}

describe('runExtractJsonl', () => {
  it('answers one line per input: an article, or a coded error, keyed as given', async () => {
    const out: string[] = [];
    await runExtractJsonl(
      linesOf(
        JSON.stringify({ key: 'a', url: 'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp', path: seed }),
        '',
        JSON.stringify({ key: 'b', url: 'https://example.org/x', path: '/does/not/exist.html' }),
        'not json',
        JSON.stringify({ key: 'c', url: 'https://example.org/x' }),
      ),
      (line) => out.push(line),
      async (path) => new Uint8Array(await readFile(path)),
    );
    expect(out).toHaveLength(4);
    const [a, b, bad, c] = out.map(
      (line) => JSON.parse(line) as { key: unknown; article?: { title: string; url: string }; error?: { code: string; message: string } },
    );
    expect(a!.key).toBe('a');
    expect(a!.article!.url).toBe('https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp');
    expect(a!.article!.title).toContain('特朗普与习近平通话后');
    expect((a!.article as unknown as { publishedAt: string }).publishedAt).toBe('2026-02-05T04:21:13.000Z');
    expect(b).toMatchObject({ key: 'b', error: { code: 'EXTRACT_NOT_HTML' } });
    expect(bad).toMatchObject({ key: null, error: { code: 'API_BAD_REQUEST' } });
    expect(c).toMatchObject({ key: 'c', error: { code: 'API_BAD_REQUEST' } });
  });
});
