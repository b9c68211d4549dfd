import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.js';

const schema = JSON.parse(readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(schema);

const accepted = [
  {},
  { failOn: 'medium', checks: { 'npm/install-scripts': 'off', 'pip/setup-py': 'low' } },
  { ignorePaths: ['corpus'], includeDirs: ['vendor'], limits: { maxFileBytes: 1024 } },
  {
    suppress: [
      { check: 'npm/*', path: 'fixtures', reason: 'test data' },
      { check: 'npm/install-scripts', package: 'esbuild', reason: 'reviewed' },
    ],
  },
  {
    allow: {
      hosts: { npm: ['npm.acme.example', '*.acme.example', 'https://mirror.acme.example/npm/'] },
      installScripts: { npm: [{ package: 'esbuild', version: '0.25.0', reason: 'reviewed by appsec' }] },
    },
  },
];
const rejected = [
  { failOn: 'loud' },
  { checks: { 'install-scripts': 'off' } },
  { checks: { 'npm/install-scripts': 'never' } },
  { colour: true },
  { limits: { maxFileBytes: 0 } },
  { limits: { maxFiles: 10 } },
  { suppress: [{ check: 'npm/install-scripts' }] },
  { suppress: [{ check: 'npm/install-scripts', reason: 'x', why: 'y' }] },
  { allow: { registries: {} } },
  { allow: { hosts: { npm: 'npm.acme.example' } } },
  { allow: { hosts: { 'NPM!': ['x'] } } },
  { allow: { installScripts: { npm: [{ package: 'esbuild' }] } } },
  { allow: { installScripts: { npm: [{ package: 'esbuild', reason: ' ' }] } } },
  { allow: { installScripts: { npm: [{ package: 'esbuild', reason: 'ok', scripts: true }] } } },
];

describe('config', () => {
  it.each(accepted)('accepts %j (validator and published schema agree)', (config) => {
    expect(() => validateConfig(config, 'c.json')).not.toThrow();
    expect(validate(config)).toBe(true);
  });

  it.each(rejected)('rejects %j (validator and published schema agree)', (config) => {
    expect(() => validateConfig(config, 'c.json')).toThrow(/^c\.json: "/);
    expect(validate(config)).toBe(false);
  });
});
