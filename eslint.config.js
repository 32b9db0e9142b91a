// ESLint (flat config) with typescript-eslint: the recommended correctness rules, without type
// information (fast enough for `pnpm check` on every change) and without stylistic rules — layout
// is the formatter's job (prettier.config.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'coverage/**', 'test/artifacts/**', 'bench/out/**', '**/__fixtures__/**', 'bench/**/html/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, an ignored argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Tests and adapters read untyped JSON bodies; `any` there is a choice, not an accident.
      '@typescript-eslint/no-explicit-any': 'off',
      // Non-null assertions follow checks the compiler cannot see (noUncheckedIndexedAccess).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Control characters in regexes are intended (XML-illegal characters, binary sniffing).
      'no-control-regex': 'off',
      // Flags top-level `let x = 0` that a callback assigns first (benchmarks); not worth the churn.
      'no-useless-assignment': 'off',
      // let vs const is style, not correctness; left to authors.
      'prefer-const': 'off',
    },
  },
);
