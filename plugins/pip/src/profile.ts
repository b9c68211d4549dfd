/**
 * What pip, uv, Poetry, PDM, Pipenv and PyPI do by design, per question, with sources.
 * https://pip.pypa.io/en/stable/topics/secure-installs/ · https://docs.astral.sh/uv/concepts/indexes/ · https://docs.pypi.org/
 */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    { fact: 'Wheels are unpacked without running package code; source distributions, VCS, URL and path requirements are built through their PEP 517 backend, which runs arbitrary code as the installing user. Every client builds an sdist when no compatible wheel exists.', source: 'https://peps.python.org/pep-0517/' },
    { fact: 'pip builds sdists unless told `--only-binary :all:` (or `PIP_ONLY_BINARY`); `--prefer-binary` only prefers wheels, `--no-binary` forces builds.', source: 'https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-only-binary' },
    { fact: 'uv refuses to build with `no-build` / `--no-build` (except editable and project builds); `no-build-package` narrows it.', source: 'https://docs.astral.sh/uv/reference/settings/#no-build' },
  ],
  'pre-install-execution': [
    { fact: 'Without a `[build-system]` table, pip, build and uv default to setuptools\u2019 legacy backend, which executes setup.py to get metadata and to build.', source: 'https://packaging.python.org/en/latest/specifications/pyproject-toml/#declaring-build-system-dependencies-the-build-system-table' },
    { fact: '`build-system.backend-path` puts directories of the source tree on sys.path before the backend is imported; PEP 517 requires them to stay inside the tree.', source: 'https://peps.python.org/pep-0517/#in-tree-build-backends' },
    { fact: 'PDM runs `[tool.pdm.scripts]` hooks such as `pre_install`/`post_lock` automatically on install, lock and build.', source: 'https://pdm-project.org/latest/usage/scripts/#hook-scripts' },
  ],
  'lockfile-integrity': [
    { fact: 'pip hash-checking mode is all-or-nothing: one `--hash` (or `--require-hashes`) requires a hash for every requirement, each pinned with `==` or a URL; build dependencies are not hash-checked.', source: 'https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode' },
    { fact: '`uv sync` re-locks when pyproject.toml changed; `--locked` fails on a stale uv.lock and `--frozen` installs it without checking.', source: 'https://docs.astral.sh/uv/concepts/projects/sync/' },
    { fact: '`pdm install --frozen-lockfile` may still update pinned versions without writing them to the lock; `pdm sync` installs only what pdm.lock holds.', source: 'https://github.com/pdm-project/pdm/discussions/2761' },
    { fact: '`pipenv install --deploy` aborts when Pipfile.lock is out of date; `pipenv sync` installs exactly the lock.', source: 'https://pipenv.pypa.io/en/latest/commands.html' },
    { fact: 'Poetry installs from poetry.lock and refuses a lock whose content-hash no longer matches pyproject.toml.', source: 'https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock' },
  ],
  'name-identity': [
    { fact: 'Names are compared after PEP 503 normalisation: case-folded, runs of `-`, `_` and `.` collapsed to `-`; valid names are ASCII letters, digits and those separators.', source: 'https://packaging.python.org/en/latest/specifications/name-normalization/' },
    { fact: 'PyPI refuses new project names that are too similar to existing ones (it compares names with separators removed and confusable characters folded) and names of standard-library modules.', source: 'https://pypi.org/help/#project-name' },
  ],
  'multi-source-resolution': [
    { fact: 'pip treats `--index-url` and every `--extra-index-url` (and `--find-links`) as equal sources and installs the best version found in any of them; its docs warn this enables dependency confusion.', source: 'https://pip.pypa.io/en/stable/cli/pip_install/#finding-packages' },
    { fact: 'uv searches indexes in order and by default stops at the first index that has the package (`first-index`); `unsafe-first-match` and `unsafe-best-match` search all; an index with `explicit = true` serves only packages pinned to it.', source: 'https://docs.astral.sh/uv/concepts/indexes/#searching-across-multiple-indexes' },
    { fact: 'uv keeps PyPI as the fallback index even when other indexes are defined, unless one of them is marked `default = true`.', source: 'https://docs.rs/uv-distribution-types/latest/uv_distribution_types/struct.Index.html' },
    { fact: 'Poetry sources have a priority: `primary` (several primaries are merged; any primary disables implicit PyPI), `supplemental` (consulted only when higher sources lack the package) and `explicit` (only for dependencies naming the source).', source: 'https://python-poetry.org/docs/repositories/#package-source-priority' },
    { fact: 'PDM considers all sources equally and picks the best match unless `respect-source-order` is set or `include_packages`/`exclude_packages` restrict a source.', source: 'https://pdm-project.org/latest/usage/config/#respect-the-order-of-the-sources' },
    { fact: 'Pipenv resolves each package from one index (the first source, or the one named by `index`); `install_search_all_sources = true` searches every source at install time.', source: 'https://pipenv.pypa.io/en/latest/indexes.html' },
  ],
  'namespace-allocation': [
    { fact: 'PyPI names are first come, first served, with no organisation namespaces: any name not yet taken (and not refused as confusable) can be registered by anyone.', source: 'https://peps.python.org/pep-0541/' },
  ],
  'maintainer-lifecycle': [
    { fact: 'Abandoned PyPI projects can be transferred to a new owner through the PEP 541 process.', source: 'https://peps.python.org/pep-0541/' },
  ],
  'version-immutability': [
    { fact: 'PyPI never allows a file name to be reused, even after deletion, so a released file cannot be replaced; a project can still publish new files (e.g. a new wheel) for an existing version.', source: 'https://pypi.org/help/#file-name-reuse' },
  ],
  provenance: [
    { fact: 'PyPI accepts PEP 740 attestations; pypa/gh-action-pypi-publish generates them by default for trusted publishing since v1.11.0 (`attestations: false` opts out).', source: 'https://docs.pypi.org/attestations/' },
  ],
  'publish-credentials': [
    { fact: 'Trusted publishing lets CI exchange a short-lived OIDC token for a PyPI upload token, so no long-lived secret is stored.', source: 'https://docs.pypi.org/trusted-publishers/' },
    { fact: '`.pypirc` stores repository credentials in plain text.', source: 'https://packaging.python.org/en/latest/specifications/pypirc/' },
  ],
  'blast-radius': [
    { fact: 'A yanked release (PEP 592) is skipped by resolvers unless pinned exactly, so an exact pin or a lock keeps installing it.', source: 'https://peps.python.org/pep-0592/' },
    { fact: 'Malicious PyPI releases are removed by the PyPI admins and recorded as OSV `MAL-` advisories by the OpenSSF malicious-packages project.', source: 'https://github.com/ossf/malicious-packages' },
  ],
  'own-supply-chain': [
    { fact: 'pip itself comes from the wheels bundled with CPython (ensurepip) or from `get-pip.py`, which downloads the newest pip unpinned; pin pip (and build tools) in CI like any dependency.', source: 'https://pip.pypa.io/en/stable/installation/' },
  ],
};
