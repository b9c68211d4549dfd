import { describe, expect, it } from 'vitest';
import { splitShell } from './shell-words.js';

const argvs = (script: string) => splitShell(script).map((p) => p.commands.map((c) => c.argv));

describe('splitShell', () => {
  it('splits on && || ; | & and newlines', () => {
    expect(argvs('npm ci && npm test || echo fail; a | b & c\nd')).toEqual([
      [['npm', 'ci']],
      [['npm', 'test']],
      [['echo', 'fail']],
      [['a'], ['b']],
      [['c']],
      [['d']],
    ]);
  });

  it('ends a word at an unquoted `)`, as bash does (rust-analyzer: `! (cargo tree … -i salsa)`)', () => {
    expect(argvs('! (cargo tree -p proc-macro-srv -i salsa)')).toEqual([
      [['cargo', 'tree', '-p', 'proc-macro-srv', '-i', 'salsa']],
    ]);
    expect(argvs('(cd web && npm ci)')).toEqual([[['cd', 'web']], [['npm', 'ci']]]);
    expect(argvs("echo 'a)' \\)")).toEqual([[['echo', 'a)', ')']]]);
  });

  it('marks commands whose exit status the script tests (set -e does not end the script on them)', () => {
    const tested = (script: string) =>
      splitShell(script).flatMap((p) => p.commands.map((c) => `${c.argv[0]}${c.tested ? '?' : ''}`));
    expect(tested('a && b || c; d')).toEqual(['a?', 'b?', 'c', 'd']);
    expect(tested('if a && b; then c; elif d; then e; else f; fi\nwhile g; do h; done')).toEqual([
      'a?',
      'b?',
      'c',
      'd?',
      'e',
      'f',
      'g?',
      'h',
    ]);
    expect(tested('! a; b & c | d')).toEqual(['a?', 'b', 'c', 'd']);
  });

  it('keeps operators out of the command text', () => {
    expect(splitShell('npm ci && npm test; make').map((p) => p.commands[0]!.text)).toEqual([
      'npm ci',
      'npm test',
      'make',
    ]);
  });

  it('removes quotes and honours escapes', () => {
    expect(argvs(`pip install "requests==2.31" 'a b' c\\ d "x\\"y"`)).toEqual([
      [['pip', 'install', 'requests==2.31', 'a b', 'c d', 'x"y']],
    ]);
  });

  it('joins line continuations and keeps the first line of the command', () => {
    const [p] = splitShell('\n\ncargo build \\\n  --locked \\\n  --release\nnext');
    expect(p!.commands[0]).toMatchObject({ argv: ['cargo', 'build', '--locked', '--release'], line: 2, column: 1 });
    expect(splitShell('a\nb \\\n c\nd').map((x) => x.commands[0]!.line)).toEqual([0, 1, 3]);
  });

  it('separates env assignments and marks expansions dynamic', () => {
    const [p] = splitShell('CI=1 NODE_ENV=production $PM install "${FLAGS}"');
    expect(p!.commands[0]).toMatchObject({
      assignments: { CI: '1', NODE_ENV: 'production' },
      argv: ['$PM', 'install', '${FLAGS}'],
      dynamicWords: [0, 2],
    });
  });

  it('reads a quoted redirection target as one word (a here-string with spaces does not swallow the script)', () => {
    const script =
      "sha256sum --strict --check - <<<\"$SHA256 *$HOME/bin/tool\"\nchmod a+x ~/bin/tool\ncat > 'a b.txt' <<< 'x\ny'\nnext";
    expect(argvs(script)).toEqual([
      [['sha256sum', '--strict', '--check', '-']],
      [['chmod', 'a+x', '~/bin/tool']],
      [['cat']],
      [['next']],
    ]);
    expect(splitShell(script).map((p) => p.commands[0]!.line)).toEqual([0, 1, 2, 4]);
  });

  it('records command and process substitutions', () => {
    const [p] = splitShell('sh -c "$(curl -fsSL https://x.example/i.sh)"');
    expect(p!.commands[0]!.argv[0]).toBe('sh');
    expect(p!.commands[0]!.substitutions).toEqual(['curl -fsSL https://x.example/i.sh']);
    expect(splitShell('bash <(wget -qO- https://x)')[0]!.commands[0]!.substitutions).toEqual(['wget -qO- https://x']);
  });

  it('finds curl piped into a shell', () => {
    expect(argvs('curl -fsSL https://get.example.com | sudo bash -s -- --yes')).toEqual([
      [
        ['curl', '-fsSL', 'https://get.example.com'],
        ['sudo', 'bash', '-s', '--', '--yes'],
      ],
    ]);
  });

  it('drops redirections and skips heredoc bodies', () => {
    expect(argvs('npm ci > log.txt 2>&1\ncat <<EOF > f\nnpm install evil\nEOF\nnpm test')).toEqual([
      [['npm', 'ci']],
      [['cat']],
      [['npm', 'test']],
    ]);
  });

  it('takes a heredoc delimiter only from the same line (fuzzing: `<<` then a newline swallowed the next line)', () => {
    const [pipeline] = splitShell('cat <<\nnpm ci').slice(1);
    expect(pipeline?.commands[0]).toMatchObject({ argv: ['npm', 'ci'], line: 1, column: 1 });
    expect(
      splitShell('<<\n\rA\u0000')
        .flatMap((p) => p.commands)
        .every((c) => c.line === 1),
    ).toBe(true);
  });

  it('skips comments and shell keywords', () => {
    expect(argvs('# npm install\nif [ -f x ]; then npm ci; else npm install; fi # trailing')).toEqual([
      [['[', '-f', 'x', ']']],
      [['npm', 'ci']],
      [['npm', 'install']],
    ]);
  });

  it('never throws on garbage', () => {
    for (const s of ['"unterminated', "'", '$(', '`', '<<', 'a >', '\\', '${', '<((('])
      expect(() => splitShell(s)).not.toThrow();
  });
});
