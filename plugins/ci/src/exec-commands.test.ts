/** Commands run by find -exec/-execdir and xargs: read where they are written, the rest marked unknown. */
import { describe, expect, it } from 'vitest';
import { innerCommands } from './exec-commands.js';
import { commandsFromScript, type ScriptContext } from './script.js';

const ctx = (): ScriptContext => ({
  file: 'w.yml',
  firstLine: 1,
  firstColumn: 1,
  env: {},
  origin: 'workflow',
  problems: [],
});
const read = (script: string) =>
  commandsFromScript(script, ctx()).map((c) => [c.command.argv.join(' '), c.command.cwd ?? '.', c.dynamic]);

describe('find -exec and xargs', () => {
  it('reads each find action up to its `;` or `{} +`; -execdir runs in a directory a static read cannot know', () => {
    expect(read('find . -name go.mod -execdir go mod tidy \\; -exec go vet {} +')).toEqual([
      ['find . -name go.mod -execdir go mod tidy ; -exec go vet {} +', '.', false],
      ['go mod tidy', '$(find -execdir)', false],
      ['go vet {}', '.', false],
    ]);
    expect(read('cd web && find . -exec npm ci \\;')).toEqual([
      ['find . -exec npm ci ;', 'web', false],
      ['npm ci', 'web', false],
    ]);
  });

  it('a find action without its terminator runs nothing; `+` ends it only after `{}`', () => {
    expect(innerCommands(['find', '.', '-exec', 'go', 'mod', 'tidy'])).toEqual([]);
    expect(innerCommands(['find', '.', '-exec', 'echo', '+', 'x', ';']).map((c) => c.argv)).toEqual([
      ['echo', '+', 'x'],
    ]);
    expect(innerCommands(['find', '.', '-exec', ';'])).toEqual([]);
  });

  it('follows an sh -c body under find; `cd {}` there leaves the directory unknown', () => {
    expect(read("find . -name go.mod -exec sh -c 'cd {} && go mod tidy' \\;")).toEqual([
      ['find . -name go.mod -exec sh -c cd {} && go mod tidy ;', '.', false],
      ['sh -c cd {} && go mod tidy', '.', false],
      ['go mod tidy', '${}', false],
    ]);
    expect(read('find . -exec {} \\;').at(-1)).toEqual(['{}', '.', true]);
  });

  it('xargs: options with values are skipped; without a replace string the appended input makes the command unknown', () => {
    expect(read('ls | xargs -0 -n1 -P 4 --max-procs=2 go mod download')).toEqual([
      ['ls', '.', false],
      ['xargs -0 -n1 -P 4 --max-procs=2 go mod download', '.', false],
      ['go mod download', '.', true],
    ]);
    expect(read("ls | xargs -I DIR sh -c 'cd DIR && npm ci'").slice(2)).toEqual([
      ['sh -c cd DIR && npm ci', '.', false],
      ['npm ci', '$DIR', false],
    ]);
    expect(read('xargs -i go mod tidy').at(-1)).toEqual(['go mod tidy', '.', false]);
    expect(read('sudo xargs -r npm install').at(-1)).toEqual(['npm install', '.', true]);
  });

  it('xargs with an option it does not know, a missing value or no command runs nothing inert can read', () => {
    expect(innerCommands(['xargs', '-Q', 'go', 'mod', 'tidy'])).toEqual([]);
    expect(innerCommands(['xargs', '-n'])).toEqual([]);
    expect(innerCommands(['xargs', '-0'])).toEqual([]);
    expect(innerCommands(['xargs', '--bogus', 'npm', 'ci'])).toEqual([]);
  });

  it('nests at most three levels: xargs xargs xargs … stays linear', () => {
    const deep = `${'xargs '.repeat(10_000)}npm ci`;
    const commands = commandsFromScript(deep, ctx());
    expect(commands).toHaveLength(4);
    expect(commands.at(-1)!.command.argv.length).toBe(10_000 - 3 + 2);
  });

  it('GNU parallel: the command up to `:::` is joined and run by a shell; -q keeps the words; --dry-run runs nothing', () => {
    expect(read("parallel -j4 --halt now,fail=1 'cd {} && go mod tidy' ::: api web")).toEqual([
      ['parallel -j4 --halt now,fail=1 cd {} && go mod tidy ::: api web', '.', false],
      ['sh -c cd {} && go mod tidy', '.', false],
      ['go mod tidy', '${}', false],
    ]);
    expect(read('parallel -q --keep-order npm install --prefix {} ::: a b').at(-1)).toEqual([
      'npm install --prefix {}',
      '.',
      false,
    ]);
    expect(read('parallel --dry-run npm install {} ::: a')).toHaveLength(1);
    expect(read('parallel ::: "npm ci" "go mod tidy"')).toHaveLength(1); // the commands are the arguments
  });

  it('GNU parallel: appended input, or an option this reader does not know, leaves the command unknown', () => {
    expect(read('parallel go mod tidy ::: a b').at(-1)).toEqual(['go mod tidy', '.', true]);
    expect(read('parallel --bogus 3 npm install {} ::: a').at(-1)).toEqual(['3 npm install {}', '.', true]);
    expect(read('parallel -I DIR npm install DIR :::: dirs.txt').at(-1)).toEqual(['npm install DIR', '.', false]);
  });

  it('fd -x/-X: each command up to `;` or the end, in fd\u2019s own directory; without a placeholder the path is appended', () => {
    expect(read("fd -t f go.mod -x sh -c 'cd {//} && go mod tidy' \\; -X npm ci {}")).toEqual([
      ['fd -t f go.mod -x sh -c cd {//} && go mod tidy ; -X npm ci {}', '.', false],
      ['sh -c cd {//} && go mod tidy', '.', false],
      ['go mod tidy', '${//}', false],
      ['npm ci {}', '.', false],
    ]);
    expect(read('fdfind go.mod --exec go mod tidy').at(-1)).toEqual(['go mod tidy', '.', true]);
    expect(read('fd -- -x npm ci')).toHaveLength(1); // after `--`, `-x` is the pattern
  });

  it('fd --base-directory (and -C, fd 10.4.0): the commands run in that directory, as after a cd there', () => {
    expect(read('fd --base-directory api -e go -x gofmt -l {}').at(-1)).toEqual(['gofmt -l {}', 'api', false]);
    expect(read('cd services && fd -C web package.json -x npm ci').at(-1)).toEqual(['npm ci', 'services/web', true]);
    expect(read('fd --base-directory=web -x npm ci --prefix {//} \\;').at(-1)).toEqual([
      'npm ci --prefix {//}',
      'web',
      false,
    ]);
    expect(read('fd -Cweb -x npm ci {}').at(-1)).toEqual(['npm ci {}', 'web', false]);
    expect(read('fd -e json -x npm ci {} \\; -C=web').at(-1)).toEqual(['npm ci {}', 'web', false]);
    // An expansion or an absolute path is a directory a static read does not know.
    expect(read('fd --base-directory "$DIR" -x npm ci {}').at(-1)).toEqual(['npm ci {}', '$$DIR', false]);
    expect(read('fd --base-directory /srv/app -x npm ci {}').at(-1)).toEqual(['npm ci {}', '$/srv/app', false]);
    // clap refuses a second one, and a missing value: fd runs nothing.
    expect(read('fd -C a -C b -x npm ci {}')).toHaveLength(1);
    expect(read('fd -x npm ci {} \\; --base-directory')).toHaveLength(1);
  });
});
