/**
 * Tests of the event's last actor against a bot inside a script, line by line: shell
 * (`[ "$GITHUB_ACTOR" = "dependabot[bot]" ]`, `[[ ${{ github.actor }} == renovate* ]]`, a variable
 * set from `github.actor` in `env:`) and github-script JavaScript (`context.actor === 'dependabot[bot]'`,
 * `context.payload.sender.login`, `[…].includes(context.actor)`). A line that negates the test
 * (`!=`, `!==`) excludes the bot; a line that also checks the pull request's author or head
 * repository is guarded. `GITHUB_ACTOR` is `github.actor` and `GITHUB_TRIGGERING_ACTOR`
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
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text.startsWith('#') || text.startsWith('//') || !BOT.test(text) || NEGATED.test(text) || GUARD.test(text))
      continue;
    const context = actorIn(text, aliases, language);
    if (context === undefined) continue;
    if (!(language === 'js' ? JS_EQUALS : SHELL_EQUALS).test(text)) continue;
    out.push({ line: i, text, context });
  }
  return out;
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
