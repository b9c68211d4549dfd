/** The metadata of pip/requirements-without-hashes: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const requirementsWithoutHashesMeta = {
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
} as const satisfies CheckMeta;
