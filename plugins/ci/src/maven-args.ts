/**
 * Maven's command line read as Maven 3.9 reads it: `CLIManager.parse` hands the words to commons-cli's
 * `GnuParser` (maven-embedder/src/main/java/org/apache/maven/cli/CLIManager.java at maven-3.9.16,
 * commons-cli 1.11.0). Its `flatten` takes a word that, without its leading `--` or `-`, is an option
 * name (short or long: `-s`, `--settings`, `-settings`, `--s`) as that option; else `name=value` whose
 * name is an option (`--settings=x`, `-s=x`: the value is `x`); else a word whose first two characters
 * are a short option (`-sx`, `-Pa,b`, `-Dk=v`: the value is the rest); any other `-word` is an
 * unrecognised option (Maven stops with a parse error). An option that takes a value takes the next
 * word unless that word is an option. `--` ends the options. A single-valued option given twice keeps
 * its first value (`CommandLine.getOptionValue` returns the first; MavenCli.cliMerge says so), `-P` and
 * `-pl` keep every value, `-D` the last per property. https://github.com/apache/maven/blob/maven-3.9.16/maven-embedder/src/main/java/org/apache/maven/cli/CLIManager.java ·
 * https://github.com/apache/commons-cli/blob/rel/commons-cli-1.11.0/src/main/java/org/apache/commons/cli/GnuParser.java
 */

/** Maven 3.9.16's options: short name (or the long one when there is none), long name, takes a value. */
const OPTIONS: readonly (readonly [string, string, boolean])[] = [
  ['h', 'help', false],
  ['f', 'file', true],
  ['D', 'define', true],
  ['o', 'offline', false],
  ['v', 'version', false],
  ['q', 'quiet', false],
  ['X', 'debug', false],
  ['e', 'errors', false],
  ['N', 'non-recursive', false],
  ['U', 'update-snapshots', false],
  ['P', 'activate-profiles', true],
  ['B', 'batch-mode', false],
  ['nsu', 'no-snapshot-updates', false],
  ['C', 'strict-checksums', false],
  ['c', 'lax-checksums', false],
  ['s', 'settings', true],
  ['gs', 'global-settings', true],
  ['t', 'toolchains', true],
  ['gt', 'global-toolchains', true],
  ['ff', 'fail-fast', false],
  ['fae', 'fail-at-end', false],
  ['fn', 'fail-never', false],
  ['rf', 'resume-from', true],
  ['pl', 'projects', true],
  ['am', 'also-make', false],
  ['amd', 'also-make-dependents', false],
  ['l', 'log-file', true],
  ['V', 'show-version', false],
  ['emp', 'encrypt-master-password', true],
  ['ep', 'encrypt-password', true],
  ['T', 'threads', true],
  ['b', 'builder', true],
  ['ntp', 'no-transfer-progress', false],
  ['itr', 'ignore-transitive-repositories', false],
  ['npr', 'no-plugin-registry', false],
  ['cpu', 'check-plugin-updates', false],
  ['up', 'update-plugins', false],
  ['npu', 'no-plugin-updates', false],
  ['llr', 'legacy-local-repository', false],
  ['raw-streams', 'raw-streams', false],
  ['color', 'color', true],
];
const BY_NAME = new Map<string, { key: string; value: boolean }>(
  OPTIONS.flatMap(([short, long, value]) => [
    [short, { key: short, value }],
    [long, { key: short, value }],
  ]),
);

/** commons-cli's `Util.stripLeadingHyphens`: one `--` or one `-`. */
const strip = (word: string) => (word.startsWith('--') ? word.slice(2) : word.startsWith('-') ? word.slice(1) : word);
const optionOf = (word: string) => (word.startsWith('-') ? BY_NAME.get(strip(word)) : undefined);

export interface MavenOption {
  /** The option's short name (`s` for `--settings`), or its long one when it has none. */
  key: string;
  value?: string;
}

/** The options of a Maven command line, in order (goals and unrecognised words left out). */
export function mavenOptions(args: readonly string[]): MavenOption[] {
  const found: MavenOption[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') break;
    if (!word.startsWith('-') || word === '-') continue;
    const name = strip(word);
    let option = BY_NAME.get(name);
    let value: string | undefined;
    if (option === undefined) {
      const equal = name.indexOf('=');
      const before = equal === -1 ? undefined : BY_NAME.get(name.slice(0, equal));
      if (before) [option, value] = [before, name.slice(equal + 1)];
      else if ((option = BY_NAME.get(strip(word.slice(0, 2)))) !== undefined) value = word.slice(2);
      if (option === undefined) continue;
    } else if (option.value && i + 1 < args.length && optionOf(args[i + 1]!) === undefined) value = args[++i];
    found.push(option.value && value !== undefined ? { key: option.key, value } : { key: option.key });
  }
  return found;
}

/** Every value the option is given, in order (`-P`, `-pl` take them all). */
export function optionValues(args: readonly string[], key: string): string[] {
  return mavenOptions(args).flatMap((o) => (o.key === key && o.value !== undefined ? [o.value] : []));
}

/** The value of a single-valued option (`-s`, `-f`): the first one given, as commons-cli returns it. */
export function optionValue(args: readonly string[], key: string): string | undefined {
  return optionValues(args, key)[0];
}

export function hasOption(args: readonly string[], key: string): boolean {
  return mavenOptions(args).some((o) => o.key === key);
}

/**
 * The last `-Dname=value` (`-D name=value`, `--define=name=value`; `-Dname` alone is `true`): Maven's
 * user properties are a map, the last wins (MavenCli.populateProperties at maven-3.9.16).
 */
export function userProperty(args: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (const v of optionValues(args, 'D')) {
    const equal = v.indexOf('=');
    if (equal <= 0 ? v.trim() === name : v.slice(0, equal).trim() === name)
      found = equal <= 0 ? 'true' : v.slice(equal + 1);
  }
  return found;
}
