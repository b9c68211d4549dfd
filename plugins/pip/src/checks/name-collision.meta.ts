/** The metadata of pip/name-collision: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const nameCollisionMeta = {
  id: 'name-collision',
  question: 'name-identity',
  title: 'Two spellings of one package name, or a name that is not a valid distribution name',
  description:
    'pip, uv, Poetry, PDM and PyPI compare names after PEP 503 normalisation (case folded, runs of `-`, `_`, `.` made one `-`), so `Foo_Bar` and `foo-bar` are one project. Two spellings in one project\u2019s manifests and requirements point at the same package but read as two to reviewers, allowlists and tools that compare raw strings (low). Names with non-ASCII or other invalid characters cannot be PyPI projects: they come from elsewhere or are homoglyph look-alikes (medium).',
  severity: 'medium',
  severityRule: [
    { severity: 'medium', when: 'a name is not a valid distribution name (PEP 508)' },
    {
      severity: 'low',
      when: 'one project writes the same normalised name two ways: pip treats them as one, other tools may not',
    },
  ],
  confidence: 'high',
  messages: {
    spelling: '{name} and {other} are the same project after normalisation ({normalized}) but are spelled differently',
    invalidName:
      '{name} is not a valid distribution name (non-ASCII or forbidden characters): it cannot be a PyPI project and may imitate one',
  },
  remediation:
    'Spell each dependency the same way everywhere (the normalised form is safest); replace invalid names with the intended project\u2019s real name.',
  limitations:
    'Confusable but distinct ASCII names (`l`/`1`, `o`/`0`) are not compared against PyPI (inert is offline); lock keys are compared only within one lock.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['name-collision--two-spellings'], good: ['clean--requirements-hashed'] },
  since: 'next',
} as const satisfies CheckMeta;
