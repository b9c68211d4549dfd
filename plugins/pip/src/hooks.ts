/** What Python's clients teach the core's hook reader (`Plugin.hooks`). */
import type { HookVocabulary } from '@inert/core';

export const hooks: HookVocabulary = { credentialFiles: ['.pypirc'], tokenVariables: ['PYPI_TOKEN'] };
