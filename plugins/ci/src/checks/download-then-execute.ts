/**
 * A file downloaded and then run, installed, made executable or unpacked and run, in the same script
 * or job, with no checksum or signature verification in between.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions
 */
import { defineCheck, shorten, trimTrailing, type Severity } from '@inert/core';
import { isBinDirectory, useOf, verifies } from '../download-uses.js';
import { downloadOf, urlKind, type UrlKind } from '../downloads.js';
import type { CiCommand, CiModel, Job, Step } from '../model.js';
import { downloadThenExecuteMeta } from './download-then-execute.meta.js';

interface Pending {
  command: CiCommand;
  url: string;
  file: string;
  kind: UrlKind;
}

/** Where an unverified archive was unpacked: paths that start with `prefix` came out of it. */
interface Marker {
  prefix: string;
  from: Pending;
  step: Step | undefined;
}

interface State {
  pending: Map<string, Pending>;
  markers: Marker[];
}

/** Markers kept per job: checking a command against them stays a constant factor. */
const MAX_MARKERS = 32;

const SEVERITY: Record<UrlKind, Severity> = {
  http: 'high',
  latest: 'medium',
  unversioned: 'medium',
  dynamic: 'medium',
  versioned: 'low',
};

const WHY: Record<UrlKind, string> = {
  http: 'the URL is plain http://, so anyone on the network path chooses what runs',
  latest:
    'the URL follows "latest", so what runs changes whenever upstream publishes, or whoever takes over the release does',
  unversioned: 'the URL names no version, so what runs is whatever the server returns that day',
  dynamic: 'the URL is built at run time, so whether it pins anything cannot be read from the file',
  versioned:
    'the URL names a version, but nothing checks that the bytes behind it are still the ones that were reviewed',
};

export const downloadThenExecute = defineCheck<CiModel>()({
  ...downloadThenExecuteMeta,
  run(model, report) {
    const states = new Map<Job | string, State>();
    const reported = new Set<Pending>();
    for (const c of model.commands) {
      const group: Job | string = c.jobModel ?? `${c.command.file}\0${c.command.job ?? ''}`;
      let state = states.get(group);
      if (!state) states.set(group, (state = { pending: new Map(), markers: [] }));
      if (verifies(c.command.argv, c.pipeline, c.substitutions)) {
        state.pending.clear();
        state.markers.length = 0;
        continue;
      }
      if (c.dynamic) continue;
      const cwd = c.command.cwd;
      const download = downloadOf(c.command.argv, c.command.env);
      if (download) {
        state.pending.set(normalize(download.file, cwd), {
          command: c,
          url: download.url,
          file: download.file,
          kind: urlKind(download.url),
        });
        continue;
      }
      const use = useOf(c.command.argv);
      if (!use) continue;
      const paths = use.paths.map((p) => normalize(p, cwd));
      const hit = (messageId: 'run' | 'install' | 'executable' | 'extracted', from: Pending) => {
        if (reported.has(from)) return;
        reported.add(from);
        const at = from.command.command;
        report({
          messageId,
          data: {
            download: clip(at.text),
            file: from.file,
            use: clip(c.command.text),
            useLine: String(c.command.line),
            why: WHY[from.kind],
          },
          at: { file: at.file, line: at.line, column: at.column },
          evidence: clip(at.text),
          severity: SEVERITY[from.kind],
          key: `${at.line}:${at.column}`,
        });
      };
      const fromArchive = (path: string) => state.markers.find((m) => path.startsWith(m.prefix))?.from;
      if (use.use === 'extract') {
        const archive = state.pending.get(paths[0]!);
        if (!archive) continue;
        const into = paths[1];
        if (into !== undefined && isBinDirectory(into)) {
          hit('extracted', archive);
          continue;
        }
        if (state.markers.length >= MAX_MARKERS) continue;
        if (into !== undefined) state.markers.push({ prefix: `${into}/`, from: archive, step: c.step });
        const stem = /^[a-z][a-z0-9]*/i.exec(paths[0]!.slice(paths[0]!.lastIndexOf('/') + 1))?.[0];
        if (stem !== undefined)
          state.markers.push({
            prefix: `${paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1)}${stem}`,
            from: archive,
            step: c.step,
          });
        continue;
      }
      if (use.use === 'move') {
        const [source, destination] = paths as [string, string];
        const direct = state.pending.get(source);
        if (direct && isBinDirectory(destination)) hit('install', direct);
        else if (direct) state.pending.set(destination, direct);
        else if (isBinDirectory(destination)) {
          const archived = fromArchive(source);
          if (archived) hit('extracted', archived);
        }
        continue;
      }
      for (const path of paths) {
        const direct = state.pending.get(path);
        if (direct) {
          hit(use.use, direct);
          break;
        }
        // What an unpacked archive holds: paths under it, or a `./program` in the script that unpacked it.
        const archived =
          fromArchive(path) ??
          (use.use === 'run' && path === paths[0] && !path.startsWith('/') && !path.startsWith('~')
            ? state.markers.find((m) => m.step !== undefined && m.step === c.step)?.from
            : undefined);
        if (archived) {
          hit('extracted', archived);
          break;
        }
      }
    }
  },
});

/** A path as the job sees it: `$HOME`/`~` alike, the workspace as the root, relative paths under the working directory. */
function normalize(path: string, cwd: string | undefined): string {
  const p = path
    .replace(/^(\$\{?HOME\}?|~)(?=\/|$)/, '~')
    .replace(/^(\$\{?GITHUB_WORKSPACE\}?|\$\{\{\s*github\.workspace\s*\}\})(\/|$)/, '')
    .replace(/^(\.\/)+/, '');
  if (p.endsWith('/')) return normalize(trimTrailing(p, '/'), cwd);
  if (p.startsWith('/') || p.startsWith('~') || cwd === undefined) return p;
  const base = cwd === '$HOME' ? '~' : cwd.startsWith('$/') ? cwd.slice(1) : cwd;
  return `${base}/${p}`;
}

/** At most 160 characters, without a line continuation's trailing backslash. */
function clip(text: string): string {
  const t = text.endsWith('\\') ? text.slice(0, -1).trimEnd() : text;
  return shorten(t, 160);
}
