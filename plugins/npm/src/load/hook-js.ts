/**
 * The JavaScript file a package's install hook runs (`node scripts/setup.js`), read with @babel/parser
 * (the parser the npm plugin already uses for pnpmfiles) and never loaded: module imports, calls and
 * string literals become hook-behaviour evidence for the shared classifier in @inert/core. A file the
 * parser refuses falls back to the classifier's text patterns.
 */
import { createRequire } from 'node:module';
import { lazyLibrary } from '@inert/core';
import type * as BabelParser from '@babel/parser';
import {
  analyseHookSource,
  analysisFromEvidence,
  embeddedCommandEvidence,
  type HookVocabulary,
  type HookAnalysis,
  type HookEvidence,
} from '@inert/core';
import { hooks } from '../hooks.js';

const require = createRequire(import.meta.url);
/** @babel/parser is loaded on the first file that needs it; a failed load throws (never "no hooks"). */
const babel = lazyLibrary('@babel/parser', () => require('@babel/parser') as typeof BabelParser);

const SPAWN_MODULES = new Set(['child_process', 'node:child_process', 'worker_threads', 'node:worker_threads']);
const NETWORK_MODULES = new Set([
  'http',
  'https',
  'net',
  'dgram',
  'tls',
  'http2',
  'node:http',
  'node:https',
  'node:net',
  'node:dgram',
  'node:tls',
  'node:http2',
  'axios',
  'node-fetch',
  'undici',
  'request',
  'got',
]);
const CREDENTIAL =
  /\.npmrc|\.yarnrc|\.pypirc|\.gem\/credentials|\.cargo\/credentials|\.aws\/credentials|\.ssh\/id_|\.docker\/config\.json|\.netrc|\.git-credentials|^(?:NPM_TOKEN|NODE_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|NPM_CONFIG__AUTH|PYPI_TOKEN|AWS_SECRET_ACCESS_KEY|CARGO_REGISTRY_TOKEN)$/;
const DECODERS = new Set(['atob', 'from', 'fromCharCode', 'decode', 'unescape', 'decodeURIComponent']);
const MAX_NODES = 200_000;

interface Node {
  type: string;
  start?: number | null;
  end?: number | null;
  [key: string]: unknown;
}

export function analyseJsHookFile(text: string, vocabulary: HookVocabulary = hooks): HookAnalysis {
  let ast: { program: unknown };
  // Outside the try: a parser that could not load is a broken installation, not a file to read by patterns.
  const { parse } = babel();
  try {
    ast = parse(text, {
      sourceType: 'unambiguous',
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
  } catch {
    return analyseHookSource(text, vocabulary);
  }
  const evidence: HookEvidence[] = [];
  const add = (behaviour: HookEvidence['behaviour'], node: Node) => {
    if (evidence.some((e) => e.behaviour === behaviour)) return;
    const start = node.start ?? 0;
    const quote = text.slice(start, Math.min(node.end ?? start, start + 120));
    evidence.push({ behaviour, text: quote, offset: start });
  };
  const budget = { left: MAX_NODES };
  for (const node of syntaxNodes(ast.program, budget)) visit(node, add, evidence, vocabulary);
  if (budget.left < 0)
    evidence.push({
      behaviour: 'opaque',
      text: `more than ${MAX_NODES} syntax nodes; the rest was not read`,
      offset: 0,
    });
  return analysisFromEvidence(evidence);
}

function visit(
  node: Node,
  add: (b: HookEvidence['behaviour'], n: Node) => void,
  evidence: HookEvidence[],
  vocabulary: HookVocabulary,
): void {
  switch (node.type) {
    case 'CallExpression':
    case 'NewExpression': {
      const callee = node.callee as Node;
      const args = (node.arguments as Node[] | undefined) ?? [];
      const first = args[0];
      const name = calleeName(callee);
      // a require or dynamic import of a spawning or networking module
      if ((name === 'require' || callee.type === 'Import') && first?.type === 'StringLiteral')
        moduleEvidence(first.value as string, node, add);
      if (name === 'fetch' || name === 'XMLHttpRequest' || name === 'WebSocket') add('network', node);
      if (name === 'eval' || name === 'Function' || name === 'runInNewContext' || name === 'runInThisContext') {
        add(args.some(containsDecoder) ? 'eval-decoded' : 'eval', node);
      }
      if (name === 'stringify' && first && isProcessEnv(first)) add('env-exfiltration', node);
      if (
        (name === 'exec' ||
          name === 'execSync' ||
          name === 'spawn' ||
          name === 'spawnSync' ||
          name === 'execFile' ||
          name === 'execFileSync' ||
          name === 'fork') &&
        callee.type === 'MemberExpression'
      )
        add('process-spawn', node);
      break;
    }
    case 'ImportDeclaration': {
      const source = node.source as Node | undefined;
      if (source?.type === 'StringLiteral') moduleEvidence(source.value as string, node, add);
      break;
    }
    case 'StringLiteral':
    case 'TemplateElement': {
      const raw =
        node.type === 'StringLiteral'
          ? (node.value as string)
          : ((node.value as { cooked?: string | null }).cooked ?? '');
      if (CREDENTIAL.test(raw)) add('credential-read', node);
      for (const e of embeddedCommandEvidence(raw.slice(0, 4096), node.start ?? 0, vocabulary))
        if (!evidence.some((x) => x.behaviour === e.behaviour)) evidence.push(e);
      break;
    }
    case 'MemberExpression': {
      // process.env.NPM_TOKEN
      const property = node.property as Node;
      const key =
        property.type === 'Identifier'
          ? (property.name as string)
          : property.type === 'StringLiteral'
            ? (property.value as string)
            : '';
      if (isProcessEnv(node.object as Node) && CREDENTIAL.test(key)) add('credential-read', node);
      break;
    }
  }
}

function moduleEvidence(module: string, node: Node, add: (b: HookEvidence['behaviour'], n: Node) => void): void {
  if (SPAWN_MODULES.has(module)) add('process-spawn', node);
  if (NETWORK_MODULES.has(module)) add('network', node);
}

function calleeName(callee: Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression') {
    const p = callee.property as Node;
    return p.type === 'Identifier' ? (p.name as string) : p.type === 'StringLiteral' ? (p.value as string) : undefined;
  }
  return undefined;
}

function isProcessEnv(node: Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  const object = node.object as Node;
  const property = node.property as Node;
  return (
    object.type === 'Identifier' &&
    object.name === 'process' &&
    property.type === 'Identifier' &&
    property.name === 'env'
  );
}

/** Whether an argument subtree calls a decoder (Buffer.from, atob, String.fromCharCode, …); bounded walk. */
function containsDecoder(root: Node): boolean {
  for (const n of syntaxNodes(root, { left: 5000 })) {
    if (n.type !== 'CallExpression') continue;
    const name = calleeName(n.callee as Node);
    if (name !== undefined && DECODERS.has(name)) return true;
  }
  return false;
}

/**
 * The syntax nodes under `root`, depth-first, iteratively, visiting at most `budget.left` values
 * (a hostile file can nest deeply or be huge); `budget.left` ends below 0 when the walk was cut.
 */
function* syntaxNodes(root: unknown, budget: { left: number }): Generator<Node> {
  const stack: unknown[] = [root];
  while (stack.length > 0 && budget.left-- > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
      continue;
    }
    const node = value as Node;
    if (typeof node.type === 'string') yield node;
    for (const [k, v] of Object.entries(node))
      if (k !== 'loc' && k !== 'extra' && v && typeof v === 'object') stack.push(v);
  }
}
