import { createHash } from 'node:crypto';
import { WEBHOOK_SECRET, type WebhookConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { ARTICLE_EVENT_TYPES } from '@feedwright/core/jobs.ts';
import type { Store } from '@feedwright/store/create-store.ts';

/** Ids of subscriptions that come from the config's `webhooks:` (API-made ones start with `sub_`). */
const STATIC_ID_PREFIX = 'cfg_';

/** The stable id of a static webhook: derived from its URL and feeds, so the same entry keeps its subscription. */
export function staticWebhookId(hook: Pick<WebhookConfig, 'url' | 'feeds'>): string {
  return `${STATIC_ID_PREFIX}${createHash('sha256')
    .update(`${hook.url} ${(hook.feeds ?? []).join(',')}`)
    .digest('hex')
    .slice(0, 16)}`;
}

export type ReconcileReport = { created: string[]; updated: string[]; removed: string[] };

/**
 * Makes the stored static subscriptions equal the config's `webhooks:` at start: an entry not yet
 * stored is created; a stored one whose secret or events differ is updated (a generated secret is
 * kept while the YAML gives none); a stored `cfg_` subscription that is no longer in the YAML is
 * removed. A changed URL or feed list is a different entry (its id derives from them), so the old
 * one is removed and the new one created. Enabled state, creation time and delivery log of an
 * updated subscription are kept.
 */
export async function reconcileStaticWebhooks(
  webhooks: readonly WebhookConfig[],
  store: Pick<Store, 'subscriptions'>,
  now: Date,
  readSecretFile: (path: string) => string,
): Promise<ReconcileReport> {
  const report: ReconcileReport = { created: [], updated: [], removed: [] };
  const wanted = new Set<string>();
  for (const hook of webhooks) {
    const id = staticWebhookId(hook);
    wanted.add(id);
    const secret = hook.secret ?? (hook.secretFile ? readSecretFile(hook.secretFile) : undefined);
    // A secret the signer cannot use would fail every delivery later; say so at start instead.
    if (secret !== undefined && !WEBHOOK_SECRET.test(secret)) {
      throw new FeedwrightError(
        'CONFIG_INVALID',
        `webhooks: the secret in ${hook.secretFile ?? 'secret'} for ${hook.url} is not a Standard Webhooks secret ("whsec_" + base64)`,
      );
    }
    const events = hook.events ? [...hook.events] : [...ARTICLE_EVENT_TYPES];
    const feeds = hook.feeds ? [...hook.feeds] : null;
    const current = await store.subscriptions.get(id);
    if (!current) {
      await store.subscriptions.create({ id, url: hook.url, feeds, events, now, ...(secret ? { secret } : {}) });
      report.created.push(id);
      continue;
    }
    const next = { ...current, url: hook.url, feeds, events, secret: secret ?? current.secret };
    const changed =
      next.url !== current.url ||
      next.secret !== current.secret ||
      JSON.stringify(next.events) !== JSON.stringify(current.events) ||
      JSON.stringify(next.feeds) !== JSON.stringify(current.feeds);
    if (changed) {
      await store.subscriptions.save(next);
      report.updated.push(id);
    }
  }
  for (const subscription of await store.subscriptions.list()) {
    if (subscription.id.startsWith(STATIC_ID_PREFIX) && !wanted.has(subscription.id)) {
      await store.subscriptions.remove(subscription.id);
      report.removed.push(subscription.id);
    }
  }
  return report;
}
