/** The go plugin on real public checkouts (../shared/corpus/real/go), hand-checked facts. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { go } from './index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real', 'go');
const run = async (name: string) => scan(new DirectorySource(join(real, name)), { plugins: [go] });
const count = (findings: { check: string }[], check: string) => findings.filter((f) => f.check === check).length;

describe.skipIf(!existsSync(real))('go plugin on real checkouts', () => {
  it('google/osv-scalibr: 198 requirements, all hashed in go.sum, nothing to report', async () => {
    const r = await run('google__osv-scalibr');
    expect(r.inventory.packages).toHaveLength(198);
    expect(r.inventory.packages.every((p) => p.integrity === 'sha256' && p.installScripts === false)).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it('hashicorp/terraform: nested modules with local replaces, no unparsed file', async () => {
    const r = await run('hashicorp__terraform');
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
    expect(count(r.findings, 'go/replace-local-path')).toBeGreaterThan(20);
    expect(r.findings.every((f) => f.check === 'go/replace-local-path')).toBe(true);
    expect(r.inventory.packages.some((p) => p.source.kind === 'path')).toBe(true);
  });

  it('GoogleCloudPlatform/golang-samples: go.work with 154 uses, the tbpg fork replace is found', async () => {
    const r = await run('GoogleCloudPlatform__golang-samples');
    const fork = r.findings.filter((f) => f.check === 'go/replace-to-other-module');
    expect(fork).toHaveLength(1);
    expect(fork[0]!.message).toContain('github.com/tbpg/go-junit-report');
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
  });

  it('opencontainers/runc: the committed vendor/modules.txt is reported once, in step with go.mod', async () => {
    const r = await run('opencontainers__runc');
    expect(r.findings.map((f) => `${f.check}:${f.messageId}`)).toEqual(['go/vendor-unverified:vendored']);
  });
});
