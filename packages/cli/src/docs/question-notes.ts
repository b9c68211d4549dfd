/**
 * Hand-written prose of the generated question pages (docs/questions/<id>.md): what a table of
 * facts and a list of checks cannot say. Markdown, placed after the comparison table.
 */
import type { QuestionId } from '@inert/core';

export const QUESTION_NOTES: Partial<Record<QuestionId, string>> = {
  'own-supply-chain': `## inert itself

[own-supply-chain.md](../own-supply-chain.md) asks this question, and every other one, of inert: its
committed lock and frozen installs, the dependency build scripts pnpm refuses, the actions and tools
its CI pulls in, the hash-pinned WASM grammars, and what exists today for publishing. It is generated
from a scan of inert's own checkout, and a test fails when it no longer matches.`,
  'lockfile-integrity': `## Does CI use the strict install?

A lockfile only protects what installs from it strictly. inert reads CI files (GitHub Actions
workflows and composite actions, GitLab CI with local includes, Dockerfiles, and shell scripts a CI
step runs by path inside the checkout) with a small shell-word splitter — quotes, escapes, line
continuations, \`&&\`/\`||\`/\`;\`/\`|\`, redirections, heredocs, \`sh -c "…"\` bodies, \`sudo\`/\`env\` wrappers,
and literal matrix values — so each ecosystem's rules see argv, not substrings. Each install command
is classified with the client's real defaults:

| classification | meaning | examples |
| --- | --- | --- |
| strict | installs exactly the lock, fails if it does not match | \`npm ci\`, \`pnpm install\` in CI (frozen by default), \`yarn install --immutable\`, \`cargo build --locked\`, \`pip install --require-hashes -r r.txt\`, \`uv sync --locked\` |
| lax | may resolve afresh or rewrite the lock | \`npm install\`, \`cargo build\`, \`pip install -r r.txt\` (no hashes), \`bundle install\` not frozen |
| adhoc | installs a named package outside any lock | \`npm i -g x\`, \`pip install x\`, \`go install x@latest\`, \`cargo install x\` |
| local | installs local build outputs | \`pip install --no-index dist/*.whl\` |
| unknown | hidden behind a variable or \`eval\` | \`$PM install\` — listed, never guessed |

\`\`\`yaml
# reported: ci/lax-install (npm) at the line of \`npm install\`
- run: |
    npm install
    npm test
\`\`\`

Every classified command is in \`inventory.commands\` with its file, line and job.`,
  provenance: `## What a checkout shows

A release workflow is in the tree. inert reads GitHub Actions workflows, composite actions, GitLab CI
(with local includes) and Dockerfiles, splits every \`run:\`/\`script:\`/\`RUN\` into commands, and asks each
ecosystem's command rules what a publish command does:

- **Can the job mint an OIDC token?** GitHub: \`permissions: id-token: write\` (job or workflow) or
  \`write-all\`; GitLab: \`id_tokens:\`.
- **How is it authenticated?** \`oidc\` (trusted publishing), \`token\` (a stored secret such as
  \`NODE_AUTH_TOKEN\`, \`TWINE_PASSWORD\`, \`CARGO_REGISTRY_TOKEN\`, \`GEM_HOST_API_KEY\`, the PyPI action's
  \`password:\` input), \`job-token\` (the job's own short-lived token: \`GITHUB_TOKEN\` to GitHub Packages,
  GitLab's \`CI_JOB_TOKEN\`) or \`none-visible\`.
- **Is provenance produced?** e.g. \`npm publish --provenance\`.

Every publish command is listed in \`inventory.commands\` with \`auth\` and \`provenance\`.

\`\`\`yaml
# reported: ci/publish-without-provenance (and ci/publish-long-lived-token for the secret)
permissions:
  id-token: write
steps:
  - run: npm publish
    env:
      NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
\`\`\`

\`\`\`yaml
# not reported: trusted publishing with provenance
permissions:
  id-token: write
steps:
  - run: npm publish --provenance --access public
\`\`\``,
  'blast-radius': `## What a checkout shows

Registries remove malicious versions, but a lockfile, a mirror or a CI cache can still install them.
The downstream half of the answer is in the checkout: is any locked version a known-malicious one?

## Where to get the database

inert never downloads anything. Give it an [OSV](https://ossf.github.io/osv-schema/) database you
fetched yourself:

- OSV's bulk exports, one ZIP per ecosystem: \`https://osv-vulnerabilities.storage.googleapis.com/<ecosystem>/all.zip\`
  (\`npm\`, \`PyPI\`, \`crates.io\`, \`RubyGems\`, \`Go\`, \`Maven\`). They contain the \`MAL-\` reports of
  [ossf/malicious-packages](https://github.com/ossf/malicious-packages) and the vulnerability advisories.
- Or a checkout of \`ossf/malicious-packages\` (\`osv/malicious/...\`), or any directory of OSV JSON files.

\`\`\`sh
inert scan . --osv ~/osv/npm-all.zip              # MAL- matches become findings
inert scan . --osv ~/osv/ --advisories            # vulnerabilities too (medium)
\`\`\`

## What a match means

For every locked package with a version (the inventory), inert looks up advisories for the same
ecosystem and name — the name compared as the registry compares it (PEP 503 for PyPI, case and
\`-\`/\`_\` for crates.io, exact for npm, RubyGems, Go and Maven) — and checks, in this order:

1. \`affected[].versions\` lists the exact version → **listed**;
2. a \`SEMVER\` or \`ECOSYSTEM\` range contains it → **range**. Events are sorted and evaluated as the
   OSV schema says (\`introduced\` opens, \`fixed\` closes before, \`last_affected\` closes after;
   \`introduced: "0"\` is the start). ECOSYSTEM ordering is implemented per ecosystem: SemVer 2.0 for
   npm, crates.io and Go (with the \`v\` prefix), PEP 440 for PyPI (epochs, pre/post/dev releases),
   \`Gem::Version\` for RubyGems (prerelease letters), and Maven's ComparableVersion for the common
   qualifiers (alpha, beta, milestone, rc, snapshot, sp);
3. an advisory with neither versions nor ranges affects every version (common for malicious packages);
4. a range whose bounds cannot be ordered against the version → **could-not-compare**: reported
   honestly (a malicious match becomes a \`high\`, low-confidence finding asking for a manual check),
   never silently dropped. \`GIT\` ranges need the commit graph and match only through \`versions\`.

Withdrawn advisories are ignored. \`MAL-\` advisories (or advisories with a \`MAL-\` alias) become
\`<ecosystem>/known-malicious-version\` findings (critical). Other advisories are listed in
\`inventory.advisories\` and in the Markdown report; \`--advisories\` turns them into
\`<ecosystem>/known-vulnerable-version\` findings (medium).`,
};
