import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { parseDuration } from './duration.ts';
import { FeedwrightError } from './errors.ts';
import { ARTICLE_EVENT_TYPES } from './jobs.ts';

/**
 * feedwright.yaml: parsed once in main, validated with every error reported at once (each with its
 * path), frozen and passed down. Nothing else reads the file. Documented in docs/configuration.md.
 */

const duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `invalid duration "${value}" (use e.g. 90s, 2m, 1h)` });
    return z.NEVER;
  }
  return ms;
});

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'invalid URL (expected an absolute http(s) URL)');

/** A Standard Webhooks signing secret: `whsec_` + base64 of at least 24 bytes. */
export const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/;

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_" (max 64)');

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'unknown IANA time zone');

const regex = z.string().refine((value) => {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}, 'invalid regular expression');

/** Per-source overrides of the article retention (`sources[].retention`); unset fields take the top-level value. */
const sourceRetentionSchema = z
  .object({ maxAge: duration.optional(), maxArticles: z.number().int().min(1).optional() })
  .strict()
  .refine((value) => value.maxAge === undefined || value.maxAge >= 1000, { message: 'maxAge must be at least 1s', path: ['maxAge'] });

const RETENTION_DEFAULTS = {
  maxAge: 30 * 86_400_000,
  maxArticles: 2000,
  seenFor: 400 * 86_400_000,
  events: 7 * 86_400_000,
  deliveries: 30 * 86_400_000,
  health: 30 * 86_400_000,
  every: 60_000,
  batch: 500,
};

/**
 * What is kept, and for how long (docs/operations.md, "Retention"). Articles: `maxAge` (by
 * publication time, else first seen) and `maxArticles` per source. `seenFor`: how long a URL is
 * remembered after a listing last named it, so an evicted story is never announced again. `events`,
 * `deliveries`, `health`: ages of event-log entries, delivery-log entries and stale per-source health.
 * A job every `every` removes at most `batch` items of each kind per source (or per subscription).
 */
const retentionSchema = z
  .object({
    maxAge: duration.default(RETENTION_DEFAULTS.maxAge),
    maxArticles: z.number().int().min(1).default(RETENTION_DEFAULTS.maxArticles),
    seenFor: duration.default(RETENTION_DEFAULTS.seenFor),
    events: duration.default(RETENTION_DEFAULTS.events),
    deliveries: duration.default(RETENTION_DEFAULTS.deliveries),
    health: duration.default(RETENTION_DEFAULTS.health),
    every: duration.default(RETENTION_DEFAULTS.every),
    batch: z.number().int().min(1).max(10_000).default(RETENTION_DEFAULTS.batch),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const field of ['maxAge', 'seenFor', 'events', 'deliveries', 'health', 'every'] as const) {
      if (value[field] < 1000) ctx.addIssue({ code: 'custom', path: [field], message: 'must be at least 1s' });
    }
  })
  .default(RETENTION_DEFAULTS);

const feedRoute = z.object({ feed: httpUrl }).strict();
/** One listing page, or several (page 2, section fronts) read with the same rule. */
const listingRoute = z
  .object({ listing: z.union([httpUrl, z.array(httpUrl).min(1)]), links: z.string().min(1).optional(), pattern: regex.optional() })
  .strict();
/** A sitemap or sitemap index (news sitemaps: `news:publication_date`); `follow` = child sitemaps read per poll, newest first. */
const sitemapRoute = z.object({ sitemap: httpUrl, pattern: regex.optional(), follow: z.number().int().min(1).max(50).default(5) }).strict();
/** Story links in JSON a page embeds for its front end (`script#__NEXT_DATA__` by default). */
const pageDataRoute = z.object({ pageData: httpUrl, script: z.string().min(1).optional(), pattern: regex.optional() }).strict();
/** Only a site: its advertised feeds, the sitemaps its robots.txt names, else story-like links of the page. */
const siteRoute = z.object({ site: httpUrl, pattern: regex.optional() }).strict();
const discoverRoute = z.union([feedRoute, listingRoute, sitemapRoute, pageDataRoute, siteRoute], {
  error:
    'expected { feed: URL }, { listing: URL | [URL], links?, pattern? }, { sitemap: URL, pattern?, follow? }, { pageData: URL, script?, pattern? } or { site: URL, pattern? }',
});

const sourceSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    site: httpUrl.optional(),
    language: z.string().min(2).optional(),
    timezone: timezone.default('UTC'),
    interval: z
      .object({ min: duration.default(120_000), max: duration.default(1_800_000) })
      .strict()
      .default({ min: 120_000, max: 1_800_000 }),
    /** Discovery routes; may be left out when `site` is given (then the site is discovered). */
    discover: z.array(discoverRoute).default([]),
    extract: z
      .object({ body: z.string().min(1).optional(), remove: z.array(z.string().min(1)).default([]) })
      .strict()
      .optional(),
    charset: z.string().min(1).default('auto'),
    /** New story URLs each discovery route enqueues per poll at most (newest first; the rest next poll). */
    maxNewPerPoll: z.number().int().min(1).max(10_000).default(100),
    /** Other hosts whose URLs this source's pages may name as their canonical identity (besides its own site). */
    hosts: z.array(z.string().regex(/^[a-z0-9.-]+(:\d{1,5})?$/i, 'must be a host name, e.g. www.example.org (optionally :port)')).default([]),
    /** Delays after first storage at which an article is fetched again to catch edits. */
    recheck: z.array(duration).default([600_000, 3_600_000, 21_600_000, 86_400_000]),
    /** Overrides the top-level `retention.maxAge` / `retention.maxArticles` for this source. */
    retention: sourceRetentionSchema.optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.interval.min > source.interval.max) {
      ctx.addIssue({ code: 'custom', path: ['interval', 'min'], message: 'must not be greater than interval.max' });
    }
    if (source.interval.min < 1000) {
      ctx.addIssue({ code: 'custom', path: ['interval', 'min'], message: 'must be at least 1s' });
    }
  });

const feedSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    description: z.string().optional(),
    sources: z.array(slug).min(1, 'a feed needs at least one source'),
    limit: z.number().int().min(1).max(1000).default(50),
    language: z.string().optional(),
    include: z.array(z.string().min(1)).default([]),
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

const webhookSchema = z
  .object({
    url: httpUrl,
    feeds: z.array(slug).optional(),
    events: z.array(z.enum(ARTICLE_EVENT_TYPES)).optional(),
    secret: z.string().regex(WEBHOOK_SECRET, 'must be a Standard Webhooks secret: "whsec_" followed by base64 (at least 24 bytes)').optional(),
    secretFile: z.string().min(1).optional(),
  })
  .strict();

const configSchema = z
  .object({
    publicUrl: httpUrl.optional(),
    http: z
      .object({
        userAgent: z.string().min(1).default('Feedwright/0.1 (+https://github.com/feedwright/feedwright)'),
        allowPrivateNetworks: z.union([z.boolean(), z.array(z.string().min(1))]).default(false),
        timeout: duration.default(15_000),
        maxBytes: z
          .number()
          .int()
          .positive()
          .default(10 * 1024 * 1024),
        perHost: z
          .object({ concurrency: z.number().int().min(1).default(2), perMinute: z.number().int().min(1).default(60) })
          .strict()
          .default({ concurrency: 2, perMinute: 60 }),
      })
      .strict()
      .default({
        userAgent: 'Feedwright/0.1 (+https://github.com/feedwright/feedwright)',
        allowPrivateNetworks: false,
        timeout: 15_000,
        maxBytes: 10 * 1024 * 1024,
        perHost: { concurrency: 2, perMinute: 60 },
      }),
    delivery: z
      .object({
        /** Delays between webhook attempts; the number of attempts is this list's length + 1. */
        retry: z.array(duration).min(1).default([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]),
        timeout: duration.default(15_000),
        /** A subscription whose deliveries keep failing (no success) for this long is disabled. */
        disableAfter: duration.default(432_000_000),
        /** Ports a webhook URL may use besides 80, 443 and unprivileged non-service ports (e.g. [6380] for an odd receiver). */
        allowPorts: z.array(z.number().int().min(1).max(65535)).default([]),
      })
      .strict()
      .default({
        retry: [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000],
        timeout: 15_000,
        disableAfter: 432_000_000,
        allowPorts: [],
      }),
    /** The publisher's HTTP server: a request (headers and body) must arrive within `requestTimeout`, else 408. */
    server: z
      .object({ requestTimeout: duration.default(10_000), hubPerMinute: z.number().int().min(1).default(30) })
      .strict()
      .default({ requestTimeout: 10_000, hubPerMinute: 30 }),
    /** The WebSub hub at /hub: lease given when a subscriber asks for none, and the longest granted. */
    websub: z
      .object({ lease: duration.default(864_000_000), maxLease: duration.default(2_592_000_000) })
      .strict()
      .default({ lease: 864_000_000, maxLease: 2_592_000_000 }),
    retention: retentionSchema,
    /** May be empty: sources can also be added at run time (`POST /api/sources`, kept in Redis). */
    sources: z.array(sourceSchema).default([]),
    feeds: z.array(feedSchema).default([]),
    webhooks: z.array(webhookSchema).default([]),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type SourceConfig = Config['sources'][number];
export type FeedConfig = Config['feeds'][number];
export type DiscoverRoute = SourceConfig['discover'][number];
export type WebhookConfig = Config['webhooks'][number];
export type RetentionConfig = Config['retention'];

/** A source's article retention: its own `retention` fields, else the top-level ones. */
export function articleRetentionOf(
  config: Pick<Config, 'retention'>,
  source: Pick<SourceConfig, 'retention'> | null,
): { maxAgeMs: number; maxArticles: number } {
  return {
    maxAgeMs: source?.retention?.maxAge ?? config.retention.maxAge,
    maxArticles: source?.retention?.maxArticles ?? config.retention.maxArticles,
  };
}

/** A source as written in YAML or sent to `POST /api/sources` (before defaults are applied). */
export type SourceInput = z.input<typeof sourceSchema>;

/** Validates one source with the same schema as feedwright.yaml (paths relative to the source). */
export function validateSource(raw: unknown): { ok: true; source: SourceConfig } | { ok: false; problems: ConfigProblem[] } {
  const result = sourceSchema.safeParse(raw);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))),
    ...crossReferenceProblems({ sources: [raw] }).map((p) => ({ ...p, path: p.path.replace(/^sources\[0\]\.?/, '') || '(root)' })),
  ];
  if (result.success && problems.length === 0) return { ok: true, source: deepFreeze(result.data) };
  return { ok: false, problems };
}

/** One validation problem, e.g. `{ path: "sources[2].discover[0].feed", message: "invalid URL" }`. */
export type ConfigProblem = { path: string; message: string };

/** Formats a zod issue path as `sources[2].discover[0].feed`. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

type Loose = Record<string, unknown>;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Loose => (value !== null && typeof value === 'object' ? (value as Loose) : {});

/** Unique ids and references between sources, feeds and webhooks, checked on raw (unvalidated) data. */
function crossReferenceProblems(raw: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const root = asObject(raw);
  const sourceIds = new Set<unknown>();
  asArray(root.sources).forEach((source, i) => {
    const id = asObject(source).id;
    // A source needs a route, or a site to discover its routes from.
    const { discover, site } = asObject(source);
    if (site === undefined && (discover === undefined || (Array.isArray(discover) && discover.length === 0))) {
      problems.push({ path: `sources[${i}].discover`, message: 'at least one discovery route is required' });
    }
    if (sourceIds.has(id)) problems.push({ path: `sources[${i}].id`, message: `duplicate source id "${String(id)}"` });
    sourceIds.add(id);
  });
  const feedIds = new Set<unknown>();
  asArray(root.feeds).forEach((feed, i) => {
    const { id, sources } = asObject(feed);
    if (feedIds.has(id)) problems.push({ path: `feeds[${i}].id`, message: `duplicate feed id "${String(id)}"` });
    feedIds.add(id);
    asArray(sources).forEach((sourceId, j) => {
      if (!sourceIds.has(sourceId)) problems.push({ path: `feeds[${i}].sources[${j}]`, message: `unknown source "${String(sourceId)}"` });
    });
  });
  asArray(root.webhooks).forEach((hook, i) => {
    const { feeds, secret, secretFile } = asObject(hook);
    asArray(feeds).forEach((feedId, j) => {
      if (!feedIds.has(feedId)) problems.push({ path: `webhooks[${i}].feeds[${j}]`, message: `unknown feed "${String(feedId)}"` });
    });
    if (secret !== undefined && secretFile !== undefined) problems.push({ path: `webhooks[${i}]`, message: 'give secret or secretFile, not both' });
  });
  return problems;
}

/** Validates a parsed config object: the frozen Config, or every problem at once. */
export function validateConfig(raw: unknown): { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] } {
  const result = configSchema.safeParse(raw ?? {});
  // Cross-references are checked on the raw data too, so they are reported alongside shape errors
  // (zod skips refinements of an object whose fields failed).
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))),
    ...crossReferenceProblems(raw),
  ];
  if (result.success && problems.length === 0) return { ok: true, config: deepFreeze(result.data) };
  return { ok: false, problems };
}

/** Parses YAML text into a Config, throwing CONFIG_INVALID listing every problem with its path. */
export function parseConfig(text: string, origin = 'feedwright.yaml'): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message : String(error);
    throw new FeedwrightError('CONFIG_INVALID', `${origin}: not valid YAML: ${message}`, {
      cause: error,
      details: { problems: [{ path: '(yaml)', message }] },
    });
  }
  const result = validateConfig(raw);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new FeedwrightError('CONFIG_INVALID', `${origin}: ${result.problems.length} problem(s)\n${lines}`, {
      details: { problems: result.problems },
    });
  }
  return result.config;
}

/** Reads and parses the config file at `path` (CONFIG_NOT_FOUND when it cannot be read). */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new FeedwrightError('CONFIG_NOT_FOUND', `cannot read config file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseConfig(text, path);
}
