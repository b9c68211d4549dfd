// inert's ESLint flat config (#24 item 5, #20 class 3). The root eslint.config.js re-exports it so that
// these imports resolve from tools/lint, whose typescript is 6.0.3: typescript-eslint's type-aware rules
// need the TypeScript JS API, which tsc 7 (the build's compiler) no longer ships.
// See docs/decisions/0009-lint-typescript-6-for-eslint.md.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/cli/bundle/**',
      'corpus/**',
      '**/testdata/**',
      'packages/syntax/grammars/**',
      'coverage/**',
      '.inert-tmp/**',
    ],
  },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    // The ReDoS class (#20 class 3): a regex that backtracks super-linearly on attacker text is an error.
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // A group whose capture no code reads is written (?:…): what a regex captures is what the code uses.
      'regexp/no-unused-capturing-group': ['error', { fixable: true }],
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
  },
  {
    // Every rule of recommendedTypeChecked is an error. The no-unsafe-* rules since session 6 (#24.5: ~100
    // hits fixed with typed JSON readers in tests, explicit element types, unknown + narrowing); session 7
    // reviewed the last three: no-base-to-string (8 readers could print "[object Object]" for a table
    // where a scalar belongs: scalarText() in core), unbound-method (contract functions declared as
    // function properties, not methods) and require-await (sources return settled(...) promises).
    files: ['**/*.ts'],
    rules: {
      // typescript-eslint sees types through TypeScript 6; the build's tsc 7 infers some literals
      // differently, so an assertion TS 6 calls unnecessary can be one tsc 7 needs.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests, scripts and benchmarks match their own fixed strings, not attacker text: the ReDoS rules
    // guard the engine (packages/*/src, plugins/*/src), where every regex meets scanned files.
    files: ['**/*.test.ts', 'test/**', 'scripts/**', 'corpus/**', 'vitest.config.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'off',
      'regexp/no-super-linear-move': 'off',
      // Tests build hostile strings (control characters, rethrown fuzz failures) on purpose.
      'no-control-regex': 'off',
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
