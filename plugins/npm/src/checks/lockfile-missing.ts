/** A manifest with dependencies and no lockfile for its client. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import { defineCheck, matchesGlob } from '@inert/core';
import { isMember } from '../load/index.js';
import { npmrcValue } from '../load/npmrc.js';
import { dirOf, isInside } from '../load/paths.js';
import type { Manifest, NpmModel } from '../model.js';

export const lockfileMissing = defineCheck<NpmModel>()({
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'Dependencies are declared but nothing is locked',
  description:
    'A package.json declares dependencies, and neither its directory nor a workspace root that includes it has a lockfile (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock). Every install resolves ranges afresh: a newly published (or hijacked) version is picked up without review, and no content hash is checked.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the package.json is a project of the checkout: nothing locks what its install resolves',
    },
    {
      severity: 'low',
      when: 'the package.json sits inside the published `files` of a package.json above it (`"files": ["template-*"]`, as create-vite ships 16 project templates): it is content a scaffolding tool copies out, and the scaffolded project\u2019s own first install writes its lock',
    },
  ],
  confidence: 'high',
  messages: {
    missing: '{package} declares {count} dependencies and has no lockfile: every install resolves versions afresh',
    template:
      '{package} declares {count} dependencies and has no lockfile, but it is published content of {parent} (`files`: `{pattern}`): a template its users copy out, whose first install resolves versions afresh and writes their lock',
    disabled:
      '{package} declares {count} dependencies and {npmrc} sets package-lock=false: no lockfile is ever written',
  },
  remediation:
    'Commit the lockfile your client writes (`npm install --package-lock-only`), and install with `npm ci` in CI.',
  limitations:
    'A package that is only published (a library) may leave its lockfile out on purpose; its consumers lock it. A template is recognised only by the `files` of a package.json above it (the first 1,000 entries of each), not by how a scaffolding tool copies it. Workspace membership is read from package.json `workspaces`, pnpm-workspace.yaml presence and package-lock `packages` keys.',
  reads: ['manifest', 'lockfile', 'client-config'],
  examples: {
    bad: ['lockfile-missing--no-lock', 'lockfile-missing--package-lock-false', 'lockfile-missing--published-template'],
    good: ['clean--npm-ci-with-lockfile', 'clean--workspace-member-shares-root-lock'],
  },
  since: 'next',
  run(model, report) {
    // A published package has no lockfile by design: its consumers' locks pin it (npm does not even pack package-lock.json).
    if (model.packageMode) return;
    const byDir = new Map(model.manifests.map((m) => [m.dir, m]));
    for (const m of model.manifests) {
      if (m.dependencyCount === 0 || locked(model, m)) continue;
      const shipped = npmrcOff(model, m) ? undefined : publishedBy(byDir, m);
      if (shipped) {
        report({
          messageId: 'template',
          severity: 'low',
          data: {
            package: m.name ?? (m.dir || '(root)'),
            count: m.dependencyCount,
            parent: shipped.parent.path,
            pattern: shipped.pattern,
          },
          at: { doc: m.doc, route: [m.dependencyField ?? 'dependencies'], part: 'key' },
          key: m.path,
        });
        continue;
      }
      const npmrc = model.npmrcs
        .filter((n) => isInside(m.dir, n.dir))
        .find((n) => npmrcValue(n, 'package-lock')?.value === 'false');
      const data = { package: m.name ?? (m.dir || '(root)'), count: m.dependencyCount, npmrc: npmrc?.path ?? '' };
      report({
        messageId: npmrc ? 'disabled' : 'missing',
        data,
        at: { doc: m.doc, route: [m.dependencyField ?? 'dependencies'], part: 'key' },
        ...(npmrc ? { related: [{ file: npmrc.path, line: npmrcValue(npmrc, 'package-lock')!.line }] } : {}),
        key: m.path,
      });
    }
  },
});

function locked(model: NpmModel, m: Manifest): boolean {
  const lockDirs = model.lockfilePaths.map(dirOf);
  if (lockDirs.includes(m.dir)) return true;
  // a member shares its workspace root's lock (package.json workspaces, pnpm-workspace.yaml packages, lock importers)
  return lockDirs.some(
    (dir) =>
      isMember(model, m, dir) ||
      (dir !== m.dir &&
        isInside(m.dir, dir) &&
        model.pnpmWorkspaces.some((w) => w.dir === dir && !Array.isArray(w.value.packages))),
  );
}

function npmrcOff(model: NpmModel, m: Manifest): boolean {
  return model.npmrcs.some((n) => isInside(m.dir, n.dir) && npmrcValue(n, 'package-lock')?.value === 'false');
}

/** The nearest package.json above `m` whose `files` list includes m's directory, and the entry that does. */
function publishedBy(
  byDir: ReadonlyMap<string, Manifest>,
  m: Manifest,
): { parent: Manifest; pattern: string } | undefined {
  const segments = m.dir === '' ? [] : m.dir.split('/');
  for (let up = segments.length - 1; up >= 0; up--) {
    const parent = byDir.get(segments.slice(0, up).join('/'));
    const files = parent?.json.files;
    if (!parent || !Array.isArray(files)) continue;
    const rest = segments.slice(up);
    for (const entry of files.slice(0, 1000)) {
      if (typeof entry !== 'string' || entry.startsWith('!')) continue;
      let pattern = entry.replace(/^\.?\//, '');
      while (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
      if (!pattern) continue;
      // A listed directory is packed with everything below it (https://docs.npmjs.com/cli/configuring-npm/package-json#files):
      // any leading run of m's path may match.
      for (let n = 1; n <= rest.length; n++)
        if (matchesGlob(rest.slice(0, n).join('/'), pattern, { anchored: true })) return { parent, pattern: entry };
    }
  }
  return undefined;
}
