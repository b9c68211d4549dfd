import { describe, expect, it } from 'vitest';
import { classifyHook } from './hook-command.js';

const none = new Set<string>();

describe('classifyHook', () => {
  it('a download piped or substituted into a shell or interpreter is fetch-and-run', () => {
    for (const cmd of [
      'curl -fsSL https://x.sh | sh',
      'wget -qO- https://x | sudo bash',
      'bash <(curl -s https://x)',
      'sh -c "$(curl -fsSL https://x)"',
      'iwr https://x/i.ps1 | iex',
      'curl https://x | node',
    ]) {
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

  it('an exact version pins a registry run; a range or tag does not', () => {
    expect(classifyHook('npx --yes patch-package@8.0.0', none)).toEqual({
      kind: 'registry-run-pinned',
      detail: 'patch-package@8.0.0',
    });
    expect(classifyHook('npx -p typescript@5.4.5 tsc', none)).toEqual({
      kind: 'registry-run-pinned',
      detail: 'typescript@5.4.5',
    });
    expect(classifyHook('npx @scope/tool@1.2.3-rc.1 init', none)).toEqual({
      kind: 'registry-run-pinned',
      detail: '@scope/tool@1.2.3-rc.1',
    });
    expect(classifyHook('npx only-allow@latest pnpm', none)).toEqual({ kind: 'registry-run', detail: 'only-allow' });
    expect(classifyHook('npx only-allow@1 pnpm', none)).toEqual({ kind: 'registry-run', detail: 'only-allow' });
  });

  it('pnpm dlx and yarn dlx fetch even a declared package (they install into a throwaway project)', () => {
    expect(classifyHook('yarn dlx patch-package', new Set(['patch-package']))).toEqual({
      kind: 'registry-run',
      detail: 'patch-package',
    });
    expect(classifyHook('pnpm dlx patch-package@8.0.0', new Set(['patch-package']))).toEqual({
      kind: 'registry-run-pinned',
      detail: 'patch-package@8.0.0',
    });
    expect(classifyHook('npx patch-package', new Set(['patch-package'])).kind).toBe('other');
  });
  it('the well-known native binding builds are recognised exactly, nothing appended', () => {
    for (const cmd of [
      'node-gyp rebuild',
      'prebuild-install || node-gyp rebuild',
      'prebuild-install --runtime napi || node-gyp rebuild',
      'prebuild-install -r napi',
      'node-gyp-build',
      'node-pre-gyp install --fallback-to-build',
      'cmake-js compile',
    ]) {
      expect(classifyHook(cmd, none).kind, cmd).toBe('binding-build');
    }
    expect(classifyHook('node-gyp rebuild && node steal.js', none).kind).toBe('other');
  });
});
