import { randomBytes } from 'node:crypto';
import { validateConfig, type Config } from '@feedwright/core/config.ts';
import { parseDuration } from '@feedwright/core/duration.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';
import type { Newsroom } from '@feedwright/newsroom/newsroom.ts';
import { deleteKeys } from '@feedwright/store/delete-keys.ts';
import { Redis } from 'ioredis';
import { createLogger } from './logger.ts';
import { redisAnswers, startPrivateRedis } from './private-redis.ts';
import { untilSignal } from './shutdown.ts';
import { startServices } from './start-services.ts';

/** The demo's configuration: the local newsroom as a source, polled every few seconds. */
export function demoConfig(newsroom: Newsroom): Config {
  const result = validateConfig({
    // The newsroom is our own process on loopback: a bigger per-host budget than a real site gets,
    // so polls every 3 s, a story every 5 s and their re-checks never queue up behind politeness.
    http: {
      userAgent: 'Feedwright-demo/0.1 (+http://localhost)',
      allowPrivateNetworks: ['127.0.0.0/8', '::1/128'],
      perHost: { concurrency: 4, perMinute: 600 },
    },
    sources: [
      {
        id: 'newsroom-simp',
        name: 'Fixture newsroom (BBC News 中文 style)',
        site: newsroom.frontUrl,
        language: 'zh-Hans',
        timezone: 'Asia/Shanghai',
        interval: { min: '3s', max: '30s' },
        discover: [
          { feed: newsroom.feedUrl },
          { listing: newsroom.frontUrl, links: 'a[href*="/zhongwen/articles/"]', pattern: '/zhongwen/articles/[a-z0-9]+/simp$' },
        ],
        recheck: ['20s', '2m'],
      },
    ],
    feeds: [{ id: 'newsroom', title: 'Fixture newsroom — BBC News 中文 style', sources: ['newsroom-simp'], limit: 50 }],
  });
  if (!result.ok) throw new FeedwrightError('CONFIG_INVALID', result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.config;
}

/** The fixture newsroom, loaded only when the demo runs: the production image does not ship it. */
async function loadNewsroom(): Promise<typeof import('@feedwright/newsroom/newsroom.ts')> {
  try {
    return await import('@feedwright/newsroom/newsroom.ts');
  } catch (error) {
    throw new FeedwrightError(
      'DEMO_UNAVAILABLE',
      'the fixture newsroom is not installed here (the production image ships only the services): run `pnpm demo` from a checkout, or docker-compose -f docker-compose.yml -f docker-compose.demo.yml up --build',
      { cause: error },
    );
  }
}

/**
 * `feedwright demo`: a newcomer sees articles flow without internet: the fixture newsroom on
 * loopback publishes a story every few seconds, and all services run against a real Redis
 * (a private one is started when none answers). Ctrl-C stops everything and removes the demo's keys.
 */
export async function runDemo(
  environment: Record<string, string | undefined>,
  options: { port?: string | undefined; every?: string | undefined },
): Promise<number> {
  const base = readRuntimeEnv({ ...environment, PORT: options.port ?? environment.PORT ?? '8080' });
  const logger = createLogger(base.logLevel === 'info' ? 'warn' : base.logLevel, { pretty: process.stdout.isTTY });
  const everyMs = parseDuration(options.every ?? '5s');
  if (everyMs === null || everyMs < 500) throw new FeedwrightError('CONFIG_INVALID', `--every: "${options.every}" is not a duration of at least 500ms`);

  const { startNewsroom } = await loadNewsroom();

  let redisUrl = base.redisUrl;
  let privateRedis: Awaited<ReturnType<typeof startPrivateRedis>> | null = null;
  if (!(await redisAnswers(redisUrl))) {
    try {
      privateRedis = await startPrivateRedis();
    } catch (error) {
      throw new FeedwrightError(
        'REDIS_UNAVAILABLE',
        `no Redis answers at ${redisUrl} and redis-server could not be started (${(error as Error).message}); install Redis or set REDIS_URL`,
        { cause: error },
      );
    }
    redisUrl = privateRedis.url;
    process.stdout.write(`No Redis answered at ${base.redisUrl}: started a private one at ${redisUrl} (data in ${privateRedis.dir}).\n`);
  }

  const env = {
    ...base,
    redisUrl,
    redis: { kind: 'single' as const, url: redisUrl },
    prefix: `fwdemo-${randomBytes(3).toString('hex')}`,
    host: '127.0.0.1',
    publicUrl: `http://127.0.0.1:${base.port}`,
  };
  const newsroom = await startNewsroom({ seed: true });
  newsroom.publish();
  newsroom.publish();
  const config = demoConfig(newsroom);
  const services = await startServices(config, env, logger);
  const feedBase = `${env.publicUrl}/feeds/newsroom`;
  process.stdout.write(
    [
      '',
      'Feedwright demo is running.',
      `  Newsroom (the "news site"):  ${newsroom.frontUrl}`,
      `  Index and source health:     ${env.publicUrl}/`,
      `  Atom feed:                   ${feedBase}.atom`,
      `  RSS feed:                    ${feedBase}.rss`,
      `  JSON Feed:                   ${feedBase}.json`,
      `  Event log:                   ${env.publicUrl}/api/events`,
      `  Redis:                       ${redisUrl}, keys under "${env.prefix}:" (removed on exit)`,
      `The newsroom publishes a story every ${options.every ?? '5s'}; new stories appear in the feeds within seconds.`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const timer = setInterval(() => {
    const story = newsroom.publish();
    process.stdout.write(`newsroom published: ${story.title}\n`);
  }, everyMs);

  return untilSignal(logger, async () => {
    clearInterval(timer);
    await services.close();
    await newsroom.close();
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    await deleteKeys(redis, `${env.prefix}:*`).catch(() => undefined);
    redis.disconnect();
    await privateRedis?.stop();
  });
}
