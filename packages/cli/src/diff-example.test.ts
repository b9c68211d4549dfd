/**
 * docs/examples/diff-pr-comment.md: the pull-request comment `inert diff --format markdown` writes for
 * corpus/diff/pull-request-example (a change that adds a dependency with install scripts, drops a hash,
 * adds a registry, loosens a CI install and removes a finding). Regenerate with
 * `npx vitest run packages/cli/src/diff-example.test.ts -u` and read the diff.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('docs/examples/diff-pr-comment.md', () => {
  it('is the current output of inert diff --format markdown on corpus/diff/pull-request-example', async () => {
    const r = await runCaptured(
      [
        'diff',
        'corpus/diff/pull-request-example/base',
        'corpus/diff/pull-request-example/head',
        '--format',
        'markdown',
      ],
      repo,
    );
    expect(r.code).toBe(1);
    // No machine-specific path may reach the committed example.
    expect(r.stdout).not.toContain(repo);
    await expect(r.stdout).toMatchFileSnapshot('../../../docs/examples/diff-pr-comment.md');
  });
});

describe('docs/diff.md', () => {
  it('states the exit codes as EXIT_CODE_TABLE does', async () => {
    const { readFile } = await import('node:fs/promises');
    const { EXIT_CODE_TABLE } = await import('./exit-codes.js');
    const page = await readFile(`${repo}docs/diff.md`, 'utf8');
    for (const e of EXIT_CODE_TABLE) expect(page).toContain(`| ${e.code} | ${e.diff} |`);
  });
});
