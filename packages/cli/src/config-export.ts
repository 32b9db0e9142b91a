import { readFileSync } from 'node:fs';
import { loadConfig, validateSource } from '@feedwright/core/config.ts';
import { appendSources } from '@feedwright/core/config-yaml.ts';
import type { RuntimeEnv } from '@feedwright/core/runtime-env.ts';
import { createStore } from '@feedwright/store/create-store.ts';
import { connectForCommand } from './command-redis.ts';

/**
 * `feedwright config export [FILE]`: prints feedwright.yaml with the sources added at run time
 * (`POST /api/sources`, kept in Redis) appended to its `sources:` list, comments kept — a file
 * `config check` accepts and `start` can run from. Stored sources that no longer validate are
 * left out and named on stderr.
 */
export async function runConfigExport(env: RuntimeEnv, path: string): Promise<number> {
  loadConfig(path);
  const text = readFileSync(path, 'utf8');
  const redis = await connectForCommand(env);
  try {
    const stored = await createStore(redis, env.prefix).sources.list();
    const valid = stored.filter((entry) => {
      const result = validateSource(entry.input);
      if (!result.ok) process.stderr.write(`skipped source "${entry.input.id}": ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}\n`);
      return result.ok;
    });
    process.stdout.write(
      valid.length > 0
        ? appendSources(
            text,
            valid.map((entry) => entry.input),
            path,
          )
        : text,
    );
    return 0;
  } finally {
    redis.disconnect();
  }
}
