import type { SourceHealth } from '@feedwright/store/health-repository.ts';

/** Formatting shared by the server-rendered pages (status page, admin page). */

/** Escapes text for HTML text and attribute slots. */
export const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 67500 → "68 s", 2700000 → "45 min": adaptive intervals are rarely round numbers. */
export function roughly(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 90 ? `${seconds} s` : seconds < 5400 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds / 3600)} h`;
}

/** "3 min ago" / "in 40 s": relative times read faster than timestamps on a phone. */
export function ago(iso: string | null, now: Date): string {
  if (!iso) return '—';
  const seconds = Math.round((now.getTime() - Date.parse(iso)) / 1000);
  const span = Math.abs(seconds);
  const text =
    span < 90 ? `${span} s` : span < 5400 ? `${Math.round(span / 60)} min` : span < 172_800 ? `${Math.round(span / 3600)} h` : `${Math.round(span / 86_400)} d`;
  return `<time datetime="${escape(iso)}" title="${escape(iso)}">${seconds >= 0 ? `${text} ago` : `in ${text}`}</time>`;
}

/** A source's state in one word and its colour class. */
export function sourceState(h: SourceHealth | undefined): { label: string; css: string } {
  if (!h?.lastPollAt) return { label: 'waiting for first poll', css: 'idle' };
  if (h.consecutiveFailures > 0) return { label: `failing ×${h.consecutiveFailures}`, css: 'bad' };
  if (h.routes.some((r) => r.errorCode || r.rotted)) return { label: 'degraded', css: 'warn' };
  return { label: 'ok', css: 'ok' };
}

/** The pages' one stylesheet: system fonts, light and dark, one column on a phone. */
export const PAGE_STYLE = `:root{color-scheme:light dark;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e}
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid #8884}
.cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr))}
.card{border:1px solid #8886;border-radius:.5rem;padding:.75rem}.card h3{margin:0 0 .5rem;font-size:1.05rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:0}dt{opacity:.7}dd{margin:0}
.pill{font-size:.8rem;padding:.05rem .45rem;border-radius:1rem;border:1px solid currentColor;white-space:nowrap}
.ok{color:var(--ok)}.warn{color:var(--warn)}.bad{color:var(--bad)}.idle{opacity:.7}
ul{padding-left:1.2rem}li{margin:.35rem 0}.routes{font-size:.85rem;margin:.5rem 0 0}
a{overflow-wrap:anywhere}code{overflow-wrap:anywhere}small{opacity:.8}
`;
