/** How go commands in CI treat go.mod and go.sum. https://go.dev/ref/mod#build-commands */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

/** What `go get` and `go mod tidy` write, in the module's directory. */
const MODULE_FILES = ['go.mod', 'go.sum'] as const;

const BUILDS = new Set(['build', 'test', 'run', 'vet', 'list', 'generate']);

function goCommand(c: ShellCommand): CommandVerdict | undefined {
  const [, sub, ...rest] = c.argv;
  const flags = `${c.env.GOFLAGS ?? ''} ${rest.join(' ')}`;
  const modMod = /(?:^|\s)-mod=mod\b/.test(flags);
  // `go run pkg@version` downloads and runs a module outside go.mod, exactly like `go install pkg@version`.
  const runsRemote = sub === 'run' && rest.some((a) => !a.startsWith('-') && a.includes('@'));
  if (
    sub === 'install' ||
    runsRemote ||
    (sub === 'get' && rest.some((a) => a.includes('@')) && c.argv.includes('-tool'))
  ) {
    const target = rest.find((a) => !a.startsWith('-'));
    if (!target) return undefined;
    if (!target.includes('@'))
      return {
        action: 'build',
        classification: modMod ? 'lax' : 'strict',
        reason: 'go install of the current module builds from go.mod and go.sum',
      };
    const version = target.slice(target.indexOf('@') + 1);
    if (/^v\d+\.\d+\.\d+/.test(version))
      return {
        action: 'install',
        classification: 'strict',
        reason: `go ${sub} ${target} pins a version that the checksum database verifies`,
      };
    return {
      action: 'install',
      classification: 'adhoc',
      reason: `go ${sub} ${target} ${sub === 'run' ? 'runs' : 'installs'} whatever version is ${version === 'latest' ? 'latest' : `at ${version}`} today`,
    };
  }
  if (sub === 'get')
    return {
      action: 'install',
      classification: 'lax',
      reason: 'go get changes go.mod and go.sum',
      rewrites: MODULE_FILES,
    };
  if (sub === 'mod') {
    if (rest[0] === 'download' || rest[0] === 'verify')
      return { action: 'install', classification: 'strict', reason: `go mod ${rest[0]} uses go.sum as written` };
    if (rest[0] === 'tidy')
      // `-diff` (Go 1.23, go.dev/doc/go1.23 "Go command"; `go help mod tidy`) prints what tidy would change
      // as a unified diff and exits non-zero when it is not empty, writing nothing: a check, not a rewrite.
      return rest.slice(1).some((a) => /^--?diff(?:=true)?$/.test(a))
        ? {
            action: 'install',
            classification: 'strict',
            reason: 'go mod tidy -diff writes nothing: it fails when go.mod or go.sum would change',
          }
        : {
            action: 'install',
            classification: 'lax',
            reason: 'go mod tidy rewrites go.mod and go.sum',
            rewrites: MODULE_FILES,
          };
    return undefined;
  }
  if (sub && BUILDS.has(sub)) {
    return modMod
      ? {
          action: 'build',
          classification: 'lax',
          reason: `go ${sub} with -mod=mod may add requirements and go.sum lines`,
        }
      : {
          action: 'build',
          classification: 'strict',
          reason: `go ${sub} refuses to change go.mod (-mod=readonly is the default since Go 1.16)`,
        };
  }
  return undefined;
}

export const commands: readonly CommandRule[] = [{ programs: ['go'], classify: goCommand }];
