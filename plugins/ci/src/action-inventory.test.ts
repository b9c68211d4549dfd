import { describe, expect, it } from 'vitest';
import { MemorySource, scan } from '@inert/core';
import { parseUses } from './action-inventory.js';
import { ci } from './index.js';

const workflow = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: Actions/Setup-Node@v4
      - uses: github/codeql-action/upload-sarif@v3
      - uses: ./.github/actions/local
      - uses: docker://alpine:3.20
      - uses: \${{ matrix.action }}@v1
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
  release:
    uses: acme/workflows/.github/workflows/release.yml@main
`;

describe('GitHub Actions in the inventory', () => {
  it('lists each remote action and reusable workflow once per file, with a githubactions purl, and pins only commits', async () => {
    const result = await scan(new MemorySource({ files: { '.github/workflows/ci.yml': workflow } }), { plugins: [ci] });
    const actions = result.inventory.packages.filter((p) => p.ecosystem === 'ci');
    expect(actions.map((p) => [p.name, p.version, p.purl, p.integrity, p.line])).toEqual([
      [
        'actions/checkout',
        '11bd71901bbe5b1630ceea73d27597364c9af683',
        'pkg:githubactions/actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
        'git-commit',
        6,
      ],
      ['Actions/Setup-Node', 'v4', 'pkg:githubactions/actions/setup-node@v4', null, 7],
      ['github/codeql-action/upload-sarif', 'v3', 'pkg:githubactions/github/codeql-action%2Fupload-sarif@v3', null, 8],
      [
        'acme/workflows/.github/workflows/release.yml',
        'main',
        'pkg:githubactions/acme/workflows%2F.github%2Fworkflows%2Frelease.yml@main',
        null,
        14,
      ],
    ]);
    expect(actions[0]!.source).toEqual({ kind: 'git', url: 'https://github.com/actions/checkout' });
    expect(actions.every((p) => p.installScripts === false && p.file === '.github/workflows/ci.yml')).toBe(true);
  });

  it('reads no target from local, docker, expression-computed, ref-less or path-escaping uses', () => {
    for (const uses of [
      './x',
      'docker://a:1',
      '${{ x }}@v1',
      'owner/repo',
      'owner/repo@',
      'owner/repo/../x@v1',
      '@v1',
      'owner@v1',
    ])
      expect(parseUses(uses)).toBeUndefined();
    expect(parseUses('o/r/a/b@v1')).toEqual({ owner: 'o', repo: 'r', path: 'a/b', ref: 'v1' });
  });
});
