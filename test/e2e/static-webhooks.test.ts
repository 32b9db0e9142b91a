import { startServices } from '@feedwright/cli/start-services.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { openTestRedis } from '@feedwright/store/testing/test-redis.ts';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../services/publisher/src/testing/sample-article.ts';
import { staticWebhookId } from '../../services/publisher/src/static-webhooks.ts';
import { publisherConfig, testRuntimeEnv } from '../support/publisher-harness.ts';
import { freePort } from '../support/free-port.ts';
import { startWebhookReceiver, waitFor } from '../support/webhook-receiver.ts';

const SECRET_1 = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const SECRET_2 = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;

describe('static webhooks (YAML) are reconciled with the store at every start', () => {
  let redisCtx: Awaited<ReturnType<typeof openTestRedis>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    redisCtx = await openTestRedis('static-hooks');
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await redisCtx?.cleanup();
  });

  async function start(webhooks: unknown[]) {
    const port = await freePort();
    return startServices(publisherConfig({ webhooks }), testRuntimeEnv(redisCtx.prefix, port, null), pino({ level: 'silent' }), ['publisher']);
  }

  it('creates, updates (secret, events, url) and removes static subscriptions across two starts, and the new secret signs', async () => {
    const store = createStore(redisCtx.redis, redisCtx.prefix);
    const kept = { url: receiver.url, feeds: ['news'] };
    const dropped = { url: 'http://127.0.0.1:9/dropped', feeds: ['trad'] };
    const moved = { url: 'http://127.0.0.1:9/old-home' };

    const first = await start([{ ...kept, secret: SECRET_1, events: ['article.updated'] }, dropped, moved]);
    const created = await store.subscriptions.get(staticWebhookId(kept));
    expect(created).toMatchObject({ url: receiver.url, secret: SECRET_1, events: ['article.updated'], feeds: ['news'] });
    const droppedId = staticWebhookId(dropped);
    expect(await store.subscriptions.get(droppedId)).not.toBeNull();
    await first.close();

    const second = await start([{ ...kept, secret: SECRET_2, events: ['article.created', 'article.updated'] }, { url: 'http://127.0.0.1:9/new-home' }]);
    try {
      const updated = await store.subscriptions.get(staticWebhookId(kept));
      expect(updated).toMatchObject({ secret: SECRET_2, events: ['article.created', 'article.updated'], createdAt: created!.createdAt, enabled: true });
      expect(await store.subscriptions.get(droppedId)).toBeNull();
      expect(await store.subscriptions.get(staticWebhookId(moved))).toBeNull();
      expect(await store.subscriptions.get(staticWebhookId({ url: 'http://127.0.0.1:9/new-home' }))).toMatchObject({ url: 'http://127.0.0.1:9/new-home' });

      // The change takes effect: a new story (article.created, which the first YAML did not want) arrives signed with the new secret.
      await store.articles.upsert(sampleArticle({ url: 'https://news.example/static-hooks/1' }), 'simp', new Date());
      await waitFor(() => receiver.received.length >= 1, 'a delivery to the static webhook');
      const [delivery] = receiver.received;
      expect(() => new Webhook(SECRET_2).verify(delivery!.body, delivery!.headers as Record<string, string>)).not.toThrow();
      expect(() => new Webhook(SECRET_1).verify(delivery!.body, delivery!.headers as Record<string, string>)).toThrow();
    } finally {
      await second.close();
    }
  });
});
