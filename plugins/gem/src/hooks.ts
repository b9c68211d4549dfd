/** What RubyGems teaches the core's hook reader (`Plugin.hooks`). */
import type { HookVocabulary } from '@inert/core';

export const hooks: HookVocabulary = { credentialFiles: ['.gem/credentials'], tokenVariables: ['GEM_HOST_API_KEY'] };
