/** A download piped into a shell, or a downloaded script run directly. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { basename } from '../script.js';
import { splitShell } from '../shell-words.js';
import { clip } from '../clip.js';
import { curlPipeShellMeta } from './curl-pipe-shell.meta.js';

const FETCHERS = new Set(['curl', 'wget', 'iwr', 'Invoke-WebRequest', 'irm', 'Invoke-RestMethod']);
const INTERPRETERS = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ksh',
  'fish',
  'python',
  'python3',
  'node',
  'perl',
  'ruby',
  'pwsh',
  'powershell',
  'iex',
  'Invoke-Expression',
  'source',
  '.',
]);

export const curlPipeShell = defineCheck<CiModel>()({
  ...curlPipeShellMeta,
  run(model, report) {
    // The first interpreter after a fetcher, once per pipeline: `curl x | sh | sh | …` is one finding, and linear.
    const reported = new Set<readonly (readonly string[])[]>();
    const firstFetcher = new Map<readonly (readonly string[])[], number>();
    for (const c of model.commands) {
      const program = basename(c.command.argv[0] ?? '');
      if (!INTERPRETERS.has(program)) continue;
      if (!firstFetcher.has(c.pipeline))
        firstFetcher.set(
          c.pipeline,
          c.pipeline.findIndex((argv) => FETCHERS.has(basename(argv[0] ?? ''))),
        );
      const at = firstFetcher.get(c.pipeline)!;
      if (at >= 0 && at < c.position) {
        if (reported.has(c.pipeline)) continue;
        reported.add(c.pipeline);
        const fetcher = basename(c.pipeline[at]![0]!);
        report({
          messageId: 'pipe',
          data: {
            command: `${clip(c.pipeline[at]!.join(' '), 200)} | ${clip(c.command.argv.join(' '), 200)}`,
            fetcher,
          },
          at: { file: c.command.file, line: c.command.line, column: c.command.column },
          evidence: clip(c.command.text, 200),
          key: c.command.text,
        });
        continue;
      }
      const inner = c.substitutions.find((s) =>
        splitShell(s).some((p) => p.commands.some((x) => FETCHERS.has(basename(x.argv[0] ?? '')))),
      );
      if (inner !== undefined) {
        report({
          messageId: 'substitution',
          data: { command: clip(c.command.argv.join(' '), 200), inner: clip(inner.trim(), 200) },
          at: { file: c.command.file, line: c.command.line, column: c.command.column },
          evidence: clip(c.command.text, 200),
          key: c.command.text,
        });
      }
    }
  },
});
