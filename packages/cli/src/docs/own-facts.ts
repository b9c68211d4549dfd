/**
 * What inert's own checkout shows about its supply chain beyond what its checks read: the pnpm
 * settings that refuse dependency builds, the frozen installs of CI, the pinned grammars. Each fact
 * is read from the files, so docs/own-supply-chain.md changes (and its test fails) when they do.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuestionId, ScanResult } from '@inert/core';

/** Per question, Markdown list items (links are relative to docs/). */
export type OwnFacts = Partial<Record<QuestionId, string[]>>;

const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare'];

interface Manifest {
  path: string;
  name?: string;
  private?: boolean;
  packageManager?: string;
  files?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export async function readOwnFacts(root: string, result: ScanResult): Promise<OwnFacts> {
  const read = (path: string): Promise<string | undefined> => readFile(join(root, path), 'utf8').catch(() => undefined);
  const manifests: Manifest[] = [];
  for (const f of result.files.filter((f) => f.path === 'package.json' || f.path.endsWith('/package.json'))) {
    const text = await read(f.path);
    if (text !== undefined) manifests.push({ ...(JSON.parse(text) as Omit<Manifest, 'path'>), path: f.path });
  }
  const workspace = (await read('pnpm-workspace.yaml')) ?? '';
  const ciRun = (await read('.ci/run')) ?? '';
  const action = (await read('action.yml')) ?? '';
  const lock = await read('pnpm-lock.yaml');
  const facts: OwnFacts = {};
  const add = (q: QuestionId, ...items: string[]): void => void (facts[q] = [...(facts[q] ?? []), ...items]);

  // install-time-execution: pnpm refuses every dependency build, and inert's own packages have none.
  const builds = yamlBlock(workspace, 'allowBuilds').split('\n').map(allowBuild).filter((b) => b !== undefined);
  const allowed = builds.filter((b) => b.allowed).map((b) => `\`${b.name}\``);
  add('install-time-execution', builds.length === 0
    ? '[pnpm-workspace.yaml](../pnpm-workspace.yaml) has no `allowBuilds` list.'
    : `[pnpm-workspace.yaml](../pnpm-workspace.yaml) \`allowBuilds\` lists the ${builds.length} dependencies that ship a build script: ${allowed.length === 0 ? 'all are refused (`false`)' : `${allowed.join(', ')} may run it`}.`);
  add('install-time-execution', /^strictDepBuilds:\s*true\s*$/m.test(workspace)
    ? '`strictDepBuilds: true`: an install fails when a dependency ships a build script nobody reviewed, instead of skipping it silently.'
    : '`strictDepBuilds` is not set: a new dependency build script is skipped with a warning only.');
  const scripted = manifests.flatMap((m) => Object.keys(m.scripts ?? {}).filter((s) => LIFECYCLE.includes(s)).map((s) => `\`${m.path}\` ${s}`));
  add('install-time-execution', scripted.length === 0
    ? `None of the ${manifests.length} workspace package.json files has an install lifecycle script (${LIFECYCLE.join(', ')}).`
    : `Workspace install lifecycle scripts: ${scripted.join(', ')}.`);

  // pre-install-execution: nothing from the checkout is loaded by pnpm itself.
  const hooks: string[] = [];
  for (const f of ['.pnpmfile.cjs', '.pnpmfile.mjs', '.npmrc', '.yarnrc.yml', '.yarnrc']) if ((await read(f)) !== undefined) hooks.push(`\`${f}\``);
  add('pre-install-execution', hooks.length === 0 ? 'No `.pnpmfile.cjs`, `.npmrc` or `.yarnrc.yml`: pnpm loads no hook or setting from the checkout beyond pnpm-workspace.yaml.' : `Client files in the checkout: ${hooks.join(', ')}.`);
  if (/^managePackageManagerVersions:\s*false\s*$/m.test(workspace)) add('pre-install-execution', '`managePackageManagerVersions: false`: pnpm never downloads and switches to the version another `packageManager` field names.');
  const rootManifest = manifests.find((m) => m.path === 'package.json');
  if (rootManifest?.packageManager) add('pre-install-execution', `\`packageManager: ${rootManifest.packageManager}\` pins pnpm by version${/\+sha\d+\./.test(rootManifest.packageManager) ? ' and hash' : ' but not by hash, so Corepack cannot verify the download'}.`);

  // lockfile-integrity: the lock is committed, hashed, and installed frozen.
  const packages = result.inventory.packages.filter((p) => p.ecosystem === 'npm');
  const hashed = packages.filter((p) => p.integrity !== null).length;
  const lockVersion = /^lockfileVersion:\s*'?([\d.]+)/m.exec(lock ?? '')?.[1];
  add('lockfile-integrity', lock === undefined
    ? 'No pnpm-lock.yaml in the checkout.'
    : `[pnpm-lock.yaml](../pnpm-lock.yaml) (lockfile v${lockVersion ?? '?'}) is committed; ${hashed === packages.length ? 'every locked package carries an integrity hash' : `${hashed} of ${packages.length} locked packages carry an integrity hash`}.`);
  for (const [file, text] of [['.ci/run', ciRun], ['action.yml', action]] as const) {
    const installs = text.split('\n').filter((l) => /\binstall\b/.test(l) && !isCommentOrName(l));
    if (installs.length === 0) continue;
    const frozen = installs.every((l) => l.includes('--frozen-lockfile'));
    const release = /@inert\/cli@[\w.-]+/.exec(installs.join('\n'))?.[0];
    add('lockfile-integrity', release !== undefined
      ? `[${file}](../${file}) installs the released \`${release}\` by exact version into a directory of its own, without a lockfile: inert\u2019s packages and their direct dependencies are exact versions, their dependencies\u2019 dependencies resolve when the action runs (see [release.md](release.md#known-gaps)).`
      : `[${file}](../${file}) installs with ${frozen ? '`pnpm install --frozen-lockfile`, which fails instead of changing the lock' : `a command that may change the lock: \`${installs[0]!.trim()}\``}.`);
  }

  // name-identity and multi-source-resolution: inert's own packages never come from a registry.
  const names = new Set(manifests.map((m) => m.name).filter((n): n is string => Boolean(n)));
  const internal = manifests.flatMap((m) => Object.entries({ ...m.dependencies, ...m.devDependencies }).filter(([n]) => names.has(n)));
  const linked = internal.filter(([, spec]) => spec.startsWith('workspace:')).length;
  add('name-identity', `${linked === internal.length ? 'Every' : `${linked} of ${internal.length}`} dependency on one of inert\u2019s own packages uses \`workspace:\`, so pnpm links the local package and never looks the name up in a registry.`);
  const registry = packages.filter((p) => p.source.kind === 'registry').length;
  add('multi-source-resolution', `${registry === packages.length ? 'Every locked package' : `${registry} of ${packages.length} locked packages`} comes from the one configured registry (no \`.npmrc\`: the npm registry); no git, tarball or path dependency.`);

  // namespace-allocation and the publishing questions: what exists today.
  const published = manifests.filter((m) => m.private !== true && m.name);
  add('namespace-allocation', `Workspace package names: ${[...names].sort().map((n) => `\`${n}\``).join(', ')}. ${published.length} of them are not marked \`private\`.`);
  const thirdParty = manifests.filter((m) => m.private !== true).flatMap((m) => Object.entries(m.dependencies ?? {}).filter(([, s]) => !s.startsWith('workspace:')));
  const runtime = [...new Set(thirdParty.map(([n, s]) => `\`${n}@${s}\``))].sort();
  const exact = thirdParty.every(([, s]) => /^\d+\.\d+\.\d+$/.test(s));
  add('maintainer-lifecycle', `Third-party packages inert runs in-process (the \`dependencies\` of its packages): ${runtime.join(', ') || 'none'}. ${exact ? 'Each is pinned to an exact version in its manifest and by hash in the lock, so a new maintainer\u2019s release reaches inert only through a reviewed lock change.' : 'Some are version ranges in their manifest: the lock alone keeps a new release out.'}`);
  add('blast-radius', `The same ${runtime.length} runtime dependencies are the blast radius of a compromise for inert\u2019s users; development dependencies (vitest, TypeScript, …) run only on a developer\u2019s machine and in CI.`);
  const publishes = result.inventory.commands.filter((c) => c.action === 'publish');
  add('provenance', publishes.length === 0 ? 'No CI file in the checkout publishes anything: there is no release workflow.' : `Publish commands: ${publishes.map((c) => `\`${c.file}:${c.line}\``).join(', ')}.`);
  const cli = manifests.find((m) => m.name === '@inert/cli');
  if (cli?.files) add('provenance', `A package of \`inert\` would contain only the paths the \`files\` field of [${cli.path}](../${cli.path}) names (${cli.files.map((f) => `\`${f}\``).join(', ')}); \`dist\` is what \`tsc -b\` compiles from the sources in this checkout, and \`bundle\` (the \`inert\` bin) is \`dist\` bundled by rolldown (packages/cli/scripts/bundle.mjs, docs/decisions/0021).`);
  add('publish-credentials', publishes.length === 0 ? 'No publish command, so no publish token is used anywhere in CI.' : `${publishes.filter((c) => c.auth === 'token').length} of ${publishes.length} publish commands use a stored token.`);

  // own-supply-chain: the tools CI pulls in, and the grammars committed as binaries.
  const actions = action.split('\n').map(usesRef).filter((u) => u !== undefined).map((u) => `\`${u.action}@${u.ref}\` (${/^[0-9a-f]{40}$/.test(u.ref) ? 'a commit SHA' : 'a tag, not a commit SHA'})`);
  if (actions.length) add('own-supply-chain', `[action.yml](../action.yml) (inert as a GitHub Action) uses ${actions.join(', ')}.`);
  const npx = [...new Set([...`${ciRun}\n${action}`.matchAll(/npx -y (\S+)/g)].map((m) => m[1]!))];
  if (npx.length) add('own-supply-chain', `CI and the action run ${npx.map((n) => `\`${n}\``).join(', ')} through \`npx -y\`: pinned by exact version, which \`ci/adhoc-install\` accepts, but not by hash.`);
  add('own-supply-chain', await grammarFact(root));
  return facts;
}

/** The lines of a top-level YAML mapping (`key:` and its indented lines). */
/**
 * One `  name: true|false` line of the `allowBuilds` block, as `/^\s+'?([^':]+)'?:\s*(true|false)\s*$/m`
 * read it, one line at a time so no quantifier can trade characters with another (#20 class 3).
 */
export function allowBuild(line: string): { name: string; allowed: boolean } | undefined {
  if (!/^\s/.test(line)) return undefined;
  const text = line.trim();
  const colon = text.indexOf(':');
  const value = text.slice(colon + 1).trim();
  if (colon < 0 || (value !== 'true' && value !== 'false')) return undefined;
  const name = text.slice(0, colon).replace(/^'|'$/g, '');
  return name === '' || name.includes("'") ? undefined : { name, allowed: value === 'true' };
}

/** A comment or a step's `name:` line: `/^\s*(#|-?\s*name:)/` without its two overlapping `\s*`. */
export function isCommentOrName(line: string): boolean {
  const text = line.trimStart();
  return text.startsWith('#') || /^-?\s*name:/.test(text);
}

/**
 * `uses: owner/repo@ref` on one line, as `/^\s*(?:-\s*)?uses:\s*(\S+)@(\S+)/m` read it: the ref
 * after the last `@` that has a character after it (#20 class 3).
 */
export function usesRef(line: string): { action: string; ref: string } | undefined {
  const word = /^\s*(?:-\s*)?uses:\s*(\S+)/.exec(line)?.[1];
  const at = word === undefined ? -1 : word.lastIndexOf('@', word.length - 2);
  return word === undefined || at < 1 ? undefined : { action: word.slice(0, at), ref: word.slice(at + 1) };
}

function yamlBlock(text: string, key: string): string {
  const m = new RegExp(`^${key}:\\s*\\n((?:[ \\t]+.*\\n?)*)`, 'm').exec(text);
  return m?.[1] ?? '';
}

/** Whether every WASM grammar committed in packages/syntax matches its line in SHA256SUMS. */
async function grammarFact(root: string): Promise<string> {
  const dir = 'packages/syntax/grammars';
  const sums = await readFile(join(root, dir, 'SHA256SUMS'), 'utf8').catch(() => undefined);
  if (sums === undefined) return `No \`${dir}/SHA256SUMS\`.`;
  const mismatched: string[] = [];
  const entries = [...sums.matchAll(/^([0-9a-f]{64})\s+\*?(\S+)$/gm)];
  for (const [, hash, file] of entries) {
    const bytes = await readFile(join(root, dir, file!)).catch(() => undefined);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== hash) mismatched.push(`\`${file}\``);
  }
  return mismatched.length === 0
    ? `The ${entries.length} tree-sitter grammars are committed as WASM files in [${dir}](../${dir}/) and match [SHA256SUMS](../${dir}/SHA256SUMS); \`@inert/syntax\` checks the hash again when it loads one. No native addon is built.`
    : `Grammars that do not match ${dir}/SHA256SUMS: ${mismatched.join(', ')}.`;
}
