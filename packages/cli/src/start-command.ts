import { loadConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { createLogger } from './logger.ts';
import { untilSignal } from './shutdown.ts';
import { SERVICE_NAMES, startServices, type ServiceName } from './start-services.ts';

/** `feedwright start [--only …]`: validates config, starts services, stops cleanly on SIGTERM. */
export async function runStart(environment: Record<string, string | undefined>, only: string | undefined): Promise<number> {
  const env = readRuntimeEnv(environment);
  const logger = createLogger(env.logLevel);
  const services = (only ?? SERVICE_NAMES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = services.filter((s) => !SERVICE_NAMES.includes(s as ServiceName));
  if (unknown.length > 0)
    throw new FeedwrightError('CONFIG_INVALID', `--only: unknown service(s) ${unknown.join(', ')} (choose from ${SERVICE_NAMES.join(', ')})`);
  let config;
  try {
    config = loadConfig(env.configPath);
  } catch (error) {
    if (error instanceof FeedwrightError) logger.fatal({ code: error.code, problems: error.details.problems }, error.message);
    throw error;
  }
  const running = await startServices(config, env, logger, services as ServiceName[]);
  return untilSignal(logger, running.close);
}
