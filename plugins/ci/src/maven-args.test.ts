import { describe, expect, it } from 'vitest';
import { hasOption, mavenOptions, optionValue, optionValues, userProperty } from './maven-args.js';
import { settingsArgument } from './maven-settings-files.js';

// Maven 3.9.16's CLIManager with commons-cli 1.11.0's GnuParser.flatten (maven-args.ts).
describe('Maven command-line options as GnuParser flattens them', () => {
  it('names a settings file in every form Maven accepts: -s x, --settings x, --settings=x, -s=x, -sx', () => {
    for (const args of [
      ['-s', 'ci.xml', 'deploy'],
      ['--settings', 'ci.xml', 'deploy'],
      ['--settings=ci.xml', 'deploy'],
      ['-s=ci.xml', 'deploy'],
      ['-sci.xml', 'deploy'],
      // commons-cli strips one `-` or `--` and looks the rest up among short and long names alike.
      ['-settings', 'ci.xml', 'deploy'],
      ['--s', 'ci.xml', 'deploy'],
      ['-settings=ci.xml', 'deploy'],
    ])
      expect(settingsArgument(args), args.join(' ')).toBe('ci.xml');
  });

  it('keeps the first -s (getOptionValue returns the first value), every -P and -pl, the last -D', () => {
    expect(settingsArgument(['-s', 'first.xml', '-s', 'second.xml', 'deploy'])).toBe('first.xml');
    expect(optionValues(['-Pa', '-P', 'b', '--activate-profiles=c'], 'P')).toEqual(['a', 'b', 'c']);
    expect(optionValues(['-pl', 'x', '-pl=y'], 'pl')).toEqual(['x', 'y']);
    expect(userProperty(['-Dmaven.deploy.skip=true', '-D', 'maven.deploy.skip=false'], 'maven.deploy.skip')).toBe(
      'false',
    );
    expect(userProperty(['--define=maven.deploy.skip'], 'maven.deploy.skip')).toBe('true');
  });

  it('does not read a word as an option it is not', () => {
    // `-show-version` is -V's long name, not `-s how-version`; `-gs` is the global settings, not `-g s`.
    expect(settingsArgument(['-show-version', 'deploy'])).toBeUndefined();
    expect(settingsArgument(['-gs', 'global.xml', 'deploy'])).toBeUndefined();
    expect(optionValue(['-gs', 'global.xml'], 'gs')).toBe('global.xml');
    // `--settingsx` is no option (its first two characters are `--`): Maven rejects it, nothing is named.
    expect(settingsArgument(['--settingsx', 'deploy'])).toBeUndefined();
    // An option after `-s` is not its value (Maven stops with a missing argument).
    expect(settingsArgument(['-s', '-B', 'deploy'])).toBeUndefined();
    // Goals and `-D` values are no settings files; `--` ends the options.
    expect(settingsArgument(['deploy', '-Ds=ci.xml'])).toBeUndefined();
    expect(settingsArgument(['deploy', '--', '-s', 'ci.xml'])).toBeUndefined();
    expect(hasOption(['--non-recursive'], 'N')).toBe(true);
    expect(hasOption(['-Nfoo'], 'N')).toBe(true);
    expect(mavenOptions(['-am', '--also-make-dependents', '-B'])).toEqual([
      { key: 'am' },
      { key: 'amd' },
      { key: 'B' },
    ]);
  });
});
