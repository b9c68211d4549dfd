/** How go commands in CI treat go.mod and go.sum. https://go.dev/ref/mod#build-commands */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

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
  if (sub === 'get') return { action: 'install', classification: 'lax', reason: 'go get changes go.mod and go.sum' };
  if (sub === 'mod') {
    if (rest[0] === 'download' || rest[0] === 'verify')
      return { action: 'install', classification: 'strict', reason: `go mod ${rest[0]} uses go.sum as written` };
    if (rest[0] === 'tidy')
      // `-diff` (Go 1.23) prints what tidy would change and exits non-zero, writing nothing: a check, not a rewrite.
      // https://go.dev/ref/mod#go-mod-tidy
      return rest.slice(1).some((a) => /^--?diff(?:=true)?$/.test(a))
        ? {
            action: 'install',
            classification: 'strict',
            reason: 'go mod tidy -diff writes nothing: it fails when go.mod or go.sum would change',
          }
        : { action: 'install', classification: 'lax', reason: 'go mod tidy rewrites go.mod and go.sum' };
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
