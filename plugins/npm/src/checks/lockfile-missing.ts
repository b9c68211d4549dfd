/** A manifest with dependencies and no lockfile for its client. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import { counted, defineCheck, matchesGlob } from '@inert/core';
import { isMember } from '../load/index.js';
import { dirOf, isInside } from '../load/paths.js';
import type { Manifest, NpmModel } from '../model.js';
import { packageLockOffAt } from '../npm-project.js';
import { lockfileMissingMeta } from './lockfile-missing.meta.js';

export const lockfileMissing = defineCheck<NpmModel>()({
  ...lockfileMissingMeta,
  run(model, report) {
    // A published package has no lockfile by design: its consumers' locks pin it (npm does not even pack package-lock.json).
    if (model.packageMode) return;
    const byDir = new Map(model.manifests.map((m) => [m.dir, m]));
    for (const m of model.manifests) {
      if (m.dependencyCount === 0 || locked(model, m)) continue;
      // Only the .npmrc of npm's project directory for this package counts (npm-project.ts), not any above it.
      const off = packageLockOffAt(model, m.dir);
      const shipped = off ? undefined : publishedBy(byDir, m);
      if (shipped) {
        report({
          messageId: 'template',
          severity: 'low',
          data: {
            package: m.name ?? (m.dir || '(root)'),
            dependencies: counted(m.dependencyCount, 'dependency', { many: 'dependencies' }),
            parent: shipped.parent.path,
            pattern: shipped.pattern,
          },
          at: { doc: m.doc, route: [m.dependencyField ?? 'dependencies'], part: 'key' },
          key: m.path,
        });
        continue;
      }
      const data = {
        package: m.name ?? (m.dir || '(root)'),
        dependencies: counted(m.dependencyCount, 'dependency', { many: 'dependencies' }),
        npmrc: off?.rc.path ?? '',
      };
      report({
        messageId: off ? 'disabled' : 'missing',
        data,
        at: { doc: m.doc, route: [m.dependencyField ?? 'dependencies'], part: 'key' },
        ...(off ? { related: [{ file: off.rc.path, line: off.line }] } : {}),
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
