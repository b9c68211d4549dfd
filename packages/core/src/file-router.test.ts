import { describe, expect, it } from 'vitest';
import { ruleFor } from './discover.js';
import type { FileRule } from './files.js';
import { fileRouter } from './file-router.js';
import type { AnyPlugin } from './plugin.js';

const rule = (kind: FileRule['kind'], ...match: string[]): FileRule => ({ kind, match, description: kind });
const plugins = [
  {
    files: [
      rule('manifest', 'package.json'),
      rule('lockfile', 'deps/*.lock', 'a/b/c.txt'),
      rule('client-config', '*.lock'),
      rule('build-script', '.bundle/plugin/**'),
    ],
  },
  {
    files: [
      rule('ci', '.github/workflows/*.yml', 'Dockerfile.*', '[Rr]eq?.txt'),
      rule('manifest', '**/deep.json', '{x,y}/z.toml', 'package.json'),
    ],
  },
  { files: [rule('credentials', '*'), rule('manifest', 'package.json')] },
];

const PATHS = [
  'package.json',
  'a/package.json',
  'package.json.bak',
  'xpackage.json',
  'deps/x.lock',
  'w/deps/x.lock',
  'x.lock',
  'depsx/x.lock',
  'a/b/c.txt',
  'z/a/b/c.txt',
  'b/c.txt',
  'xa/b/c.txt',
  '.bundle/plugin/x',
  'q/.bundle/plugin/a/b',
  '.bundle/pluginx/a',
  '.github/workflows/ci.yml',
  '.github/workflows/sub/ci.yml',
  'w/.github/workflows/.yml',
  'Dockerfile.dev',
  'Dockerfile',
  'req1.txt',
  'Req1.txt',
  'req12.txt',
  'deep.json',
  'a/b/deep.json',
  'x/z.toml',
  'w/y/z.toml',
  'q/z.toml',
  '.hidden',
  'caf\\xe9/package.json',
];

describe('fileRouter', () => {
  it('routes every path to the same first rule per plugin as ruleFor', () => {
    const route = fileRouter(plugins);
    for (const path of PATHS) {
      const expected = plugins.map((p) => ruleFor(p as unknown as AnyPlugin, path));
      expect({ path, rules: route(path) ?? plugins.map(() => undefined) }).toEqual({ path, rules: expected });
      const slash = path.lastIndexOf('/');
      const inDir = route.inDir(slash < 0 ? '' : path.slice(0, slash));
      expect({ path, rules: inDir(path.slice(slash + 1)) ?? plugins.map(() => undefined) }).toEqual({
        path,
        rules: expected,
      });
    }
  });

  it('answers alike when paths of one directory come apart (its last directory is cached)', () => {
    const route = fileRouter(plugins);
    const order = [
      'deps/x.lock',
      'deps/y.lock',
      'w/deps/x.lock',
      'deps/z.lock',
      'depsx/a.lock',
      'x.lock',
      'deps/q.lock',
    ];
    expect(order.map((p) => route(p)?.[0]?.kind)).toEqual([
      'lockfile',
      'lockfile',
      'lockfile',
      'lockfile',
      'client-config',
      'client-config',
      'lockfile',
    ]);
  });

  it('answers undefined when no plugin claims a path', () => {
    const route = fileRouter(plugins.slice(0, 2));
    expect(route('src/index.ts')).toBeUndefined();
    expect(route('b/c.txt')).toBeUndefined();
    expect(route('package.json')?.map((r) => r?.kind)).toEqual(['manifest', 'manifest']);
  });
});
