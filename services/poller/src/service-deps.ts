import type { Config } from '@feedwright/core/config.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import type { Logger } from 'pino';

/** What `main` hands the poller: everything IO-shaped comes in from outside. */
export type PollerDeps = {
  config: Config;
  /** BullMQ queue prefix (the installation prefix). */
  prefix: string;
  /** Opens a new Redis connection (BullMQ workers need their own blocking connection). */
  connect: (purpose?: string) => RedisClient;
  store: Store;
  /** The polite client (robots.txt, per-host budget); `sitemapsOf` reads robots.txt sitemaps for `site` routes. */
  http: HttpClient & { sitemapsOf?: (url: string) => Promise<string[]> };
  logger: Logger;
  clock?: () => Date;
  /** false: no job schedulers, sources are polled only by `pollNow` (tests, benchmarks). Default true. */
  schedule?: boolean;
};
