import { describe, expect, it } from 'vitest';
import { expectLinear, withQuadratic } from '@inert/testing';
import { readNpmArgs } from './npm-options.js';

const read = (line: string) => readNpmArgs(line.split(' '));

describe("npm's command line as nopt 8 reads it (npm 10.9.0)", () => {
  it('gives an option with a value its next word, wherever it stands', () => {
    expect(read('npm install --prefix web')).toMatchObject({ positionals: ['install'] });
    expect(read('npm install --prefix web').options.get('prefix')).toBe('web');
    expect(read('npm --prefix web ci').positionals).toEqual(['ci']);
    expect(read('npm install --prefix={} --no-audit').positionals).toEqual(['install']);
    expect(read('npm -C web install').positionals).toEqual(['install']);
    expect(read('npm install --registry https://r.example --omit dev left-pad').positionals).toEqual([
      'install',
      'left-pad',
    ]);
    expect(read('npm install -w packages/a').positionals).toEqual(['install']);
  });

  it('gives a Boolean only `true` or `false`, and reads an unknown option as a Boolean', () => {
    expect(read('npm install --save-dev left-pad').positionals).toEqual(['install', 'left-pad']);
    expect(read('npm install --ignore-scripts false').options.get('ignore-scripts')).toBe(false);
    expect(read('npm install --ignore-scripts false').positionals).toEqual(['install']);
    expect(read('npm install --frobnicate left-pad').positionals).toEqual(['install', 'left-pad']);
    expect(read('npm install --frobnicate=x').positionals).toEqual(['install']);
    expect(read('npm install --no-package-lock').options.get('package-lock')).toBe(false);
    expect(read('npm install --package-lock=false').options.get('package-lock')).toBe(false);
  });

  it('reads [null, Boolean], browser and color as their type lists allow', () => {
    expect(read('npm install --production left-pad').positionals).toEqual(['install', 'left-pad']);
    expect(read('npm install --production null').positionals).toEqual(['install']);
    expect(read('npm install --color always').positionals).toEqual(['install']);
    expect(read('npm install --color left-pad').positionals).toEqual(['install', 'left-pad']);
    expect(read('npm install --browser firefox').positionals).toEqual(['install']);
    expect(read('npm install --browser -g').options.get('global')).toBe(true);
  });

  it('leaves an option word after a String-only option alone, and stops at `--`', () => {
    expect(read('npm publish --tag --provenance').options.get('provenance')).toBe(true);
    expect(read('npm publish --tag next').options.get('tag')).toBe('next');
    expect(read('npm install --prefix -- x').positionals).toEqual(['install', 'x']);
    expect(read('npm exec -- --prefix x').positionals).toEqual(['exec', '--prefix', 'x']);
  });

  it('expands shorthands, groups of one-letter shorthands and unique prefixes', () => {
    expect(read('npm -d install').positionals).toEqual(['install']);
    expect(read('npm -d install').options.get('loglevel')).toBe('info');
    expect(read('npm install -gf left-pad').options.get('global')).toBe(true);
    expect(read('npm install -gf left-pad').positionals).toEqual(['install', 'left-pad']);
    expect(read('npm install --prefi web').options.get('prefix')).toBe('web');
    expect(read('npm install --reg https://r.example').positionals).toEqual(['install']);
    expect(read('npm install --local').options.get('global')).toBe(false);
    // Ambiguous (`prefer-dedupe`, `prefer-offline`, `prefer-online`, `prefix`): unknown, a Boolean.
    expect(read('npm install --pre web').positionals).toEqual(['install', 'web']);
  });

  it('reads `--no-` prefixes as nopt does, each one flipping the value, in linear time', () => {
    expect(read('npm install --no-no-package-lock').options.get('package-lock')).toBe(true);
    expect(read('npm install --No-NO-no-package-lock').options.get('package-lock')).toBe(false);
    const word = (n: number) => ['npm', 'install', `--${'no-'.repeat(n)}package-lock`];
    expect(readNpmArgs(word(100_001)).options.get('package-lock')).toBe(false);
    const options = { start: 4096, maxSize: 1 << 16 };
    expectLinear(readNpmArgs, word, options);
    // The same sizes catch a quadratic pass over the word (what lower-casing it per prefix was).
    const quadratic = withQuadratic(readNpmArgs, (argv: string[]) => argv[2]!.length);
    expect(() => expectLinear(quadratic, word, { ...options, attempts: 1 })).toThrow(/not linear/);
  });

  it('is linear in a long shorthand group', () => {
    const { options } = readNpmArgs(['npm', 'install', `-${'g'.repeat(100_000)}`]);
    expect(options.get('global')).toBe(true);
  });
});
