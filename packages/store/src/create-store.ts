import type { RedisClient } from './redis-client.ts';
import { createArticleRepository } from './article-repository.ts';
import { createDeliveryLog } from './delivery-log.ts';
import { createFetchBacklogRepository } from './fetch-backlog-repository.ts';
import { createEventLog } from './event-log.ts';
import { createReplicaAck } from './replica-ack.ts';
import { createHealthRepository } from './health-repository.ts';
import { createHostBudgetRepository } from './host-budget-repository.ts';
import { createRetention } from './retention.ts';
import { createRobotsRepository } from './robots-repository.ts';
import { createSeenRepository } from './seen-repository.ts';
import { createSourceRepository } from './source-repository.ts';
import { createSourceStateRepository } from './source-state-repository.ts';
import { storeKeys } from './store-keys.ts';
import { createSubscriptionRepository } from './subscription-repository.ts';
import { createValidatorRepository } from './validator-repository.ts';
import { createWebSubRepository } from './websub-repository.ts';

export type Store = ReturnType<typeof createStore>;

/**
 * All repositories over one Redis connection and installation prefix. `replicaAcks` (on for
 * Sentinel and Cluster) makes article writes wait for a replica's acknowledgement (replica-ack.ts).
 */
export function createStore(redis: RedisClient, prefix: string, options: { replicaAcks?: boolean } = {}) {
  const keys = storeKeys(prefix);
  const replicaAck = createReplicaAck(options.replicaAcks ?? false);
  const articles = createArticleRepository(redis, keys, { replicaAck });
  const seen = createSeenRepository(redis, keys);
  const health = createHealthRepository(redis, keys);
  const events = createEventLog(redis, keys);
  const deliveries = createDeliveryLog(redis, keys);
  return {
    keys,
    replicaAcks: options.replicaAcks ?? false,
    replicaAck,
    articles,
    seen,
    validators: createValidatorRepository(redis, keys),
    health,
    hosts: createHostBudgetRepository(redis, keys),
    robots: createRobotsRepository(redis, keys),
    sourceState: createSourceStateRepository(redis, keys),
    sources: createSourceRepository(redis, keys),
    events,
    subscriptions: createSubscriptionRepository(redis, keys),
    deliveries,
    retention: createRetention(redis, keys, { articles, events, deliveries, health, seen }),
    websub: createWebSubRepository(redis, keys),
    fetchBacklog: createFetchBacklogRepository(redis, keys),
  };
}
