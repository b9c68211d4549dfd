// `node scripts/release-check.mjs <tag> [<owner/repo>]`: the release workflow's gate before anything is packed.
// A tag vX.Y.Z publishes only if every publishable package and the VERSION constant say X.Y.Z (SARIF helpUri
// and `inert --version` come from that constant), action.yml installs @inert/cli@X.Y.Z, and — when the GitHub
// repository is known — every package's `repository.url` names it: npm rejects a provenance statement whose source repository differs from the
// manifest's (E422), so a mismatch is caught here, before the first package of a release is up.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishablePackages } from './pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The problems that stop a release of `tag`; empty when it may go ahead. */
export function releaseProblems(
  tag,
  repository,
  packages = publishablePackages(),
  versionSource = readFileSync(join(root, 'packages/core/src/version.ts'), 'utf8'),
  action = readFileSync(join(root, 'action.yml'), 'utf8'),
) {
  const problems = [];
  const version = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag ?? '')?.[1];
  if (version === undefined) return [`tag ${JSON.stringify(tag ?? '')} is not vX.Y.Z`];
  const constant = /export const VERSION = '([^'\n]*)'/.exec(versionSource)?.[1];
  if (constant !== version)
    problems.push(
      `packages/core/src/version.ts says VERSION = ${JSON.stringify(constant ?? null)}, the tag says ${version}`,
    );
  // The GitHub Action of this tag runs the CLI of this tag.
  const pinned = [...action.matchAll(/@inert\/cli@([^\s"']+)/g)].map((m) => m[1]);
  if (pinned.length === 0) problems.push('action.yml installs no pinned @inert/cli@<version>');
  for (const v of pinned)
    if (v !== version) problems.push(`action.yml installs @inert/cli@${v}, the tag says ${version}`);
  const expectedUrls = repository
    ? new Set([
        `https://github.com/${repository}`,
        `git+https://github.com/${repository}.git`,
        `https://github.com/${repository}.git`,
      ])
    : undefined;
  for (const { manifest } of packages) {
    if (manifest.version !== version)
      problems.push(`${manifest.name} is version ${manifest.version}, the tag says ${version}`);
    if (expectedUrls) {
      const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
      if (!expectedUrls.has(url))
        problems.push(
          `${manifest.name}: repository.url is ${JSON.stringify(url ?? null)}; npm provenance needs "git+https://github.com/${repository}.git"`,
        );
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = releaseProblems(process.argv[2], process.argv[3]);
  for (const p of problems) console.error(`release-check: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`release-check: ${process.argv[2]} matches every publishable package`);
}
