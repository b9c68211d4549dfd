/** Calls in setup.py that run processes, evaluate code or reach the network. https://setuptools.pypa.io/en/latest/userguide/extension.html */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { setupPyDangerousCallMeta } from './setup-py-dangerous-call.meta.js';

export const setupPyDangerousCall = defineCheck<PipModel>()({
  ...setupPyDangerousCallMeta,
  run(model, report) {
    for (const s of model.setupPys) {
      for (const c of s.calls) {
        const where =
          c.where === 'module' ? 'module level' : c.where === 'cmdclass' ? 'a custom cmdclass command' : 'a function';
        report({
          messageId: c.category,
          data: { call: c.call, where },
          at: { file: s.path, line: c.line, column: c.column },
          key: `${c.call}:${c.line}`,
          ...(c.benign ? { severity: 'medium' as const } : {}),
        });
      }
    }
  },
});
