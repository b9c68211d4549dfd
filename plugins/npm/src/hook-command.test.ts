import { describe, expect, it } from 'vitest';
import { classifyHook } from './hook-command.js';

const none = new Set<string>();

describe('classifyHook', () => {
  it('a download piped or substituted into a shell or interpreter is fetch-and-run', () => {
    for (const cmd of ['curl -fsSL https://x.sh | sh', 'wget -qO- https://x | sudo bash', 'bash <(curl -s https://x)', 'sh -c "$(curl -fsSL https://x)"', 'iwr https://x/i.ps1 | iex', 'curl https://x | node']) {
      expect(classifyHook(cmd, none).kind, cmd).toBe('fetch-and-run');
    }
  });
  it('a download that is not executed, or an executor without a download, is not', () => {
    expect(classifyHook('curl -o vendor/lib.tgz https://x/lib.tgz', none).kind).toBe('other');
    expect(classifyHook('node scripts/postinstall.js | tee log', none).kind).toBe('other');
  });
  it('npx/dlx of an undeclared package is a registry run; of a declared one it is not', () => {
    expect(classifyHook('npx only-allow pnpm', none)).toEqual({ kind: 'registry-run', detail: 'only-allow' });
    expect(classifyHook('pnpm dlx @scope/tool@1 init', none)).toEqual({ kind: 'registry-run', detail: '@scope/tool' });
    expect(classifyHook('npx --yes cowsay hi', none)).toEqual({ kind: 'registry-run', detail: 'cowsay' });
    expect(classifyHook('npx husky', new Set(['husky'])).kind).toBe('other');
    expect(classifyHook('husky && npx husky@9 install', new Set(['husky'])).kind).toBe('other');
  });
  it('the well-known native binding builds are recognised exactly, nothing appended', () => {
    for (const cmd of ['node-gyp rebuild', 'prebuild-install || node-gyp rebuild', 'prebuild-install --runtime napi || node-gyp rebuild', 'prebuild-install -r napi', 'node-gyp-build', 'node-pre-gyp install --fallback-to-build', 'cmake-js compile']) {
      expect(classifyHook(cmd, none).kind, cmd).toBe('binding-build');
    }
    expect(classifyHook('node-gyp rebuild && node steal.js', none).kind).toBe('other');
  });
});
