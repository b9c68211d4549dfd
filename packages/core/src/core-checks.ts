/** The core's own checks: what the scan could not read or would not follow. Emitted by the core. */
import type { CheckMeta } from './check.js';

export const unparsedFile = {
  id: 'unparsed-file',
  question: 'lockfile-integrity',
  title: 'A claimed file could not be read or parsed',
  description:
    'A file that a plugin claims (a manifest, lockfile, client config) could not be read or parsed: a syntax error, an encoding inert does not read, a size, depth or alias limit, or a file that is not a regular file. Also reported for directories the walk could not enter. The answers that depend on the file become `unknown`: inert never skips a claimed file silently. Each one makes the scan incomplete (exit 3, said in every format): a file inert could not read may be one the client reads differently.',
  severity: 'info',
  confidence: 'high',
  messages: {
    unreadable: '{path} could not be read: {reason}; answers that depend on it are unknown',
    invalid: '{path} could not be parsed: {reason}; answers that depend on it are unknown',
    limit: '{path} was not analysed: {reason}; answers that depend on it are unknown',
    'not-regular': '{path} is {reason} and was not opened; answers that depend on it are unknown',
    directory: '{path}: {reason}',
  },
  remediation:
    'Fix the file (or the limit, with `--config`) so that inert can read it; a file the package manager accepts but inert cannot parse is worth an issue.',
  limitations:
    'The question the finding belongs to is the one the file mostly answers; every question that reads the file becomes unknown.',
  reads: ['manifest', 'lockfile', 'client-config', 'registry-config', 'build-script', 'ci', 'credentials'],
  examples: { bad: ['unparsed-file--invalid-package-lock'], good: ['clean--strict-install-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;

export const symlinkNotFollowed = {
  id: 'symlink-not-followed',
  question: 'lockfile-integrity',
  title: 'A symbolic link in the checkout was not followed',
  description:
    'A symbolic link inside the checkout that would have been claimed (its name matches a plugin rule) or that points at a directory. inert never follows links: a hostile checkout could point them outside the root (at /etc/passwd, at the user\u2019s home) or make loops.',
  severity: 'info',
  confidence: 'high',
  messages: {
    file: '{path} is a symbolic link and was not followed; the package manager would read its target',
    directory: '{path} is a symbolic link to a directory and was not followed; files under it were not scanned',
  },
  remediation: 'Replace the link by the file itself if inert should read it, or scan the link target as its own root.',
  limitations: 'Where the link points is not read, so what the package manager would see through it is unknown.',
  reads: ['manifest', 'lockfile', 'client-config'],
  examples: { bad: ['symlink-not-followed--linked-lockfile'], good: ['clean--strict-install-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;

export const opaqueManifest = {
  id: 'opaque-manifest',
  question: 'pre-install-execution',
  title: 'A program-like manifest could not be read statically',
  description:
    'A manifest that is a program (a build script or a hooks file the package manager runs to read it; each ecosystem page lists its own) computes facts inert needs (names, versions, sources) in ways a static reader cannot follow: computed strings, loops, interpolation, eval. inert says which facts it could not determine instead of guessing.',
  severity: 'info',
  confidence: 'high',
  messages: {
    opaque: '{path}: {reason}; could not determine {facts} without running it',
  },
  remediation:
    'Prefer declarative manifests (a project file, a version catalog) for the facts named, or review the file by hand.',
  limitations: 'inert does not evaluate the program, so the facts named stay unknown.',
  reads: ['manifest', 'build-script'],
  examples: { bad: ['opaque-manifest--computed-build-script'], good: ['clean--strict-install-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;

export const inlineSuppression = {
  id: 'inline-suppression',
  question: 'own-supply-chain',
  title: 'An inert-ignore comment has no reason, or suppresses nothing',
  description:
    'An `inert-ignore <check>: <reason>` comment accepts a finding on its own line or the line below. A comment without a reason suppresses nothing (like ESLint\u2019s `-- reason`, the reason is what a reviewer reads later); a comment that matches no finding (the check id is misspelt, the hazard was fixed, the line moved) is dead and would silently accept a future finding there. Only reported when inline suppressions are honoured (not with `--untrusted`).',
  severity: 'low',
  confidence: 'high',
  messages: {
    'no-reason':
      'inert-ignore {checks} has no reason, so it suppresses nothing: write `inert-ignore {checks}: <why it is accepted>`',
    unused:
      'inert-ignore {checks} suppresses no finding: remove it (the hazard is gone, the line moved, or the check id is wrong)',
  },
  remediation:
    'Give every inert-ignore comment a reason after a colon; delete comments that no longer suppress anything.',
  limitations: 'Comments are looked for in the files plugins read (not in JSON, which has no comments).',
  reads: ['manifest', 'lockfile', 'client-config', 'registry-config', 'build-script', 'ci'],
  examples: { bad: ['inline-suppression--no-reason-and-unused'], good: ['clean--strict-install-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;

export const CORE_CHECKS: readonly CheckMeta[] = [unparsedFile, symlinkNotFollowed, opaqueManifest, inlineSuppression];
