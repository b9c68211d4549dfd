/** What cargo teaches the core's hook reader (`Plugin.hooks`). */
import type { HookVocabulary } from '@inert/core';

export const hooks: HookVocabulary = {
  credentialFiles: ['.cargo/credentials'],
  tokenVariables: ['CARGO_REGISTRY_TOKEN'],
};
