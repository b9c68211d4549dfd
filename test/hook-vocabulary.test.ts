/**
 * The hook reader's ecosystem knowledge comes from the plugins (Plugin.hooks); the scan merges every
 * plugin's vocabulary, so a hook reading any ecosystem's credentials is a credential read. These are
 * the files and tokens the core named itself before they moved to the plugins (#24.1).
 */
import { analyseHookCommand, analyseHookSource, mergeHookVocabularies } from '@inert/core';
import { PLUGINS } from '@inert/cli';
import { describe, expect, it } from 'vitest';

const all = mergeHookVocabularies(PLUGINS.map((p) => p.hooks));

describe('hook vocabularies of every plugin, merged', () => {
  it.each(['.npmrc', '.pypirc', '.gem/credentials', '.cargo/credentials', '.aws/credentials', '.netrc'])(
    'a hook reading %s reads credentials',
    (file) => {
      expect(analyseHookCommand(`cat ~/${file}`, all).behaviours).toEqual(['credential-read']);
      expect(analyseHookSource(`open(home + "/${file}")`, all).behaviours).toEqual(['credential-read']);
    },
  );

  it.each(['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'PYPI_TOKEN', 'GEM_HOST_API_KEY', 'CARGO_REGISTRY_TOKEN', 'GITHUB_TOKEN'])(
    'a hook file reading %s reads credentials',
    (token) => {
      expect(analyseHookSource(`t = env["${token}"]`, all).behaviours).toEqual(['credential-read']);
    },
  );

  it('benign native builds are known from the plugin that supplies them', () => {
    expect(analyseHookCommand('node-gyp rebuild', all).behaviours).toEqual(['native-build']);
  });
});
