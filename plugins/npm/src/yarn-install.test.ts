import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { yarnInstallVerdict, type YarnFacts } from './yarn-install.js';

const onCi: Partial<ShellCommand> = { origin: 'github-actions' };

function verdict(facts: YarnFacts | undefined, extra: Partial<ShellCommand> = {}, argv = ['yarn', 'install']) {
  const c: ShellCommand = { argv, env: {}, text: argv.join(' '), file: 'ci.yml', line: 1, column: 1, ...extra };
  return yarnInstallVerdict(c, facts);
}

const berry4: YarnFacts = { version: { major: 4, minor: 17, from: 'packageManager "yarn@4.17.0"' } };

describe('yarn install immutability (#26)', () => {
  it.each<[string, YarnFacts | undefined, Partial<ShellCommand>, string]>([
    ['Yarn 4 on CI', berry4, onCi, 'strict'],
    ['Yarn 3 on CI (CI=true)', { version: { major: 3, from: 'yarnPath' } }, { env: { CI: 'true' } }, 'strict'],
    ['Yarn 4 outside CI (a Dockerfile)', berry4, { origin: 'dockerfile' }, 'lax'],
    ['Yarn 2 on CI (default false before 3.0)', { version: { major: 2, minor: 4, from: 'yarnPath' } }, onCi, 'lax'],
    [
      'Yarn 2 with enableImmutableInstalls: true',
      { version: { major: 2, from: 'yarnPath' }, immutable: { value: true, label: 'enableImmutableInstalls: true' } },
      onCi,
      'strict',
    ],
    [
      'Yarn 4 with enableImmutableInstalls: false',
      { ...berry4, immutable: { value: false, label: 'enableImmutableInstalls: false' } },
      onCi,
      'lax',
    ],
    [
      'Yarn 4 with YARN_ENABLE_IMMUTABLE_INSTALLS=false',
      berry4,
      { ...onCi, env: { YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' } },
      'lax',
    ],
    ['Yarn classic pinned', { version: { major: 1, minor: 22, from: 'packageManager "yarn@1.22.22"' } }, onCi, 'lax'],
    ['a classic lock, nothing pinned', { lock: { path: 'yarn.lock', format: 'classic' } }, onCi, 'lax'],
    [
      'a berry lock, nothing pinned',
      { lock: { path: 'yarn.lock', format: 'berry', metadataVersion: 8 } },
      onCi,
      'unknown',
    ],
    ['no facts at all', undefined, onCi, 'unknown'],
    [
      'an interpolated enableImmutableInstalls',
      { ...berry4, immutable: { value: undefined, label: 'enableImmutableInstalls: ${IMMUTABLE}' } },
      onCi,
      'unknown',
    ],
  ])('%s → %s', (_, facts, extra, classification) => {
    const v = verdict(facts, extra);
    expect(v.classification).toBe(classification);
    expect(v.undeterminable === true).toBe(classification === 'unknown');
  });

  it('names the setting or the version that decided', () => {
    expect(verdict(berry4, onCi).reason).toMatch(
      /Yarn 4 per packageManager "yarn@4\.17\.0" defaults enableImmutableInstalls to true on CI/,
    );
    expect(verdict({ lock: { path: 'web/yarn.lock', format: 'berry' } }, onCi).reason).toMatch(
      /web\/yarn\.lock is Yarn berry's format/,
    );
  });
});
