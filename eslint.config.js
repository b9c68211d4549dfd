// The lint toolchain lives in tools/lint (its own typescript 6.0.3 for typescript-eslint): see that file.
export { default } from './tools/lint/eslint.config.js';
