/**
 * What a lifecycle script visibly does, from its command line alone (nothing is run, files it calls are
 * not followed): fetch-and-run (a download piped or substituted into a shell or interpreter), a
 * registry run (`npx`/`bunx` of a package the manifest does not declare, any `dlx`; pinned when it names an
 * exact version), a native binding build, or
 * anything else. Patterns: https://github.com/nodejs/node-gyp#readme,
 * https://github.com/prebuild/prebuild-install#usage, https://docs.npmjs.com/cli/commands/npx
 */

import { isLineTerminator } from '@inert/core';

export type HookKind = 'fetch-and-run' | 'registry-run' | 'registry-run-pinned' | 'binding-build' | 'other';

const DOWNLOADER = /\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/i;
// A pipe into a shell or interpreter, or a process/command substitution around the download.
const EXECUTES = /\|\s*(?:sudo\s+)?(?:sh|bash|zsh|dash|node|python3?|perl|ruby|iex|Invoke-Expression)\b|<\(|\$\(/i;
const BINDING_BUILD =
  /^(?:node-gyp(?:\s+(?:rebuild|build|configure))*|prebuild-install(?:\s+-[\w-]+(?:[=\s]\w+)?)*(?:\s*\|\|\s*node-gyp\s+rebuild)?|node-gyp-build(?:-optional)?|node-pre-gyp\s+install(?:\s+-[\w-]+(?:=\w+)?)*|cmake-js\s+(?:compile|rebuild|build))$/;
const REGISTRY_RUNNER =
  /(?:^|[;&|]\s*)(?:npx|pnpx|bunx|npm\s+exec|pnpm\s+dlx|yarn\s+dlx)\s+(?:-[\w=.-]*\s+)*(@?[\w.-]+(?:\/[\w.-]+)?)/g;

/** Classifies one script body; `declared` are the names the manifest lists as dependencies. */
export function classifyHook(command: string, declared: ReadonlySet<string>): { kind: HookKind; detail?: string } {
  const body = command.trim();
  if (DOWNLOADER.test(body) && EXECUTES.test(body)) return { kind: 'fetch-and-run' };
  for (const m of body.matchAll(REGISTRY_RUNNER)) {
    const name = withoutVersion(m[1]!);
    // `pnpm dlx`/`yarn dlx` install into a throwaway project, so a declared dependency does not make them local
    if (declared.has(name) && !/dlx\s/.test(m[0])) continue;
    // the capture stops before `@version`; an exact one pins the run (npm never lets a published version change)
    const version = /^@([\w.+-]{1,100})(?=$|[\s;&|])/.exec(body.slice((m.index ?? 0) + m[0].length))?.[1];
    if (version !== undefined && /^v?\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[\w.]{1,50})?$/.test(version))
      return { kind: 'registry-run-pinned', detail: `${m[1]!}@${version}` };
    return { kind: 'registry-run', detail: m[1]! };
  }
  if (BINDING_BUILD.test(body)) return { kind: 'binding-build' };
  return { kind: 'other' };
}

/**
 * `pkg@1`, `@scope/pkg@latest` → the package name: `spec.replace(/(?<=.)@[^/]*$/, '')`, which tried
 * every `@` against the rest of the text, as one search from the last `/` (linear, #20 class 3).
 */
export function withoutVersion(spec: string): string {
  for (let at = spec.indexOf('@', Math.max(1, spec.lastIndexOf('/') + 1)); at >= 0; at = spec.indexOf('@', at + 1)) {
    // `(?<=.)`: the `@` follows a character other than a line terminator.
    if (!isLineTerminator(spec.charCodeAt(at - 1))) return spec.slice(0, at);
  }
  return spec;
}
