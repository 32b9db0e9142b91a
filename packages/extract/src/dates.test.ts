import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';

const fetchedAt = new Date('2026-02-08T08:00:00Z');

describe('parseDate', () => {
  it('reads ISO 8601 with and without offsets; no offset means the source timezone, written in UTC', () => {
    expect(parseDate('2026-02-05T04:21:13.000Z')).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate('2026-02-05T04:21:13+00:00')).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate('2026-02-05 12:21', { timezone: 'Asia/Shanghai' })).toBe('2026-02-05T04:21:00.000Z');
    expect(parseDate('2026-02-05 12:21')).toBe('2026-02-05T12:21:00.000Z');
    expect(parseDate('2026-07-05T12:00:00', { timezone: 'Europe/London' })).toBe('2026-07-05T11:00:00.000Z');
  });

  it('keeps the offset a page states, so the publisher\'s calendar day survives', () => {
    expect(parseDate('2026-02-05T12:21:13+08:00')).toBe('2026-02-05T12:21:13.000+08:00');
    expect(parseDate('2019-08-02T21:00:00-04:00')).toBe('2019-08-02T21:00:00.000-04:00');
    expect(Date.parse(parseDate('2019-08-02T21:00:00-0400')!)).toBe(Date.parse('2019-08-03T01:00:00Z'));
    expect(parseDate('Fri, 02 Aug 2019 21:00:00 -0400')).toBe('2019-08-02T21:00:00.000-04:00');
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parseDate(1770265273000)).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate(1770265273)).toBe('2026-02-05T04:21:13.000Z');
    expect(parseDate('1770265273000')).toBe('2026-02-05T04:21:13.000Z');
  });

  it('reads Chinese dates with and without time, in the source timezone', () => {
    expect(parseDate('2026年2月5日', { timezone: 'Asia/Shanghai' })).toBe('2026-02-04T16:00:00.000Z');
    expect(parseDate('2026年02月05日 14:30', { timezone: 'Asia/Shanghai' })).toBe('2026-02-05T06:30:00.000Z');
    expect(parseDate('发布时间：2026年2月5日 下午2:30', { timezone: 'Asia/Taipei' })).toBe('2026-02-05T06:30:00.000Z');
    expect(parseDate('2026年2月5日14时30分', { timezone: 'UTC' })).toBe('2026-02-05T14:30:00.000Z');
  });

  it('resolves relative times against the fetch time only', () => {
    expect(parseDate('5 小时前', { fetchedAt })).toBe('2026-02-08T03:00:00.000Z');
    expect(parseDate('30分钟前', { fetchedAt })).toBe('2026-02-08T07:30:00.000Z');
    expect(parseDate('3 hours ago', { fetchedAt })).toBe('2026-02-08T05:00:00.000Z');
    expect(parseDate('昨天 10:00', { fetchedAt, timezone: 'Asia/Shanghai' })).toBe('2026-02-07T02:00:00.000Z');
    expect(parseDate('5 小时前')).toBeNull();
  });

  it('reads English month names', () => {
    expect(parseDate('February 5, 2026')).toBe('2026-02-05T00:00:00.000Z');
    expect(parseDate('5 Feb 2026 10:30 pm', { timezone: 'UTC' })).toBe('2026-02-05T22:30:00.000Z');
    expect(parseDate('Thu, 05 Feb 2026 04:21:13 GMT')).toBe('2026-02-05T04:21:13.000Z');
  });

  it('returns null rather than guessing', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('yesterday-ish')).toBeNull();
    expect(parseDate('2026-13-45')).toBeNull();
    expect(parseDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(parseDate({})).toBeNull();
  });
});
