/**
 * Tests of the event's last actor against a bot inside a script, line by line: shell
 * (`[ "$GITHUB_ACTOR" = "dependabot[bot]" ]`, `[[ ${{ github.actor }} == renovate* ]]`, a variable
 * set from `github.actor` in `env:`) and github-script JavaScript (`context.actor === 'dependabot[bot]'`,
 * `context.payload.sender.login`, `[…].includes(context.actor)`). A line that negates the test
 * (`!=`, `!==`) excludes the bot; a line that also checks the pull request's author or head
 * repository is guarded. In github-script, a `const` bound to the actor (`const a = context.actor`,
 * `const { actor } = context`, `const a = process.env.ACTOR` with `ACTOR: ${{ github.actor }}`, or
 * another such `const`) is the actor too; `let`/`var` bindings, assignments, function arguments and
 * object fields are not followed (data flow a line-by-line read cannot decide), so a test through
 * them is not reported. `GITHUB_ACTOR` is `github.actor` and `GITHUB_TRIGGERING_ACTOR`
 * `github.triggering_actor`: https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 */

export interface ScriptBotTest {
  /** 0-based line within the script. */
  line: number;
  /** The line, trimmed. */
  text: string;
  /** The actor reference as written (`$GITHUB_ACTOR`, `context.actor`). */
  context: string;
}

/** Expressions that name the event's last actor. */
const ACTOR_EXPRESSION =
  /\$\{\{\s*github\.(?:actor|triggering_actor|event\.sender\.login|event\.pull_request\.sender\.login)\s*\}\}/;
const SHELL_ACTOR = /\$\{?(?:GITHUB_ACTOR|GITHUB_TRIGGERING_ACTOR)\b/;
const JS_ACTOR = /\bcontext\s*\.\s*(?:actor|payload\s*\.\s*sender\s*\.\s*login)\b/;
const BOT = /\[bot\]|dependabot|renovate/i;
const SHELL_EQUALS = /\s==?\s|\s=~\s|^\s*case\b/;
const JS_EQUALS = /={2,3}|\.(?:includes|startsWith|endsWith)\s*\(/;
const NEGATED = /!==?|\s-ne\s/;
const GUARD = /\buser\.login\b|head\.repo\.(?:full_name|fork)/i;
const NAME = /^[A-Z_]\w*$/i;

/** Lines of the script that trust a bot by the last actor. `env` is the step's, to follow `ACTOR: ${{ github.actor }}`. */
export function botTestsIn(
  script: string,
  env: Readonly<Record<string, string>>,
  language: 'shell' | 'js',
): ScriptBotTest[] {
  if (!BOT.test(script)) return [];
  const aliases = Object.keys(env).filter((k) => NAME.test(k) && ACTOR_EXPRESSION.test(env[k]!));
  const out: ScriptBotTest[] = [];
  const lines = script.split('\n');
  // github-script: `const` names bound to the actor so far, with what they hold.
  const bound = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (language === 'js') {
      const binding = constBinding(text, aliases, bound);
      if (binding) {
        bound.set(binding.name, binding.holds);
        continue;
      }
    }
    if (text.startsWith('#') || text.startsWith('//') || !BOT.test(text) || NEGATED.test(text) || GUARD.test(text))
      continue;
    const context = actorIn(text, aliases, language) ?? boundIn(text, bound);
    if (context === undefined) continue;
    if (!(language === 'js' ? JS_EQUALS : SHELL_EQUALS).test(text)) continue;
    out.push({ line: i, text, context });
  }
  return out;
}

const CONST_NAME = /^const\s+([A-Za-z_$][\w$]*)\s*=(.*)$/;
const CONST_DESTRUCTURED = /^const\s*\{\s*actor\s*\}\s*=\s*context\s*;?$/;
const PROCESS_ENV = /^process\.env\.([A-Za-z_]\w*)$/;

/** `const a = context.actor;`, `const { actor } = context;`, `const a = process.env.ACTOR;`, `const b = a;`. */
function constBinding(
  text: string,
  envAliases: readonly string[],
  bound: ReadonlyMap<string, string>,
): { name: string; holds: string } | undefined {
  if (CONST_DESTRUCTURED.test(text)) return { name: 'actor', holds: 'context.actor' };
  const m = CONST_NAME.exec(text);
  if (!m) return undefined;
  const written = m[2]!.replace(/\s+/g, '');
  const value = written.endsWith(';') ? written.slice(0, -1) : written;
  const js = JS_ACTOR.exec(value);
  if (js && js[0].length === value.length) return { name: m[1]!, holds: value };
  if (ACTOR_EXPRESSION.test(value) && /^["'`]?\$\{\{[^}]*\}\}["'`]?$/.test(value))
    return { name: m[1]!, holds: value.replace(/^["'`]|["'`]$/g, '') };
  const env = PROCESS_ENV.exec(value)?.[1];
  if (env !== undefined && envAliases.includes(env)) return { name: m[1]!, holds: `process.env.${env}` };
  const other = bound.get(value);
  return other === undefined ? undefined : { name: m[1]!, holds: other };
}

/** A `const` bound to the actor, used as a whole identifier (not a field: `x.actor`), named with what it holds. */
function boundIn(line: string, bound: ReadonlyMap<string, string>): string | undefined {
  if (bound.size === 0) return undefined;
  // Names inside string literals are words, not the binding.
  const text = line.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''");
  for (const [name, holds] of bound) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = at === 0 ? '' : text[at - 1]!;
      const after = text[at + name.length] ?? '';
      if (!/[\w$.]/.test(before) && !/[\w$]/.test(after)) return `${name} (${holds})`;
    }
  }
  return undefined;
}

function actorIn(text: string, aliases: readonly string[], language: 'shell' | 'js'): string | undefined {
  const expression = ACTOR_EXPRESSION.exec(text)?.[0];
  if (expression) return expression;
  if (language === 'js') return JS_ACTOR.exec(text)?.[0].replace(/\s+/g, '');
  const variable = SHELL_ACTOR.exec(text)?.[0];
  if (variable) return variable.replace('{', '');
  for (const name of aliases) if (references(text, name)) return `$${name}`;
  return undefined;
}

/** `$NAME` (not `$NAME_X`) or `${NAME}` in the text. */
function references(text: string, name: string): boolean {
  if (text.includes(`\${${name}}`)) return true;
  for (let at = text.indexOf(`$${name}`); at >= 0; at = text.indexOf(`$${name}`, at + 1)) {
    const next = text.charCodeAt(at + name.length + 1);
    if (!(next === 0x5f || (next >= 0x30 && next <= 0x39) || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a)))
      return true;
  }
  return false;
}
