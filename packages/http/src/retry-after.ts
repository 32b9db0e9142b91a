/** Parses a Retry-After header (delay in seconds or an HTTP-date) into milliseconds from `now`, or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse accepts almost anything ("-5", "1.5"); every HTTP-date form names a month.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  // A date in the past means "now"; a negative delay would confuse schedulers.
  return Math.max(0, at - now);
}
