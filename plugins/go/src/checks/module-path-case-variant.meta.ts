/** The metadata of go/module-path-case-variant: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const modulePathCaseVariantMeta = {
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
} as const satisfies CheckMeta;
