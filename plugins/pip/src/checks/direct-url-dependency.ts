/** git or archive URL dependencies not pinned to a commit or a hash. https://packaging.python.org/en/latest/specifications/direct-url/ · https://pip.pypa.io/en/stable/topics/vcs-support/ */
import { defineCheck, type PackageRef, type Pointer } from '@inert/core';
import { hasLock, setupCfgRequires } from '../facts.js';
import { hasHashFragment, isCommitId, isLocalPath, isVcsUrl, parseSpec, redact, vcsRef } from '../load/pep508.js';
import type { PipModel } from '../model.js';
import { directUrlDependencyMeta } from './direct-url-dependency.meta.js';

export const directUrlDependency = defineCheck<PipModel>()({
  ...directUrlDependencyMeta,
  run(model, report) {
    const check = (
      name: string,
      url: string,
      ref: string | undefined,
      at: Pointer,
      hashed: boolean,
      lowered: boolean,
    ): void => {
      if (isLocalPath(url) && !isVcsUrl(url)) return;
      const sev = lowered ? { severity: 'low' as const } : {};
      const pkg: { package: PackageRef } = { package: { name } };
      if (isVcsUrl(url)) {
        const r = ref ?? vcsRef(url);
        if (!isCommitId(r))
          report({
            messageId: 'vcsUnpinned',
            data: { name, url: redact(url), ref: r ?? 'the default branch' },
            at,
            key: name,
            ...pkg,
            ...sev,
          });
      } else if (!hashed && !hasHashFragment(url))
        report({ messageId: 'archiveUnhashed', data: { name, url: redact(url) }, at, key: name, ...pkg, ...sev });
    };
    for (const file of model.requirements) {
      for (const r of file.requirements) {
        if (r.url === undefined) continue;
        check(
          r.name ?? r.url,
          r.url,
          undefined,
          { file: file.path, line: r.line, column: r.column },
          r.hashes.length > 0,
          false,
        );
      }
    }
    for (const t of model.tomls) {
      const locked = hasLock(model, t.dir);
      for (const d of t.dependencies) {
        if (d.url === undefined) continue;
        const url = d.git && !/^(?:git\+|git:)/.test(d.url) ? `git+${d.url}` : d.url;
        const ref = d.git ? d.ref : undefined;
        // uv, Poetry and PDM locks record the file hashes of URL dependencies: with a lock, only git refs matter.
        if (locked && !d.git && !isVcsUrl(url)) continue;
        if (d.git && d.refKind !== 'rev' && ref !== undefined) {
          report({
            messageId: 'vcsUnpinned',
            data: { name: d.name, url: redact(d.url), ref: `${d.refKind ?? 'ref'} ${ref}` },
            at: d.at,
            key: d.name,
            package: { name: d.name },
            ...(locked ? { severity: 'low' as const } : {}),
          });
          continue;
        }
        check(d.name, url, ref, d.at, false, locked);
      }
    }
    for (const cfg of model.setupCfgs) {
      for (const v of setupCfgRequires(cfg)) {
        const p = parseSpec(v.value);
        if (p.url !== undefined)
          check(p.name ?? p.url, p.url, undefined, { file: cfg.path, line: v.line, column: v.column }, false, false);
      }
    }
    for (const s of model.setupPys) {
      for (const r of s.requires)
        if (r.url !== undefined)
          check(r.name, r.url, undefined, { file: s.path, line: r.line, column: r.column }, false, false);
    }
  },
});
