/**
 * Lines of a script that write the runner's environment files, `GITHUB_ENV` and `GITHUB_PATH`
 * (`echo "X=$V" >> "$GITHUB_ENV"`, `… | tee -a $GITHUB_PATH`, pwsh `Out-File -FilePath $env:GITHUB_ENV`,
 * cmd `>> %GITHUB_ENV%`), with the text that produces what is written. Reading the file
 * (`cat "$GITHUB_ENV"`) is not a write.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files
 */

export interface ScriptEnvWrite {
  target: 'GITHUB_ENV' | 'GITHUB_PATH';
  /** 0-based line of the writing command within the script. */
  line: number;
  /** The writing line, trimmed. */
  text: string;
  /** The command, `{ … }` group or heredoc body whose output is written. */
  value: string;
}

const TARGET = /GITHUB_(ENV|PATH)\b/g;
const PWSH_WRITERS = /\b(?:Out-File|Add-Content|Set-Content|Tee-Object)\b/i;
const HEREDOC = /<<-?[ \t]*(['"]?)([A-Z_]\w*)\1/i;

/** Linear: every line is read once forward; a group's body is read back at most to the previous write. */
export function envFileWrites(script: string): ScriptEnvWrite[] {
  const lines = script.split('\n');
  const out: ScriptEnvWrite[] = [];
  let floor = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || !trimmed.includes('GITHUB_')) continue;
    const target = writtenTarget(line);
    if (!target) continue;
    let start = i;
    // `{ … } >> "$GITHUB_ENV"`, `( … ) >> …`, `done >> …`: the group's body is what is written.
    if (/^[})]|^done\b/.test(trimmed)) {
      for (let k = i - 1; k >= floor; k--) {
        const t = lines[k]!.trim();
        if (t === '{' || t === '(' || t.endsWith(' {') || /^(for|while|until)\b/.test(t)) {
          start = k;
          break;
        }
      }
    }
    // Continuation lines before the writing one belong to the same command.
    while (start > floor && lines[start - 1]!.trimEnd().endsWith('\\')) start--;
    const value = lines.slice(start, i + 1);
    const heredoc = HEREDOC.exec(line);
    let end = i;
    // `echo "BODY<<EOF" >> "$GITHUB_ENV"` is the multiline-value syntax of the file, not a heredoc.
    if (heredoc && !line.includes('<<<') && !quoted(line, heredoc.index)) {
      while (end + 1 < lines.length && lines[end + 1]!.trim() !== heredoc[2]) value.push(lines[++end]!);
      end++;
    }
    out.push({ target, line: i, text: trimmed, value: value.join('\n') });
    i = Math.min(end, lines.length - 1);
    floor = i + 1;
  }
  return out;
}

/**
 * The environment file the line writes, if it writes one: a reference (`$GITHUB_ENV`, `${GITHUB_ENV}`,
 * `$env:GITHUB_ENV`, `%GITHUB_ENV%`) after `>`/`>>`, after `tee`, or after a pwsh writer earlier on
 * the line. Each reference is judged by the few characters before it: linear in the line.
 */
function writtenTarget(line: string): ScriptEnvWrite['target'] | undefined {
  const pwsh = PWSH_WRITERS.exec(line)?.index ?? Infinity;
  for (const m of line.matchAll(TARGET)) {
    const at = m.index;
    const reference = line.endsWith('${', at)
      ? at - 2
      : line.slice(Math.max(0, at - 5), at).toLowerCase() === '$env:'
        ? at - 5
        : line[at - 1] === '$' || line[at - 1] === '%'
          ? at - 1
          : -1;
    if (reference < 0) continue;
    const lead = trimQuotes(line, reference);
    const tail = line.slice(Math.max(0, lead - 16), lead);
    if (tail.endsWith('>') || /(?:^|[\s|])tee(?:\s+-a|\s+--append)?$/.test(tail) || pwsh < at)
      return m[1] === 'ENV' ? 'GITHUB_ENV' : 'GITHUB_PATH';
  }
  return undefined;
}

/** The end of `line.slice(0, end)` without its trailing quotes and blanks (`echo x >> "` → `echo x >>`). */
function trimQuotes(line: string, end: number): number {
  while (end > 0 && '"\' \t'.includes(line[end - 1]!)) end--;
  return end;
}

/** True when `at` is inside a `"…"` or `'…'` string of the line. */
function quoted(line: string, at: number): boolean {
  let quote = '';
  for (let i = 0; i < at; i++) {
    const c = line[i]!;
    if (quote === '' && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = '';
  }
  return quote !== '';
}
