/**
 * What does an install hook do? A static reading of the command a lifecycle hook runs (a
 * `preinstall` script, a build script, a build step given as a command line), and of the source
 * text of the file it runs when that file is readable. It names behaviours with the span that shows
 * each, and derives a severity from them: downloading and running code, spawning a shell, decoding and
 * evaluating strings or reading credentials is high or critical; rebuilding a bundled native binding is
 * low. Shared by package vetting (a package's own hooks) and by the dependency install-script checks.
 * What is particular to an ecosystem (its credential files and tokens, its benign build commands) is
 * the vocabulary its plugin supplies (`Plugin.hooks`).
 *
 * It does not execute, resolve or de-obfuscate anything: an indirection it cannot read (a variable, a
 * script fetched at run time) is reported as `opaque`, never as harmless. Every pattern is a literal or
 * a bounded class, linear on attacker text; input is cut at MAX_TEXT.
 */
import type { Severity } from './severity.js';

export type HookBehaviour =
  | 'download-and-execute'
  | 'download'
  | 'shell'
  | 'process-spawn'
  | 'eval-decoded'
  | 'eval'
  | 'credential-read'
  | 'env-exfiltration'
  | 'network'
  | 'native-build'
  | 'runs-file'
  | 'nothing-recognised'
  | 'opaque';

export interface HookEvidence {
  behaviour: HookBehaviour;
  /** The matched text, at most 120 characters, as written (escape before printing). */
  text: string;
  /** 0-based offset into the analysed text. */
  offset: number;
}

export interface HookAnalysis {
  behaviours: HookBehaviour[];
  evidence: HookEvidence[];
  severity: Severity;
  /** One sentence naming what it does, for messages. */
  summary: string;
}

const MAX_TEXT = 256 * 1024;

interface Rule {
  behaviour: HookBehaviour;
  pattern: RegExp;
}

/**
 * What an ecosystem's plugin teaches the hook reader (`Plugin.hooks`): the credential files its
 * clients keep and the token variables they read, and the whole commands that only build a native
 * binding or prepare dev tooling. The scan hands every plugin the vocabularies of all the scan's
 * plugins merged (`LoadContext.hooks`): a hook of one ecosystem reading another's token is still
 * reading a credential.
 */
export interface HookVocabulary {
  /** Credential file paths or path endings, as a hook would name them: `.netrc`, `.config/tool/credentials`. */
  credentialFiles?: readonly string[];
  /** Environment variables holding publish or install tokens, matched as written. */
  tokenVariables?: readonly string[];
  /** Whole commands (anchored at both ends) that are `native-build` (low); linear regexes only. */
  nativeBuildCommands?: readonly RegExp[];
}

/** Every vocabulary in one, in order (what the scan hands each plugin's load). */
export function mergeHookVocabularies(vocabularies: readonly (HookVocabulary | undefined)[]): HookVocabulary {
  return {
    credentialFiles: vocabularies.flatMap((v) => v?.credentialFiles ?? []),
    tokenVariables: vocabularies.flatMap((v) => v?.tokenVariables ?? []),
    nativeBuildCommands: vocabularies.flatMap((v) => v?.nativeBuildCommands ?? []),
  };
}

/** Credential files and token variables of no one ecosystem: cloud, SSH, container and Git credentials. */
const COMMON_CREDENTIAL_FILES = ['.aws/credentials', '.ssh/id_', '.docker/config.json', '.netrc', '.git-credentials'];
const COMMON_TOKEN_VARIABLES = ['GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY'];

// Shell command lines (manifest scripts, Makefile-like hook strings), before the vocabulary's rules.
const COMMAND_RULES_BEFORE: readonly Rule[] = [
  {
    behaviour: 'download-and-execute',
    pattern: /\b(?:curl|wget)\b[^|;&\n]{0,400}\|\s{0,8}(?:sudo\s{1,8})?(?:ba|z|da|k)?sh\b/,
  },
  {
    behaviour: 'download-and-execute',
    pattern: /\b(?:curl|wget)\b[^|;&\n]{0,400}\|\s{0,8}(?:node|python3?|perl|ruby)\b/,
  },
  { behaviour: 'download-and-execute', pattern: /\b(?:ba|z)?sh\s{1,8}-c\s{1,8}["']?\$\((?:curl|wget)\b/ },
  {
    behaviour: 'download-and-execute',
    pattern: /\b(?:iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b[^|;\n]{0,400}\|\s{0,8}(?:iex|Invoke-Expression)\b/i,
  },
  { behaviour: 'download', pattern: /\b(?:curl|wget)\s/ },
  { behaviour: 'eval-decoded', pattern: /\bbase64\s{1,8}(?:-d|--decode)\b[^\n]{0,200}\|\s{0,8}(?:ba|z)?sh\b/ },
  { behaviour: 'eval-decoded', pattern: /\bnode\s{1,8}-e\s[^\n]{0,400}(?:Buffer\.from|atob)\s{0,4}\(/ },
  { behaviour: 'shell', pattern: /\b(?:ba|z|da|k)?sh\s{1,8}-c\b/ },
  { behaviour: 'shell', pattern: /\b(?:nc|ncat|socat)\s[^\n]{0,200}-e\b/ },
];
const ENV_EXFILTRATION_COMMAND: Rule = {
  behaviour: 'env-exfiltration',
  pattern: /\b(?:printenv|env)\b[^\n]{0,200}\|\s{0,8}(?:curl|wget|nc)\b/,
};
const RUNS_FILE: Rule = {
  behaviour: 'runs-file',
  pattern: /\b(?:node|python3?|ruby|perl|sh|bash)\s{1,8}(?!-)[\w./-]{1,200}\.(?:m?js|cjs|py|rb|pl|sh)\b/,
};

// Source text of a file a hook runs (JavaScript, Python, Ruby): calls and reads that matter at install
// time, before the credential rule the vocabulary makes.
const SOURCE_RULES_BEFORE: readonly Rule[] = [
  {
    behaviour: 'process-spawn',
    pattern:
      /\b(?:child_process|execSync|spawnSync|execFileSync|subprocess\.(?:run|call|Popen|check_output|check_call)|os\.system|os\.popen|Kernel\.system|IO\.popen|Open3\.|`[^`\n]{1,200}`\s*$)/m,
  },
  { behaviour: 'process-spawn', pattern: /\b(?:exec|spawn|execFile|fork)\s{0,4}\(\s{0,4}['"`]/ },
  { behaviour: 'process-spawn', pattern: /\b(?:std::process::Command|Command::new)\b/ },
  { behaviour: 'process-spawn', pattern: /(?<![\w.])system\s{0,4}\(/ },
  { behaviour: 'network', pattern: /\b(?:reqwest::|ureq::|TcpStream::connect|curl::easy)/ },
  {
    behaviour: 'network',
    pattern:
      /\b(?:require\(\s{0,4}['"](?:node:)?(?:https?|net|dgram|tls)['"]\s{0,4}\)|from\s{1,8}['"](?:node:)?(?:https?|net|dgram|tls)['"]|fetch\s{0,4}\(|XMLHttpRequest|urllib\.request|urlopen\s{0,4}\(|requests\.(?:get|post)|http\.client|socket\.socket|Net::HTTP|open-uri|URI\.open)/,
  },
  {
    behaviour: 'eval-decoded',
    pattern:
      /\b(?:eval|Function|exec|compile)\s{0,4}\([^\n]{0,200}(?:Buffer\.from|atob|b64decode|base64\.decode|decode64|unpack1?\(\s{0,4}['"]m)/,
  },
  {
    behaviour: 'eval-decoded',
    pattern:
      /\b(?:Buffer\.from|atob|b64decode|decode64)\s{0,4}\([^\n]{0,300}\)[^\n]{0,100}\b(?:eval|exec|Function)\s{0,4}\(/,
  },
  {
    behaviour: 'eval',
    pattern: /(?<![\w.])(?:eval|exec)\s{0,4}\(|new\s{1,8}Function\s{0,4}\(|\bvm\.runIn|\binstance_eval\b/,
  },
];
const ENV_EXFILTRATION_SOURCE: Rule = {
  behaviour: 'env-exfiltration',
  pattern: /(?:JSON\.stringify\(\s{0,4}process\.env\s{0,4}\)|dict\(\s{0,4}os\.environ\s{0,4}\)|ENV\.to_h)/,
};

interface RuleSet {
  command: readonly Rule[];
  source: readonly Rule[];
  embedded: readonly Rule[];
}

/** An alternation of literals: linear on any input, whatever the vocabulary holds. */
function literals(words: readonly string[]): RegExp {
  return new RegExp(`(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`);
}

const compiled = new WeakMap<HookVocabulary, RuleSet>();
const NO_VOCABULARY: HookVocabulary = {};

function rulesOf(vocabulary: HookVocabulary): RuleSet {
  let set = compiled.get(vocabulary);
  if (set) return set;
  const files = [...(vocabulary.credentialFiles ?? []), ...COMMON_CREDENTIAL_FILES];
  const tokens = [...(vocabulary.tokenVariables ?? []), ...COMMON_TOKEN_VARIABLES];
  const command: Rule[] = [
    ...COMMAND_RULES_BEFORE,
    { behaviour: 'credential-read', pattern: literals(files) },
    ENV_EXFILTRATION_COMMAND,
    ...(vocabulary.nativeBuildCommands ?? []).map((pattern): Rule => ({ behaviour: 'native-build', pattern })),
    RUNS_FILE,
  ];
  const source: Rule[] = [
    ...SOURCE_RULES_BEFORE,
    { behaviour: 'credential-read', pattern: literals([...files, ...tokens]) },
    ENV_EXFILTRATION_SOURCE,
  ];
  set = {
    command,
    source,
    embedded: command.filter((r) => r.behaviour !== 'native-build' && r.behaviour !== 'runs-file'),
  };
  compiled.set(vocabulary, set);
  return set;
}

const SEVERITY_OF: Record<HookBehaviour, Severity> = {
  'download-and-execute': 'critical',
  'eval-decoded': 'critical',
  'env-exfiltration': 'critical',
  'credential-read': 'high',
  shell: 'high',
  'process-spawn': 'high',
  download: 'high',
  network: 'high',
  eval: 'high',
  opaque: 'medium',
  'runs-file': 'medium',
  'native-build': 'low',
  'nothing-recognised': 'low',
};

const ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

const SUMMARY: Record<HookBehaviour, string> = {
  'download-and-execute': 'downloads code and runs it',
  'eval-decoded': 'decodes a string and evaluates it',
  'env-exfiltration': 'serialises the environment (tokens included)',
  'credential-read': 'reads credential files or token variables',
  shell: 'spawns a shell',
  'process-spawn': 'spawns processes',
  download: 'downloads from the network',
  network: 'opens network connections',
  eval: 'evaluates code built at run time',
  opaque: 'runs a command whose effect a static read cannot tell',
  'runs-file': 'runs a file',
  'native-build': 'builds or prepares a native binding or dev tooling',
  'nothing-recognised': 'was read and shows none of the behaviours inert looks for (which does not prove it harmless)',
};

/** Analyses a hook's command line. A command nothing recognises is `opaque` (medium), never harmless. */
export function analyseHookCommand(command: string, vocabulary: HookVocabulary = NO_VOCABULARY): HookAnalysis {
  const found = match(command, rulesOf(vocabulary).command);
  // Recognised low-risk tooling only counts when it is the whole command (`node-gyp rebuild`, not `node-gyp rebuild && curl …`).
  if (found.length === 0) found.push({ behaviour: 'opaque', text: clip(command), offset: 0 });
  return finish(found);
}

/** Analyses the source text of a file a hook runs (JS, Python, Ruby, a Rust build script). Nothing found: `nothing-recognised` (low). */
export function analyseHookSource(source: string, vocabulary: HookVocabulary = NO_VOCABULARY): HookAnalysis {
  // Shell lines embedded in the source (`os.system("curl … | sh")`, `.arg("curl … | sh")`) count as they would on a command line.
  const rules = rulesOf(vocabulary);
  const found = [...match(source, rules.source), ...match(source, rules.embedded)];
  if (found.length === 0) found.push({ behaviour: 'nothing-recognised', text: '', offset: 0 });
  return finish(found);
}

/** Combines the analysis of a command with that of the file(s) it runs. */
export function combineHookAnalyses(parts: readonly HookAnalysis[]): HookAnalysis {
  const evidence = parts.flatMap((p) => p.evidence);
  // A file that was read explains `runs-file`/`opaque`: the file's own analysis stands for them.
  const specific = evidence.filter((e) => e.behaviour !== 'runs-file' && e.behaviour !== 'opaque');
  return finish(specific.length > 0 ? specific : evidence);
}

/**
 * For readers with a syntax tree (a plugin that reads JavaScript with @babel/parser): the analysis of
 * evidence they collected, and the shell behaviours of one string literal they found.
 */
export function analysisFromEvidence(evidence: readonly HookEvidence[]): HookAnalysis {
  return finish(evidence.length > 0 ? [...evidence] : [{ behaviour: 'nothing-recognised', text: '', offset: 0 }]);
}

export function embeddedCommandEvidence(
  literal: string,
  offset: number,
  vocabulary: HookVocabulary = NO_VOCABULARY,
): HookEvidence[] {
  return match(literal, rulesOf(vocabulary).embedded).map((e) => ({ ...e, offset: offset + e.offset }));
}

/** Paths of script files a command runs (`node scripts/install.js`, `python setup_helper.py`), relative as written. */
export function filesRunBy(command: string): string[] {
  const out: string[] = [];
  const re = /\b(?:node|python3?|ruby|perl|sh|bash)\s{1,8}((?!-)[\w./-]{1,200}\.(?:m?js|cjs|py|rb|pl|sh))\b/g;
  for (const m of command.slice(0, MAX_TEXT).matchAll(re))
    if (!out.includes(m[1]!)) out.push(m[1]!.replace(/^\.\//, ''));
  return out;
}

function match(text: string, rules: readonly Rule[]): HookEvidence[] {
  const input = text.slice(0, MAX_TEXT);
  const out: HookEvidence[] = [];
  for (const rule of rules) {
    if (out.some((e) => e.behaviour === rule.behaviour)) continue;
    const m = rule.pattern.exec(input);
    if (m) out.push({ behaviour: rule.behaviour, text: clip(m[0]), offset: m.index });
  }
  // A download that is also executed is reported once, as the stronger behaviour.
  return out.some((e) => e.behaviour === 'download-and-execute') ? out.filter((e) => e.behaviour !== 'download') : out;
}

function finish(evidence: HookEvidence[]): HookAnalysis {
  const behaviours = [...new Set(evidence.map((e) => e.behaviour))].sort(
    (a, b) => ORDER.indexOf(SEVERITY_OF[b]) - ORDER.indexOf(SEVERITY_OF[a]),
  );
  const severity = behaviours.reduce<Severity>(
    (s, b) => (ORDER.indexOf(SEVERITY_OF[b]) > ORDER.indexOf(s) ? SEVERITY_OF[b] : s),
    'info',
  );
  return { behaviours, evidence, severity, summary: behaviours.map((b) => SUMMARY[b]).join('; ') };
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
