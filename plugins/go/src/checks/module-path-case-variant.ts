/** Module paths that differ only by case. https://go.dev/ref/mod#goproxy-protocol (case encoding) */
import { defineCheck } from '@inert/core';
import type { GoModel, Require } from '../model.js';

export const modulePathCaseVariant = defineCheck<GoModel>()({
  id: 'module-path-case-variant',
  question: 'name-identity',
  title: 'Two module paths differ only by case',
  description:
    'Two required module paths are equal when compared without case (github.com/Sirupsen/logrus and github.com/sirupsen/logrus). Go treats them as different modules, while case-insensitive file systems and code hosts treat them as one: builds differ between machines, and a look-alike path can be registered by someone else.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    variant: '{module} and {other} differ only by case; go treats them as two modules',
  },
  remediation: 'Use one spelling everywhere (the one the module\u2019s own go.mod declares) and replace the other.',
  limitations: 'Only paths required in go.mod and go.work modules of this checkout are compared.',
  reads: ['manifest'],
  examples: { bad: ['module-path-case-variant--logrus'], good: ['clean--module-with-sums'] },
  since: 'next',
  run(model, report) {
    const seen = new Map<string, Require>();
    for (const mod of model.mods) {
      for (const r of mod.requires) {
        const key = r.path.toLowerCase();
        const first = seen.get(key);
        if (!first) seen.set(key, r);
        else if (first.path !== r.path)
          report({
            messageId: 'variant',
            data: { module: r.path, other: first.path },
            at: r.at,
            package: { name: r.path, version: r.version },
            related: [first.at],
          });
      }
    }
  },
});
