/** The metadata of npm/install-scripts: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const installScriptsMeta = {
  id: 'install-scripts',
  question: 'install-time-execution',
  title: 'A dependency runs install scripts',
  description:
    'A locked dependency declares install-time hooks (preinstall, install, postinstall, or an implicit node-gyp build). Whether they run depends on the client and its version: npm \u2264 11, Yarn classic and Yarn berry before 4.14 run them by default (so does Yarn 4.14+ on a yarn.lock older than 4.14, which it migrates with `enableScripts: true`); npm \u2265 12, pnpm \u2265 10, Yarn 4.14+ and Bun block them unless a policy allows the package (npm `allowScripts`, pnpm `allowBuilds`/`onlyBuiltDependencies`, Yarn `dependenciesMeta.built`, Bun `trustedDependencies`). inert reads the client and its version from the lockfile kind, `packageManager`, `devEngines`, `engines` and Yarn\u2019s `yarnPath`, applies the policy, and reports each package with the policy line that decides it. This is how event-stream, ua-parser-js and many later compromises ran their payloads.',
  severity: 'high',
  severityRule: [
    {
      severity: 'high',
      when: 'the client in force runs the package\u2019s hooks by default (Bun\u2019s built-in trusted list included), or a switch allows every package (pnpm `dangerouslyAllowAllBuilds`, npm `allowScripts: {"*": true}`, a `neverBuiltDependencies` deny list without an allow list): nobody reviewed this package, and the lockfile records that hooks exist, not what they run',
    },
    {
      severity: 'medium',
      when: 'a policy allows the package by name only (npm `allowScripts`, pnpm `allowBuilds`/`onlyBuiltDependencies`, Yarn `dependenciesMeta.built`, Bun `trustedDependencies`): every future version of that name runs too',
    },
    {
      severity: 'low',
      when: 'a policy allows exactly the locked version (`"esbuild@0.25.0": true`): someone reviewed this version; or the hooks would run by default but the package is an optional dependency limited to some platforms by `os`/`cpu` (fsevents 1.x on macOS): they run only where that platform installs it',
    },
    {
      severity: 'info',
      when: 'the effective policy blocks the package (`ignore-scripts`, npm \u2265 12, pnpm \u2265 10, Bun and Yarn 4.14+ defaults or an explicit deny): nothing runs, the finding only records the package',
    },
  ],
  confidence: 'high',
  messages: {
    runs: '{name}@{version} has install scripts and {client} runs them by default{note}; the lockfile records that hooks exist, not what they run',
    allowed: '{name}@{version} has install scripts and {policy} allows them',
    allowedUnknown:
      '{name}@{version} is allowed to run install scripts by {policy}; the {lock} does not record whether it has any',
    blocked: '{name}@{version} has install scripts; {policy} blocks them',
  },
  remediation:
    'Block dependency scripts by default (npm \u2265 12 or `ignore-scripts=true`, pnpm \u2265 10, Bun, or `enableScripts: false` in .yarnrc.yml) and allow only the packages that need them, pinned to the reviewed version (`"esbuild@0.25.0": true`). Pin the client version with `packageManager` so the policy that applies is the one you reviewed.',
  limitations:
    'package-lock v1, yarn.lock (classic and berry), pnpm-lock v9 and bun.lock do not record which packages have install scripts: for them only packages a policy explicitly allows (or Bun\u2019s built-in trusted list names) are reported. When the client version is unknown the older behaviour is assumed (scripts run) and the message says what changes on newer versions. The scripts themselves are not read.',
  reads: ['lockfile', 'manifest', 'client-config'],
  examples: {
    bad: [
      'install-scripts--transitive-lockfile-v3',
      'install-scripts--optional-platform-fsevents',
      'install-scripts--blocked-by-npmrc',
      'install-scripts--npm12-allow-scripts',
      'install-scripts--pnpm-v6-requires-build',
      'install-scripts--pnpm-v9-allow-builds',
      'install-scripts--yarn-berry-dependencies-meta',
      'install-scripts--bun-trusted',
    ],
    good: ['clean--npm-ci-with-lockfile', 'clean--lockfile-v1-no-script-record', 'clean--yarn-classic'],
  },
  since: 'next',
} as const satisfies CheckMeta;
