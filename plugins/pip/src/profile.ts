/**
 * What pip, setuptools, uv, Poetry, PDM, Pipenv and PyPI do by design, per question, with sources and the versions
 * each fact holds for. https://pip.pypa.io/en/stable/topics/secure-installs/ · https://docs.astral.sh/uv/concepts/indexes/ · https://docs.pypi.org/
 */
import type { EcosystemProfile } from '@inert/core';

/** The uv release that introduced `[[tool.uv.index]]` (named, `explicit` and `default` indexes, astral-sh/uv#7481): https://github.com/astral-sh/uv/blob/main/changelogs/0.4.x.md#0423 */
const UV_INDEX_API = '0.4.23';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'Wheels are unpacked without running package code; source distributions, VCS, URL and path requirements are built through their PEP 517 backend, which runs arbitrary code as the installing user. Every client builds an sdist when no compatible wheel exists.',
      source: 'https://peps.python.org/pep-0517/',
      versions: 'every pip, uv, Poetry, PDM and Pipenv version',
    },
    {
      fact: 'pip builds sdists unless told `--only-binary :all:` (or `PIP_ONLY_BINARY`); `--prefer-binary` only prefers wheels, `--no-binary` forces builds.',
      source: 'https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-only-binary',
      versions: 'every current pip release',
    },
    {
      fact: 'uv refuses to build source distributions under `no-build` / `--no-build` (cached wheels are reused; an operation that needs a build fails), though editable requirements may still be built; `no-build-package` limits it to named packages.',
      source: 'https://docs.astral.sh/uv/reference/settings/#no-build',
      versions: 'every uv version',
      applies: { client: 'uv' },
    },
  ],
  'pre-install-execution': [
    {
      fact: 'Without a `[build-system]` table, pip, build and uv default to setuptools\u2019 legacy backend, which executes setup.py to get metadata and to build.',
      source:
        'https://packaging.python.org/en/latest/specifications/pyproject-toml/#declaring-build-system-dependencies-the-build-system-table',
      versions: 'every pip, build and uv version',
    },
    {
      fact: 'setuptools reads project metadata from pyproject.toml\u2019s `[project]` table, so a setuptools project no longer needs a setup.py; when one is present, the backend still executes it on every build.',
      source: 'https://setuptools.pypa.io/en/latest/history.html#v61-0-0',
      versions: 'setuptools >= 61.0.0',
      applies: { client: 'setuptools', since: '61.0.0' },
    },
    {
      fact: '`build-system.backend-path` puts directories of the source tree on sys.path before the backend is imported; PEP 517 requires them to stay inside the tree.',
      source: 'https://peps.python.org/pep-0517/#in-tree-build-backends',
      versions: 'every PEP 517 frontend (pip, build, uv, Poetry, PDM)',
    },
    {
      fact: 'PDM runs `[tool.pdm.scripts]` hooks such as `pre_install`/`post_lock` automatically on install, lock, build and publish.',
      source: 'https://pdm-project.org/latest/usage/scripts/#hook-scripts',
      versions: 'pdm 2.x (current documentation)',
      applies: { client: 'pdm' },
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'pip hash-checking mode is all-or-nothing: one `--hash` (or `--require-hashes`) requires a hash for every requirement, each pinned with `==`, a URL or a path; build dependencies installed into the isolated build environment are not hash-checked.',
      source: 'https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode',
      versions:
        'pip >= 8.0 (build dependencies still not hash-checked as of 26.2.1, src/pip/_internal/build_env/installer.py)',
      applies: { client: 'pip', since: '8.0' },
    },
    {
      fact: '`uv sync` and `uv run` re-lock when pyproject.toml changed; `--locked` fails on a stale uv.lock and `--frozen` installs it without checking.',
      source: 'https://docs.astral.sh/uv/concepts/projects/sync/',
      versions: 'uv >= 0.3.0 (the stable project interface)',
      applies: { client: 'uv', since: '0.3.0' },
    },
    {
      fact: '`pdm install` compares the pyproject.toml content hash stored in pdm.lock and re-locks when it changed; `pdm lock --check` fails on a stale lock and `pdm sync` installs only what pdm.lock holds.',
      source: 'https://pdm-project.org/latest/usage/lockfile/',
      versions: 'pdm 2.x (current documentation)',
      applies: { client: 'pdm' },
    },
    {
      fact: '`pipenv install --deploy` aborts when Pipfile.lock is out of date; `pipenv sync` installs exactly the lock.',
      source: 'https://pipenv.pypa.io/en/latest/commands.html',
      versions: 'every current pipenv release',
      applies: { client: 'pipenv' },
    },
    {
      fact: 'Poetry installs from poetry.lock and refuses a lock whose content-hash no longer matches pyproject.toml; before 1.8 it only warned and installed anyway.',
      source: 'https://github.com/python-poetry/poetry/releases/tag/1.8.0',
      versions: 'poetry >= 1.8.0 (a warning before)',
      applies: { client: 'poetry', since: '1.8.0' },
    },
    {
      fact: '`poetry lock` keeps the locked versions of unchanged dependencies and re-resolves everything only with `--regenerate`; before 2.0 it updated every dependency unless given `--no-update`.',
      source: 'https://python-poetry.org/blog/announcing-poetry-2.0.0/',
      versions: 'poetry >= 2.0.0',
      applies: { client: 'poetry', since: '2.0.0' },
    },
  ],
  'name-identity': [
    {
      fact: 'Names are compared after PEP 503 normalisation: case-folded, runs of `-`, `_` and `.` collapsed to `-`; valid names are ASCII letters, digits and those separators.',
      source: 'https://packaging.python.org/en/latest/specifications/name-normalization/',
      versions: 'PyPI and every installer (a PyPA specification)',
    },
    {
      fact: 'PyPI refuses new project names that are too similar to an existing project and may be confused with it, names of standard-library modules (Python 2.5 onwards) and names its administrators prohibited.',
      source: 'https://pypi.org/help/#project-name',
      versions: 'pypi.org, as of 2026',
    },
  ],
  'multi-source-resolution': [
    {
      fact: 'pip treats `--index-url` and every `--extra-index-url` (and `--find-links`) as equal sources and installs the best version found in any of them; its docs warn this enables dependency confusion.',
      source: 'https://pip.pypa.io/en/stable/cli/pip_install/#finding-packages',
      versions: 'every pip version',
    },
    {
      fact: 'uv searches indexes in order and by default stops at the first index that has the package (`first-index`); `unsafe-first-match` and `unsafe-best-match` search all; an index with `explicit = true` serves only packages pinned to it.',
      source: 'https://docs.astral.sh/uv/concepts/indexes/#searching-across-multiple-indexes',
      versions: `every uv version; explicit indexes since uv ${UV_INDEX_API}`,
      applies: { client: 'uv' },
    },
    {
      fact: 'uv keeps PyPI as the lowest-priority default index even when other `[[tool.uv.index]]` entries are defined, unless one of them is marked `default = true` (or `--default-index` is given).',
      source: 'https://docs.astral.sh/uv/concepts/indexes/#defining-an-index',
      versions: `uv >= ${UV_INDEX_API}`,
      applies: { client: 'uv', since: UV_INDEX_API },
    },
    {
      fact: 'Poetry sources have a priority: `primary` (several primaries are merged; any primary disables implicit PyPI), `supplemental` (consulted only when higher sources lack the package) and `explicit` (only for dependencies naming the source).',
      source: 'https://python-poetry.org/docs/repositories/#package-source-priority',
      versions: 'poetry >= 1.8.0 (a primary source disables implicit PyPI since 1.8.0)',
      applies: { client: 'poetry', since: '1.8.0' },
    },
    {
      fact: 'PDM considers all sources equally and picks the best match unless `respect-source-order` is set or `include_packages`/`exclude_packages` restrict a source.',
      source: 'https://pdm-project.org/latest/usage/config/#respect-the-order-of-the-sources',
      versions: 'pdm 2.x (current documentation)',
      applies: { client: 'pdm' },
    },
    {
      fact: 'Pipenv resolves each package from a single index: the default source, or the one its `index` key names; `install_search_all_sources = true` lets install and sync search every source (the lock\u2019s hashes are still checked).',
      source: 'https://pipenv.pypa.io/en/latest/indexes.html',
      versions: 'pipenv >= 2022.3.23',
      applies: { client: 'pipenv', since: '2022.3.23' },
    },
  ],
  'namespace-allocation': [
    {
      fact: 'PyPI names are first come, first served, with no organisation namespaces: any name not yet taken (and not refused as confusable) can be registered by anyone.',
      source: 'https://peps.python.org/pep-0541/',
      versions: 'pypi.org, as of 2026',
    },
  ],
  'maintainer-lifecycle': [
    {
      fact: 'Abandoned PyPI projects can be transferred to a new owner through the PEP 541 process.',
      source: 'https://peps.python.org/pep-0541/',
      versions: 'pypi.org, as of 2026',
    },
    {
      fact: 'PyPI requires two-factor authentication for every account, and unverifies email addresses whose domain has expired so that a re-registered domain cannot reset the password.',
      source: 'https://blog.pypi.org/posts/2025-08-18-preventing-domain-resurrections/',
      versions: 'pypi.org, since 2024-01-01 (2FA) and 2025-06 (expired email domains)',
    },
  ],
  'version-immutability': [
    {
      fact: 'PyPI never allows a file name to be reused, even after deletion, so a released file cannot be replaced; a project can add new files (e.g. a new wheel) to an existing release only within 14 days of its creation (since 2026-07).',
      source: 'https://pypi.org/help/#file-name-reuse',
      versions: 'pypi.org, as of 2026',
    },
    {
      fact: 'Deleting a PyPI project releases its name to any other user at once; only names the administrators prohibit (usually those of projects removed as malware) stay blocked.',
      source: 'https://pypi.org/help/#deletion',
      versions: 'pypi.org, as of 2026',
    },
  ],
  provenance: [
    {
      fact: 'PyPI accepts PEP 740 attestations; pypa/gh-action-pypi-publish generates them by default for trusted publishing since v1.11.0 (`attestations: false` opts out).',
      source: 'https://docs.pypi.org/attestations/',
      versions: 'pypi.org, as of 2026; pypa/gh-action-pypi-publish >= 1.11.0',
    },
  ],
  'publish-credentials': [
    {
      fact: 'Trusted publishing lets CI exchange a short-lived OIDC token for a PyPI upload token, so no long-lived secret is stored.',
      source: 'https://docs.pypi.org/trusted-publishers/',
      versions: 'pypi.org, as of 2026',
    },
    {
      fact: '`maturin upload` and `maturin publish` (also run by PyO3/maturin-action with `command: upload`) use `MATURIN_PYPI_TOKEN` when it is set, otherwise try trusted publishing (the GitHub Actions OIDC token, which needs `id-token: write`) before .pypirc and passwords; maturin 1.11.0 deprecates both commands in favour of other uploaders.',
      source: 'https://github.com/PyO3/maturin/pull/1578',
      versions:
        'maturin >= 0.15.0 (read in source: src/upload.rs `resolve_pypi_cred`; deprecation in the 1.11.0 changelog)',
    },
    {
      fact: '`.pypirc` stores repository credentials in plain text.',
      source: 'https://packaging.python.org/en/latest/specifications/pypirc/',
      versions: 'twine and every other tool that reads .pypirc',
    },
  ],
  'blast-radius': [
    {
      fact: 'A yanked release (PEP 592) is skipped by installers unless it is the only match of an exact `==`/`===` pin, so an exact pin or a lock keeps installing it.',
      source: 'https://docs.pypi.org/project-management/yanking/',
      versions:
        'pypi.org; pip >= 22.0 (pip 19.2–21.3 also chose a yanked version that was the only match of any specifier) and the other PEP 592-aware installers',
    },
    {
      fact: 'Malicious PyPI releases are removed by the PyPI admins and recorded as OSV `MAL-` advisories by the OpenSSF malicious-packages project.',
      source: 'https://github.com/ossf/malicious-packages',
      versions: 'pypi.org and OSV, as of 2026',
    },
  ],
  'own-supply-chain': [
    {
      fact: 'pip itself comes from the wheels bundled with CPython (ensurepip) or from `get-pip.py`, which downloads the newest pip unpinned; pin pip (and build tools) in CI like any dependency.',
      source: 'https://pip.pypa.io/en/stable/installation/',
      versions: 'every pip version',
    },
  ],
};
