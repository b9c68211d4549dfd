/** What npm's clients teach the core's hook reader (`Plugin.hooks`). */
import type { HookVocabulary } from '@inert/core';

export const hooks: HookVocabulary = {
  credentialFiles: ['.npmrc'],
  tokenVariables: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'],
  // Rebuilding a bundled native binding, or dev tooling a package runs on its own checkout: low when
  // it is the whole command (`node-gyp rebuild`, not `node-gyp rebuild && curl …`).
  nativeBuildCommands: [
    /^\s*(?:node-gyp(?:-build)?(?:\s{1,8}rebuild)?|prebuild-install(?:\s{1,8}\|\|\s{1,8}node-gyp\s{1,8}rebuild)?(?:\s{1,8}--[\w-]{1,40})*|node-pre-gyp\s{1,8}install(?:\s{1,8}--[\w-]{1,40})*|cmake-js\s{1,8}(?:compile|rebuild)|npx\s{1,8}only-allow\s{1,8}\w{1,20}|husky(?:\s{1,8}install)?|simple-git-hooks|patch-package|tsc(?:\s{1,8}-b)?)\s*$/,
  ],
};
