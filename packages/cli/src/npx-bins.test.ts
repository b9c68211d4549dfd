/**
 * `npx <binary>` matched through the lock's `bin` maps (#26): the corpus cases' reasons say why a run
 * is local, and why one the lock cannot show installed stays ad hoc (undeterminable, or Plug'n'Play).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCorpusCase } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/ci/', import.meta.url));

describe('npx of a locked binary', () => {
  it('every runner after the install is local when the lock links the binary', async () => {
    const { result } = await runCorpusCase(PLUGINS, `${corpus}clean--npx-locked-binaries`);
    const runs = result.inventory.commands.filter((c) => /^(?:npx|bunx|npm exec) /.test(c.command));
    expect(runs.map((c) => `${c.command}: ${c.classification}`)).toEqual([
      'npx tsc --noEmit: local',
      'npm exec tsserver -- --version: local',
      'npx vite build: local',
      'npx esbuild --version: local',
      'npx rollup -c: local',
      'npx tsc --noEmit: local',
      'bunx tsc --noEmit: local',
    ]);
  });

  it('says why a binary the lock does not show linked is taken to be fetched', async () => {
    const { result } = await runCorpusCase(PLUGINS, `${corpus}adhoc-install--npx-binary-not-linked`);
    const messages = result.findings.filter((f) => f.check === 'ci/adhoc-install').map((f) => f.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(
      /npx tsc downloads and runs whatever version the registry serves today, outside any lock$/,
    );
    expect(messages[1]).toMatch(
      /whether `tsc` is a binary the install links is undeterminable, so it is taken to be fetched: pnpm\/pnpm-lock\.yaml records that a package has binaries \(hasBin\), not their names/,
    );
    expect(messages[2]).toMatch(/Plug'n'Play \(nodeLinker defaults to pnp\), which writes no node_modules\/\.bin/);
    expect(messages[3]).toMatch(
      /undeterminable, so it is taken to be fetched: classic\/yarn\.lock, a Yarn classic lock, records no binaries/,
    );
  });
});
