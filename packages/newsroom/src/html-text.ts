/** Escapes text for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Serialises JSON for an inline <script>, where a literal "</script>" in the data would end the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Formats a date the way BBC 中文 pages print it, e.g. 2026年2月5日 (UTC calendar date). */
export function chineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** Returns the UTC calendar date as YYYY-MM-DD, the form BBC pages put in <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
