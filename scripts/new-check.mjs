// `pnpm new-check <ecosystem>/<id> [--question q] [--severity s] [--reads kind]`: writes a draft
// check and its metadata module (docs/decisions/0031), their lines in the plugin's check list and
// rules index, a bad and a good corpus case, and (through the `new-check` script) its generated docs
// page. The draft passes the tests as it is: its bad case holds the finding under `todo` until the
// check finds it; then the contract asks you to drop `lifecycle: 'draft'` from the metadata module and
// move the finding to `findings`. CONTRIBUTING.md walks through it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const QUESTIONS = [
  'install-time-execution',
  'pre-install-execution',
  'lockfile-integrity',
  'name-identity',
  'multi-source-resolution',
  'namespace-allocation',
  'maintainer-lifecycle',
  'version-immutability',
  'provenance',
  'publish-credentials',
  'blast-radius',
  'own-supply-chain',
];
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `lockfile-without-hash` → `lockfileWithoutHash`. */
export function camelCase(id) {
  return id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** `lockfile-without-hash` → `Lockfile without hash`. */
export function titleOf(id) {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The draft's metadata module, `checks/<id>.meta.ts` (docs/decisions/0031): data the plugin's rules index imports. */
export function metaSource({ eco, id, question, severity, reads }) {
  return `/** The metadata of ${eco}/${id}: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const ${camelCase(id)}Meta = {
  id: '${id}',
  question: '${question}',
  title: '${titleOf(id)}',
  description: 'TODO: what the check reads, the hazard it reports, and why it matters for ${eco} (cite the client docs).',
  severity: '${severity}',
  confidence: 'medium',
  messages: {
    found: '{file}: TODO say what was found and why it matters',
  },
  remediation: 'TODO: what to change, as an instruction.',
  limitations: 'TODO: what a static read of the checkout cannot see.',
  reads: ['${reads}'],
  examples: { bad: ['${id}--example'], good: ['clean--${id}'] },
  since: 'next',
  lifecycle: 'draft',
} as const satisfies CheckMeta;
`;
}

/** The draft check, `checks/<id>.ts`: its metadata module spread, and a run to write. */
export function checkSource({ id, model }) {
  const name = camelCase(id);
  return `/** TODO: one line on the hazard, with a link to the client's documentation. */
import { defineCheck } from '@inert/core';
import type { ${model} } from '../model.js';
import { ${name}Meta } from './${id}.meta.js';

export const ${name} = defineCheck<${model}>()({
  ...${name}Meta,
  run(model, report) {
    // TODO: for each hazard in the model, report({ messageId: 'found', data: { file }, at: pointer }).
    void model;
    void report;
  },
});
`;
}

export function badCase(eco, id) {
  return {
    description: `TODO: a checkout that shows the hazard ${eco}/${id} reports; add its files beside this expected.json.`,
    findings: [],
    todo: [{ check: `${eco}/${id}`, messageId: 'found', path: 'TODO', line: 1 }],
  };
}

export function goodCase(eco, id) {
  return {
    description: `TODO: a checkout without the hazard, including the false-positive pitfalls real repositories show for ${eco}/${id}.`,
    findings: [],
  };
}

/**
 * Adds the import and the list entry to a plugin's check list: `src/checks/index.ts` (`export const
 * checks = [`, imports `./<id>.js`) or, in a plugin that lists its checks in its index.ts,
 * `checks: [` with imports `./checks/<id>.js`; throws when the layout is not recognised.
 */
export function addToIndex(index, id) {
  const name = camelCase(id);
  const inChecksDir = /^export const (?:checks|CHECKS)\b[^=\n]*= \[/m.exec(index);
  const from = inChecksDir ? './' : './checks/';
  const imports = [
    ...index.matchAll(
      inChecksDir ? /^import \{[^}]*\} from '\.\/[^']+';$/gm : /^import \{[^}]*\} from '\.\/checks\/[^']+';$/gm,
    ),
  ];
  if (imports.length === 0) throw new Error(`no \`import { … } from '${from}…'\` line in the plugin's check list`);
  const last = imports[imports.length - 1];
  const at = last.index + last[0].length;
  let out = `${index.slice(0, at)}\nimport { ${name} } from '${from}${id}.js';${index.slice(at)}`;
  const marker = inChecksDir ? inChecksDir[0] : 'checks: [';
  const open = out.indexOf(marker);
  if (open < 0) throw new Error("no `checks: [` in the plugin's index.ts");
  const close = out.indexOf(']', open + marker.length);
  const inside = out.slice(open + marker.length, close);
  const multiline = inside.includes('\n');
  const indent = inChecksDir ? '  ' : '    ';
  const addition = multiline
    ? `${inside.trimEnd().replace(/,?$/, ',')}\n${indent}${name},\n${indent.slice(2)}`
    : `${inside.trimEnd()}, ${name}`;
  out = `${out.slice(0, open + marker.length)}${addition}${out.slice(close)}`;
  return out;
}

/**
 * Adds the draft's metadata module to the plugin's rules index `src/rules.ts` (docs/decisions/0031):
 * its import after the last metadata import and its name at the end of the list, where addToIndex
 * puts the check in `checks/index.ts`; throws when the layout is not recognised.
 */
export function addToRules(rules, id) {
  const name = `${camelCase(id)}Meta`;
  const imports = [...rules.matchAll(/^import \{[^}]*\} from '\.\/checks\/[^']+\.meta\.js';$/gm)];
  const list = /^export const rules\b[^=\n]*= \[/m.exec(rules);
  if (!list) throw new Error("no `export const rules … = [` in the plugin's src/rules.ts");
  const close = rules.indexOf('];', list.index);
  if (close < 0) throw new Error("no `];` closing the rules list in the plugin's src/rules.ts");
  const before = rules.slice(0, close).trimEnd();
  const comma = before.endsWith('[') || before.endsWith(',') ? '' : ',';
  let out = `${before}${comma}\n  ${name},\n${rules.slice(close)}`;
  const line = `import { ${name} } from './checks/${id}.meta.js';`;
  const last = imports[imports.length - 1] ?? /^import type \{ CheckMeta \} from '@inert\/core';$/m.exec(out);
  if (!last) throw new Error("no import in the plugin's src/rules.ts to put the draft's after");
  const at = last.index + last[0].length;
  out = `${out.slice(0, at)}\n${line}${out.slice(at)}`;
  return out;
}

export async function newCheck(root, spec, options = {}) {
  const [eco, id, extra] = spec.split('/');
  if (!eco || !id || extra !== undefined)
    throw new Error(`give the check as <ecosystem>/<id>, e.g. npm/lockfile-without-hash (got "${spec}")`);
  if (!KEBAB.test(id))
    throw new Error(
      `the id "${id}" must be kebab-case: lower-case words joined by "-", naming the hazard (not no-… or check-…)`,
    );
  const question = options.question ?? 'lockfile-integrity';
  if (!QUESTIONS.includes(question))
    throw new Error(`unknown question "${question}" (one of: ${QUESTIONS.join(', ')})`);
  const severity = options.severity ?? 'medium';
  if (!SEVERITIES.includes(severity))
    throw new Error(`unknown severity "${severity}" (one of: ${SEVERITIES.join(', ')})`);
  const reads = options.reads ?? 'manifest';
  const pluginSrc = join(root, 'plugins', eco, 'src');
  if (!existsSync(join(pluginSrc, 'index.ts'))) throw new Error(`no plugin "${eco}" (plugins/${eco}/src/index.ts)`);
  const checkFile = join(pluginSrc, 'checks', `${id}.ts`);
  const metaFile = join(pluginSrc, 'checks', `${id}.meta.ts`);
  if (existsSync(checkFile)) throw new Error(`plugins/${eco}/src/checks/${id}.ts already exists`);
  if (existsSync(metaFile)) throw new Error(`plugins/${eco}/src/checks/${id}.meta.ts already exists`);
  const indexPath = join(pluginSrc, 'index.ts');
  const index = await readFile(indexPath, 'utf8');
  const model = /definePlugin<(\w+)>/.exec(index)?.[1];
  if (!model) throw new Error(`cannot find definePlugin<Model> in plugins/${eco}/src/index.ts`);
  // The check list: src/checks/index.ts, loaded by need (decision 0029); the metadata modules' index:
  // src/rules.ts (decision 0031).
  const listPath = existsSync(join(pluginSrc, 'checks', 'index.ts'))
    ? join(pluginSrc, 'checks', 'index.ts')
    : indexPath;
  const list = listPath === indexPath ? index : await readFile(listPath, 'utf8');
  const rulesPath = join(pluginSrc, 'rules.ts');
  const written = [];
  await writeFile(metaFile, metaSource({ eco, id, question, severity, reads }));
  written.push(`plugins/${eco}/src/checks/${id}.meta.ts`);
  await writeFile(checkFile, checkSource({ id, model }));
  written.push(`plugins/${eco}/src/checks/${id}.ts`);
  await writeFile(listPath, addToIndex(list, id));
  written.push(`plugins/${eco}/src/${listPath === indexPath ? 'index.ts' : 'checks/index.ts'}`);
  if (existsSync(rulesPath)) {
    await writeFile(rulesPath, addToRules(await readFile(rulesPath, 'utf8'), id));
    written.push(`plugins/${eco}/src/rules.ts`);
  }
  for (const [dir, body] of [
    [`${id}--example`, badCase(eco, id)],
    [`clean--${id}`, goodCase(eco, id)],
  ]) {
    const caseDir = join(root, 'corpus', eco, dir);
    await mkdir(caseDir, { recursive: true });
    await writeFile(join(caseDir, 'expected.json'), `${JSON.stringify(body, null, 2)}\n`);
    written.push(`corpus/${eco}/${dir}/expected.json`);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      question: { type: 'string' },
      severity: { type: 'string' },
      reads: { type: 'string' },
      root: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    console.error(
      'usage: pnpm new-check <ecosystem>/<id> [--question q] [--severity s] [--reads manifest|lockfile|client-config|…]',
    );
    process.exit(2);
  }
  const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
  try {
    const written = await newCheck(root, positionals[0], values);
    console.log(`wrote:\n  ${written.join('\n  ')}`);
    // Format what was written (lint runs prettier --check), build, and regenerate the docs so the
    // new check's page exists and the stale-docs test passes.
    const prettier = join(root, 'tools/lint/node_modules/prettier/bin/prettier.cjs');
    const sources = written.filter((path) => path.endsWith('.ts')).map((path) => join(root, path));
    for (const [command, args] of [
      [process.execPath, [prettier, '--write', '--log-level', 'warn', ...sources]],
      [join(root, 'node_modules/.bin/tsc'), ['-b']],
      [process.execPath, [join(root, 'scripts/generate-docs.mjs')]],
    ]) {
      const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
      if (run.status !== 0)
        throw new Error(`${command} ${args.join(' ')} failed; fix the error above, then run pnpm run docs`);
    }
    console.log(`next: fill in the TODOs, add the bad case's files, implement run(); see CONTRIBUTING.md`);
  } catch (error) {
    console.error(`new-check: ${error.message}`);
    process.exit(2);
  }
}
