import type { SourceConfig } from '@feedwright/core/config.ts';
import type { FetchJob, PollJobResult } from '@feedwright/core/jobs.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import type { Logger } from 'pino';
import { pollFailed } from '@feedwright/store/health-repository.ts';
import { nextInterval } from './adaptive-interval.ts';
import { pollSource } from './poll-source.ts';

/** How long a claimed poll keeps others off if its poller dies mid-poll. */
const POLL_HOLD_MS = 5 * 60_000;

/** The ports of the discover stage: the store, outbound HTTP, the clock, and where fetch jobs go. */
export type PollStagePorts = {
  sources: ReadonlyMap<string, SourceConfig>;
  store: Store;
  http: HttpClient & { sitemapsOf?: (url: string) => Promise<string[]> };
  clock: () => Date;
  /** Queues the fetch jobs of newly discovered stories (all of one source). */
  enqueueFetches: (jobs: FetchJob[]) => Promise<void>;
  /** The ids among `ids` that already have a fetch job queued (see PollIo.queued). */
  queued?: (ids: readonly string[]) => Promise<Set<string>>;
  log: Logger;
};

/**
 * The discover stage as a plain function: polls a source if it is due (or `force`). The job
 * scheduler wakes every `interval.min`; the adaptive interval, back-off and Retry-After pauses
 * decide whether a wake-up polls. The claim is atomic, so however many pollers run, one polls.
 */
export function createPollStage(ports: PollStagePorts) {
  const { store, log } = ports;
  return async function poll(sourceId: string, force: boolean): Promise<PollJobResult> {
    const source = ports.sources.get(sourceId);
    if (!source) return { enqueued: 0 };
    const startedAt = ports.clock();
    const started = performance.now();
    // Half a tick of slack: a wake-up a little early for the planned time still polls (no drift to the next tick).
    const slack = source.interval.min / 2;
    if (!force && !(await store.sourceState.claimPoll(sourceId, startedAt.getTime() + slack, POLL_HOLD_MS))) {
      return { enqueued: 0, skipped: true };
    }
    const [previousHealth, state] = await Promise.all([store.health.get(sourceId), store.sourceState.get(sourceId)]);
    const { routes, outcomes, enqueued, resumeAt, held, commit } = await pollSource(source, {
      http: ports.http,
      store,
      sitemapsOf: (url) => ports.http.sitemapsOf?.(url) ?? Promise.resolve([]),
      now: startedAt,
      previous: previousHealth.routes,
      ...(ports.queued ? { queued: ports.queued } : {}),
    });
    if (enqueued.length > 0) await ports.enqueueFetches(enqueued);
    // Only now that the jobs are queued: a 304 next time must not hide a story whose job never made it (PollOutcome.commit).
    await commit();
    const failed = pollFailed(routes);
    const intervalMs = nextInterval(source.interval, state.intervalMs, {
      newItems: enqueued.length,
      failed,
      consecutiveFailures: failed ? previousHealth.consecutiveFailures + 1 : 0,
    });
    const finishedAt = ports.clock();
    // A host that said Retry-After is not asked again before then, whatever the interval says.
    const nextPollAt = Math.max(startedAt.getTime() + intervalMs, resumeAt ?? 0);
    await store.sourceState.schedule(sourceId, nextPollAt, intervalMs);
    await store.health.recordPoll(sourceId, finishedAt, routes, new Date(nextPollAt), { intervalMs });
    for (const route of routes.filter((r) => r.errorCode)) {
      log.warn({ sourceId, route: route.route, code: route.errorCode }, `discovery route failed: ${route.errorMessage}`);
    }
    for (const route of routes.filter((r) => r.rotted && r.status === 'ok')) {
      log.warn(
        { sourceId, route: route.route, code: 'DISCOVER_ROUTE_EMPTY', lastFoundAt: route.lastFoundAt },
        'discovery route used to find stories and now finds none: check its selector or pattern',
      );
    }
    log.info(
      {
        sourceId,
        found: routes.reduce((n, r) => n + r.found, 0),
        enqueued: enqueued.length,
        held,
        requests: routes.reduce((n, r) => n + (r.requests ?? 0), 0),
        intervalMs,
        nextPollAt: new Date(nextPollAt).toISOString(),
      },
      'polled source',
    );
    for (const job of enqueued) log.debug({ sourceId, url: job.url, correlationId: job.correlationId }, 'enqueued article');
    // The typed result the metrics read: the discover stage's duration and each route's host and outcome.
    return { enqueued: enqueued.length, durationMs: Math.round((performance.now() - started) * 10) / 10, routes: outcomes };
  };
}
