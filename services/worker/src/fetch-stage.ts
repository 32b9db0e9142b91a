import type { SourceConfig } from '@feedwright/core/config.ts';
import type { FeedwrightError } from '@feedwright/core/errors.ts';
import { recheckJobId, type FetchJob, type FetchJobResult } from '@feedwright/core/jobs.ts';
import type { StageJob } from '@feedwright/core/stage-worker.ts';
import type { HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { UnrecoverableError } from 'bullmq';
import { processArticle } from './process-article.ts';

/** The ports of the fetch stage: the store, outbound HTTP, the clock, and where re-checks are queued. */
export type FetchStagePorts = {
  sources: ReadonlyMap<string, SourceConfig>;
  store: Store;
  http: HttpClient;
  clock: () => Date;
  /** The source's article `maxAge` (its own `retention.maxAge`, else the top-level one). */
  maxAgeMs: (source: SourceConfig) => number;
  /** Queues the re-check `data` after `delayMs` under `jobId`. */
  enqueueRecheck: (data: FetchJob, delayMs: number, jobId: string) => Promise<void>;
};

/**
 * The fetch stage as plain functions: `process` fetches, extracts and stores one page, then plans
 * its next re-check on the source's decaying schedule (how edits are noticed); `onFailure`
 * records a final failure in the source's health.
 */
export function createFetchStage(ports: FetchStagePorts) {
  async function process(job: StageJob<'fetch'>): Promise<FetchJobResult> {
    const source = ports.sources.get(job.data.sourceId);
    if (!source) throw new UnrecoverableError(`unknown source ${job.data.sourceId} (removed from config?)`);
    const outcome = await processArticle(job.data, source, {
      http: ports.http,
      store: ports.store,
      now: ports.clock(),
      maxAgeMs: ports.maxAgeMs(source),
    });
    if (outcome.rejectedClaim) {
      job.log.warn(
        { code: 'IDENTITY_CLAIM_REJECTED', claimedUrl: outcome.rejectedClaim.claimedUrl, claimFrom: outcome.rejectedClaim.from, articleId: outcome.articleId },
        "page claimed an identity off its source's site; the fetched URL is its identity",
      );
    }
    job.log.info({ articleId: outcome.articleId, status: outcome.status, reason: job.data.reason }, `article ${outcome.status}`);
    // A story retention removed, or one too old to keep, is not re-checked any more.
    if (outcome.status !== 'evicted' && outcome.status !== 'expired') await scheduleRecheck(source, job.data, outcome.articleId);
    return { status: outcome.status, articleId: outcome.articleId, host: outcome.host, timings: outcome.timings };
  }

  async function scheduleRecheck(source: SourceConfig, data: FetchJob, articleIdValue: string | null) {
    const index = data.reason === 'recheck' ? (data.recheckIndex ?? 0) + 1 : 0;
    const delay = source.recheck[index];
    if (delay === undefined) return;
    await ports.enqueueRecheck({ ...data, reason: 'recheck', recheckIndex: index }, delay, recheckJobId(articleIdValue, data.url, index));
  }

  async function onFailure(job: StageJob<'fetch'>, error: FeedwrightError, final: boolean) {
    if (final) await ports.store.health.recordArticleError(job.data.sourceId, ports.clock(), error.code, error.message);
  }

  return { process, onFailure };
}
