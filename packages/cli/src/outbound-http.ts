import type { Config } from '@feedwright/core/config.ts';
import { createHttpClient } from '@feedwright/http/http-client.ts';
import { createPoliteHttpClient, type PoliteHttpClient } from '@feedwright/http/polite-http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';

/**
 * The one client every request to a news site goes through: SSRF guard and limits, then
 * robots.txt and the per-host budget shared through Redis by all processes.
 */
export function createOutboundHttp(config: Config, store: Store): PoliteHttpClient {
  return createPoliteHttpClient({
    http: createHttpClient({
      userAgent: config.http.userAgent,
      allowPrivateNetworks: config.http.allowPrivateNetworks as boolean | string[],
      timeoutMs: config.http.timeout,
      maxBytes: config.http.maxBytes,
    }),
    budget: store.hosts,
    robots: store.robots,
    userAgent: config.http.userAgent,
    perHost: config.http.perHost,
    leaseMs: config.http.timeout + 30_000,
  });
}
