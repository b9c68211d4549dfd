/**
 * `inert scan --format cyclonedx` end to end on one real checkout per ecosystem: the document validates
 * against the CycloneDX 1.6 JSON schema (the copy @cyclonedx/cyclonedx-library ships in res/schema, taken
 * from the CycloneDX specification repository), and carries purls, digests, scopes, edges and evidence.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const requireFromCore = createRequire(join(repo, 'packages/core/package.json'));
const schemaDir = join(dirname(requireFromCore.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res/schema');
const schema = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;

const ajv = new Ajv({ strict: false, allErrors: false });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
// ajv-formats has no `iri-reference`: inert percent-encodes its URLs, so the stricter `uri-reference` must hold.
ajv.addFormat('iri-reference', ajv.formats['uri-reference']!);
ajv.addSchema(schema('spdx.SNAPSHOT.schema.json'), 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
ajv.addSchema(schema('jsf-0.82.SNAPSHOT.schema.json'), 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
const validate = ajv.compile(schema('bom-1.6.SNAPSHOT.schema.json'));

async function sbom(path: string): Promise<{ code: number; bom: Bom; stderr: string }> {
  const { code, stdout, stderr } = await runCaptured(
    ['scan', path, '--format', 'cyclonedx', '--fail-on', 'critical', '--untrusted'],
    repo,
  );
  return { code, bom: JSON.parse(stdout) as Bom, stderr };
}

interface Component {
  'bom-ref': string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  scope?: string;
  hashes?: { alg: string; content: string }[];
  externalReferences?: { url: string; type: string; hashes?: { alg: string; content: string }[] }[];
  evidence?: { occurrences?: { location: string; line?: number }[] };
}
interface Bom {
  specVersion: string;
  components: Component[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

const byPurl = (bom: Bom, purl: string) => bom.components.find((c) => c.purl === purl);
const edgesOf = (bom: Bom, ref: string) => bom.dependencies?.find((d) => d.ref === ref)?.dependsOn ?? [];

describe.runIf(
  process.env.INERT_REQUIRE_REAL_CORPUS === '1' || (await stat(real).catch(() => undefined)) !== undefined,
)('--format cyclonedx on real checkouts', () => {
  it('npm (vite, pnpm-lock v9): scoped purls, SHA-512 from integrity, pnpm snapshot edges, dev excluded, schema-valid', async () => {
    const { code, bom } = await sbom(join(real, 'npm/vitejs__vite'));
    expect(code).toBe(0);
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(bom.specVersion).toBe('1.6');
    const scoped = bom.components.find((c) => c.purl?.startsWith('pkg:npm/%40babel/core@'));
    expect(scoped?.group).toBe('@babel');
    expect(scoped?.name).toBe('core');
    expect(scoped?.hashes?.[0]?.alg).toBe('SHA-512');
    expect(scoped?.hashes?.[0]?.content).toMatch(/^[0-9a-f]{128}$/);
    expect(scoped?.evidence?.occurrences?.[0]).toMatchObject({ location: 'pnpm-lock.yaml' });
    expect(edgesOf(bom, scoped!['bom-ref']).some((d) => d.startsWith('pkg:npm/%40babel/generator@'))).toBe(true);
    expect(bom.components.filter((c) => c.purl).length).toBe(bom.components.length);
  });

  it('npm (mattermost, package-lock v3): edges by node_modules lookup, dev → excluded, optional → optional', async () => {
    const { bom } = await sbom(join(real, 'npm/mattermost__desktop'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const lock = JSON.parse(readFileSync(join(real, 'npm/mattermost__desktop/package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; dev?: boolean; dependencies?: Record<string, string> }>;
    };
    const [key, entry] = Object.entries(lock.packages).find(
      ([k, v]) =>
        k.startsWith('node_modules/') &&
        !k.includes('/node_modules/', 1) &&
        v.dev &&
        v.dependencies &&
        Object.keys(v.dependencies).length > 1,
    )!;
    const name = key.slice('node_modules/'.length);
    const c = bom.components.find(
      (x) => (x.group ? `${x.group}/${x.name}` : x.name) === name && x.version === entry.version,
    )!;
    expect(c.scope).toBe('excluded');
    const deps = edgesOf(bom, c['bom-ref']);
    for (const dep of Object.keys(entry.dependencies!))
      expect(deps.some((d) => d.includes(`/${dep.replace('@', '%40')}@`) || d.startsWith(`pkg:npm/${dep}@`))).toBe(
        true,
      );
  });

  it('pip (prime-rl, uv.lock): normalised pypi purls, per-file SHA-256 digests, uv edges', async () => {
    const { bom } = await sbom(join(real, 'python/PrimeIntellect-ai__prime-rl'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const pypi = bom.components.filter((c) => c.purl?.startsWith('pkg:pypi/'));
    expect(pypi.length).toBeGreaterThan(100);
    for (const c of pypi) expect(c.purl).toMatch(/^pkg:pypi\/[a-z0-9.-]+(@|$)/);
    const withFiles = pypi.find((c) => c.externalReferences?.some((r) => r.hashes?.[0]?.alg === 'SHA-256'));
    expect(withFiles).toBeDefined();
    expect(bom.dependencies?.some((d) => d.ref.startsWith('pkg:pypi/') && (d.dependsOn?.length ?? 0) > 0)).toBe(true);
  });

  it('pip (pipenv, Pipfile.lock): develop section → excluded; hashes on the component', async () => {
    const { bom } = await sbom(join(real, 'python/pypa__pipenv'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(bom.components.some((c) => c.scope === 'excluded')).toBe(true);
    const pypi = bom.components.filter((c) => c.purl?.startsWith('pkg:pypi/'));
    expect(pypi.length).toBeGreaterThan(10);
    expect(
      pypi.every((c) => c.hashes?.some((h) => h.alg === 'SHA-256') || c.externalReferences?.some((r) => r.hashes)),
    ).toBe(true);
    // Its workflows' actions are components too: a githubactions purl, the repository as a vcs reference, no digest
    // (a commit id is not a digest of an artifact's bytes).
    const checkout = bom.components.find((c) => c.purl?.startsWith('pkg:githubactions/actions/checkout@'));
    expect(
      checkout?.externalReferences?.some((r) => r.type === 'vcs' && r.url === 'https://github.com/actions/checkout'),
    ).toBe(true);
    expect(checkout?.hashes ?? []).toEqual([]);
  });

  it('cargo (lapce): SHA-256 checksums, Cargo.lock edges, git sources as vcs references', async () => {
    const { bom } = await sbom(join(real, 'cargo/lapce__lapce'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const lockText = readFileSync(join(real, 'cargo/lapce__lapce/Cargo.lock'), 'utf8');
    const m =
      /\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"\nsource = "registry\+[^"]+"\nchecksum = "([0-9a-f]{64})"\ndependencies = \[\n +"([^" ]+)/.exec(
        lockText,
      )!;
    const c = byPurl(bom, `pkg:cargo/${m[1]}@${m[2]}`)!;
    expect(c.hashes).toEqual([{ alg: 'SHA-256', content: m[3] }]);
    expect(edgesOf(bom, c['bom-ref']).some((d) => d.startsWith(`pkg:cargo/${m[4]}@`))).toBe(true);
    const git = bom.components.find((x) => x.purl?.includes('vcs_url='));
    if (git) expect(git.externalReferences?.some((r) => r.type === 'vcs')).toBe(true);
  });

  it('gem (rails): platform qualifiers, CHECKSUMS digests, spec edges', async () => {
    const { bom } = await sbom(join(real, 'ruby/rails__rails'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const gems = bom.components.filter((c) => c.purl?.startsWith('pkg:gem/'));
    expect(gems.some((c) => c.purl!.includes('?platform='))).toBe(true);
    const lockText = readFileSync(join(real, 'ruby/rails__rails/Gemfile.lock'), 'utf8');
    const sum = /^ {2}(\S+) \(([^)-]+)\) sha256=([0-9a-f]{64})$/m.exec(lockText);
    if (sum) expect(byPurl(bom, `pkg:gem/${sum[1]}@${sum[2]}`)?.hashes).toEqual([{ alg: 'SHA-256', content: sum[3] }]);
    const rack = gems.find((c) => c.name === 'actionpack' || c.name === 'rack-test');
    expect(rack && edgesOf(bom, rack['bom-ref']).length).toBeGreaterThan(0);
  });

  it('go (runc): golang purls split into namespace and name, no h1 digest listed as a file hash', async () => {
    const { bom } = await sbom(join(real, 'go/opencontainers__runc'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const go = bom.components.filter((c) => c.purl?.startsWith('pkg:golang/'));
    expect(go.length).toBeGreaterThan(5);
    expect(go.some((c) => c.purl!.startsWith('pkg:golang/github.com/'))).toBe(true);
    expect(go.every((c) => c.hashes === undefined)).toBe(true);
  });

  it('gradle (nowinandroid): maven purls for exact versions, declared ranges kept as a property without a purl', async () => {
    const { bom } = await sbom(join(real, 'gradle/android__nowinandroid'));
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const maven = bom.components.filter((c) => c.purl?.startsWith('pkg:maven/'));
    expect(maven.length).toBeGreaterThan(20);
    for (const c of maven) expect(c.purl).toBe(`pkg:maven/${c.group}/${c.name}@${encodeURIComponent(c.version!)}`);
  });
});

describe('--format cyclonedx on corpus cases', () => {
  it('gradle: verification-metadata.xml digests become per-artifact distribution references', async () => {
    const dir = join(repo, 'corpus/gradle/clean--wrapper-with-checksum');
    const { bom } = await sbom(dir);
    expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const xml = readFileSync(join(dir, 'gradle/verification-metadata.xml'), 'utf8');
    const hex = /<artifact name="okhttp-4\.12\.0\.jar">\s*<sha256 value="([0-9a-f]{64})"/.exec(xml)![1];
    const okhttp = byPurl(bom, 'pkg:maven/com.squareup.okhttp3/okhttp@4.12.0')!;
    expect(okhttp.externalReferences).toContainEqual(
      expect.objectContaining({
        url: 'okhttp-4.12.0.jar',
        type: 'distribution',
        hashes: [{ alg: 'SHA-256', content: hex }],
      }),
    );
  });
});
