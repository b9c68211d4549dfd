/** Facts several checks share: every configured index URL with where it is written, setup.cfg requirements, project neighbours. */
import type { Pointer } from '@inert/core';
import { iniValues, splitWords } from './load/ini.js';
import type { IniFile, PipModel, TomlProject } from './model.js';

export interface IndexUrl {
  url: string;
  /** `index-url`, `extra-index-url`, `find-links`, `trusted-host`, or `source` for named sources. */
  key: string;
  origin: 'requirements' | 'pip.conf' | 'uv' | 'poetry' | 'pdm' | 'pipenv';
  at: Pointer;
}

/** Option and config keys that name package locations (pip normalises `_` to `-` in config keys). */
const INDEX_KEYS = new Set(['index-url', 'extra-index-url', 'find-links', 'trusted-host']);

/** Every index-like URL in requirements files, pip.conf, pyproject/uv.toml and Pipfile. */
export function indexUrls(model: PipModel): IndexUrl[] {
  const out: IndexUrl[] = [];
  for (const req of model.requirements) {
    for (const o of req.options)
      if (INDEX_KEYS.has(o.name))
        out.push({
          url: o.value,
          key: o.name,
          origin: 'requirements',
          at: { file: req.path, line: o.line, column: o.column },
        });
  }
  for (const conf of model.pipConfs) {
    for (const e of conf.entries) {
      if (!INDEX_KEYS.has(e.key.replace(/_/g, '-'))) continue;
      for (const v of splitWords(iniValues(e)))
        out.push({
          url: v.value,
          key: e.key.replace(/_/g, '-'),
          origin: 'pip.conf',
          at: { file: conf.path, line: v.line, column: v.column },
        });
    }
  }
  for (const t of model.tomls) {
    for (const s of t.uvSettings) out.push({ url: s.value, key: s.key, origin: 'uv', at: s.at });
    for (const s of t.sources)
      if (s.url !== undefined) out.push({ url: s.url, key: 'source', origin: s.tool, at: s.at });
  }
  return out;
}

/** `[options] install_requires` / `setup_requires` lines of a setup.cfg. */
export function setupCfgRequires(ini: IniFile): { value: string; line: number; column: number }[] {
  return ini.entries
    .filter((e) => e.section === 'options' && (e.key === 'install_requires' || e.key === 'setup_requires'))
    .flatMap((e) => iniValues(e))
    .filter((v) => !v.value.startsWith('#'));
}

/** The pyproject.toml in a directory, if any. */
export function pyprojectIn(model: PipModel, dir: string): TomlProject | undefined {
  return model.tomls.find((t) => t.kind === 'pyproject' && t.dir === dir);
}

/** True when the directory holds any lockfile this plugin reads. */
export function hasLock(model: PipModel, dir: string): boolean {
  return model.locks.some((l) => l.dir === dir);
}

/** `http://` (not https) — credentials and packages travel in the clear and can be swapped on the way. */
export function isHttp(url: string): boolean {
  return /^http:\/\//i.test(url.trim());
}
