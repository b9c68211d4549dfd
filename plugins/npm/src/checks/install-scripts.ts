/** Dependencies with install-time hooks, and whether the client in force and the checkout's policy let them run. https://docs.npmjs.com/cli/using-npm/scripts */
import { defineCheck, type Severity } from '@inert/core';
import type { LockEntry, NpmModel } from '../model.js';
import type { Policy, Verdict } from '../policy/types.js';
import { entryData, pkgRef } from '../support.js';
import { installScriptsMeta } from './install-scripts.meta.js';

export const installScripts = defineCheck<NpmModel>()({
  ...installScriptsMeta,
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
