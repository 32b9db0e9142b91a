import { deliveryId } from '@feedwright/core/ids.ts';
import { redeliverJobId, webhookPayload } from '@feedwright/core/jobs.ts';
import { apiError } from './api-error.ts';
import type { RouteDeps } from './route-deps.ts';

/** An event-log cursor as the API hands them out (`1764151234567-0`). */
export const EVENT_CURSOR = /^\d+-\d+$/;

/**
 * Queues a manual redelivery of the logged event at `cursor` to one subscription: the one
 * implementation behind `POST /api/subscriptions/<id>/redeliver` and the admin page's button.
 */
export async function redeliverEvent(deps: Pick<RouteDeps, 'store' | 'enqueueDelivery' | 'clock'>, subscriptionId: string, cursorText: string) {
  if (!EVENT_CURSOR.test(cursorText))
    return { ok: false as const, error: apiError('API_BAD_REQUEST', 'cursor: must be an event cursor (e.g. 1764151234567-0)') };
  const subscription = await deps.store.subscriptions.get(subscriptionId);
  if (!subscription) return { ok: false as const, error: apiError('API_NOT_FOUND', `no subscription ${subscriptionId}`) };
  if (!deps.enqueueDelivery)
    return { ok: false as const, error: apiError('REDIS_UNAVAILABLE', 'redelivery needs the delivery queue (run the publisher service)') };
  const logged = await deps.store.events.get(cursorText);
  if (!logged) return { ok: false as const, error: apiError('API_NOT_FOUND', `no event at cursor ${cursorText} (never logged, or trimmed from the log)`) };
  const { event, cursor } = logged;
  const webhookId = deliveryId(subscription.id, event.id);
  const jobId = redeliverJobId(subscription.id, event.id, deps.clock());
  await deps.enqueueDelivery({ subscriptionId: subscription.id, eventId: event.id, cursor, payload: webhookPayload(event) }, jobId);
  return { ok: true as const, value: { webhookId, eventId: event.id, cursor, jobId } };
}
