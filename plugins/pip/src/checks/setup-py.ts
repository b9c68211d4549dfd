/** A setup.py that the build backend runs as a program. https://packaging.python.org/en/latest/specifications/pyproject-toml/#declaring-build-system-dependencies-the-build-system-table */
import { defineCheck } from '@inert/core';
import { pyprojectIn } from '../facts.js';
import type { PipModel } from '../model.js';
import { setupPyMeta } from './setup-py.meta.js';

export const setupPy = defineCheck<PipModel>()({
  ...setupPyMeta,
  run(model, report) {
    for (const s of model.setupPys) {
      const pyproject = pyprojectIn(model, s.dir);
      const backend = pyproject?.buildSystem.backend;
      const at = { file: s.path, line: s.setupLine ?? 1, column: 1 };
      if (!pyproject?.buildSystem.present) report({ messageId: 'legacy', data: { path: s.path }, at });
      else if (backend === undefined || backend.startsWith('setuptools'))
        report({ messageId: 'setuptools', data: { path: s.path }, at });
      else report({ messageId: 'shim', data: { path: s.path, backend }, at, severity: 'info' });
    }
  },
});
