import type { StoredArticle } from '@feedwright/core/article.ts';
import type { SiteInspection } from '@feedwright/discover/inspect-site.ts';
import type { DeliveryRecord } from '@feedwright/store/delivery-log.ts';
import type { SourceHealth } from '@feedwright/store/health-repository.ts';
import type { LiveSource } from '@feedwright/store/source-catalog.ts';
import type { PublicSubscription } from '@feedwright/store/subscription-repository.ts';
import { ago, escape, PAGE_STYLE, sourceState } from './page-format.ts';

/** Everything the admin page shows, read by the route and passed in (the renderer does no IO). */
export type AdminPageData = {
  publicUrl: string;
  /** The form token every form carries (CSRF protection beside the same-origin check). */
  formToken: string;
  sources: Array<{ source: LiveSource; health: SourceHealth | undefined; recent: StoredArticle[] }>;
  invalid: Array<{ id: string; problems: Array<{ path: string; message: string }> }>;
  subscriptions: Array<{ subscription: PublicSubscription; deliveries: DeliveryRecord[] }>;
  /** The result of "Preview": a site's inspection, or the coded reason it found nothing. */
  preview?: { url: string; id: string; inspection: SiteInspection | null; error: { code: string; message: string } | null } | undefined;
  /** A one-line outcome of the last action (after the redirect). */
  notice?: { kind: 'ok' | 'bad'; text: string } | undefined;
  now: Date;
};

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`;
}

/** A one-button form that posts to `action` (a state change: carries the form token). */
function button(action: string, label: string, token: string, extra = '', css = ''): string {
  return `<form method="post" action="${escape(action)}" class="inline">${hidden('token', token)}${extra}<button type="submit"${css ? ` class="${css}"` : ''}>${label}</button></form>`;
}

function renderPreview(preview: NonNullable<AdminPageData['preview']>, token: string, now: Date): string {
  if (!preview.inspection) {
    return `<section aria-labelledby="preview-heading" id="preview"><h2 id="preview-heading">Preview of ${escape(preview.url)}</h2>
<p class="bad" role="alert"><strong>${escape(preview.error?.code ?? 'INTERNAL')}</strong>: ${escape(preview.error?.message ?? '')}</p></section>`;
  }
  const i = preview.inspection;
  const routes = i.routes
    .map(
      (r) =>
        `<li>${r.chosen ? '<span class="pill ok">used</span> ' : ''}<code>${escape(r.label)}</code> — ${r.error ? `<span class="bad">${escape(r.error.code)}</span> ${escape(r.error.message)}` : `${r.stories} stories, ${r.dated} dated${r.newest ? `, newest ${ago(r.newest, now)}` : ''}${r.duplicateOf ? ` <small>(same stories as ${escape(r.duplicateOf)})</small>` : ''}`}</li>`,
    )
    .join('');
  const stories = i.stories
    .map((s) =>
      s.error
        ? `<li><code>${escape(s.url)}</code><br><span class="bad">${escape(s.error.code)}</span> ${escape(s.error.message)}</li>`
        : `<li class="story"><strong>${escape(s.title ?? '(no title)')}</strong><br><small>${ago(s.publishedAt, now)} · ${s.author ? `by ${escape(s.author)}` : 'no author'} · ${s.words} words${s.leadImage ? ' · lead image' : ''}</small>${s.firstSentence ? `<br>${escape(s.firstSentence)}` : ''}<br><a href="${escape(s.url)}">${escape(s.url)}</a></li>`,
    )
    .join('');
  const warnings = i.warnings.length > 0 ? `<h3>Warnings</h3><ul class="warn">${i.warnings.map((w) => `<li>${escape(w)}</li>`).join('')}</ul>` : '';
  return `<section aria-labelledby="preview-heading" id="preview"><h2 id="preview-heading">Preview of ${escape(i.name)}</h2>
<p><small>${escape(i.site)} · ${i.requests} requests${i.language ? ` · language ${escape(i.language)}` : ''}</small></p>
<h3>Routes</h3><ul>${routes}</ul>
<h3>Newest stories, as the feed will show them</h3><ol class="preview">${stories}</ol>
${warnings}
<form method="post" action="/admin/sources" class="stack">${hidden('token', token)}${hidden('source', JSON.stringify(i.source))}
<p><label for="add-name">Name</label> <input id="add-name" name="name" value="${escape(String(i.source.name))}" required></p>
<p><label for="add-id">Id (feed <code>/feeds/&lt;id&gt;.atom</code>)</label> <input id="add-id" name="id" value="${escape(String(i.source.id))}" pattern="[a-z0-9][a-z0-9_\\-]{0,63}" required></p>
<p><button type="submit">Add this source</button></p></form></section>`;
}

/**
 * The admin page at `/admin`: paste a URL and preview what Feedwright would find, add it; sources
 * with health, pause/resume and delete; webhook subscriptions with their last deliveries and a
 * redeliver button. Server-rendered HTML forms (no script), labelled, usable on a phone. Every
 * form posts back with the form token; the routes also check the request's origin.
 */
export function renderAdminPage(data: AdminPageData): string {
  const { formToken: token, now } = data;
  const sources = data.sources
    .map(({ source, health, recent }) => {
      const id = source.config.id;
      const state = source.paused ? { label: 'paused', css: 'idle' } : sourceState(health);
      const feed = `${data.publicUrl}/feeds/${encodeURIComponent(id)}.atom`;
      const actions =
        button(`/admin/sources/${encodeURIComponent(id)}/${source.paused ? 'resume' : 'pause'}`, source.paused ? 'Resume' : 'Pause', token) +
        (source.origin === 'api'
          ? button(`/admin/sources/${encodeURIComponent(id)}/delete`, 'Delete', token, '', 'danger')
          : ' <small>(from feedwright.yaml: delete it there)</small>');
      const stories = recent
        .map(
          (a) =>
            `<li><a href="${escape(a.url)}" lang="${escape(a.language ?? '')}">${escape(a.title)}</a> <small>${ago(a.publishedAt ?? a.firstSeenAt, now)}</small></li>`,
        )
        .join('');
      return `<article class="card" id="source-${escape(id)}" aria-labelledby="source-${escape(id)}-name">
<h3 id="source-${escape(id)}-name">${escape(source.config.name)} <span class="pill ${state.css}">${state.label}</span></h3>
<dl><dt>Id</dt><dd><code>${escape(id)}</code> <small>(${source.origin === 'api' ? 'added here' : 'feedwright.yaml'})</small></dd>
<dt>Last poll</dt><dd>${ago(health?.lastPollAt ?? null, now)}</dd><dt>Articles</dt><dd>${health?.articlesStored ?? 0}</dd>
<dt>Last error</dt><dd>${health?.lastErrorCode ? `<span class="bad">${escape(health.lastErrorCode)}</span> ${ago(health.lastErrorAt, now)}` : 'none'}</dd>
${source.origin === 'api' ? `<dt>Feed</dt><dd><a href="${escape(feed)}">${escape(feed)}</a></dd>` : ''}</dl>
${stories ? `<h4>Latest stories</h4><ul class="stories">${stories}</ul>` : '<p><small>No stories yet.</small></p>'}
<p class="actions">${actions}</p></article>`;
    })
    .join('\n');
  const invalid = data.invalid
    .map((s) => `<li><code>${escape(s.id)}</code>: ${s.problems.map((p) => `${escape(p.path)}: ${escape(p.message)}`).join('; ')}</li>`)
    .join('');

  const hooks = data.subscriptions
    .map(({ subscription: s, deliveries }) => {
      const rows = deliveries
        .map(
          (d) =>
            `<li>${escape(d.outcome)}${d.status ? ` (${d.status})` : ''}${d.code ? ` <span class="bad">${escape(d.code)}</span>` : ''} ${ago(d.at, now)} <small>attempt ${d.attempt}${d.manual ? ', manual' : ''}</small> ${button(`/admin/subscriptions/${encodeURIComponent(s.id)}/redeliver`, 'Redeliver', token, hidden('cursor', d.cursor))}</li>`,
        )
        .join('');
      return `<li><code>${escape(s.url)}</code> ${s.enabled ? '<span class="pill ok">active</span>' : `<span class="pill bad">disabled</span> <small>${escape(s.disabledReason ?? '')}</small>`}<br><small>${escape(s.id)} · ${s.feeds ? escape(s.feeds.join(', ')) : 'all feeds'}</small>
${rows ? `<ul class="deliveries">${rows}</ul>` : '<p><small>Nothing delivered yet.</small></p>'}</li>`;
    })
    .join('\n');

  const notice = data.notice ? `<p class="notice ${data.notice.kind}" role="status">${escape(data.notice.text)}</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Feedwright admin</title>
<style>
${PAGE_STYLE}
form.inline{display:inline}form.stack input{width:100%;max-width:30rem}
input,button{font:inherit;padding:.45rem .6rem;border-radius:.35rem;border:1px solid #8888;min-height:2.75rem;box-sizing:border-box}
input[type=url]{width:100%;max-width:40rem}button{cursor:pointer}button.danger{color:var(--bad)}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}
label{display:block;font-weight:600}.notice{padding:.5rem .75rem;border:1px solid currentColor;border-radius:.35rem}
.actions{display:flex;gap:.5rem;flex-wrap:wrap;margin:.75rem 0 0}.stories,.deliveries{font-size:.9rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}
</style>
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header><h1>Feedwright admin</h1><nav><small><a href="/">Status</a> · <a href="/admin/queues">Queues</a> · <a href="/feeds.opml">OPML</a></small></nav></header>
<main id="main">
${notice}
<section aria-labelledby="add-heading"><h2 id="add-heading">Add a site</h2>
<form method="post" action="/admin/preview" class="stack">${hidden('token', token)}
<p><label for="site-url">Site or section URL</label><input id="site-url" name="url" type="url" inputmode="url" placeholder="https://news.example/" value="${escape(data.preview?.url ?? '')}" required></p>
<p><label for="site-id">Id <small>(optional)</small></label><input id="site-id" name="id" value="${escape(data.preview?.id ?? '')}" pattern="[a-z0-9][a-z0-9_\\-]{0,63}"></p>
<p><button type="submit">Preview</button></p></form></section>
${data.preview ? renderPreview(data.preview, token, now) : ''}
<section aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2>
${sources ? `<div class="cards">${sources}</div>` : '<p>No sources yet: add a site above.</p>'}
${invalid ? `<h3>Stored sources that no longer validate</h3><ul class="bad">${invalid}</ul>` : ''}</section>
<section aria-labelledby="webhooks-heading"><h2 id="webhooks-heading">Webhook subscriptions</h2>
${hooks ? `<ul>${hooks}</ul>` : '<p>No subscriptions. Create one with <code>POST /api/subscriptions</code>.</p>'}</section>
</main>
</body></html>`;
}
