import type { FeedConfig } from '@feedwright/core/config.ts';
import type { DeliverJob } from '@feedwright/core/jobs.ts';
import type { RedisClient } from '@feedwright/store/redis-client.ts';
import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import type { SourceCatalog } from '@feedwright/store/source-catalog.ts';
import type { AdminGate } from './admin-gate.ts';
import type { OpsDeps } from './ops-routes.ts';
import type { Inspect } from './source-admin.ts';
import type { PublisherDeps } from './service-deps.ts';

/** What `buildApp` is given. */
export type AppDeps = Pick<PublisherDeps, 'config' | 'store' | 'adminToken' | 'publicUrl' | 'logger' | 'clock'> & {
  redis: RedisClient;
  /** Outbound HTTP for WebSub verification (the publisher passes the SSRF-guarded one). */
  dispatcher?: Dispatcher;
  /** Queues a manual redelivery; without it the redeliver route answers 503. */
  enqueueDelivery?: (job: DeliverJob, jobId: string) => Promise<void>;
  /** /metrics and the /admin/queues dashboard (the running publisher passes them). */
  ops?: Omit<OpsDeps, 'adminGate'>;
  /** True once shutdown began: every request is answered 503 SHUTTING_DOWN. */
  isClosing?: () => boolean;
  /** The live sources (YAML + run-time); without it the app opens one over the store (no pub/sub). */
  catalog?: SourceCatalog;
  /** Inspects a site for `POST /api/sources` and the admin page's preview (the polite client). */
  inspect?: Inspect;
};

/** What every route module is registered with: the app's deps, resolved once in `buildApp`. */
export type RouteDeps = AppDeps & {
  clock: () => Date;
  /** The live sources: read per request, since sources are added and removed at run time. */
  catalog: SourceCatalog;
  /** Feeds by id, live: YAML feeds and the feed of each run-time source. */
  feeds: ReadonlyMap<string, FeedConfig>;
  log: Logger;
  /** The one gate every admin surface registers as its `onRequest` hook (admin-gate.ts). */
  adminGate: AdminGate;
};
