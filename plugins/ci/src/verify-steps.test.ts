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

  it('without set -e only the last command ends the script (pwsh, a called script, an sh -c body)', () => {
    expect(checks('git diff --exit-code\necho done', { shell: 'pwsh' })).toEqual([]);
    expect(checks('echo start\ngit diff --exit-code', { shell: 'pwsh' })).toEqual([['git', 'all']]);
    expect(checks('git diff --exit-code\necho done', { origin: 'script' })).toEqual([]);
    expect(checks('git diff --exit-code\necho done', { origin: 'gitlab-ci' })).toEqual([['git', 'all']]);
  });

  it('covers a file by its path or a directory above it', () => {
    expect(covers({ paths: 'all' }, 'a/go.mod')).toBe(true);
    expect(covers({ paths: ['a'] }, 'a/go.mod')).toBe(true);
    expect(covers({ paths: ['ab'] }, 'a/go.mod')).toBe(false);
    expect(covers({ paths: ['a/go.mod'] }, 'a/go.sum')).toBe(false);
  });
});
