/** The readers behind the bot-condition, environment-file, secrets-context and image audits (#21): what they find, and that they stay linear. */
import { describe, expect, it } from 'vitest';
import { cpuMs, looksLinear, measureGrowth, type Growth } from '@inert/core/testing';
import { spoofableTrust } from './checks/spoofable-bot-condition.js';
import { tagOf } from './checks/unpinned-image.js';
import { ANY, overlaps, pattern, WORD } from './cache-keys.js';
import { baseImages } from './dockerfile-images.js';
import { githubScriptEnvWrites } from './github-script-env.js';
import { envFileWrites } from './env-writes.js';
import { wholeSecretsIn } from './secrets-context.js';

describe('envFileWrites', () => {
  it('finds the writing forms of bash, pwsh and cmd, with what is written', () => {
    const script = [
      'echo "A=1" >> $GITHUB_ENV',
      'echo "$HOME/bin" >> "${GITHUB_PATH}"',
      'echo "V=$(cat v)" | tee -a "$GITHUB_ENV"',
      '{',
      '  echo "BODY<<EOF"',
      '  cat body.md',
      '  echo EOF',
      '} >> "$GITHUB_ENV"',
      'cat >> $GITHUB_ENV <<END',
      'X=${{ github.event.issue.title }}',
      'END',
      '"T=$env:TITLE" | Out-File -FilePath $env:GITHUB_ENV -Append',
      'echo X=1>>%GITHUB_ENV%',
    ].join('\n');
    const got = envFileWrites(script);
    expect(got.map((w) => [w.line, w.target])).toEqual([
      [0, 'GITHUB_ENV'],
      [1, 'GITHUB_PATH'],
      [2, 'GITHUB_ENV'],
      [7, 'GITHUB_ENV'],
      [8, 'GITHUB_ENV'],
      [11, 'GITHUB_ENV'],
      [12, 'GITHUB_ENV'],
    ]);
    expect(got[3]!.value).toContain('cat body.md');
    expect(got[4]!.value).toContain('github.event.issue.title');
    // The heredoc's closing delimiter is not part of the value.
    expect(got[4]!.value.endsWith('}}')).toBe(true);
  });

  it('does not take reads, comments, look-alike names or the multiline-value delimiter for writes or heredocs', () => {
    const script = [
      'cat "$GITHUB_ENV"',
      '# echo X >> $GITHUB_ENV',
      'echo "$GITHUB_ENVIRONMENT" > out.txt',
      'if [ -f "$GITHUB_PATH" ]; then echo ok; fi',
      'echo "NOTES<<EOF" >> "$GITHUB_ENV"',
      'echo "line"',
      'echo "EOF" >> "$GITHUB_ENV"',
    ].join('\n');
    expect(envFileWrites(script).map((w) => w.line)).toEqual([4, 6]);
  });

  it('is linear: 4x as many references on one line, and 4x as many lines, take ~4x the time', async () => {
    for (const make of [
      (n: number) => `echo ${'"$GITHUB_ENV" '.repeat(n)}`,
      (n: number) => '} >> $GITHUB_ENV\n'.repeat(n),
      (n: number) => `cat >> $GITHUB_ENV <<EOF\n${'X=${{ github.sha }} $HOME/bin\n'.repeat(n)}`,
    ]) {
      const growth = await grows((t) => envFileWrites(t), make, 10_000);
      expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
    }
  });
});

describe('wholeSecretsIn', () => {
  it('finds the whole context and computed indexes, not named secrets', () => {
    expect(wholeSecretsIn('${{ toJSON(secrets) }}')).toEqual([{ kind: 'whole', text: '${{ toJSON(secrets) }}' }]);
    expect(wholeSecretsIn('x ${{ secrets }} y')[0]!.kind).toBe('whole');
    expect(wholeSecretsIn('${{ secrets[matrix.pat] }}')[0]!.kind).toBe('dynamic');
    for (const named of [
      '${{ secrets.NPM_TOKEN }}',
      "${{ secrets['NPM_TOKEN'] }}",
      '${{ inputs.secrets }}',
      "${{ format('{0} secrets', github.repository) }}",
      'echo secrets',
    ])
      expect(wholeSecretsIn(named), named).toEqual([]);
  });

  it('is linear on many `secrets` words inside one expression', async () => {
    const make = (n: number) => `\${{ ${"'secrets' secrets.A ".repeat(n)} }}`;
    const growth = await grows((t) => wholeSecretsIn(t), make, 20_000);
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  });
});

describe('spoofableTrust', () => {
  it('reports trust in a bot by the last actor, in any unguarded || branch', () => {
    expect(spoofableTrust("github.actor == 'dependabot[bot]'")?.context).toBe('github.actor');
    expect(spoofableTrust("${{ 'renovate[bot]' == github.triggering_actor }}")?.context).toBe(
      'github.triggering_actor',
    );
    expect(spoofableTrust("github.actor_id == '49699333'")?.context).toBe('github.actor_id');
    expect(spoofableTrust('contains(fromJSON(\'["dependabot[bot]"]\'), github.actor)')).toBeDefined();
    expect(
      spoofableTrust(
        "github.actor == 'dependabot[bot]' || github.event.pull_request.head.repo.full_name == github.repository",
      ),
    ).toBeDefined();
  });

  it('does not report exclusions, guarded branches, the author, or people', () => {
    for (const safe of [
      "github.actor != 'dependabot[bot]'",
      "${{ !endsWith(github.actor, '[bot]') }}",
      "!(github.actor == 'dependabot[bot]')",
      "github.event.sender.login != 'github-actions[bot]'",
      "github.actor == 'dependabot[bot]' && github.event.pull_request.head.repo.full_name == github.repository",
      "(github.actor == 'dependabot[bot]' || github.actor == 'renovate[bot]') && github.event.pull_request.user.login == github.actor",
      "github.event.pull_request.user.login == 'dependabot[bot]'",
      "github.actor == 'octocat'",
    ])
      expect(spoofableTrust(safe), safe).toBeUndefined();
  });
});

describe('cache keys compared across workflows', () => {
  const os = '\uE000runner.os\uE000';
  it('reads expressions: runner symbols kept, env values substituted, hashes as words, the rest as any text', () => {
    expect(pattern("${{ runner.os }}-cargo-${{ hashFiles('**/Cargo.lock') }}", {})).toBe(`${os}-cargo-${WORD}`);
    expect(pattern('${{ env.PREFIX }}-${{ matrix.target }}', { PREFIX: 'build' })).toBe(`build-${ANY}`);
  });

  it('meets a restore-keys prefix and an equal pattern, and tells apart other literals and setup-node managers', () => {
    expect(overlaps(`${os}-cargo-${WORD}`, `${os}-cargo-${ANY}`)).toBe(true);
    expect(overlaps(`${os}-cargo-${WORD}`, `${os}-cargo-${WORD}`)).toBe(true);
    expect(overlaps(`${os}-lint-${WORD}`, `${os}-cargo-${ANY}`)).toBe(false);
    expect(overlaps(`node-cache-${WORD}-${WORD}-yarn-${WORD}`, `node-cache-${WORD}-${WORD}-npm-${WORD}`)).toBe(false);
    // A hash is one word: it cannot stand for `release-x`; any text can.
    expect(overlaps(`${os}-cargo-release-x`, `${os}-cargo-${WORD}`)).toBe(false);
    expect(overlaps(`${os}-cargo-release-x`, `${os}-cargo-${ANY}`)).toBe(true);
    expect(overlaps('exact', 'exact')).toBe(true);
  });

  it('is bounded by the product of the key lengths', () => {
    const a = `${ANY}a`.repeat(100);
    const b = `${WORD}b`.repeat(100);
    let result: boolean | undefined;
    // CPU time: a hang guard a loaded machine's waiting does not trip.
    expect(cpuMs(() => (result = overlaps(a, b)))).toBeLessThan(1000);
    expect(result).toBe(false);
  });
});

describe('github-script environment-file calls', () => {
  it('reads core.exportVariable and core.addPath with their arguments, across lines, skipping comments', () => {
    const script = [
      "// core.exportVariable('OLD', x)",
      "core.exportVariable('A', 'b');",
      'core.exportVariable(',
      "  'B', f(')', [1, 2]),",
      ');',
      'core . addPath(`${dir})`)',
    ].join('\n');
    expect(githubScriptEnvWrites(script).map((w) => [w.target, w.line, w.value.trim()])).toEqual([
      ['GITHUB_ENV', 1, "'A', 'b'"],
      ['GITHUB_ENV', 2, "'B', f(')', [1, 2]),"],
      ['GITHUB_PATH', 5, '`${dir})`'],
    ]);
  });

  it('is linear: 4x as many calls take ~4x the time', async () => {
    const make = (n: number) => "core.exportVariable('X', (((( '\n".repeat(n);
    // CPU time, fastest of 5 runs (was the median wall time); the bound is unchanged.
    const growth = await grows((t) => githubScriptEnvWrites(t), make, 2000);
    expect(growth.large, JSON.stringify(growth)).toBeLessThan(Math.max(growth.small, 1) * 12);
  });
});

describe('Dockerfile base images', () => {
  it('substitutes build arguments declared before the first FROM, and skips scratch and stages', () => {
    const text = [
      'ARG NODE=20.11',
      'ARG BASE',
      'FROM --platform=$BUILDPLATFORM node:${NODE}-alpine AS build',
      'FROM ${BASE}',
      'from Build as test',
      'FROM scratch',
      'FROM gcr.io/distroless/static',
    ].join('\n');
    expect(baseImages(text, 'Dockerfile').map((b) => [b.image, b.dynamic, b.at.line])).toEqual([
      ['node:20.11-alpine', false, 3],
      ['${BASE}', true, 4],
      ['gcr.io/distroless/static', false, 7],
    ]);
  });

  it('reads COPY --from and RUN --mount from= images, and skips every stage name, stage indexes and variables', () => {
    const text = [
      'FROM node:20 AS deps',
      'COPY --from=Late /x /x',
      'COPY --from=0 /y /y',
      'COPY --chown=1:1 --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/',
      'RUN --mount=type=cache,target=/c --mount=type=bind,from=alpine,target=/a true',
      'COPY --from=$TOOLS /t /t',
      'COPY /from=x /y',
      'FROM deps AS late',
    ].join('\n');
    expect(baseImages(text, 'Dockerfile').map((b) => [b.image, b.dynamic, b.at.line, b.at.column])).toEqual([
      ['node:20', false, 1, 6],
      ['ghcr.io/astral-sh/uv:0.5', false, 4, 25],
      ['alpine', false, 5, 57],
      ['$TOOLS', true, 6, 13],
    ]);
  });

  it('reads the tag after the registry port and before the digest', () => {
    expect(tagOf('localhost:5000/tools/fmt')).toBeUndefined();
    expect(tagOf('localhost:5000/tools/fmt:1.2')).toBe('1.2');
    expect(tagOf('node:20@sha256:00')).toBe('20');
    expect(tagOf('redis')).toBeUndefined();
  });
});

/** How `read` grows from the input `make(n)` to `make(4n)` (CPU time, fastest runs; inputs built once). */
function grows(read: (text: string) => unknown, make: (n: number) => string, n: number): Promise<Growth> {
  const inputs = new Map([n, 4 * n].map((k) => [k, make(k)]));
  return measureGrowth((k) => read(inputs.get(k)!), n);
}
