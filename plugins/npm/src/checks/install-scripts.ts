/** Dependencies with install-time hooks, and whether the client in force and the checkout's policy let them run. https://docs.npmjs.com/cli/using-npm/scripts */
import { defineCheck, type Severity } from '@inert/core';
import type { LockEntry, NpmModel } from '../model.js';
import type { Policy, Verdict } from '../policy/types.js';
import { entryData, pkgRef } from '../support.js';

export const installScripts = defineCheck<NpmModel>()({
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
  run(model, report) {
    for (const lock of model.locks) {
      const policy = model.policies.get(lock.path);
      if (!policy) continue;
      for (const e of lock.entries) {
        // Computed once in the load, for every entry that may have scripts (the inventory shows the same verdict).
        const v = model.scriptVerdicts.get(e);
        if (!v) continue;
        const data = { ...entryData(e), client: v.label, policy: v.label, note: v.note, lock: lock.path };
        const related = v.at ? { related: [v.at] } : {};
        const at = e.scriptAt ?? e.at;
        const severity = severityOf(e, policy, v);
        if (e.hasInstallScript === null) {
          // the lock cannot tell; an explicit allow (or Bun's list of packages known to have scripts) still says something
          if (v.verdict === 'allowed' && v.at)
            report({ messageId: 'allowedUnknown', severity, data, at, package: pkgRef(e), ...related });
          else if (v.verdict === 'runs-by-default' && policy.client === 'bun')
            report({ messageId: 'runs', severity, data, at, package: pkgRef(e) });
          continue;
        }
        if (v.verdict === 'runs-by-default' || v.verdict === 'unknown')
          report({ messageId: 'runs', severity, data, at, package: pkgRef(e), ...related });
        else if (v.verdict === 'allowed')
          report({ messageId: 'allowed', severity, data, at, package: pkgRef(e), ...related });
        else report({ messageId: 'blocked', severity, data, at, package: pkgRef(e), ...related });
      }
    }
  },
});

/**
 * Severity from what decides the package, not from the check: a lockfile records that hooks exist,
 * never what they run, so a hook that runs without a review is high whatever the package is.
 */
function severityOf(e: LockEntry, policy: Policy, v: Verdict): Severity {
  if (v.verdict === 'blocked') return 'info';
  if (v.verdict === 'allowed') {
    if (policy.blockAll) return 'info';
    const { rule } = v;
    // a pinned allow is a reviewed version; a bare name admits every future version; a switch admits every package
    if (rule?.allow) return rule.version !== undefined ? 'low' : 'medium';
    return 'high';
  }
  // an optional package limited by os/cpu installs (and runs its hooks) only on those platforms
  if (e.optional && e.conditional) return 'low';
  // Bun's built-in trusted list included: it names packages, not reviewed versions
  return 'high';
}
