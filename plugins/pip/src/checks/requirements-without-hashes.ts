/** Pinned requirements files without `--hash`, and pip's all-or-nothing hash rule. https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode */
import { defineCheck } from '@inert/core';
import { includeClosure } from '../load/include-closure.js';
import { hasHashFragment } from '../load/pep508.js';
import type { PipModel, Requirement } from '../model.js';
import { requirementsWithoutHashesMeta } from './requirements-without-hashes.meta.js';

const hashed = (r: Requirement): boolean => r.hashes.length > 0 || (r.url !== undefined && hasHashFragment(r.url));

/**
 * Requirements pip cannot hash at all: in hash-checking mode it refuses the whole install rather than
 * install them unverified (pip src/pip/_internal/exceptions.py `VcsHashUnsupported`,
 * `DirectoryUrlHashUnsupported`; an editable "cannot be installed when requiring hashes", operations/prepare.py). Nothing
 * unverified gets in, so they are not this check's hazard (a git URL's pin is pip/direct-url-dependency's).
 */
const unhashable = (r: Requirement): boolean => {
  if (r.editable) return true;
  const url = r.url?.split(/[#?]/)[0];
  if (url === undefined) return false;
  if (/^(?:git|hg|svn|bzr)\+/i.test(url)) return true;
  // a local path (`./libs/x`, `file:///src/x`) that is not an archive: a directory
  const local = url.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(url);
  return local && !/\.(?:whl|zip|tar|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz)$/i.test(url);
};

export const requirementsWithoutHashes = defineCheck<PipModel>()({
  ...requirementsWithoutHashesMeta,
  run(model, report) {
    const reported = new Set<string>();
    for (const file of model.requirements) {
      if (file.role !== 'install') continue;
      const closure = includeClosure(file, model.requirements).filter((f) => f.role === 'install');
      const all = closure.flatMap((f) => f.requirements.map((r) => ({ f, r })));
      // Only `--hash` (or --require-hashes) turns hash-checking mode on; a URL `#sha256=` satisfies it but does not trigger it.
      const anyHash =
        all.some(({ r }) => r.hashes.length > 0) ||
        closure.some((f) => f.options.some((o) => o.name === 'require-hashes'));
      if (anyHash) {
        for (const { f, r } of all) {
          if (hashed(r) || unhashable(r)) continue;
          const key = `${f.path}:${r.line}`;
          if (reported.has(key)) continue;
          reported.add(key);
          report({
            messageId: 'partial',
            data: { name: r.name ?? r.text, path: file.path },
            at: { file: f.path, line: r.line, column: r.column },
            ...(r.name ? { package: { name: r.name } } : {}),
          });
        }
        continue;
      }
      const own = file.requirements;
      if (own.length === 0 || !own.every((r) => r.pinned)) continue;
      const first = own[0]!;
      report({
        messageId: 'noHashes',
        data: { path: file.path, count: own.length },
        at: { file: file.path, line: first.line, column: first.column },
      });
    }
  },
});
