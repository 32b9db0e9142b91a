import { describe, expect, it } from 'vitest';
import { isRedisConnectionError } from './connection-errors.ts';

describe('isRedisConnectionError', () => {
  it('knows the errors of a Cluster or Sentinel connection that only say Redis is away for now', () => {
    // Real ioredis messages: a fail-fast Cluster connection before it is ready (the publisher's
    // request connection answered 500 INTERNAL here instead of 503), a cluster mid-failover, a demoted primary.
    for (const message of [
      "Cluster isn't ready and enableOfflineQueue options is false",
      'None of startup nodes is available',
      'Failed to refresh slots cache.',
      'CLUSTERDOWN The cluster is down',
      "READONLY You can't write against a read only replica.",
      'Connection is closed.',
      "Stream isn't writeable and enableOfflineQueue options is false",
    ])
      expect(isRedisConnectionError(new Error(message)), message).toBe(true);
    for (const message of ['ERR wrong number of arguments', "CROSSSLOT Keys in request don't hash to the same slot", 'boom'])
      expect(isRedisConnectionError(new Error(message)), message).toBe(false);
  });
});
