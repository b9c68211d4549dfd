/** Pinned requirements files without `--hash`, and pip's all-or-nothing hash rule. https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode */
import { defineCheck } from '@inert/core';
import { includeClosure } from '../load/include-closure.js';
import { hasHashFragment } from '../load/pep508.js';
import type { PipModel, Requirement } from '../model.js';

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
  id: 'requirements-without-hashes',
  question: 'lockfile-integrity',
  title: 'A requirements file pins versions but not the bytes',
  description:
    'A requirements file where every requirement is pinned with `==` is used as a lock, but without `--hash` pip accepts whatever file the index serves for that version. pip\u2019s hash-checking mode is all-or-nothing: one `--hash` (in the file or in a file it includes with `-r`) makes pip require hashes on every requirement, so lines without one break the install, or with pip 26.2 `--no-require-hashes` are silently not verified.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    noHashes: '{path} pins {count} requirements with == but has no --hash: the index decides which bytes are installed',
    partial: '{name} has no --hash while {path} is installed in hash-checking mode (other requirements carry hashes)',
  },
  remediation:
    'Generate hashes (`pip-compile --generate-hashes`, `uv pip compile --generate-hashes`) and install with `--require-hashes`.',
  limitations:
    'Files installed together from CI (`pip install -r a.txt -r b.txt`) are not combined; hashes are not checked against the index (inert is offline). In hash-checking mode, git (and other VCS) URLs, local directories and editables are not reported: pip cannot hash them and refuses the whole install instead of installing them unverified.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['requirements-without-hashes--pinned-no-hashes', 'requirements-without-hashes--partial'],
    good: ['clean--requirements-hashed', 'clean--require-hashes-with-git-and-path'],
  },
  since: 'next',
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
