/** scan over MemorySource: the go plugin (go.mod, go.work, go.sum, vendor/modules.txt, Go environment settings). */
import { describe } from 'vitest';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

const PATH = fc.oneof(
  fc.constantFrom(
    'github.com/a/b',
    'golang.org/x/net',
    'example.com/__proto__',
    'gopkg.in/yaml.v3',
    '../local',
    './x',
    '"quoted/path"',
    '',
  ),
  fc.stringMatching(/^[a-z]{1,5}\.[a-z]{2,3}\/[a-z]{1,5}$/),
);
const VERSION = fc.constantFrom(
  'v1.0.0',
  'v0.0.0-20200101000000-abcdefabcdef',
  'v2.0.0+incompatible',
  'v1',
  'latest',
  '',
  'v1.2.3-rc.1',
);
const goMod = fc
  .array(
    fc.oneof(
      fc.tuple(PATH, VERSION, fc.constantFrom('', ' // indirect', ' //')).map(([p, v, c]) => `require ${p} ${v}${c}`),
      fc.tuple(PATH, VERSION, PATH, VERSION).map(([a, v, b, w]) => `replace ${a} ${v} => ${b} ${w}`),
      fc.tuple(PATH, PATH).map(([a, b]) => `replace ${a} => ${b}`),
      fc.constantFrom(
        'module example.com/m',
        'go 1.22',
        'go 1.21.0',
        'toolchain go1.22.1',
        'toolchain default',
        'require (',
        ')',
        'replace (',
        'exclude github.com/a/b v1.0.0',
        'retract v1.0.0 // bad',
        'retract [v1.0.0, v1.9.9]',
        'godebug default=go1.21',
        'tool golang.org/x/tools/cmd/stringer',
        '// comment',
        '\tgithub.com/a/b v1.0.0',
        '\t"x" v1',
      ),
    ),
    { maxLength: 14 },
  )
  .map((l) => l.join('\n'));
const goSum = fc
  .array(
    fc
      .tuple(
        PATH,
        VERSION,
        fc.constantFrom('', '/go.mod'),
        fc.constantFrom('h1:' + 'A'.repeat(43) + '=', 'h1:', 'h2:x', ''),
      )
      .map(([p, v, m, h]) => `${p} ${v}${m} ${h}`),
    { maxLength: 8 },
  )
  .map((l) => l.join('\n'));
const goWork = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('./a', '../b', '/abs', '.', '"q"')).map(([p]) => `use ${p}`),
      fc.constantFrom('go 1.22', 'use (', ')', 'replace x => ../y', 'toolchain go1.23'),
    ),
    { maxLength: 8 },
  )
  .map((l) => l.join('\n'));
const modulesTxt = fc
  .array(
    fc.oneof(
      fc.tuple(PATH, VERSION).map(([p, v]) => `# ${p} ${v}`),
      fc.constantFrom('## explicit', '## explicit; go 1.21', 'github.com/a/b/pkg', '# x => ../y', '# a v1 => b v2'),
    ),
    { maxLength: 8 },
  )
  .map((l) => l.join('\n'));
const goEnv = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(
          'GOPROXY',
          'GOSUMDB',
          'GONOSUMDB',
          'GOPRIVATE',
          'GOINSECURE',
          'GOFLAGS',
          'GOTOOLCHAIN',
          'GONOSUMCHECK',
          'export GOPROXY',
        ),
        fc.constantFrom(
          '=direct',
          '=off',
          '=https://proxy.golang.org,direct',
          '=http://x',
          '=-mod=mod -insecure',
          '=go1.22+auto',
          '="a b"',
          '=',
        ),
      )
      .map(([k, v]) => k + v),
    { maxLength: 6 },
  )
  .map((l) => l.join('\n'));

describe('property: scan with the go plugin', () => {
  scanProperties({
    ecosystem: 'go',
    names: ['go.mod', 'go.work', 'go.sum', 'go.work.sum', 'vendor/modules.txt', 'go.env', '.envrc'],
    grammars: {
      'go.mod': goMod,
      'go.sum': goSum,
      'go.work': goWork,
      'vendor/modules.txt': modulesTxt,
      'go.env': goEnv,
      '.envrc': goEnv,
    },
  });
});
