/** The config file: JSON, validated strictly (unknown keys and bad values name the file and key). */
import { isRecord, isSeverity, type Allow, type ScanConfig, type Severity, type SuppressEntry } from '@inert/core';
import { UsageError } from './args.js';

export interface CliConfig extends ScanConfig {
  failOn?: Severity;
}

const KEYS = new Set(['$schema', 'failOn', 'checks', 'ignorePaths', 'includeDirs', 'limits', 'suppress', 'allow']);
const SUPPRESS_KEYS = new Set(['check', 'path', 'package', 'fingerprint', 'reason']);
const LIMIT_KEYS = new Set([
  'maxFileBytes',
  'maxTotalBytes',
  'maxDepth',
  'maxEntries',
  'maxNesting',
  'maxAliases',
  'maxParseMillis',
]);

/** Validates a parsed config file; `file` names it in errors. */
export function validateConfig(value: unknown, file: string): CliConfig {
  const fail = (key: string, why: string): never => {
    throw new UsageError(`${file}: "${key}" ${why}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('(root)', 'must be a JSON object');
  const raw = value as Record<string, unknown>;
  const config: CliConfig = {};
  for (const key of Object.keys(raw))
    if (!KEYS.has(key)) fail(key, `is not a config key (known: ${[...KEYS].join(', ')})`);
  if (raw.failOn !== undefined) {
    if (typeof raw.failOn !== 'string' || !isSeverity(raw.failOn))
      fail('failOn', 'must be one of info, low, medium, high, critical');
    config.failOn = raw.failOn as Severity;
  }
  if (raw.checks !== undefined) {
    if (typeof raw.checks !== 'object' || raw.checks === null || Array.isArray(raw.checks))
      fail('checks', 'must be an object of check id → severity or "off"');
    const checks: Record<string, Severity | 'off'> = {};
    for (const [id, v] of Object.entries(raw.checks as Record<string, unknown>)) {
      if (!/^[a-z]+\/[a-z0-9-]+$/.test(id))
        fail(`checks.${id}`, 'is not a qualified check id like npm/install-scripts');
      if (typeof v !== 'string' || (v !== 'off' && !isSeverity(v))) fail(`checks.${id}`, 'must be "off" or a severity');
      checks[id] = v as Severity | 'off';
    }
    config.checks = checks;
  }
  for (const key of ['ignorePaths', 'includeDirs'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) fail(key, 'must be an array of strings');
    config[key] = list as string[];
  }
  if (raw.limits !== undefined) {
    if (typeof raw.limits !== 'object' || raw.limits === null) fail('limits', 'must be an object');
    const limits: Record<string, number> = {};
    for (const [k, v] of Object.entries(raw.limits as Record<string, unknown>)) {
      if (!LIMIT_KEYS.has(k)) fail(`limits.${k}`, `is not a limit (known: ${[...LIMIT_KEYS].join(', ')})`);
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) fail(`limits.${k}`, 'must be a positive integer');
      limits[k] = v as number;
    }
    config.limits = limits;
  }
  if (raw.suppress !== undefined) {
    if (!Array.isArray(raw.suppress))
      fail('suppress', 'must be an array of { check, path?, package?, fingerprint?, reason }');
    config.suppress = (raw.suppress as unknown[]).map((entry, i) => {
      const at = `suppress[${i}]`;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(at, 'must be an object');
      const e = entry as Record<string, unknown>;
      for (const k of Object.keys(e))
        if (!SUPPRESS_KEYS.has(k))
          fail(`${at}.${k}`, `is not a suppress key (known: ${[...SUPPRESS_KEYS].join(', ')})`);
      if (typeof e.check !== 'string' || !/^[a-z]+\/(?:[a-z0-9-]+|\*)$/.test(e.check))
        fail(`${at}.check`, 'must be a qualified check id like npm/install-scripts (or npm/*)');
      if (typeof e.reason !== 'string' || e.reason.trim() === '')
        fail(`${at}.reason`, 'is required: say why the finding is accepted');
      for (const k of ['path', 'package', 'fingerprint'])
        if (e[k] !== undefined && typeof e[k] !== 'string') fail(`${at}.${k}`, 'must be a string');
      return e as unknown as SuppressEntry;
    });
  }
  if (raw.allow !== undefined) config.allow = validateAllow(raw.allow, fail);
  return config;
}

const ECOSYSTEM = /^[a-z]+$/;

/** `allow.hosts` and `allow.installScripts`, each an object of ecosystem → list. */
function validateAllow(value: unknown, fail: (key: string, why: string) => never): Allow {
  if (!isRecord(value)) return fail('allow', 'must be an object with hosts and/or installScripts');
  const allow: {
    hosts?: Record<string, string[]>;
    installScripts?: Record<string, { package: string; version?: string; reason: string }[]>;
  } = {};
  for (const key of Object.keys(value))
    if (key !== 'hosts' && key !== 'installScripts')
      fail(`allow.${key}`, 'is not an allow key (known: hosts, installScripts)');
  if (value.hosts !== undefined) {
    if (!isRecord(value.hosts)) fail('allow.hosts', 'must be an object of ecosystem → list of hostnames or URLs');
    allow.hosts = {};
    for (const [eco, list] of Object.entries(value.hosts)) {
      if (!ECOSYSTEM.test(eco)) fail(`allow.hosts.${eco}`, 'is not an ecosystem name like npm');
      if (!Array.isArray(list) || list.some((h) => typeof h !== 'string' || h === ''))
        fail(`allow.hosts.${eco}`, 'must be an array of hostnames (npm.acme.example, *.acme.example) or URLs');
      allow.hosts[eco] = list as string[];
    }
  }
  if (value.installScripts !== undefined) {
    if (!isRecord(value.installScripts))
      fail('allow.installScripts', 'must be an object of ecosystem → list of { package, version?, reason }');
    allow.installScripts = {};
    for (const [eco, list] of Object.entries(value.installScripts)) {
      if (!ECOSYSTEM.test(eco)) fail(`allow.installScripts.${eco}`, 'is not an ecosystem name like npm');
      if (!Array.isArray(list))
        fail(`allow.installScripts.${eco}`, 'must be an array of { package, version?, reason }');
      allow.installScripts[eco] = (list as unknown[]).map((entry, i) => {
        const at = `allow.installScripts.${eco}[${i}]`;
        if (!isRecord(entry)) return fail(at, 'must be an object');
        for (const k of Object.keys(entry))
          if (!['package', 'version', 'reason'].includes(k))
            fail(`${at}.${k}`, 'is not a key (known: package, version, reason)');
        if (typeof entry.package !== 'string' || entry.package === '') fail(`${at}.package`, 'must be a package name');
        if (entry.version !== undefined && (typeof entry.version !== 'string' || entry.version === ''))
          fail(`${at}.version`, 'must be an exact version string');
        if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
          fail(`${at}.reason`, 'is required: say who reviewed the scripts and why they are needed');
        return entry as { package: string; version?: string; reason: string };
      });
    }
  }
  return allow;
}
