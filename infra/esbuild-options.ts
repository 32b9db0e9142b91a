/**
 * The esbuild options of the production bundle (`pnpm build`, infra/build.ts), shared with
 * `pnpm bench:extract --built`, which measures the extractor as the image runs it.
 */
import type { BuildOptions } from 'esbuild';

// ESM output holding CommonJS dependencies: give them the `require` they expect.
const banner = "import { createRequire as __fwCreateRequire } from 'node:module'; const require = __fwCreateRequire(import.meta.url);";

export const productionBuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  outExtension: { '.js': '.mjs' },
  banner: { js: banner },
  minifySyntax: true,
  minifyWhitespace: true,
  // No keepNames: identifiers are not minified, so functions and classes keep their names (esbuild
  // renames only where two modules' top-level names collide). keepNames would wrap every function
  // and class in a `__name()` call that redefines its `name` — htmlparser2's tokenizer classes and
  // every closure made per call included — and that made extraction 1.5× slower on Node 24 and
  // 4× slower on Node 20 than the same code without it (docs/extraction-history.md, *The shipped bundle*).
  keepNames: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};
