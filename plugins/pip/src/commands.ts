/**
 * CI command rules for pip, uv, uvx and pipx (Poetry, Pipenv, PDM: commands-project.ts; conda: commands-conda.ts; twine and the PyPI publish action: publish.ts).
 * https://pip.pypa.io/en/stable/topics/secure-installs/ · https://docs.astral.sh/uv/concepts/projects/sync/ · https://docs.pypi.org/trusted-publishers/
 */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';
import { hasHashFragment, isCommitId, isVcsUrl, redact, vcsRef } from './load/pep508.js';
import { base, credentialIn, has, isPylock, positionals, requirementFiles, truthy } from './command-args.js';
import {
  anacondaRule,
  CONDA_PUBLISH_ACTIONS,
  condaBuildRule,
  condaPublishAction,
  condaRule,
  rattlerUploadRule,
} from './commands-conda.js';
import { pdmRule, pipenvRule, poetryRule } from './commands-project.js';
import { classifyUploader, publishAction, PUBLISH_ROUTES, twineRule } from './publish.js';

const PIP_VALUE_FLAGS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--only-binary',
  '--no-binary',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--upgrade-strategy',
  '--progress-bar',
  '--report',
  '--config-settings',
  '-C',
  '--python',
  '-p',
  '--cache-dir',
  '--log',
]);
const isLocal = (p: string): boolean =>
  /^(?:\.{1,2}(?:\/|$)|\/|file:)/.test(p) || (/\.(?:whl|tar\.gz|zip)$/.test(p) && !/:\/\//.test(p));
/** `git+https://…`, `https://…/x.whl`, `name @ https://…`: a direct URL, not a name resolved on an index. */
const isUrl = (p: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || /^\S+\s*@\s*[a-z+]+:\/\//i.test(p);
/** `tool==1.2.3`, `tool@1.2.3` (uvx): an exact version. PyPI versions are never replaced, though files can be added to one. */
export const exactPin = (spec: string): boolean =>
  /^[A-Z0-9][\w.-]*(?:\[[^\]]*\])?(?:==|@)v?\d+(?:\.\d+)*(?:[a-z]+\d*)?(?:\.post\d+)?$/i.test(spec.trim()) &&
  !/@latest$/.test(spec);
/**
 * Why a direct URL is or is not pinned: a VCS URL by a full commit after `@`, an archive URL by a
 * `#sha256=`-style fragment pip checks the download against (https://pip.pypa.io/en/stable/topics/secure-installs/).
 * The same reading as the direct-url-dependency check (load/pep508.ts). `name @ url` is judged by its URL.
 */
function directUrl(spec: string): { pinned: boolean; why: string } {
  const url =
    spec.includes(' @') || /^[\w.-]+@[a-z+]+:\/\//i.test(spec) ? spec.slice(spec.indexOf('@') + 1).trim() : spec;
  const shown = redact(spec);
  if (!isVcsUrl(url))
    return hasHashFragment(url)
      ? { pinned: true, why: `${shown}: an archive checked against the hash in its URL` }
      : { pinned: false, why: `${shown}: an archive URL without a hash fragment, whose bytes the server can change` };
  const ref = vcsRef(url);
  if (isCommitId(ref)) return { pinned: true, why: `${shown}: pinned to a commit` };
  return {
    pinned: false,
    why: ref
      ? `${shown}: ref \`${ref}\` is a branch, tag or short hash and can move`
      : `${shown}: no ref, so the default branch as it is at install time`,
  };
}

/** The values of `-e`/`--editable`. */
function editableValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-e' || a === '--editable') {
      if (args[i + 1] !== undefined) out.push(args[i + 1]!);
      i++;
    } else if (a.startsWith('--editable=')) out.push(a.slice(11));
  }
  return out;
}

/** `pip install …` and `uv pip install|sync …` share pip's flags. */
function pipInstall(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  who: 'pip' | 'uv pip',
  sync: boolean,
): CommandVerdict {
  const requireHashes =
    has(args, '--require-hashes') ||
    (who === 'pip' ? truthy(env['PIP_REQUIRE_HASHES']) : truthy(env['UV_REQUIRE_HASHES']));
  const extra =
    has(args, '--extra-index-url') ||
    (who === 'pip' && env['PIP_EXTRA_INDEX_URL'] !== undefined) ||
    (who === 'uv pip' && env['UV_EXTRA_INDEX_URL'] !== undefined);
  const note = extra ? '; an extra index is searched too' : '';
  const names = positionals(args, PIP_VALUE_FLAGS);
  // `-rfile` (optparse's attached value) names a file as `-r file` does; `has` sees only `-r` and `-r=`.
  const files = requirementFiles(args, names, sync);
  const reqFiles = has(args, '-r', '--requirement') || files.length > 0;
  // --no-index: nothing comes from an index; only --find-links directories and local archives.
  if (has(args, '--no-index') || (who === 'uv pip' && (has(args, '--offline') || truthy(env['UV_OFFLINE'])))) {
    return {
      action: 'install',
      classification: 'local',
      reason: `${who} install ${has(args, '--no-index') ? '--no-index' : '--offline'}: only local archives and build outputs are considered, nothing is downloaded`,
    };
  }
  // `-e git+https://…#egg=x` is a VCS checkout, not a local path: its value is a URL too
  const editableUrls = editableValues(args).filter(isUrl);
  const urls = [...names.filter(isUrl), ...editableUrls];
  if (urls.length > 0 && !sync) {
    const verdicts = urls.map(directUrl);
    const loose = verdicts.find((v) => !v.pinned);
    const named = names.filter((n) => !isUrl(n) && !isLocal(n));
    if (loose)
      return {
        action: 'install',
        classification: 'adhoc',
        reason: `${who} install from a direct URL, not a name on an index (${loose.why})`,
      };
    if (named.length > 0)
      return {
        action: 'install',
        classification: 'adhoc',
        reason: `${who} install ${named.slice(0, 3).join(' ')}: resolved from the index at run time, no lock, no hashes (beside a pinned direct URL)${note}`,
      };
    return {
      action: 'install',
      classification: 'strict',
      reason: `${who} install from a direct URL (${verdicts[0]!.why}); its dependencies still resolve from the index`,
    };
  }
  const local = (has(args, '-e', '--editable') || names.length > 0) && names.every(isLocal) && !reqFiles;
  if (local && (names.length > 0 || has(args, '-e', '--editable')))
    return {
      action: 'install',
      classification: 'local',
      reason: `${who} install of a path builds and runs this checkout's own build code${note}`,
    };
  if (names.length > 0 && !sync && !names.every(isLocal)) {
    return {
      action: 'install',
      classification: 'adhoc',
      reason: `${who} install ${names.slice(0, 3).join(' ')}: resolved from the index at run time, no lock, no hashes${note}`,
    };
  }
  if (reqFiles) {
    if (who === 'uv pip' && files.length === 1 && isPylock(files[0]!))
      return {
        action: 'install',
        classification: 'strict',
        reason: `uv pip ${sync ? 'sync' : 'install -r'} ${files[0]!}: uv installs the PEP 751 lock as written, without resolving, and checks every file against the lock's hashes${note}`,
      };
    if (requireHashes)
      return {
        action: 'install',
        classification: 'strict',
        reason: `${who} ${sync ? 'sync' : 'install -r'} with --require-hashes: every file is checked against its pinned hash${note}`,
      };
    if (has(args, '--no-index'))
      return {
        action: 'install',
        classification: 'local',
        reason: `${who} --no-index: only local archives are considered`,
      };
    return {
      action: 'install',
      classification: 'lax',
      reason: `${who} ${sync ? 'sync' : 'install -r'} without --require-hashes: hashes are checked only if the file carries them on every line${note}`,
    };
  }
  return { action: 'install', classification: 'unknown', reason: `${who} install with no requirements inert can see` };
}

function pipRule(cmd: ShellCommand): CommandVerdict | undefined {
  const argv = cmd.argv;
  const p = base(argv[0] ?? '');
  // python -m pip …, pip …, pip3 …
  const at = /^python/.test(p)
    ? argv[1] === '-m' && /^pip3?$/.test(argv[2] ?? '')
      ? 3
      : -1
    : /^pip3?(?:\.\d+)?$/.test(p)
      ? 1
      : -1;
  if (at < 0) return undefined;
  const args = argv.slice(at);
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub !== 'install')
    return sub === 'download' || sub === 'wheel'
      ? { action: 'other', classification: 'unknown', reason: `pip ${sub} resolves and may build sdists` }
      : undefined;
  return pipInstall(args.slice(args.indexOf(sub) + 1), cmd.env, 'pip', false);
}

function uvRule(cmd: ShellCommand): CommandVerdict | undefined {
  const argv = cmd.argv;
  if (base(argv[0] ?? '') === 'uvx') return toolRun('uvx', argv.slice(1));
  const args = argv.slice(1);
  const sub = args[0];
  const rest = args.slice(1);
  const locked = has(rest, '--locked') || truthy(cmd.env['UV_LOCKED']);
  const frozen = has(rest, '--frozen') || truthy(cmd.env['UV_FROZEN']);
  const offline = has(rest, '--offline') || truthy(cmd.env['UV_OFFLINE']);
  switch (sub) {
    case 'sync':
    case 'run':
      if (sub === 'run' && (has(rest, '--no-project') || has(rest, '--script'))) {
        // --no-project: the project is neither locked nor installed; --with still installs named packages.
        if (has(rest, '--with'))
          return {
            action: 'install',
            classification: 'adhoc',
            reason: 'uv run --with installs the named packages from the index at run time',
          };
        return {
          action: 'other',
          classification: 'unknown',
          reason: 'uv run --no-project installs nothing from the project’s lock',
        };
      }
      if (locked)
        return {
          action: 'install',
          classification: 'strict',
          reason: `uv ${sub} --locked: fails if uv.lock is out of date, installs exactly the lock`,
        };
      if (frozen)
        return {
          action: 'install',
          classification: 'strict',
          reason: `uv ${sub} --frozen: installs uv.lock as is (without checking it matches pyproject.toml)`,
        };
      if (offline)
        return {
          action: 'install',
          classification: 'local',
          reason: `uv ${sub} --offline: only the local cache is used, nothing is downloaded`,
        };
      return {
        action: 'install',
        classification: 'lax',
        reason: `uv ${sub} re-locks when pyproject.toml changed, so uv.lock may be rewritten before installing`,
      };
    case 'lock':
      if (locked || has(rest, '--check'))
        return { action: 'other', classification: 'strict', reason: 'uv lock --locked/--check only verifies the lock' };
      return {
        action: 'other',
        classification: 'lax',
        reason: 'uv lock resolves and rewrites uv.lock (may build sdists for metadata)',
      };
    case 'pip':
      if (rest[0] === 'install' || rest[0] === 'sync')
        return pipInstall(rest.slice(1), cmd.env, 'uv pip', rest[0] === 'sync');
      return undefined;
    case 'tool':
      return rest[0] === 'install' || rest[0] === 'run' ? toolRun(`uv tool ${rest[0]}`, rest.slice(1)) : undefined;
    case 'add':
      return {
        action: 'install',
        classification: 'lax',
        reason: 'uv add resolves a new dependency and rewrites uv.lock',
      };
    case 'build':
      return { action: 'build', classification: 'local', reason: 'uv build runs the project\u2019s build backend' };
    case 'publish': {
      const token =
        has(rest, '--token', '-t', '--password', '-p') ||
        cmd.env['UV_PUBLISH_TOKEN'] !== undefined ||
        cmd.env['UV_PUBLISH_PASSWORD'] !== undefined;
      const oidc =
        !token && (cmd.idToken === true || /^always$/.test(rest[rest.indexOf('--trusted-publishing') + 1] ?? ''));
      return {
        action: 'publish',
        classification: 'unknown',
        reason: token
          ? 'uv publish with a long-lived token or password'
          : oidc
            ? 'uv publish with trusted publishing (OIDC)'
            : 'uv publish; credentials not visible',
        auth: token ? 'token' : oidc ? 'oidc' : 'none-visible',
        ...credentialIn(cmd.env, 'UV_PUBLISH_TOKEN', 'UV_PUBLISH_PASSWORD'),
      };
    }
    default:
      return undefined;
  }
}

const TOOL_VALUE_FLAGS = new Set([
  '--from',
  '--with',
  '-w',
  '--with-requirements',
  '--with-editable',
  '--python',
  '-p',
  '--index',
  '--default-index',
  '--index-url',
  '--extra-index-url',
  '--find-links',
  '-f',
  '--constraints',
  '-c',
  '--overrides',
  '--spec',
  '--pip-args',
  '--cache-dir',
  '--directory',
  '--project',
]);

/** `uvx tool`, `uv tool run|install`, `pipx run|install`: the tool and the version it is pinned to, if any. */
function toolRun(who: string, args: readonly string[]): CommandVerdict {
  const from = args.findIndex(
    (a) => a === '--from' || a === '--spec' || a.startsWith('--from=') || a.startsWith('--spec='),
  );
  const spec =
    from < 0
      ? positionals(args, TOOL_VALUE_FLAGS)[0]
      : args[from]!.includes('=')
        ? args[from]!.slice(args[from]!.indexOf('=') + 1)
        : args[from + 1];
  if (spec === undefined)
    return { action: 'install', classification: 'unknown', reason: `${who} with no tool inert can see` };
  if (isLocal(spec))
    return { action: 'install', classification: 'local', reason: `${who} ${spec}: a tool built from a local path` };
  if (has(args, '--with', '-w') && !exactPin(spec))
    return {
      action: 'install',
      classification: 'adhoc',
      reason: `${who} ${spec} resolves the tool and its --with packages from the index at run time`,
    };
  return exactPin(spec)
    ? {
        action: 'install',
        classification: 'strict',
        reason: `${who} ${spec}: pinned to an exact version (no hash: PyPI accepts new files for an existing version)`,
      }
    : {
        action: 'install',
        classification: 'adhoc',
        reason: `${who} ${spec} runs whatever version the index serves today`,
      };
}

function pipxRule(cmd: ShellCommand): CommandVerdict | undefined {
  const [sub, ...rest] = cmd.argv.slice(1);
  if (sub === 'run' || sub === 'install') return toolRun(`pipx ${sub}`, rest);
  return undefined;
}

export const commands: readonly CommandRule[] = [
  { ecosystem: 'pip', programs: ['pip', 'pip3', 'python', 'python3'], classify: pipRule },
  { ecosystem: 'pip', programs: ['uv', 'uvx'], classify: uvRule },
  { ecosystem: 'pip', programs: ['poetry'], classify: poetryRule },
  { ecosystem: 'pip', programs: ['pipenv'], classify: pipenvRule },
  { ecosystem: 'pip', programs: ['pdm'], classify: pdmRule },
  {
    ecosystem: 'pip',
    programs: ['twine', 'python', 'python3'],
    classify: twineRule,
    actions: ['pypa/gh-action-pypi-publish'],
    classifyAction: publishAction,
    publishes: PUBLISH_ROUTES,
  },
  { ecosystem: 'pip', programs: ['pipx'], classify: pipxRule },
  { ecosystem: 'pip', programs: ['conda', 'mamba', 'micromamba', 'conda-lock'], classify: condaRule },
  { ecosystem: 'pip', programs: ['anaconda'], classify: anacondaRule },
  { ecosystem: 'pip', programs: ['conda', 'mamba', 'conda-build'], classify: condaBuildRule },
  {
    ecosystem: 'pip',
    programs: ['rattler-build'],
    classify: rattlerUploadRule,
    actions: Object.keys(CONDA_PUBLISH_ACTIONS),
    classifyAction: condaPublishAction,
  },
  { ecosystem: 'pip', programs: ['flit', 'hatch', 'maturin'], classify: classifyUploader },
];
