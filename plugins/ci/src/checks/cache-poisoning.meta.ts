/** The metadata of ci/cache-poisoning: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const cachePoisoningMeta = {
  id: 'cache-poisoning',
  question: 'pre-install-execution',
  title: 'A release or publish job restores a cache that less-trusted runs can write',
  description:
    'GitHub Actions caches are scoped by branch, and a run on a tag or a release branch may restore what any run on the default branch saved (https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache). Runs on the default branch include `pull_request_target`, `issue_comment`, `workflow_run` and other events an outsider fires. Until 2026-06-26 any code in such a run could write that cache, whatever its `permissions:`; since then github.com gives these runs a read-only cache token unless the workflow or job sets `cache-mode: write` or `write-only` (https://github.blog/changelog/2026-06-26-read-only-actions-cache-for-untrusted-triggers/, https://github.blog/changelog/2026-09-10-control-github-actions-cache-access-with-cache-mode). Every `push`, `schedule` or `workflow_dispatch` run on the default branch still writes it, so code injected into one, or a compromised dependency of an ordinary build, reaches the release just the same. A job that builds what it publishes after restoring a cache (`actions/cache`, or a setup action with caching on: `setup-node` with `cache: npm`, `setup-python` with `cache: pip`, `setup-go` and `setup-gradle` by default, `Swatinem/rust-cache` \u2026) therefore builds with whatever an earlier, less-trusted run left in it: dependencies, compilers, build outputs. In December 2024 a branch name injected into a `pull_request_target` workflow of Ultralytics ran the attacker\u2019s code, which poisoned the cache that the release workflow restored; ultralytics 8.3.41 and 8.3.42 were published to PyPI, through Trusted Publishing and with valid attestations, carrying a cryptocurrency miner (https://blog.pypi.org/posts/2024-12-11-ultralytics-attack-analysis/, https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection). In May 2026 the same route let a fork\u2019s pull request publish malicious @tanstack packages (https://tanstack.com/blog/incident-followup). GitHub\u2019s dependency-caching reference gives the mechanics: a run that finds nothing in its own branch falls back to the default branch\u2019s caches, `restore-keys` match as prefixes, an existing cache\u2019s contents cannot be changed, and a repository\u2019s caches are capped (10 GB by default) with entries evicted beyond that (https://docs.github.com/en/actions/reference/workflows-and-actions/dependency-caching, as of github/docs 6a4a926b). So an entry written first in the default branch\u2019s scope is restored by every workflow whose key or `restore-keys` prefix it matches, and an existing entry can be evicted by filling the quota \u2014 the technique Adnan Khan published in May 2024 as \u201cThe Monsters in Your Build Cache\u201d. This check therefore also matches keys across workflows: each key a step of an outsider-fired workflow saves in a job whose `cache-mode` grants write (`actions/cache` and `actions/cache/save` by their `key:`; setup actions by the key they compute, `node-cache-<os>-<arch>-npm-<hash>` for `setup-node` with `cache: npm`) is compared with each key a step elsewhere restores, exactly (`key:`) or as a prefix (`restore-keys:`), statically: literal text compared, `runner.os`/`runner.arch` equal only to themselves, `hashFiles(\u2026)` and `github.sha` one word of any characters but `-`, any other expression any text. A match names the writing step in the message, raises a release job that is not seen to publish from low to medium, and is reported in any other workflow (a `push` deploy, a scheduled job) whose job shows secrets, a write-scoped token or OIDC. A job counts as a release when its workflow runs on `release`, a `push` of tags or a `push` to a branch named for releases, or when the job publishes (a publish command or action of any ecosystem, `softprops/action-gh-release`, `goreleaser`, `docker/build-push-action` with `push: true` \u2026), as zizmor\u2019s cache-poisoning audit reads them; the cache-aware actions and the inputs that turn their caching on or off follow that audit\u2019s table.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'the workflow publishes (in this job, or in another job that can take this one\u2019s output) and a workflow of the checkout runs on a trigger an outsider fires in the default branch\u2019s context (`pull_request_target`, `issue_comment`, `issues`, `workflow_run` \u2026) with `cache-mode: write`, `write-only` or an expression on the workflow or a job, which gives its runs back the cache write GitHub otherwise withholds: a known route for an outsider\u2019s code to write the cache this job restores; the message names it, and whether it uses a cache itself; or in a workflow that is not a release, the job shows secrets, a write-scoped token or OIDC and restores a key (exactly or by a `restore-keys` prefix) that a step of such a workflow saves: the message names that step and both keys',
    },
    {
      severity: 'medium',
      when: 'the workflow only runs on a release trigger and nothing in it is seen to publish, but a step of an outsider-fired workflow that may write the cache saves a key this step restores; or the workflow publishes and no such workflow is in the checkout (outsider-fired workflows without a write `cache-mode` get a read-only cache token): the cache is still written by every push, schedule or manual run on the default branch, so code injected there, or a compromised dependency or tool in an ordinary build, can poison the release',
    },
    {
      severity: 'low',
      when: 'the workflow only runs on a release trigger (tags, `release`, a release branch) and nothing in it publishes: often a test run on tags, which matters only if what it builds is released elsewhere',
    },
  ],
  confidence: 'medium',
  messages: {
    restores: '`{uses}` in job {job} restores a cache ({how}) in a release workflow ({release}); {route}',
    privileged:
      '`{uses}` in job {job}, which has {evidence}, restores a cache ({how}) whose key an outsider\u2019s run writes: {route}',
  },
  remediation:
    "Do not restore caches in jobs that build or publish releases: remove the cache step, or turn the setup action\u2019s caching off in the release workflow (`cache: ''`, `cache: false`, `enable-cache: false`, `cache-disabled: true`, `lookup-only: true`). If a release must be fast, build it from the lockfile in a clean job and cache nothing there. Also remove the route in: no untrusted code in `pull_request_target`, `issue_comment` or `workflow_run` jobs (see ci/pr-code-in-privileged-trigger and ci/template-injection), and no `cache-mode: write` or `write-only` on them; `cache-mode: none` on a release job stops it restoring anything.",
  limitations:
    'Keys are compared as written: a part computed by a step (`${{ steps.k.outputs.key }}`) or a matrix value is any text and may match more than it does at run time, and a key that is nothing but such a part is not determinable and not compared; a key an outsider\u2019s code writes by calling the cache service itself (possible for any code running in such a workflow, whatever its keys) is not a key the file shows, which is why a release job is reported without a matching key too. Keys of caching actions other than actions/cache, setup-node, setup-python, setup-go and setup-java are taken to be shared by every step of the same action. Branch filters other than a name containing "release", and `if:` conditions on the job, are not evaluated. A cache restored by a script (`gh cache`, a hand-written call to the cache service) or by an action not in the table is not seen, nor is a publish done in another job from this job\u2019s artifacts. Whether an outsider-fired workflow really runs untrusted code is the business of the audits linked in the remediation; this one reports the route. Runs are taken to get github.com\u2019s read-only cache token for outsider triggers (2026-06-26); a GitHub Enterprise Server that predates it lets them write, which this check does not know. A `cache-mode` that is an expression is taken to grant write, and a job with `cache-mode: none` or `write-only` restores nothing.',
  reads: ['ci'],
  examples: {
    bad: [
      'cache-poisoning--release-with-cache',
      'cache-poisoning--keys-across-workflows',
      'cache-poisoning--outsider-read-only',
    ],
    good: ['clean--release-without-cache', 'clean--cache-keys-apart', 'clean--release-cache-mode-none'],
  },
  since: 'next',
} as const satisfies CheckMeta;
