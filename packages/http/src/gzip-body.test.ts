import { gzipSync } from 'node:zlib';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { describe, expect, it } from 'vitest';
import { unpackGzipFile } from './gzip-body.ts';

const URL = 'https://news.example/sitemap.xml.gz';
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as FeedwrightError).code;
  }
  return 'no error';
};

describe('unpackGzipFile', () => {
  it('unpacks a gzip file and leaves any other body as it is', () => {
    const xml = '<?xml version="1.0"?><urlset/>';
    expect(Buffer.from(unpackGzipFile(gzipSync(xml), URL)).toString('utf8')).toBe(xml);
    const plain = Buffer.from(xml);
    expect(unpackGzipFile(plain, URL)).toBe(plain);
  });

  it('refuses a gzip bomb with FETCH_TOO_LARGE and a broken stream with DISCOVER_PARSE', () => {
    expect(codeOf(() => unpackGzipFile(gzipSync(Buffer.alloc(2 * 1024 * 1024)), URL, 1024 * 1024))).toBe('FETCH_TOO_LARGE');
    expect(codeOf(() => unpackGzipFile(gzipSync('<urlset/>').subarray(0, 12), URL))).toBe('DISCOVER_PARSE');
  });
});
