/** Git dependencies that follow a branch, a tag or a named ref instead of a commit. https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html#specifying-dependencies-from-git-repositories */
import { defineCheck } from '@inert/core';
import type { CargoModel, Dependency } from '../model.js';
import { gitDependencyUnpinnedMeta } from './git-dependency-unpinned.meta.js';

// `rev` is anything git can resolve: a hash, or a named ref such as `refs/pull/493/head`.
const COMMIT = /^[0-9a-f]{7,64}$/i;

export const gitDependencyUnpinned = defineCheck<CargoModel>()({
  ...gitDependencyUnpinnedMeta,
  run(model, report) {
    const check = (d: Dependency, doc: CargoModel['manifests'][number]['doc']) => {
      if (!d.git) return;
      const messageId =
        d.rev !== undefined
          ? COMMIT.test(d.rev)
            ? undefined
            : 'namedRev'
          : d.branch !== undefined
            ? 'branch'
            : d.tag !== undefined
              ? 'tag'
              : 'default';
      if (!messageId) return;
      report({
        messageId,
        data: { name: d.name, ref: d.rev ?? d.branch ?? d.tag ?? '', git: d.git },
        at: { doc, route: d.route, part: 'key' },
        package: { name: d.name },
        key: d.route.join('.'),
      });
    };
    for (const m of model.manifests) for (const d of m.dependencies) check(d, m.doc);
    for (const c of model.configs) for (const d of c.patches) check(d, c.doc);
  },
});
