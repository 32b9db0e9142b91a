import type { Config } from '@feedwright/core/config.ts';
import type { SourceHealth } from '@feedwright/store/health-repository.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The HTML index: every feed with autodiscovery links, and per-source health. No build step. */
export function renderIndexPage(config: Config, publicUrl: string, health: SourceHealth[]): string {
  const links = config.feeds
    .flatMap((feed) => [
      `<link rel="alternate" type="application/atom+xml" title="${escape(feed.title)} (Atom)" href="${publicUrl}/feeds/${feed.id}.atom">`,
      `<link rel="alternate" type="application/rss+xml" title="${escape(feed.title)} (RSS)" href="${publicUrl}/feeds/${feed.id}.rss">`,
      `<link rel="alternate" type="application/feed+json" title="${escape(feed.title)} (JSON)" href="${publicUrl}/feeds/${feed.id}.json">`,
    ])
    .join('\n');
  const feeds = config.feeds
    .map((f) => `<li><strong>${escape(f.title)}</strong> — <a href="/feeds/${f.id}.atom">Atom</a> · <a href="/feeds/${f.id}.rss">RSS</a> · <a href="/feeds/${f.id}.json">JSON Feed</a></li>`)
    .join('\n');
  const sources = config.sources
    .map((source) => {
      const h = health.find((x) => x.sourceId === source.id);
      const state = !h?.lastPollAt ? 'not polled yet' : h.consecutiveFailures > 0 ? `failing (${escape(h.lastErrorCode ?? '')})` : 'ok';
      return `<tr><td>${escape(source.name)}</td><td>${state}</td><td>${h?.lastPollAt ?? '—'}</td><td>${h?.articlesStored ?? 0}</td><td>${escape(h?.lastErrorCode ?? '')}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Feedwright</title>
${links}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd}</style>
</head><body>
<h1>Feedwright</h1>
<h2>Feeds</h2><ul>${feeds || '<li>No feeds configured.</li>'}</ul>
<h2>Sources</h2><table><thead><tr><th>Source</th><th>State</th><th>Last poll</th><th>Articles</th><th>Last error</th></tr></thead><tbody>
${sources}
</tbody></table>
<p><a href="/api/sources">/api/sources</a> · <a href="/healthz">/healthz</a></p>
</body></html>`;
}
