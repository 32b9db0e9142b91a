import { validateConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { StageJob } from '@feedwright/core/stage-worker.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { DeliveryRecord } from '@feedwright/store/delivery-log.ts';
import type { Subscription } from '@feedwright/store/subscription-repository.ts';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createDeliveryProcessor } from './process-delivery.ts';

const now = new Date('2026-02-05T06:00:00.000Z');

function config(disableAfter: string) {
  const result = validateConfig({
    sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://x.example/rss' }] }],
    delivery: { retry: ['1s', '2s'], timeout: '1s', disableAfter },
  });
  if (!result.ok) throw new Error('config');
  return result.config;
}

/** A fake store: one subscription, the deliveries log and the failure streak in memory. */
function fakeStore(subscription: Subscription | null, failingSince = now) {
  const records: DeliveryRecord[] = [];
  const disabled: string[] = [];
  const store = {
    subscriptions: {
      get: async () => subscription,
      noteFailure: async () => failingSince,
      disable: async (_id: string, reason: string) => void disabled.push(reason),
    },
    deliveries: { record: async (_id: string, entry: DeliveryRecord) => void records.push(entry) },
  } as unknown as Store;
  return { store, records, disabled };
}

const job = (attempt = 1): StageJob<'deliver'> => ({
  id: 'j',
  name: 'deliver',
  data: { subscriptionId: 'sub_1', eventId: 'evt_1', cursor: '1-0', payload: '{}' },
  attempt,
  attempts: 3,
  log: pino({ level: 'silent' }),
});
// Nothing listens on port 9 of loopback: the POST fails fast with a network error.
const subscription = (enabled = true): Subscription => ({
  id: 'sub_1',
  url: 'http://127.0.0.1:9/hook',
  feeds: null,
  events: ['article.created'],
  secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
  createdAt: now.toISOString(),
  enabled,
  disabledReason: enabled ? null : 'by an admin',
});

describe('the delivery processor (fake store, a refused loopback endpoint)', () => {
  it('skips a deleted subscription, and records a skip for a disabled one', async () => {
    expect(await createDeliveryProcessor({ store: fakeStore(null).store, config: config('5d'), clock: () => now, hubUrl: 'http://h/hub' })(job())).toEqual({
      skipped: 'deleted',
    });
    const fake = fakeStore(subscription(false));
    const result = await createDeliveryProcessor({ store: fake.store, config: config('5d'), clock: () => now, hubUrl: 'http://h/hub' })(job());
    expect(result).toEqual({ skipped: 'subscription disabled: by an admin' });
    expect(fake.records.map((r) => r.outcome)).toEqual(['skipped']);
  });

  it('rethrows a transient failure with its planned delay, and records the attempt with its next time', async () => {
    const fake = fakeStore(subscription());
    const failure = await createDeliveryProcessor({ store: fake.store, config: config('5d'), clock: () => now, hubUrl: 'http://h/hub' })(job(1)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(FeedwrightError);
    expect(failure).toMatchObject({ code: 'DELIVERY_FAILED', transient: true });
    expect((failure as FeedwrightError).details.delayMs).toBeGreaterThanOrEqual(900);
    expect(fake.records).toEqual([expect.objectContaining({ outcome: 'failed', code: 'DELIVERY_FAILED', attempt: 1, nextAttemptAt: expect.any(String) })]);
  });

  it('disables a subscription failing for delivery.disableAfter with a permanent DELIVERY_DISABLED', async () => {
    const fake = fakeStore(subscription(), new Date(now.getTime() - 2 * 3_600_000));
    const failure = await createDeliveryProcessor({ store: fake.store, config: config('1h'), clock: () => now, hubUrl: 'http://h/hub' })(job(2)).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'DELIVERY_DISABLED', transient: false });
    expect(fake.disabled).toEqual([expect.stringMatching(/^DELIVERY_DISABLED: no successful delivery since 2026-02-05T04:00:00.000Z \(2 h\)/)]);
    expect(fake.records.map((r) => r.code)).toEqual(['DELIVERY_DISABLED']);
  });
});
