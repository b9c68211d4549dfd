/** A manifest with dependencies and no lockfile for its client. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import { defineCheck } from '@inert/core';
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
  confidence: 'high',
  messages: {
    missing: '{package} declares {count} dependencies and has no lockfile: every install resolves versions afresh',
    disabled:
      '{package} declares {count} dependencies and {npmrc} sets package-lock=false: no lockfile is ever written',
  },
  remediation:
    'Commit the lockfile your client writes (`npm install --package-lock-only`), and install with `npm ci` in CI.',
  limitations:
    'A package that is only published (a library) may leave its lockfile out on purpose; its consumers lock it. Workspace membership is read from package.json `workspaces`, pnpm-workspace.yaml presence and package-lock `packages` keys.',
  reads: ['manifest', 'lockfile', 'client-config'],
  examples: {
    bad: ['lockfile-missing--no-lock', 'lockfile-missing--package-lock-false'],
    good: ['clean--npm-ci-with-lockfile', 'clean--workspace-member-shares-root-lock'],
  },
  since: 'next',
  run(model, report) {
    // A published package has no lockfile by design: its consumers' locks pin it (npm does not even pack package-lock.json).
    if (model.packageMode) return;
    for (const m of model.manifests) {
      if (m.dependencyCount === 0 || locked(model, m)) continue;
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
