/**
 * The settings file each `mvn` command of the model reads when the command (or the project's
 * `.mvn/maven.config`) names one with `-s`/`--settings`: read from the checkout once per path, at
 * load, for the publish-route resolution (publish-maven.ts). Maven takes a relative `-s` path from the
 * directory it runs in, and reads `.mvn/maven.config` (Maven >= 3.3.1) as extra command-line
 * arguments. https://maven.apache.org/configure.html · https://maven.apache.org/ref/3.9.9/maven-embedder/cli.html
 */
import { mavenOptions, optionValue } from './maven-args.js';
import { basename, normalise } from './script.js';
import { parseMavenSettings } from './maven-settings.js';
import type { PomCache } from './maven-pom-target.js';
import { deployTarget } from './maven-reactor.js';
import type { CiCommand, CiModel, MavenSettingsRead } from './model.js';

type Reader = (path: string, optional?: boolean) => Promise<string | undefined>;

export const MAVEN_PROGRAMS = new Set(['mvn', 'mvnw']);

/** Where a command's verdict and its settings are keyed. */
export function placeKey(at: { file: string; line: number; column: number }): string {
  return `${at.file}\0${at.line}\0${at.column}`;
}

/** Words of `$VAR`/`${VAR}` arguments whose value the file sets literally (GitLab's `mvn $MAVEN_CLI_OPTS deploy`). */
export function expandedArgs(argv: readonly string[], env: Readonly<Record<string, string>>): string[] {
  return argv.flatMap((a) => {
    const name = /^\$\{?([A-Z_]\w*)\}?$/i.exec(a)?.[1];
    const value = name === undefined ? undefined : env[name];
    return value !== undefined && !value.includes('$') ? value.split(/\s+/).filter(Boolean) : [a];
  });
}

/**
 * The settings file the command names: `-s X`, `--settings X`, `--settings=X`, `-s=X` and `-sX` all
 * name `X` (maven-args.ts); given twice, the first wins (commons-cli's `getOptionValue`).
 */
export function settingsArgument(args: readonly string[]): string | undefined {
  return optionValue(args, 's');
}

const WORKSPACE = /^(?:\$\{?(?:CI_PROJECT_DIR|GITHUB_WORKSPACE)\}?|\$\{\{\s*github\.workspace\s*\}\})\//;

/** A settings path relative to the root, or why it is not in the checkout. */
function resolvePath(path: string, cwd: string | undefined): { path: string } | { why: string } {
  // Maven 3.9 reads `.mvn/maven.config` one argument per line: `-s settings.xml` on one line names ` settings.xml`.
  if (/^\s/.test(path))
    return {
      why: `the settings file \`${path}\` starts with a space (Maven >= 3.9 reads \`.mvn/maven.config\` one argument per line)`,
    };
  const rooted = WORKSPACE.test(path);
  const rest = path.replace(WORKSPACE, '');
  if (rest.includes('$')) return { why: `the settings file \`${path}\` is named by a variable` };
  if (rest.startsWith('/') || rest.startsWith('~') || /^[A-Z]:[\\/]/i.test(rest))
    return { why: `the settings file \`${path}\` is outside the checkout` };
  if (!rooted && cwd?.startsWith('$'))
    return { why: `the settings file \`${path}\` is relative to a directory set at run time` };
  const joined = normalise(rooted || !cwd ? rest : `${cwd}/${rest}`);
  return joined === undefined ? { why: `the settings file \`${path}\` is outside the checkout` } : { path: joined };
}

/** Reads the settings files the model's `mvn` commands name, and the POMs they deploy from; every path once. */
export async function readMavenSettings(model: CiModel, read: Reader): Promise<void> {
  const files = new Map<string, MavenSettingsRead>();
  const configs = new Map<string, string[] | undefined>();
  const poms: PomCache = { poms: new Map(), problems: model.problems };
  for (const c of model.commands) {
    if (!MAVEN_PROGRAMS.has(basename(c.command.argv[0] ?? ''))) continue;
    const args = await commandArgs(c, read, configs);
    (model.mavenTargets ??= new Map()).set(placeKey(c.command), await deployTarget(args, c.command.cwd, read, poms));
    const named = settingsArgument(args);
    if (named === undefined) continue;
    const where = resolvePath(named, c.command.cwd);
    let got: MavenSettingsRead;
    if ('why' in where) got = { kind: 'unknown', path: named, why: where.why };
    else {
      const cached = files.get(where.path);
      got = cached ?? (await readSettingsFile(model, where.path, read));
      files.set(where.path, got);
    }
    (model.mavenSettings ??= new Map()).set(placeKey(c.command), got);
  }
}

/**
 * The command's arguments merged with those of `.mvn/maven.config` in the directory it runs in (or the
 * root) as MavenCli.cliMerge (maven-3.9.16) merges them: the command's options first (a single-valued
 * option keeps its first value, so the command line wins), then the file's, then the command's `-D`
 * again (properties: the last wins). Maven >= 3.9 reads the file one argument per line, skipping empty
 * lines and those starting with `#`.
 */
async function commandArgs(c: CiCommand, read: Reader, configs: Map<string, string[] | undefined>): Promise<string[]> {
  const direct = expandedArgs(c.command.argv.slice(1), c.command.env);
  const cwd = c.command.cwd;
  if (cwd?.startsWith('$')) return direct;
  for (const dir of new Set([cwd ?? '', ''])) {
    const path = dir ? `${dir}/.mvn/maven.config` : '.mvn/maven.config';
    if (!configs.has(path)) {
      const text = await read(path, true);
      configs.set(
        path,
        text?.split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('#')),
      );
    }
    const args = configs.get(path);
    if (args) {
      const defines = mavenOptions(direct).flatMap((o) =>
        o.key === 'D' && o.value !== undefined ? [`--define=${o.value}`] : [],
      );
      return [...direct, ...args, ...defines];
    }
  }
  return direct;
}

async function readSettingsFile(model: CiModel, path: string, read: Reader): Promise<MavenSettingsRead> {
  const text = await read(path, true);
  if (text === undefined) return { kind: 'unknown', path, why: `the settings file \`${path}\` is not in the checkout` };
  const parsed = parseMavenSettings(text, path);
  if (parsed.ok) return { kind: 'file', path, servers: parsed.value };
  model.problems.push(parsed.problem);
  return { kind: 'unknown', path, why: `the settings file \`${path}\` could not be read (${parsed.problem.reason})` };
}
