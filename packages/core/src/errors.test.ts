import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, failureCode, failureReason, FeedwrightError, toFeedwrightError } from './errors.ts';

describe('error codes', () => {
  it('documents every code, with its retry behaviour, in docs/errors.md', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, { transient }] of Object.entries(ERROR_CODES)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, `docs/errors.md has a row for ${code}`).toBeDefined();
      expect(row!.split('|')[2]!.trim(), `${code} is documented as ${transient ? 'transient' : 'permanent'}`).toBe(transient ? 'yes' : 'no');
    }
  });

  it('classifies unknown throwables as INTERNAL and keeps coded errors as they are', () => {
    const coded = new FeedwrightError('FETCH_GONE', 'gone');
    expect(toFeedwrightError(coded)).toBe(coded);
    expect(coded.transient).toBe(false);
    expect(toFeedwrightError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', message: 'boom' });
  });

  it("carries a code through a failed job's message and reads it back", () => {
    const gone = new FeedwrightError('FETCH_GONE', 'the site answered 410');
    expect(failureReason(gone)).toBe('FETCH_GONE: the site answered 410');
    expect(failureCode(new Error(failureReason(gone)))).toBe('FETCH_GONE');
    expect(failureCode(failureReason(gone))).toBe('FETCH_GONE');
    expect(failureCode(gone)).toBe('FETCH_GONE');
    expect(failureCode(new Error('socket hang up'))).toBe('INTERNAL');
  });
});
