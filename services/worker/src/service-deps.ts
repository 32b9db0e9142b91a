import type { Config } from '@feedwright/core/config.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import type { Logger } from 'pino';

/** What `main` hands the worker: everything IO-shaped comes in from outside. */
export type WorkerDeps = {
  config: Config;
  prefix: string;
  connect: (purpose?: string) => RedisClient;
  store: Store;
  http: HttpClient;
  logger: Logger;
  clock?: () => Date;
  /** Fetch jobs processed at once by this process (default 4). */
  concurrency?: number;
};
