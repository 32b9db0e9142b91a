#!/usr/bin/env node
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { readRuntimeEnv } from '@feedwright/core/runtime-env.ts';

const USAGE = `feedwright — news sites in, full-text feeds and signed webhooks out

Usage:
  feedwright start [--only poller,worker,publisher]   run the services (all in one process by default)
  feedwright demo [--port 8080] [--every 5s]          a local newsroom + all services, no internet needed
  feedwright extract [--url URL] FILE|-               print one normalised Article as JSON
  feedwright extract --jsonl                          {"key","url","path"} lines in, results out
  feedwright add URL [--id ID] [--write FILE]         inspect a site, preview its stories, print (or append) its source
  feedwright config check [FILE]                      validate feedwright.yaml, listing every error
  feedwright config export [FILE]                     print feedwright.yaml plus the sources added at run time

Environment: FEEDWRIGHT_CONFIG (feedwright.yaml), REDIS_URL (redis://127.0.0.1:6379), PORT (8080),
LOG_LEVEL (info), FEEDWRIGHT_ADMIN_TOKEN or FEEDWRIGHT_ADMIN_TOKEN_FILE, FEEDWRIGHT_PREFIX (fw),
FEEDWRIGHT_PUBLIC_URL. See README.md.`;

/**
 * Node's parseArgs, with its own errors (unknown option, missing value, stray argument) turned into
 * CLI_USAGE: they are the user's typing, not a bug to report.
 */
function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_'))
      throw new FeedwrightError('CLI_USAGE', (error as Error).message.split('. To specify')[0] ?? '');
    throw error;
  }
}

/** Dispatches the command line; returns the process exit code. Each command's code is loaded only when it runs. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `feedwright <command> --help` prints the usage, whatever the command.
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  switch (command) {
    case 'start': {
      const { values } = parseCommandArgs(rest, { only: { type: 'string' } });
      const { runStart } = await import('./start-command.ts');
      return runStart(process.env, values.only);
    }
    case 'demo': {
      const { values } = parseCommandArgs(rest, { port: { type: 'string' }, every: { type: 'string' } });
      const { runDemo } = await import('./demo.ts');
      return runDemo(process.env, { port: values.port, every: values.every });
    }
    case 'extract': {
      const { values, positionals } = parseCommandArgs(rest, { url: { type: 'string' }, jsonl: { type: 'boolean' } }, true);
      const { runExtract } = await import('./extract-command.ts');
      return runExtract({ url: values.url, jsonl: values.jsonl ?? false, file: positionals[0] });
    }
    case 'add': {
      const { values, positionals } = parseCommandArgs(rest, { id: { type: 'string' }, write: { type: 'string' } }, true);
      const { runAdd } = await import('./add-command.ts');
      return runAdd(readRuntimeEnv(process.env), { url: positionals[0], id: values.id, write: values.write });
    }
    case 'config': {
      if (rest[0] === 'check') {
        const { runConfigCheck } = await import('./config-check.ts');
        return runConfigCheck(rest[1] ?? process.env.FEEDWRIGHT_CONFIG ?? 'feedwright.yaml');
      }
      if (rest[0] === 'export') {
        const { runConfigExport } = await import('./config-export.ts');
        return runConfigExport(readRuntimeEnv(process.env), rest[1] ?? process.env.FEEDWRIGHT_CONFIG ?? 'feedwright.yaml');
      }
      break;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
  }
  process.stderr.write(`unknown command: ${argv.join(' ')}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    // Commands that keep services running resolve only when they have shut down.
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof FeedwrightError && error.code === 'CLI_USAGE') {
      process.stderr.write(`error ${error.code}: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof FeedwrightError) process.stderr.write(`error ${error.code}: ${error.message}\n`);
    else process.stderr.write(`error INTERNAL: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
