// Writes the adversarial cases git cannot hold into `target` (a temporary directory), each with its
// expected.json. Used by packages/cli/src/adversarial.test.ts; run by hand: node generate.mjs /tmp/x
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} target @param {{ manyFiles?: number }} options */
export function generate(target, options = {}) {
  const cases = [];
  // `incomplete` (when given): whether the scan must be incomplete (JSON `incomplete`, exit 3 unless a finding fails it first).
  const make = (name, description, findings, build, incomplete) => {
    const dir = join(target, name);
    mkdirSync(dir, { recursive: true });
    build(dir);
    writeFileSync(join(dir, 'expected.json'), JSON.stringify({ description, findings, ...(incomplete === undefined ? {} : { incomplete }) }, null, 2));
    cases.push(name);
  };
  const deps = '{"name":"x","dependencies":{"a":"1.0.0"}}\n';
  const U = (path, messageId) => ({ check: 'core/unparsed-file', messageId, path, line: 1 });
  const S = (path, messageId) => ({ check: 'core/symlink-not-followed', messageId, path, line: 1 });

  make('symlink-escapes', 'Links to /etc/passwd, to .., to / and a link loop: reported, never followed, nothing outside the root read.',
    [S('package-lock.json', 'file'), S('up', 'directory'), S('abs', 'directory'), S('yarn.lock', 'file')], (dir) => {
      writeFileSync(join(dir, 'package.json'), deps);
      symlinkSync('/etc/passwd', join(dir, 'package-lock.json'));
      symlinkSync('..', join(dir, 'up'));
      symlinkSync('/', join(dir, 'abs'));
      symlinkSync('loop-b', join(dir, 'loop-a'));
      symlinkSync('loop-a', join(dir, 'loop-b'));
      symlinkSync('../../../../../../../../etc/shadow', join(dir, 'yarn.lock'));
    });

  make('fifo-lockfile', 'A FIFO named package-lock.json must not hang the scan: it is reported and never opened; it still counts as a lockfile.',
    [U('package-lock.json', 'not-regular')], (dir) => {
      writeFileSync(join(dir, 'package.json'), deps);
      execFileSync('mkfifo', [join(dir, 'package-lock.json')]);
    });

  make('sparse-2gb-lockfile', 'A 2 GB sparse package-lock.json is refused by the byte cap without being read.',
    [U('package-lock.json', 'limit')], (dir) => {
      writeFileSync(join(dir, 'package.json'), deps);
      writeFileSync(join(dir, 'package-lock.json'), '');
      truncateSync(join(dir, 'package-lock.json'), 2 * 1024 * 1024 * 1024);
    });

  const evil = ['new\nline', 'ansi\u001b[31mred\u001b[0m', 'rtl\u202eexe.json', '..\\..\\x'];
  make('hostile-names', 'Directory names with a newline, ANSI escapes, an RTL override and backslashes: reported with their real paths (escaped only when printed).',
    evil.map((name) => ({ check: 'npm/root-install-scripts', messageId: 'hook', path: `${name}/package.json`, line: 1 })), (dir) => {
      for (const name of evil) {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, 'package.json'), '{"name":"\\u001b]0;pwned\\u0007","scripts":{"postinstall":"echo \\u001b[2J"}}');
      }
    });

  make('deep-directories', 'Directories 40 levels deep: the walk stops at the depth limit and says where.',
    [{ check: 'core/unparsed-file', messageId: 'directory', path: Array.from({ length: 33 }, (_, i) => `d${i}`).join('/'), line: 1 }], (dir) => {
      let d = dir;
      for (let i = 0; i < 40; i++) mkdirSync((d = join(d, `d${i}`)));
      writeFileSync(join(d, 'package.json'), deps);
    });

  make('workspace-glob-whole-disk', 'Workspace globs that would match the whole disk are only matched against paths inside the checkout.',
    [{ check: 'npm/lockfile-missing', messageId: 'missing', path: 'package.json', line: 1 }], (dir) => {
      writeFileSync(join(dir, 'package.json'), '{"name":"x","workspaces":["/**","../../**","**"],"dependencies":{"a":"1.0.0"}}');
    });

  const many = options.manyFiles ?? 100_000;
  make('many-files-one-directory', `${many} files in one directory and one manifest: the walk completes without a stat per file.`,
    [{ check: 'npm/lockfile-missing', messageId: 'missing', path: 'package.json', line: 1 }], (dir) => {
      writeFileSync(join(dir, 'package.json'), deps);
      const files = join(dir, 'files');
      mkdirSync(files);
      for (let i = 0; i < many; i++) writeFileSync(join(files, `f${i}`), '');
    });
  make('non-utf8-directory', 'A directory whose name is not valid UTF-8 (bytes ff, e9) must not hide its subtree: the committed token inside is reported, the name escaped.',
    [{ check: 'npm/auth-token-committed', messageId: 'npmToken', path: 'bad\\xff\\xe9/.npmrc', line: 1 }, { check: 'npm/lockfile-missing', messageId: 'missing', path: 'package.json', line: 1 }], (dir) => {
      writeFileSync(join(dir, 'package.json'), deps);
      const bad = Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff, 0xe9])]);
      mkdirSync(bad);
      writeFileSync(Buffer.concat([bad, Buffer.from('/.npmrc')]), '//registry.npmjs.org/:_authToken=npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n');
    });

  for (const c of sizeCases()) make(c.name, c.description, c.findings, (dir) => {
    for (const [path, parts] of Object.entries(c.files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), parts.map(expandPart).join(''));
    }
  }, c.incomplete);

  return cases;
}

/**
 * The class-3 (size) cases of sizes.json: too large for git, so each file is a list of parts
 * expanded here ({ text } as it is, { repeat, bytes } the unit repeated and cut to that length).
 * @returns {{ name: string, description: string, incomplete: boolean, files: Record<string, ({ text: string } | { repeat: string, bytes: number })[]>, findings: object[] }[]}
 */
export function sizeCases() {
  return JSON.parse(readFileSync(new URL('sizes.json', import.meta.url), 'utf8')).cases;
}

function expandPart(part) {
  if ('text' in part) return part.text;
  return part.repeat.repeat(Math.ceil(part.bytes / part.repeat.length)).slice(0, part.bytes);
}

// Only when run directly: imported by scripts/bench.mjs, whose argv[2] may be --quick.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2]) console.log(generate(process.argv[2]).join('\n'));
