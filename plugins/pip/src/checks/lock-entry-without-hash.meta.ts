/** The metadata of pip/lock-entry-without-hash: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockEntryWithoutHashMeta = {
  id: 'lock-entry-without-hash',
  question: 'lockfile-integrity',
  title: 'A lock entry pins a version but not the bytes of its files',
  description:
    'poetry.lock, uv.lock, pdm.lock and Pipfile.lock record a hash per distribution file; the installer compares downloads against them. An entry from a registry or URL whose files have no hash (or, in poetry.lock, an empty `files` list: Poetry then checks nothing) installs whatever bytes are served. git, path, directory, editable and workspace entries have no file hashes by design and are not reported.',
  severity: 'medium',
  severityRule: [
    { severity: 'high', when: 'a Poetry lock entry lists no files at all: Poetry installs it with nothing to check' },
    { severity: 'medium', when: 'a lock entry has no hashes, or some of its files have none' },
  ],
  confidence: 'high',
  messages: {
    missing: '{name}@{version} in {lock} has {count} file(s) without a hash: the downloaded bytes are not verified',
    noFiles:
      '{name}@{version} in {lock} lists no files or hashes: the installer has nothing to verify the download against',
  },
  remediation:
    'Regenerate the lock with the current client (`poetry lock`, `uv lock`, `pdm lock`, `pipenv lock`) and review why hashes were missing.',
  limitations:
    'Hashes are not checked against the index (inert is offline); Pipfile.lock lists hashes without file names, so a partial set is not detectable.',
  reads: ['lockfile'],
  examples: { bad: ['lock-entry-without-hash--poetry-and-uv'], good: ['clean--uv-project-locked'] },
  since: 'next',
} as const satisfies CheckMeta;
