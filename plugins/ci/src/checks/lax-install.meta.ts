/** The metadata of ci/lax-install: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const laxInstallMeta = {
  id: 'lax-install',
  question: 'lockfile-integrity',
  title: 'CI installs without the strict, lock-enforcing mode',
  description:
    'A CI step installs dependencies in a mode that may resolve versions afresh or rewrite the lockfile (`npm install` instead of `npm ci`, `cargo build` without `--locked`, `pip install -r` without hashes required, `bundle install` not frozen …). What CI builds and ships can then differ from what was reviewed in the lock. The ecosystem whose client rule matched is named in the finding.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the client, in the mode the command and the checkout select, may rewrite the lock, or has no lock to follow: the project has none, or turns it off (npm `package-lock=false`, `--no-package-lock`), and every run resolves the declared ranges afresh — the same versions the install can fetch either way, so the same severity',
    },
    {
      severity: 'low',
      when: 'undeterminable: the mode depends on a client version the checkout does not pin (`yarn install` is immutable on CI from Yarn 3, not in Yarn 2 or Yarn classic), or on an option pnpm or Yarn does not know, which a later release may read with a value (`pnpm install --new-flag x`: a value, or a package to add); or a package runner (`npx eslint`) runs a dependency package.json declares but no lock pins, after an install in the job: the version is whatever that install resolved from the declared range, and the install is reported on its own line',
    },
  ],
  confidence: 'high',
  messages: {
    lax: '{ecosystem}: `{command}` in job {job}: {reason}',
    undeterminable: '{ecosystem}: `{command}` in job {job}: {reason}',
    lockDisabled: '{ecosystem}: `{command}` in job {job}: {reason}',
    unlocked: '{ecosystem}: `{command}` in job {job}: {reason}',
  },
  remediation:
    'Use the client\u2019s strict install in CI (`npm ci`, `pnpm install --frozen-lockfile`, `yarn install --immutable` (and pin Yarn with `packageManager`), `cargo build --locked`, `pip install --require-hashes -r …`, `bundle config set frozen true`, `uv sync --locked`).',
  limitations:
    'Whether a bare `yarn install` is immutable is read from the project directory the command runs in (its `working-directory` or `cd`): the Yarn that `yarnPath`, `packageManager`, `devEngines` or `engines` selects, `enableImmutableInstalls` in .yarnrc.yml, `YARN_ENABLE_IMMUTABLE_INSTALLS` in the step, and a Yarn classic yarn.lock; a Yarn berry lock alone does not say which Yarn runs, so the finding is then undeterminable (low). Commands hidden behind variables, `eval` or scripts outside the checkout are listed in the inventory as `unknown`, not judged. A command that `find -exec`/`-execdir`, `xargs`, GNU `parallel` (its words joined and run by a shell, as parallel does) or `fd -x`/`-X` runs is judged where it is written (a `-execdir` one with the project directory unknown, an `fd --base-directory` one in that directory); npm\u2019s options are read as npm reads them, so `npm install --prefix {}` installs the project in `{}` (lax), not a package named `{}`; pnpm\u2019s as pnpm 10.34.5 and 11.22.0 read them, wherever they stand (`pnpm install --filter web` is an install, not `pnpm add web`; an option neither release knows, before a word, makes the reading undeterminable); Yarn\u2019s global options with values before the command as Yarn classic binds them (`yarn --mutex network install`), Yarn berry\u2019s `--cwd` first, and `yarn workspace <name> <command>` as that command; `yarn --cwd dir install` is judged without the working directory\u2019s Yarn facts; `xargs` without `-I`, `parallel` without a replacement string and `fd` without a placeholder append their input to the command, which is then listed as `unknown`, and so is a `parallel` command behind an option this reader does not know. A rewrite of module files (`go mod tidy`, `go get`) followed in the same job by a step that fails it when they changed (`git diff --exit-code`/`--quiet` over them, a `git status --porcelain` test that exits non-zero), with no build, test or publish between, is a check that they are tidy, not a lax install; a program between them that the rules do not know (`make`) is not followed, and a check counts where its failure ends the script: under `set -e` (GitHub\u2019s bash and sh, a custom shell with `-e`, GitLab), under pwsh when no native program runs after it (the runner ends the step with `exit $LASTEXITCODE`; cmdlets leave it), as the script\u2019s last command in other shells, or followed by `exit 1` (pwsh: `throw`, `Write-Error`). Matrix values are read only from literal lists, one axis at a time; combinations are never expanded.',
  reads: ['ci'],
  examples: {
    bad: [
      'lax-install--npm-install-in-workflow',
      'lax-install--yarn-undeterminable',
      'lax-install--go-mod-tidy',
      'lax-install--find-exec-go-mod-tidy',
      'lax-install--yarn-path-selects-yarn',
      'lax-install--npm-package-lock-false',
      'lax-install--npx-declared-not-locked',
      'lax-install--go-mod-tidy-unverified',
      'lax-install--parallel-and-fd',
      'lax-install--pnpm-yarn-option-values',
    ],
    good: [
      'clean--strict-installs',
      'clean--yarn-berry-immutable-on-ci',
      'clean--find-exec-and-xargs',
      'clean--go-mod-tidy-verified',
      'clean--parallel-and-fd',
      'clean--pnpm-yarn-option-values',
    ],
  },
  since: 'next',
} as const satisfies CheckMeta;
