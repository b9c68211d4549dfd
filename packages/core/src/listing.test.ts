import { describe, expect, it } from 'vitest';
import { definePlugin, type PluginModel } from './plugin.js';
import { scan } from './scan.js';
import { MemorySource } from './source/memory-source.js';

// A plugin shaped like the real ones: it claims manifests and lockfiles by name, and reads a script
// a manifest names only when the walk found it (LoadContext.isFile), as npm's hook reader and the CI
// plugin's script reader do.
const plugin = definePlugin<PluginModel>({
  ecosystem: 'npm',
  title: 'Test',
  url: 'https://example.com',
  files: [
    { kind: 'manifest', match: ['package.json'], description: 'manifest' },
    { kind: 'lockfile', match: ['vendor/modules.txt'], description: 'a file looked up inside a skipped directory' },
  ],
  async load(files, read, context) {
    for (const f of files) {
      const text = await read(f.path);
      const script = /"postinstall": "node ([^"]+)"/.exec(text ?? '')?.[1];
      if (script !== undefined && context?.isFile?.(script)) await read(script);
    }
    return { problems: [], inventory: {} };
  },
  checks: [],
  profile: {},
});

const manifest = '{ "scripts": { "postinstall": "node scripts/setup.js" } }';

describe('a sparse checkout scanned with the repository listing', () => {
  it('is complete when every file the scan reads is there', async () => {
    const files = { 'package.json': manifest, 'scripts/setup.js': 'run()' };
    const result = await scan(new MemorySource({ files }), {
      plugins: [plugin],
      config: { listing: { paths: new Set([...Object.keys(files), 'README.md', 'src/index.js']) } },
    });
    expect(result.incomplete).toBeUndefined();
  });

  it('names the claimed files and the named scripts the checkout lacks, and only those', async () => {
    const result = await scan(new MemorySource({ files: { 'package.json': manifest } }), {
      plugins: [plugin],
      config: {
        listing: {
          paths: new Set([
            'package.json',
            'scripts/setup.js', // named by package.json, not fetched
            'packages/web/package.json', // claimed, not fetched
            'node_modules/left-pad/package.json', // the walk skips node_modules: not expected
            'sub/vendor/modules.txt', // looked up inside the skipped vendor/: expected
            'vendor/lib/package.json', // inside vendor/ but not looked up: not expected
            '.git/config',
            'docs/guide.md', // claimed by no plugin
            'docs/current', // a link: the walk reports every link it meets
            'node_modules/.bin/tsc', // a link the walk would not meet
          ]),
          symlinks: new Set(['docs/current', 'node_modules/.bin/tsc']),
        },
      },
    });
    expect(result.incomplete?.map((g) => g.path)).toEqual([
      'packages/web/package.json',
      'sub/vendor/modules.txt',
      'docs/current',
      'scripts/setup.js',
    ]);
    expect(result.incomplete?.[2]?.reason).toMatch(/a symbolic link/);
    expect(result.incomplete?.[3]?.reason).toMatch(/named by a file the scan read/);
  });

  it('without a listing, a named file that is not there is simply absent (a full checkout)', async () => {
    const result = await scan(new MemorySource({ files: { 'package.json': manifest } }), { plugins: [plugin] });
    expect(result.incomplete).toBeUndefined();
  });

  it('leaves out the paths the trusted config ignores', async () => {
    const result = await scan(new MemorySource({ files: { 'package.json': manifest, 'scripts/setup.js': '' } }), {
      plugins: [plugin],
      config: {
        listing: { paths: new Set(['package.json', 'scripts/setup.js', 'e2e/package.json']) },
        ignorePaths: ['e2e/'],
      },
    });
    expect(result.incomplete).toBeUndefined();
  });
});
