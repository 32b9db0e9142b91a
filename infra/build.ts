/**
 * `pnpm build`: compiles the production JavaScript the image runs, one esbuild bundle per entry point.
 *
 *   dist/app/feedwright.mjs            the CLI (`feedwright start|extract|config check`), plain `node`
 *   dist/app/chunks/                   code it loads per command and per service
 *   dist/app/node_modules/@bull-board/ui   static dashboard files read from disk at run time
 *   dist/fixtures/bin/newsroom.mjs     the fixture newsroom (docker-compose.demo.yml; never in the production image)
 *   dist/fixtures/bin/webhook-receiver.mjs   a Standard Webhooks receiver that verifies signatures (demo, test:compose)
 *
 *   pnpm build [--out DIR]
 *
 * Bundling follows imports, so new files and new workspace packages are picked up with no list to keep.
 * Development and tests keep running the TypeScript sources through tsx and vitest.
 */
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { productionBuildOptions } from './esbuild-options.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// --out DIR builds elsewhere (the deploy test builds into a temporary folder); default dist/.
const out = resolve(root, parseArgs({ options: { out: { type: 'string', default: 'dist' } } }).values.out);

const common: BuildOptions = {
  ...productionBuildOptions,
  // Code splitting: the CLI loads each command's and each service's code only when it runs it, so a
  // worker never parses Fastify or the dashboard (shared chunks sit next to the entry point).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
};

/** Bundles one group of entry points into `outdir`; returns the metafile. */
async function bundle(entryPoints: Record<string, string>, outdir: string, external: string[]): Promise<Metafile> {
  const result = await build({ ...common, entryPoints, outdir, external, absWorkingDir: root });
  return result.metafile!;
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });

// The production CLI. External: the demo's fixtures (the image has no newsroom: `feedwright demo` answers
// DEMO_UNAVAILABLE there), pino-pretty (only the demo's terminal uses it) and msgpackr's optional native
// addon (msgpackr falls back to JavaScript).
const app = await bundle({ feedwright: 'packages/cli/src/main.ts' }, join(out, 'app'), ['@feedwright/newsroom/*', 'pino-pretty', 'msgpackr-extract']);

// bull-board serves its dashboard's HTML, scripts and styles from the @bull-board/ui package folder.
const publisherRequire = createRequire(join(root, 'services/publisher/package.json'));
const apiRequire = createRequire(publisherRequire.resolve('@bull-board/api'));
const uiDir = dirname(apiRequire.resolve('@bull-board/ui/package.json'));
cpSync(join(uiDir, 'package.json'), join(out, 'app/node_modules/@bull-board/ui/package.json'));
cpSync(join(uiDir, 'dist'), join(out, 'app/node_modules/@bull-board/ui/dist'), { recursive: true });

// Fixtures for docker-compose.demo.yml and `pnpm test:compose`: the newsroom reads its data from ../data.
const fixtures = await bundle(
  { newsroom: 'packages/newsroom/src/main.ts', 'webhook-receiver': 'test/compose/webhook-receiver.ts' },
  join(out, 'fixtures/bin'),
  ['msgpackr-extract'],
);
cpSync(join(root, 'packages/newsroom/data'), join(out, 'fixtures/data'), { recursive: true });

const size = (metafile: Metafile) => Object.entries(metafile.outputs).map(([file, { bytes }]) => `  ${file}  ${mib(bytes)}`);
const uiBytes = readdirSync(join(out, 'app/node_modules'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
process.stdout.write(
  [
    `built ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
    ...size(app),
    `  dist/app/node_modules (@bull-board/ui)  ${mib(uiBytes)}`,
    ...size(fixtures),
    '',
  ].join('\n'),
);

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
