import type { Config } from '@feedwright/core/config.ts';
import type { PoliteHttpClient } from '@feedwright/http/polite-http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import type { Logger } from 'pino';

/** What `main` hands the publisher: everything IO-shaped comes in from outside. */
export type PublisherDeps = {
  config: Config;
  prefix: string;
  connect: (purpose?: string) => RedisClient;
  /**
   * The connection (and a store over it) for answering HTTP requests: commands fail at once while
   * Redis is unreachable (no offline queue, 1 s command timeout) instead of waiting for the
   * reconnect, so feeds are served from memory and other routes answer 503. Defaults to `connect`/`store`.
   */
  forRequests?: { redis: RedisClient; store: Store };
  store: Store;
  logger: Logger;
  /** Bearer token of the admin API; null disables it (401 with a clear message). */
  adminToken: string | null;
  /** Public base URL used in self links (no trailing slash). */
  publicUrl: string;
  host: string;
  port: number;
  /** Where static webhook secrets (`secretFile`) are read from; defaults to the file system. */
  readSecretFile?: (path: string) => string;
  clock?: () => Date;
  /** The polite outbound client, for inspecting sites (`POST /api/sources`, the admin page); without it sources need explicit routes. */
  http?: PoliteHttpClient;
};
