import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadOsvDatabase, matchVersion, MemorySource, scan } from '@inert/core';
import { ci } from './index.js';
import { compareActionVersions, osv, refVersions } from './osv.js';

const fixture = fileURLToPath(
  new URL('../../../corpus/osv/known-vulnerable-version--ci-moving-tags/osv-db/', import.meta.url),
);

describe('action refs against OSV versions', () => {
  it('reads full tags as one release and major/minor tags as the line they move along', () => {
    expect(refVersions('v4.1.2')).toEqual({ low: '4.1.2' });
    expect(refVersions('4.1.2')).toEqual({ low: '4.1.2' });
    expect(refVersions('v1.0.0-beta.1')).toEqual({ low: '1.0.0-beta.1' });
    expect(refVersions('v4')).toEqual({ low: '4.0.0', high: '5.0.0' });
    expect(refVersions('v4.1')).toEqual({ low: '4.1.0', high: '4.2.0' });
    for (const ref of ['main', 'releases/v4', '11bd71901bbe5b1630ceea73d27597364c9af683', 'v4.x', 'latest', ''])
      expect(refVersions(ref)).toBeUndefined();
  });

  it('compares a moving tag only where its whole line is on one side of the version', () => {
    expect(compareActionVersions('v44', '45.0.7')).toBe(-1);
    expect(compareActionVersions('v46', '45.0.7')).toBe(1);
    expect(compareActionVersions('v45', '45.0.7')).toBeUndefined();
    // At the line's first version, `last_affected: 4.0.0` would depend on which 4.x the tag is on.
    expect(compareActionVersions('v4', '4.0.0')).toBeUndefined();
    expect(compareActionVersions('v4', '5.0.0')).toBe(-1);
    expect(compareActionVersions('4.2.0', 'v4.1')).toBe(1);
    expect(compareActionVersions('4.1.3', 'v4.1')).toBeUndefined();
    expect(compareActionVersions('v4.1.2', '4.1.3')).toBe(-1);
    expect(compareActionVersions('v4.1.3', '4.1.3')).toBe(0);
    expect(compareActionVersions('11bd71901bbe5b1630ceea73d27597364c9af683', '4.1.3')).toBeUndefined();
    expect(compareActionVersions('main', '4.1.3')).toBeUndefined();
  });

  it('names the repository, case-insensitively, for an action in a sub-folder and a reusable workflow', () => {
    expect(osv.normalise!('GitHub/CodeQL-Action/init')).toBe('github/codeql-action');
    expect(osv.normalise!('acme/workflows/.github/workflows/release.yml')).toBe('acme/workflows');
  });

  it('matches the real GHSA-mrrh-fwg8-r2c3 shape: v44 and v45.0.7 are affected, v46 is not, v45 and a commit are could-not-compare', async () => {
    const db = await loadOsvDatabase(fixture, [ci]);
    const how = (version: string) =>
      matchVersion(db, 'GitHub Actions', 'tj-actions/changed-files', version).map((m) => m.how);
    expect(how('v44')).toEqual(['range']);
    expect(how('v45.0.7')).toEqual(['range']);
    expect(how('v46')).toEqual([]);
    expect(how('v45')).toEqual(['could-not-compare']);
    expect(how('abababababababababababababababababababab')).toEqual(['could-not-compare']);
  });

  it('lists an undeterminable match in inventory.advisories without a finding', async () => {
    const db = await loadOsvDatabase(fixture, [ci]);
    const wf =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: tj-actions/changed-files@abababababababababababababababababababab\n';
    const result = await scan(new MemorySource({ files: { '.github/workflows/a.yml': wf } }), {
      plugins: [ci],
      config: { osv: db, advisories: true },
    });
    expect(result.inventory.advisories?.map((a) => [a.id, a.match])).toEqual([
      ['GHSA-mrrh-fwg8-r2c3', 'could-not-compare'],
    ]);
    expect(result.findings.filter((f) => f.check.startsWith('ci/known-'))).toEqual([]);
  });
});
