import { loadConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';

/** `feedwright config check [FILE]`: prints every problem with its path; exit 1 when invalid. */
export async function runConfigCheck(path: string): Promise<number> {
  try {
    const config = loadConfig(path);
    process.stdout.write(`${path}: ok (${config.sources.length} source(s), ${config.feeds.length} feed(s), ${config.webhooks.length} webhook(s))\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FeedwrightError)) throw error;
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    return 1;
  }
}
