/**
 * Date parsing for every signal the cascade reads: ISO 8601 (with or without offset), epoch
 * numbers, Chinese forms (2026年2月5日 14:30), English month names, and relative times
 * ("5 小时前", "昨天 10:00", "3 hours ago") resolved against the fetch time. A date without an
 * offset is read in the source's IANA timezone. Anything unclear returns null: never a guess.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Offset in minutes of an IANA zone at a UTC instant (positive east of Greenwich). */
// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch {
      formatter = null;
    }
    if (formatters.size < 1000) formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMinutes(timeZone: string, utcMillis: number): number {
  if (timeZone === 'UTC') return 0;
  const formatter = formatterFor(timeZone);
  if (!formatter) return 0;
  const parts = formatter.formatToParts(new Date(utcMillis));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - utcMillis) / 60000);
}

function validZone(timeZone: string | null | undefined): string {
  if (!timeZone || timeZone === 'UTC') return 'UTC';
  return formatterFor(timeZone) ? timeZone : 'UTC';
}

/** UTC millis of a wall-clock time in a zone (two passes handle DST edges). */
function wallClockToUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(naive)) return null;
  const first = naive - zoneOffsetMinutes(timeZone, naive) * 60000;
  return naive - zoneOffsetMinutes(timeZone, first) * 60000;
}

function toIso(millis: number | null): string | null {
  if (millis === null || !Number.isFinite(millis)) return null;
  const date = new Date(millis);
  const year = date.getUTCFullYear();
  // Outside this range a "date" is a parsing accident (ids, prices), not a publication time.
  if (year < 1990 || year > 2100) return null;
  return date.toISOString();
}

export type DateContext = { timezone?: string | null; fetchedAt?: Date | null };

/** Parses one date value from any signal into ISO 8601 UTC, or null when unsure. */
export function parseDate(value: unknown, context: DateContext = {}): string | null {
  if (typeof value === 'number') {
    // Epoch seconds vs milliseconds.
    return toIso(value < 1e11 ? value * 1000 : value);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const zone = validZone(context.timezone);

  if (/^\d{10}(\d{3})?$/.test(text)) return parseDate(Number(text), context);

  // ISO 8601 and RFC 3339-like: 2026-02-05T04:21:13.000Z, 2026-02-05 12:00:00+08:00, 2026/02/05 12:00
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?$/i.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, offset] = iso;
    return toIso(withOffset(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), offset, zone));
  }

  // Chinese: 2026年2月5日 14:30 / 2026年02月05日14时30分 / 2026年2月5日 下午2:30
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?\s*(?:(上午|下午|晚上|凌晨|早上|中午)?\s*(\d{1,2})\s*[:：时時点點]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2}))?)?/.exec(text);
  if (zh) {
    const [, y, mo, d, period, h, mi, s] = zh;
    let hour = +(h ?? 0);
    if (period && /下午|晚上/.test(period) && hour < 12) hour += 12;
    return toIso(wallClockToUtc(+y!, +mo!, +d!, hour, +(mi ?? 0), +(s ?? 0), zone));
  }

  const relative = parseRelative(text, context.fetchedAt ?? null, zone);
  if (relative !== undefined) return relative;

  // English: February 5, 2026 [10:30 am] / 5 February 2026 / Feb. 5, 2026
  const en = /(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?:[,\s]+(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?/i.exec(text);
  if (en) {
    const day = en[1] ?? en[5];
    const monthName = (en[2] ?? en[4] ?? '').slice(0, 4).toLowerCase().replace(/\.$/, '');
    const month = MONTHS[monthName] ?? MONTHS[monthName.slice(0, 3)];
    const year = en[3] ?? en[6];
    if (month && day && year) {
      let hour = +(en[7] ?? 0);
      const ampm = en[10]?.toLowerCase();
      if (ampm?.startsWith('p') && hour < 12) hour += 12;
      if (ampm?.startsWith('a') && hour === 12) hour = 0;
      return toIso(withOffset(+year, month, +day, hour, +(en[8] ?? 0), +(en[9] ?? 0), en[11], zone));
    }
  }

  // RFC 2822 with explicit zone (Thu, 05 Feb 2026 04:21:13 GMT): Date.parse is exact there.
  if (/\d{1,2}:\d{2}.*(?:GMT|UTC|[+-]\d{4})$/.test(text)) {
    const millis = Date.parse(text);
    if (!Number.isNaN(millis)) return toIso(millis);
  }
  return null;
}

function withOffset(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string | undefined, zone: string): number | null {
  if (!offset) return wallClockToUtc(y, mo, d, h, mi, s, zone);
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  if (/^(Z|UTC|GMT)$/i.test(offset)) return naive;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m) return null;
  const minutes = (+m[2]! * 60 + +(m[3] ?? 0)) * (m[1] === '-' ? -1 : 1);
  return naive - minutes * 60000;
}

/** Relative times; undefined when the text is not relative, null when it is but unresolvable. */
function parseRelative(text: string, fetchedAt: Date | null, zone: string): string | null | undefined {
  const units: Record<string, number> = {
    秒: 1000, 分钟: 60000, 分鐘: 60000, 分: 60000, 小时: 3600000, 小時: 3600000, 天: 86400000, 日: 86400000, 周: 604800000, 週: 604800000, 星期: 604800000,
    second: 1000, minute: 60000, min: 60000, hour: 3600000, hr: 3600000, day: 86400000, week: 604800000,
  };
  const zh = /(\d+)\s*(秒|分钟|分鐘|分|小时|小時|天|日|周|週|星期)\s*(?:前|之前)/.exec(text);
  const en = /(\d+|an?|one)\s*(second|minute|min|hour|hr|day|week)s?\s+ago/i.exec(text);
  if (fetchedAt && !Number.isFinite(fetchedAt.getTime())) fetchedAt = null;
  if (zh || en) {
    if (!fetchedAt) return null;
    const amount = zh ? +zh[1]! : /^(an?|one)$/i.test(en![1]!) ? 1 : +en![1]!;
    const unit = units[zh ? zh[2]! : en![2]!.toLowerCase()]!;
    return toIso(fetchedAt.getTime() - amount * unit);
  }
  if (/^(刚刚|剛剛|just now)$/i.test(text)) return fetchedAt ? toIso(fetchedAt.getTime()) : null;
  const day = /^(今天|今日|昨天|昨日|前天|today|yesterday)\s*(\d{1,2})[:：](\d{2})/i.exec(text);
  if (day) {
    if (!fetchedAt || fetchedAt.getTime() > 4e15) return null;
    const back = /昨|yesterday/i.test(day[1]!) ? 1 : /前天/.test(day[1]!) ? 2 : 0;
    // The calendar day of the fetch, in the source's timezone.
    const local = new Date(fetchedAt.getTime() + zoneOffsetMinutes(zone, fetchedAt.getTime()) * 60000);
    return toIso(wallClockToUtc(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate() - back, +day[2]!, +day[3]!, 0, zone));
  }
  return undefined;
}
