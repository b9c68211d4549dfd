// inert's ESLint flat config (#24 item 5, #20 class 3). The root eslint.config.js re-exports it so that
// these imports resolve from tools/lint, whose typescript is 6.0.3: typescript-eslint's type-aware rules
// need the TypeScript JS API, which tsc 7 (the build's compiler) no longer ships.
// See docs/decisions/0005-lint-typescript-6-for-eslint.md.
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
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: root,
      },
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
