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
    { severity: 'medium', when: 'the client, in the mode the command and the checkout select, may rewrite the lock' },
    {
      severity: 'low',
      when: 'undeterminable: the mode depends on a client version the checkout does not pin (`yarn install` is immutable on CI from Yarn 3, not in Yarn 2 or Yarn classic); or the project turns its lockfile off (npm `package-lock=false`): there is no lock to rewrite, the install is lax because every run resolves versions afresh, and the lockfile check reports the setting itself; or a package runner (`npx eslint`) runs a dependency package.json declares but no lock pins, after an install in the job: the version is whatever that install resolved from the declared range, and the install is reported on its own line',
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
    'Whether a bare `yarn install` is immutable is read from the project directory the command runs in (its `working-directory` or `cd`): the Yarn that `yarnPath`, `packageManager`, `devEngines` or `engines` selects, `enableImmutableInstalls` in .yarnrc.yml, `YARN_ENABLE_IMMUTABLE_INSTALLS` in the step, and a Yarn classic yarn.lock; a Yarn berry lock alone does not say which Yarn runs, so the finding is then undeterminable (low). Commands hidden behind variables, `eval` or scripts outside the checkout are listed in the inventory as `unknown`, not judged. A command that `find -exec`/`-execdir` or `xargs` runs is judged where it is written (a `-execdir` one with the project directory unknown); `xargs` without `-I` appends its input to the command, which is then listed as `unknown`. Matrix values are read only from literal lists, one axis at a time; combinations are never expanded.',
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
    ],
    good: ['clean--strict-installs', 'clean--yarn-berry-immutable-on-ci', 'clean--find-exec-and-xargs'],
  },
  since: 'next',
} as const satisfies CheckMeta;
