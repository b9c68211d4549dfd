/** namesTarball is a shortcut for `tarballName(url) === name`: it may say "ask tarballName", never a wrong yes. */
import { describe, expect, it } from 'vitest';
import { namesTarball, tarballName } from './resolved-name-mismatch.js';

const urls = [
  'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz',
  'https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz',
  'https://registry.npmjs.org/@babel%2fcore/-/core-7.24.0.tgz',
  'https://registry.npmjs.org/lodash-utils/-/lodash-4.17.21.tgz',
  'https://registry.npmjs.org/@evil/lodash/-/lodash-4.17.21.tgz',
  'https://registry.npmjs.org//lodash/-/lodash-4.17.21.tgz',
  'https://registry.npmjs.org/@x//lodash/-/lodash-4.17.21.tgz',
  'https://registry.npmjs.org/lodash//-/lodash-4.17.21.tgz',
  'https://npm.example.com/api/npm/npm-remote/lodash/-/lodash-4.17.21.tgz',
  'https://npm.example.com/api/@scope/lodash/-/lodash-1.tgz',
  'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz#sha1',
  'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz?x=/-/',
  'https://-/lodash/-/lodash-1.tgz',
  'https://h/-/lodash/-/lodash-1.tgz',
  'http://registry.npmjs.org/LoDash/-/lodash-1.tgz',
  'git+https://github.com/a/lodash.git',
  'https://codeload.github.com/a/b/tar.gz/abc',
  'file:lodash/-/x.tgz',
  'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tar',
  'https://registry.npmjs.org/@b//-/x.tgz',
  'https://registry.npmjs.org/@b/-/x.tgz',
];
const names = [
  'lodash',
  '@babel/core',
  'core',
  'lodash-utils',
  '@evil/lodash',
  '@x/lodash',
  'LoDash',
  '',
  '@',
  '@a/b/c',
  '@b/',
  '@b',
];

describe('namesTarball', () => {
  it('says yes only where tarballName gives the same name', () => {
    let yes = 0;
    for (const url of urls)
      for (const name of names)
        if (namesTarball(url, name)) {
          yes++;
          expect(tarballName(url), `${url} ${name}`).toBe(name);
        }
    // It answers the common registry URLs itself.
    expect(namesTarball(urls[0]!, 'lodash')).toBe(true);
    expect(namesTarball(urls[1]!, '@babel/core')).toBe(true);
    expect(namesTarball(urls[8]!, 'lodash')).toBe(true);
    expect(yes).toBeGreaterThanOrEqual(4);
  });

  it('leaves every other case to tarballName', () => {
    expect(namesTarball(urls[2]!, '@babel/core')).toBe(false); // %2f to decode
    expect(namesTarball(urls[3]!, 'lodash')).toBe(false);
    expect(namesTarball(urls[4]!, 'lodash')).toBe(false); // the scope makes it @evil/lodash
    expect(namesTarball(urls[9]!, 'lodash')).toBe(false);
    expect(namesTarball(urls[10]!, 'lodash')).toBe(false);
  });
});
