/** Extra indexes that every name can resolve from (uv, Poetry, PDM, Pipenv). https://docs.astral.sh/uv/concepts/indexes/#pinning-a-package-to-an-index · https://python-poetry.org/docs/repositories/#package-source-priority */
import { defineCheck } from '@inert/core';
import { redact } from '../load/pep508.js';
import type { PipModel, SourceDecl, TomlProject } from '../model.js';
import { indexNotExplicitMeta } from './index-not-explicit.meta.js';

const label = (s: SourceDecl): string => s.name ?? redact(s.url ?? '?');
const isPypi = (s: SourceDecl): boolean =>
  (s.name ?? '').toLowerCase() === 'pypi' || /\/\/pypi\.org\//.test(s.url ?? '');

export const indexNotExplicit = defineCheck<PipModel>()({
  ...indexNotExplicitMeta,
  run(model, report) {
    for (const t of model.tomls) {
      uv(t, report);
      poetry(t, report);
      pdm(t, report);
      pipenv(t, report);
    }
  },
});

type R = Parameters<(typeof indexNotExplicit)['run']>[1];

function uv(t: TomlProject, report: R): void {
  for (const s of t.sources) {
    if (
      s.tool === 'uv' &&
      s.fields['explicit'] !== true &&
      s.fields['default'] !== true &&
      s.fields['format'] !== 'flat'
    )
      report({ messageId: 'uvIndex', data: { name: label(s) }, at: s.at, key: label(s) });
  }
}

function poetry(t: TomlProject, report: R): void {
  const sources = t.sources.filter((s) => s.tool === 'poetry');
  const priority = (s: SourceDecl): string =>
    typeof s.fields['priority'] === 'string'
      ? s.fields['priority']
      : s.fields['default'] === true
        ? 'default'
        : s.fields['secondary'] === true
          ? 'secondary'
          : 'primary';
  const primaries = sources.filter((s) => priority(s) === 'primary');
  for (const s of sources) {
    const p = priority(s);
    const mixed =
      p === 'supplemental' ||
      p === 'secondary' ||
      p === 'default' ||
      (p === 'primary' && primaries.length > 1 && !isPypi(s));
    if (mixed)
      report({
        messageId: 'poetrySource',
        data: { name: label(s), priority: p === 'primary' ? 'one of several primary sources, merged' : p },
        at: s.at,
        key: label(s),
      });
  }
}

function pdm(t: TomlProject, report: R): void {
  const sources = t.sources.filter((s) => s.tool === 'pdm' && s.fields['type'] !== 'find_links');
  const count = sources.length + (sources.some(isPypi) ? 0 : 1);
  if (count < 2 || t.flags['respect-source-order'] === true) return;
  for (const s of sources) {
    if (isPypi(s) || s.fields['include_packages'] !== undefined) continue;
    report({ messageId: 'pdmSources', data: { name: label(s), count }, at: s.at, key: label(s) });
  }
}

function pipenv(t: TomlProject, report: R): void {
  const sources = t.sources.filter((s) => s.tool === 'pipenv');
  const searchAll = t.flags['install_search_all_sources'] === true;
  for (const s of sources.slice(1)) {
    const detail = searchAll
      ? ' and install_search_all_sources = true searches every source for every package'
      : '; Pipenv resolves each package from one index (the first unless `index` is set)';
    report({
      messageId: 'pipfileSources',
      data: { name: label(s), detail },
      at: s.at,
      key: label(s),
      ...(searchAll ? {} : { severity: 'low' as const }),
    });
  }
}
