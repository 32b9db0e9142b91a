import type { StoredArticle } from '@feedwright/core/article.ts';
import type { Config } from '@feedwright/core/config.ts';
import { FEED_FORMAT_NAMES, FEED_FORMATS } from '@feedwright/feeds/feed-formats.ts';
import type { DeliveryRecord } from '@feedwright/store/delivery-log.ts';
import type { SourceHealth } from '@feedwright/store/health-repository.ts';
import type { PublicSubscription } from '@feedwright/store/subscription-repository.ts';
import { ago, escape, PAGE_STYLE, roughly, sourceState } from './page-format.ts';

/** Everything the status page shows, read by the route and passed in (the renderer does no IO). */
export type StatusPageData = {
  config: Config;
  publicUrl: string;
  health: SourceHealth[];
  recentArticles: StoredArticle[];
  subscriptions: Array<{ subscription: PublicSubscription; lastDelivery: DeliveryRecord | null }>;
  now: Date;
};

/**
 * What the public page may say about a webhook URL: its scheme, host and port. Credentials, paths
 * and queries often carry tokens (`https://u:p@host/in/TOKEN`); only the admin API shows them.
 */
export function publicHostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * The status page at `/`: sources with health, recent articles, feeds with subscribe and
 * autodiscovery links, webhook subscriptions with their delivery state. Plain server-rendered
 * HTML and CSS, no script, no build step; reads well on a phone.
 */
export function renderIndexPage(data: StatusPageData): string {
  const { config, publicUrl, now } = data;
  const feedUrl = (id: string, ext: string) => `${publicUrl}/feeds/${id}.${ext}`;
  const autodiscovery = config.feeds
    .flatMap((feed) => [
      ...FEED_FORMAT_NAMES.map(
        (format) =>
          `<link rel="alternate" type="${FEED_FORMATS[format].mediaType.split(';')[0]}" title="${escape(feed.title)} (${FEED_FORMATS[format].label})" href="${feedUrl(feed.id, format)}">`,
      ),
    ])
    .join('\n');

  const sources = config.sources
    .map((source) => {
      const h = data.health.find((x) => x.sourceId === source.id);
      const state = sourceState(h);
      const routes = (h?.routes ?? [])
        .map(
          (r) =>
            `<li>${escape(r.route)} — ${r.errorCode ? `<span class="bad">${escape(r.errorCode)}</span>` : `${r.found} found${r.rotted ? ' <span class="warn">finds nothing any more</span>' : ''}`}</li>`,
        )
        .join('');
      return `<article class="card" id="source-${escape(source.id)}">
  <h3>${escape(source.name)} <span class="pill ${state.css}">${state.label}</span></h3>
  <dl><dt>Last poll</dt><dd>${ago(h?.lastPollAt ?? null, now)}</dd><dt>Next poll</dt><dd>${ago(h?.nextPollAt ?? null, now)}${h?.intervalMs ? ` <small>(every ${roughly(h.intervalMs)})</small>` : ''}</dd>
  <dt>Articles</dt><dd>${h?.articlesStored ?? 0}</dd><dt>Found, last poll</dt><dd>${h?.itemsFound ?? 0}</dd>
  <dt>Last error</dt><dd>${h?.lastErrorCode ? `<span class="bad">${escape(h.lastErrorCode)}</span> ${ago(h.lastErrorAt, now)}<br><small>${escape(h.lastErrorMessage ?? '')}</small>` : 'none'}</dd></dl>
  ${routes ? `<ul class="routes">${routes}</ul>` : ''}
</article>`;
    })
    .join('\n');

  const articles = data.recentArticles
    .map(
      (a) =>
        `<li><a href="${escape(a.url)}" lang="${escape(a.language ?? '')}">${escape(a.title)}</a> <small>${escape(a.sourceId)} · ${ago(a.publishedAt ?? a.firstSeenAt, now)}${a.version > 1 ? ` · updated ×${a.version - 1}` : ''} · <a href="/api/articles/${a.id}">JSON</a></small></li>`,
    )
    .join('\n');

  const feeds = config.feeds
    .map(
      (f) =>
        `<li><strong>${escape(f.title)}</strong> <small>(${f.sources.map(escape).join(', ')})</small><br>${FEED_FORMAT_NAMES.map((format) => `<a href="${feedUrl(f.id, format)}">${FEED_FORMATS[format].label}</a>`).join(' · ')}</li>`,
    )
    .join('\n');

  const hooks = data.subscriptions
    .map(({ subscription: s, lastDelivery: d }) => {
      // The disabled reason and the subscription id stay in the admin API: the reason may quote the URL.
      const state = !s.enabled
        ? '<span class="pill bad">disabled</span>'
        : d?.outcome === 'failed'
          ? '<span class="pill warn">retrying</span>'
          : '<span class="pill ok">active</span>';
      const last = d ? `${escape(d.outcome)}${d.status ? ` (${d.status})` : ''}${d.code ? ` ${escape(d.code)}` : ''} ${ago(d.at, now)}` : 'nothing sent yet';
      return `<li><code>${escape(publicHostOf(s.url))}</code> ${state}<br><small>${s.feeds ? escape(s.feeds.join(', ')) : 'all feeds'} · last delivery: ${last}</small></li>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Feedwright status</title>
${autodiscovery}
<style>
${PAGE_STYLE}</style>
</head><body>
<header><h1>Feedwright</h1><small>${config.sources.length} source(s) · ${config.feeds.length} feed(s) · ${data.subscriptions.length} webhook subscription(s) · as of <time datetime="${now.toISOString()}">${now.toISOString().slice(0, 19).replace('T', ' ')} UTC</time></small></header>
<main>
<h2 id="sources">Sources</h2><div class="cards">${sources}</div>
<h2 id="articles">Recent articles</h2>${articles ? `<ol>${articles}</ol>` : '<p>No articles yet.</p>'}
<h2 id="feeds">Feeds</h2><ul>${feeds || '<li>No feeds configured.</li>'}</ul>
<p><a href="/feeds.opml" type="text/x-opml">All feeds as OPML</a> <small>(subscribe to every feed in one step)</small></p>
<h2 id="webhooks">Webhooks</h2>${hooks ? `<ul>${hooks}</ul>` : '<p>No subscriptions. Create one with <code>POST /api/subscriptions</code>.</p>'}
</main>
<footer><p><small><a href="/api/sources">/api/sources</a> · <a href="/api/events">/api/events</a> · <a href="/metrics">/metrics</a> · <a href="/admin">/admin</a> · <a href="/admin/queues">/admin/queues</a> · <a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a></small></p></footer>
</body></html>`;
}
