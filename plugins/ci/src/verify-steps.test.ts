/** Steps that fail the job when the tree changed, and the rewrites they turn into checks (verify-steps.ts). */
import { describe, expect, it } from 'vitest';
import { commandsFromScript, type ScriptContext } from './script.js';
import { covers } from './verify-steps.js';

const checks = (script: string, extra: Partial<ScriptContext> = {}) =>
  commandsFromScript(script, {
    file: 'w.yml',
    firstLine: 1,
    firstColumn: 1,
    env: {},
    origin: 'github-actions',
    problems: [],
    ...extra,
  })
    .filter((c) => c.checksTree)
    .map((c) => [c.command.argv[0], c.checksTree!.paths]);

describe('tree checks', () => {
  it('git diff --exit-code/--quiet, whole tree or its pathspecs relative to the directory', () => {
    expect(checks('git diff --exit-code')).toEqual([['git', 'all']]);
    expect(checks('cd api\ngit diff --quiet -- go.mod ../go.sum')).toEqual([['git', ['api/go.mod', 'go.sum']]]);
    expect(checks('git diff --exit-code HEAD -- .', { cwd: 'web' })).toEqual([['git', ['web']]]);
    expect(checks('git diff --exit-code "*.sum"')).toEqual([]); // a wildcard pathspec is not read
    expect(checks('git diff; git diff --cached --exit-code; git diff --no-exit-code --quiet')).toEqual([]);
  });

  it('a handled failure is no check unless the script exits non-zero after it', () => {
    expect(checks('git diff --exit-code || echo dirty')).toEqual([]);
    expect(checks('git diff --exit-code || exit 1')).toEqual([['git', 'all']]);
    expect(checks('if ! git diff --quiet; then\n  exit 3\nfi')).toEqual([['git', 'all']]);
    expect(checks('if git diff --quiet; then echo clean; fi')).toEqual([]);
  });

  it('git status --porcelain: `test -z` fails by itself, `[ -n … ]` only with an exit in the script', () => {
    expect(checks('test -z "$(git status --porcelain)"')).toEqual([['test', 'all']]);
    expect(checks('[ -z "$(git status -s go.mod go.sum)" ]')).toEqual([['[', ['go.mod', 'go.sum']]]);
    expect(checks('if [ -n "$(git status --porcelain)" ]; then echo dirty; fi')).toEqual([]);
    expect(checks('if [ -n "$(git status --porcelain)" ]; then echo dirty; exit 1; fi')).toEqual([['[', 'all']]);
    expect(checks('test -z "$(git status)"')).toEqual([]); // long format prints even when clean
  });

  it('without set -e only the last command ends the script (cmd, `bash {0}`, a called script, an sh -c body)', () => {
    expect(checks('git diff --exit-code\necho done', { shell: 'cmd' })).toEqual([]);
    expect(checks('git diff --exit-code\necho done', { shell: 'bash {0}' })).toEqual([]);
    expect(checks('echo start\ngit diff --exit-code', { shell: 'bash {0}' })).toEqual([['git', 'all']]);
    expect(checks('git diff --exit-code\necho done', { origin: 'script' })).toEqual([]);
    expect(checks('git diff --exit-code\necho done', { origin: 'gitlab-ci' })).toEqual([['git', 'all']]);
    expect(checks("sh -c 'git diff --exit-code; echo done'")).toEqual([]);
  });

  it('a custom template with -e (`bash -eo pipefail {0}`, `sh -o errexit {0}`) ends at any failure, as bash and sh do', () => {
    expect(checks('git diff --exit-code\necho done', { shell: 'bash -eo pipefail {0}' })).toEqual([['git', 'all']]);
    expect(checks('git diff --exit-code\necho done', { shell: 'sh -o errexit {0}' })).toEqual([['git', 'all']]);
    expect(checks('git diff --exit-code\necho done', { shell: 'bash' })).toEqual([['git', 'all']]);
  });

  it("pwsh: the step fails on the last native program's exit code (actions/runner appends `exit $LASTEXITCODE`)", () => {
    // Cmdlets after the check leave $LASTEXITCODE alone: the check still fails the step.
    expect(checks('go mod tidy\ngit diff --exit-code\nWrite-Host "ok"\necho done', { shell: 'pwsh' })).toEqual([
      ['git', 'all'],
    ]);
    expect(checks('git diff --exit-code\nexit $LASTEXITCODE', { shell: 'powershell' })).toEqual([['git', 'all']]);
    // A native program after it sets a new exit code: the check's failure is lost.
    expect(checks('git diff --exit-code\ngit status', { shell: 'pwsh' })).toEqual([]);
    expect(checks('git diff --exit-code\nexit 0', { shell: 'pwsh' })).toEqual([]);
    // Unless native failures stop the script (PowerShell 7.4), or a later throw/Write-Error/exit 1 handles it.
    expect(
      checks('$PSNativeCommandUseErrorActionPreference = $true\ngit diff --exit-code\ngit status', { shell: 'pwsh' }),
    ).toEqual([['git', 'all']]);
    expect(
      checks('git diff --quiet\nif ($LASTEXITCODE -ne 0) { throw "go.mod changed" }\ngit status', { shell: 'pwsh' }),
    ).toEqual([['git', 'all']]);
  });

  it('covers a file by its path or a directory above it', () => {
    expect(covers({ paths: 'all' }, 'a/go.mod')).toBe(true);
    expect(covers({ paths: ['a'] }, 'a/go.mod')).toBe(true);
    expect(covers({ paths: ['ab'] }, 'a/go.mod')).toBe(false);
    expect(covers({ paths: ['a/go.mod'] }, 'a/go.sum')).toBe(false);
  });
});
