/** The metadata of npm/scripts-policy-permissive: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const scriptsPolicyPermissiveMeta = {
  id: 'scripts-policy-permissive',
  question: 'install-time-execution',
  title: 'The script policy lets every dependency run install hooks',
  description:
    'The checkout sets a policy that allows install scripts of every dependency, present and future: pnpm `dangerouslyAllowAllBuilds: true`, npm `allowScripts: { "*": true }`, pnpm `neverBuiltDependencies` without an allowlist (everything not denied builds), or a Yarn berry project whose dependency builds are on with no `dependenciesMeta` entry gating any package: `enableScripts: true` in .yarnrc.yml, a Yarn before 4.14 (where `enableScripts` defaults to true), or a yarn.lock older than 4.14 (`__metadata.version` < 9), which Yarn 4.14+ migrates by writing `enableScripts: true`. When the lock is new and nothing pins the Yarn version, whether builds run depends on the Yarn that happens to be installed, and the finding says so. A newly compromised transitive dependency then runs its payload on the next install without any review step.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the checkout\u2019s settings or the Yarn version it pins let every dependency run install hooks',
    },
    {
      severity: 'low',
      when: 'Yarn berry with a yarn.lock written by 4.14+ and no pinned Yarn version: builds run on a Yarn before 4.14 and are blocked from 4.14',
    },
  ],
  confidence: 'high',
  messages: {
    allowAll: '{policy}: every dependency may run install scripts',
    denylistOnly: '{policy} is a denylist: every package not listed may run install scripts',
    yarnScriptsOn:
      '{lock} is installed by {policy}; no dependenciesMeta entry gates a package, so every dependency runs its install scripts',
    yarnScriptsEnabled:
      '{policy}, and no dependenciesMeta entry gates a package: every dependency of {lock} runs its install scripts',
    yarnScriptsUnknown: 'whether dependencies of {lock} run install scripts depends on the Yarn version: {policy}',
  },
  remediation:
    'Switch to an allowlist: pnpm `allowBuilds` (or `onlyBuiltDependencies`), npm `allowScripts` with pinned entries, `enableScripts: false` plus `dependenciesMeta.<pkg>.built: true` in Yarn berry (write it explicitly even on Yarn 4.14+, and pin the Yarn version with `packageManager`).',
  limitations:
    'Settings from user or global config, environment variables (`YARN_ENABLE_SCRIPTS`) and command-line flags are not seen. The Yarn version comes from `yarnPath`, `packageManager`, `devEngines` or `engines` (the oldest version a range admits); the 4.14 migration happens on `yarn install`.',
  reads: ['client-config', 'manifest', 'lockfile'],
  examples: {
    bad: [
      'scripts-policy-permissive--pnpm-allow-all',
      'scripts-policy-permissive--pnpm-denylist',
      'scripts-policy-permissive--yarn-4-13-default',
      'scripts-policy-permissive--yarn-4-14-migrates-old-lock',
      'scripts-policy-permissive--yarnrc-enable-scripts-true',
      'scripts-policy-permissive--yarn-version-unknown',
    ],
    good: [
      'clean--pnpm-v9-workspace',
      'clean--yarn-berry-scripts-off',
      'clean--yarn-4-14-default-off',
      'yarn-path--release-4-16-scripts-off',
    ],
  },
  since: 'next',
} as const satisfies CheckMeta;
