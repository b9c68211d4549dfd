/** A download piped into a shell, or a downloaded script run directly. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { basename } from '../script.js';
import { splitShell } from '../shell-words.js';
import { clip } from '../clip.js';

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
  id: 'curl-pipe-shell',
  question: 'pre-install-execution',
  title: 'A downloaded script is run without verification',
  description:
    'A CI step, Dockerfile or script pipes a download into an interpreter (`curl … | sh`, `bash -c "$(curl …)"`, `sh <(wget …)`): whatever the server (or anyone on the path, or whoever controls the domain later) returns runs with the job\u2019s credentials. No lock, hash or signature covers it.',
  severity: 'high',
  confidence: 'high',
  messages: {
    pipe: '`{command}` runs what {fetcher} downloads, unverified',
    substitution: '`{command}` runs the output of `{inner}`, unverified',
  },
  remediation:
    'Download to a file, verify a pinned checksum or signature (`sha256sum -c`), then run it; or use a pinned, versioned package or action instead.',
  limitations:
    'Only a download piped or substituted straight into an interpreter; a download saved to a file and then run is ci/download-then-execute.',
  reads: ['ci'],
  examples: { bad: ['curl-pipe-shell--installers'], good: ['clean--strict-installs'] },
  since: 'next',
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
