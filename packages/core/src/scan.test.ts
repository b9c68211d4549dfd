import { describe, expect, it } from 'vitest';
import { defineCheck } from './check.js';
import { parseJson, type JsonDocument } from './parse/json.js';
import type { ParseProblem } from './parse/problem.js';
import { definePlugin, type PluginModel } from './plugin.js';
import { scan, streamScan } from './scan.js';
import { MemorySource } from './source/memory-source.js';
import { DEFAULT_LIMITS } from './source/limits.js';

interface Model extends PluginModel {
  docs: JsonDocument[];
  problems: ParseProblem[];
}

const hasFlag = defineCheck<Model>()({
  id: 'flagged',
  question: 'install-time-execution',
  title: 'A flagged entry',
  description: 'Test check.',
  severity: 'high',
  confidence: 'high',
  messages: { flagged: '{name} is flagged' },
  remediation: 'Unflag it.',
  limitations: 'None.',
  reads: ['lockfile'],
  examples: { bad: ['x'], good: ['y'] },
  since: 'next',
  run(model, report) {
    for (const doc of model.docs) {
      const entries = (doc.value as { entries?: Record<string, { flag?: boolean }> }).entries ?? {};
      for (const [name, e] of Object.entries(entries)) {
        if (e.flag)
          report({
            messageId: 'flagged',
            data: { name },
            at: { doc, route: ['entries', name, 'flag'], part: 'key' },
            package: { name },
          });
      }
    }
  },
});

const plugin = definePlugin<Model>({
  ecosystem: 'npm',
  title: 'Test',
  url: 'https://example.com',
  files: [{ kind: 'lockfile', match: ['test.lock'], description: 'test lock' }],
  async load(files, read) {
    const model: Model = { problems: [], inventory: {}, docs: [] };
    for (const f of files) {
      const text = await read(f.path);
      if (text === undefined) continue;
      const parsed = parseJson(text, f.path);
      if (parsed.ok) model.docs.push(parsed.value);
      else model.problems.push(parsed.problem);
    }
    return model;
  },
  checks: [hasFlag],
  profile: {},
});

const lock = (pad: string) => `{\n${pad}  "entries": {\n    "a": { "flag": true },\n    "b": {}\n  }\n}\n`;

describe('scan', () => {
  it('resolves pointers to lines and answers the question as exposed', async () => {
    const result = await scan(new MemorySource({ files: { 'test.lock': lock('') } }), { plugins: [plugin] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      check: 'npm/flagged',
      message: 'a is flagged',
      location: { path: 'test.lock', line: 3, column: 12 },
      severity: 'high',
    });
    expect(result.answers.find((a) => a.question === 'install-time-execution')).toMatchObject({
      status: 'exposed',
      findings: 1,
    });
    expect(result.answers.find((a) => a.question === 'lockfile-integrity')).toMatchObject({ status: 'unknown' });
    expect(result.files).toEqual([{ path: 'test.lock', ecosystem: 'npm', kind: 'lockfile', status: 'parsed' }]);
  });

  it('orders findings by path in code-unit order, whatever the locale (uppercase before lowercase, é after z)', async () => {
    const anywhere = definePlugin<Model>({
      ...plugin,
      files: [{ kind: 'lockfile', match: ['**/test.lock'], description: 'test lock' }],
    });
    const files = Object.fromEntries(
      ['b/test.lock', 'B/test.lock', 'a/test.lock', 'é/test.lock', 'z/test.lock'].map((p) => [p, lock('')]),
    );
    const result = await scan(new MemorySource({ files }), { plugins: [anywhere] });
    expect(result.findings.map((f) => f.location.path)).toEqual([
      'B/test.lock',
      'a/test.lock',
      'b/test.lock',
      'z/test.lock',
      'é/test.lock',
    ]);
  });

  it('keeps fingerprints stable when lines move', async () => {
    const a = await scan(new MemorySource({ files: { 'test.lock': lock('') } }), { plugins: [plugin] });
    const b = await scan(new MemorySource({ files: { 'test.lock': lock('\n\n\n') } }), { plugins: [plugin] });
    expect(b.findings[0]!.location.line).not.toBe(a.findings[0]!.location.line);
    expect(b.findings[0]!.fingerprint).toBe(a.findings[0]!.fingerprint);
  });

  it('answers not-observed when relevant files parsed and nothing was found', async () => {
    const result = await scan(new MemorySource({ files: { 'test.lock': '{"entries": {}}' } }), { plugins: [plugin] });
    expect(result.findings).toEqual([]);
    expect(result.answers.find((a) => a.question === 'install-time-execution')?.status).toBe('not-observed');
  });

  it('turns an unparsable claimed file into core/unparsed-file and an unknown answer', async () => {
    const result = await scan(new MemorySource({ files: { 'sub/test.lock': '{ broken' } }), { plugins: [plugin] });
    expect(result.findings.map((f) => [f.check, f.location.path, f.location.line])).toEqual([
      ['core/unparsed-file', 'sub/test.lock', 1],
    ]);
    expect(result.answers.find((a) => a.question === 'install-time-execution')?.status).toBe('unknown');
    expect(result.files[0]).toMatchObject({ status: 'unparsed' });
  });

  it('reports files over the byte cap, invalid UTF-8 and special files, never skipping silently', async () => {
    const source = new MemorySource({
      files: { 'big/test.lock': '{"entries": {}}'.padEnd(5000), 'bad/test.lock': new Uint8Array([0x7b, 0xff, 0x7d]) },
      special: { 'fifo/test.lock': 'FIFO' },
    });
    const result = await scan(source, { plugins: [plugin], config: { limits: { maxFileBytes: 1000 } } });
    const byPath = Object.fromEntries(result.findings.map((f) => [f.location.path, f.messageId]));
    expect(byPath).toEqual({ 'big/test.lock': 'limit', 'bad/test.lock': 'invalid', 'fifo/test.lock': 'not-regular' });
  });

  it('applies config severity overrides and disables', async () => {
    const source = new MemorySource({ files: { 'test.lock': lock('') } });
    const lowered = await scan(source, { plugins: [plugin], config: { checks: { 'npm/flagged': 'low' } } });
    expect(lowered.findings[0]?.severity).toBe('low');
    const off = await scan(source, { plugins: [plugin], config: { checks: { 'npm/flagged': 'off' } } });
    expect(off.findings).toEqual([]);
  });

  it('survives a plugin that throws, reporting its files', async () => {
    const broken = definePlugin<Model>({
      ...plugin,
      load: () => {
        throw new Error('boom');
      },
    });
    const result = await scan(new MemorySource({ files: { 'test.lock': '{}' } }), { plugins: [broken] });
    expect(result.findings[0]).toMatchObject({ check: 'core/unparsed-file', messageId: 'unreadable' });
    expect(result.findings[0]!.message).toContain('boom');
  });

  it('isolates a file the plugin fails on: the other files keep their findings', async () => {
    const picky = definePlugin<Model>({
      ...plugin,
      files: [{ kind: 'lockfile', match: ['**/test.lock'], description: 'test lock' }],
      load: async (files, read) => {
        if (files.some((f) => f.path === 'bad/test.lock')) throw new Error('a glob the plugin trips on');
        return plugin.load(files, read, { limits: DEFAULT_LIMITS });
      },
    });
    const result = await scan(
      new MemorySource({ files: { 'bad/test.lock': '{}', 'good/test.lock': lock(''), 'other/test.lock': '{}' } }),
      { plugins: [picky] },
    );
    expect(result.findings.map((f) => [f.check, f.location.path])).toEqual([
      ['core/unparsed-file', 'bad/test.lock'],
      ['npm/flagged', 'good/test.lock'],
    ]);
    expect(result.findings[0]!.message).toContain('a glob the plugin trips on');
    expect(result.incomplete).toEqual([expect.objectContaining({ path: 'bad/test.lock' })]);
  });

  it('a check that throws costs only its own findings, and the scan says it is incomplete', async () => {
    const throwing = defineCheck<Model>()({
      ...hasFlag,
      id: 'throws',
      run() {
        throw new Error('check bug');
      },
    });
    const both = definePlugin<Model>({ ...plugin, checks: [throwing, hasFlag] });
    const result = await scan(new MemorySource({ files: { 'test.lock': lock('') } }), { plugins: [both] });
    expect(result.findings.map((f) => f.check).sort()).toEqual(['core/unparsed-file', 'npm/flagged']);
    expect(result.incomplete?.[0]?.reason).toContain('check npm/throws failed');
  });

  it('reports symlinks that would be claimed and does not claim the rest', async () => {
    const result = await scan(
      new MemorySource({ files: {}, symlinks: { 'test.lock': '/etc/passwd', README: '/etc/hosts' } }),
      { plugins: [plugin] },
    );
    expect(result.findings.map((f) => [f.check, f.location.path])).toEqual([
      ['core/symlink-not-followed', 'test.lock'],
    ]);
  });
});

describe('suppressions', () => {
  const yamlish = definePlugin<Model>({
    ...plugin,
    files: [{ kind: 'lockfile', match: ['test.lock'], description: 'test lock' }],
  });

  it('honours inline comments on the line or the line above, and keeps the finding visible', async () => {
    // JSON has no comments, so the test plugin's lock is JSON; use a config entry and a baseline there.
    const source = new MemorySource({ files: { 'test.lock': lock('') } });
    const withEntry = await scan(source, {
      plugins: [yamlish],
      config: { suppress: [{ check: 'npm/flagged', package: 'a', reason: 'reviewed 2026-11' }] },
    });
    expect(withEntry.findings[0]?.suppressed).toEqual({ kind: 'config', reason: 'reviewed 2026-11' });
    expect(withEntry.answers.find((a) => a.question === 'install-time-execution')?.status).toBe('not-observed');
    const baseline = {
      inertBaseline: 1 as const,
      findings: [{ fingerprint: withEntry.findings[0]!.fingerprint, check: 'npm/flagged', path: 'test.lock' }],
    };
    const withBaseline = await scan(source, { plugins: [yamlish], config: { baseline } });
    expect(withBaseline.findings[0]?.suppressed?.kind).toBe('baseline');
  });
});

describe('streamScan', () => {
  const loaded: string[] = [];
  const second = definePlugin<Model>({
    ...plugin,
    ecosystem: 'pip',
    files: [{ kind: 'lockfile', match: ['other.lock'], description: 'other lock' }],
    async load(files, read) {
      loaded.push('pip');
      return plugin.load(files, read);
    },
  });
  const files = { 'test.lock': lock(''), 'other.lock': lock('  '), 'broken/test.lock': '{ "entries": ' };

  it("yields a plugin's findings before the next plugin loads, core findings last, and returns what scan returns", async () => {
    loaded.length = 0;
    const stream = streamScan(new MemorySource({ files }), { plugins: [plugin, second] });
    const first = await stream.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ check: 'npm/flagged', location: { path: 'test.lock' } });
    expect(loaded).toEqual([]);
    const rest: string[] = [];
    let next = await stream.next();
    while (!next.done) {
      rest.push(`${next.value.check} ${next.value.location.path}`);
      next = await stream.next();
    }
    expect(rest).toEqual(['pip/flagged other.lock', 'core/unparsed-file broken/test.lock']);
    const whole = await scan(new MemorySource({ files }), { plugins: [plugin, second] });
    expect(next.value).toEqual(whole);
    expect(whole.findings.map((f) => f.location.path)).toEqual(['broken/test.lock', 'other.lock', 'test.lock']);
  });

  it('stops when the signal aborts between plugins', async () => {
    const controller = new AbortController();
    const stream = streamScan(new MemorySource({ files }), { plugins: [plugin, second], signal: controller.signal });
    await stream.next();
    controller.abort(new Error('enough'));
    await expect(stream.next()).rejects.toThrow('enough');
  });
});
