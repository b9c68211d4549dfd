import { MemorySource, scan, type ClaimedFile } from '@inert/core';
import { describe, expect, it } from 'vitest';
import { npm } from '../index.js';
import { load } from './index.js';

const texts: Record<string, string> = {
  'package.json': '{"name":"app","scripts":{"postinstall":"node x.js"}}',
  '.npmrc': 'ignore-scripts=true\n',
  '.yarnrc.yml': 'enableScripts: false\n',
  'sub/.yarnrc': 'yarn-path ".yarn/releases/yarn-1.22.22.cjs"\n',
};
const read = (path: string) => Promise.resolve(texts[path]);

describe('the route picks the npm reader once', () => {
  it('claimed files carry the reader of the rule that claimed them', async () => {
    let claimed: readonly ClaimedFile[] = [];
    await scan(new MemorySource({ files: texts }), {
      plugins: [{ ...npm, load: (files, r, context) => npm.load((claimed = files), r, context) }],
    });
    expect(claimed.map((c) => [c.path, c.reader])).toEqual([
      ['.npmrc', 'npmrc'],
      ['.yarnrc.yml', 'yarnrc-yml'],
      ['package.json', 'package-json'],
      ['sub/.yarnrc', 'yarnrc'],
    ]);
  });

  it('the load parses by the carried reader, not the file name', async () => {
    const model = await load([{ path: '.yarnrc.yml', kind: 'client-config', reader: 'npmrc' }], read);
    expect([model.npmrcs.map((n) => n.path), model.yarnrcYmls.length]).toEqual([['.yarnrc.yml'], 0]);
  });

  it('a caller without the route gets the reader the file name selects', async () => {
    const routed = await load(
      Object.keys(texts).map((path) => ({
        path,
        kind: 'client-config' as const,
        reader: npm.files.find((r) => r.match.includes(path.split('/').pop()!))!.reader!,
      })),
      read,
    );
    const unrouted = await load(
      Object.keys(texts).map((path) => ({ path, kind: 'client-config' as const })),
      read,
    );
    expect([
      unrouted.manifests.length,
      unrouted.npmrcs.length,
      unrouted.yarnrcs.length,
      unrouted.yarnrcYmls.length,
    ]).toEqual([1, 1, 1, 1]);
    expect(unrouted.inventory).toEqual(routed.inventory);
  });
});
