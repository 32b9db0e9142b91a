import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadConfig, validateConfig, type Config } from '@feedwright/core/config.ts';
import { appendSources, sourceStanza } from '@feedwright/core/config-yaml.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { inspectSite, type SiteInspection } from '@feedwright/discover/inspect-site.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { connectForCommand } from './command-redis.ts';
import { createOutboundHttp } from './outbound-http.ts';

export type AddOptions = { url: string | undefined; id: string | undefined; write: string | undefined };

function relative(iso: string | null, now: Date): string {
  if (!iso) return 'undated';
  const minutes = Math.round((now.getTime() - Date.parse(iso)) / 60_000);
  const span = Math.abs(minutes);
  const text = span < 90 ? `${span} min` : span < 2880 ? `${Math.round(span / 60)} h` : `${Math.round(span / 1440)} d`;
  return `${iso.slice(0, 16).replace('T', ' ')} UTC, ${minutes >= 0 ? `${text} ago` : `in ${text}`}`;
}

/** The human report of an inspection: routes, the preview of the newest stories, warnings, the stanza. */
export function formatInspection(inspection: SiteInspection, now: Date): string {
  const lines = [
    `Inspected ${inspection.site} (${inspection.requests} requests)`,
    `Site: ${inspection.name}${inspection.language ? ` · language ${inspection.language}` : ''}`,
    '',
    'Routes (✓ = in the suggested source):',
  ];
  for (const route of inspection.routes) {
    const mark = route.chosen ? '✓' : ' ';
    const what = route.error
      ? `error ${route.error.code}: ${route.error.message}`
      : `${route.stories} stories, ${route.dated} dated${route.newest ? `, newest ${relative(route.newest, now)}` : ''}${route.duplicateOf ? ` — same stories as ${route.duplicateOf}` : ''}`;
    lines.push(`  ${mark} ${route.label} — ${what}`);
    if ('pattern' in route.route && route.route.pattern) lines.push(`      pattern ${route.route.pattern}`);
  }
  lines.push('', `Preview (the newest ${inspection.stories.length} stories, as the feed will show them):`);
  inspection.stories.forEach((story, i) => {
    if (story.error) {
      lines.push(`  ${i + 1}. ${story.url}`, `     error ${story.error.code}: ${story.error.message}`);
      return;
    }
    lines.push(
      `  ${i + 1}. ${story.title ?? '(no title)'}`,
      `     ${relative(story.publishedAt, now)} · ${story.author ? `by ${story.author}` : 'no author'} · ${story.words} words · ${story.leadImage ? `image ${story.leadImage}` : 'no lead image'}`,
      ...(story.firstSentence ? [`     “${story.firstSentence}”`] : []),
      `     ${story.url}`,
    );
  });
  if (inspection.warnings.length > 0) lines.push('', 'Warnings:', ...inspection.warnings.map((w) => `  - ${w}`));
  lines.push('', 'Source (under `sources:` in feedwright.yaml):', sourceStanza(inspection.source).trimEnd());
  return `${lines.join('\n')}\n`;
}

/** The config whose `http` settings the inspection uses: the --write file, else FEEDWRIGHT_CONFIG, else the defaults. */
function configFor(path: string): Config {
  if (existsSync(path)) return loadConfig(path);
  const defaults = validateConfig({});
  if (!defaults.ok) throw new FeedwrightError('INTERNAL', 'the default config does not validate');
  return defaults.config;
}

/**
 * `feedwright add URL [--id ID] [--write FILE]`: inspects a site through the polite client (robots.txt
 * and the per-host budget shared in Redis), prints what it found and the source's YAML stanza, and
 * with --write appends the source to the file (comments kept). Exit 1 when nothing usable is found.
 */
export async function runAdd(env: RuntimeEnv, options: AddOptions): Promise<number> {
  if (!options.url) throw new FeedwrightError('CLI_USAGE', 'feedwright add needs the URL of a site: feedwright add URL [--id ID] [--write FILE]');
  let site: URL;
  try {
    site = new URL(options.url);
    if (site.protocol !== 'http:' && site.protocol !== 'https:') throw new Error('not http(s)');
  } catch (error) {
    throw new FeedwrightError('FETCH_BAD_URL', `"${options.url}" is not an absolute http(s) URL`, { cause: error });
  }
  const config = configFor(options.write ?? env.configPath);
  // The per-host budget and the robots.txt cache live in Redis, shared with the running poller.
  const redis = await connectForCommand(env);
  const http = createOutboundHttp(config, createStore(redis, env.prefix));
  try {
    const now = new Date();
    const inspection = await inspectSite(
      site.href,
      { fetch: (request) => http.fetch(request), sitemapsOf: (url) => http.sitemapsOf(url), now },
      { id: options.id },
    );
    process.stdout.write(formatInspection(inspection, now));
    if (options.write) {
      const text = existsSync(options.write) ? readFileSync(options.write, 'utf8') : '';
      writeFileSync(options.write, appendSources(text, [inspection.source], options.write));
      process.stdout.write(`\nAdded source "${inspection.source.id}" to ${options.write}.\n`);
    }
    return 0;
  } finally {
    await http.close();
    redis.disconnect();
  }
}
