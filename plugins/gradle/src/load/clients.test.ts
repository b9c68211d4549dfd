/** Unit tests for the wrapper's Gradle version in inventory.clients: real-shaped files, odd names and hostile values. https://docs.gradle.org/current/userguide/gradle_wrapper.html */
import { describe, expect, it } from 'vitest';
import { distributionVersion, wrapperClients } from './clients.js';
import { parseProperties } from './properties.js';

const wrapper = (url: string, path = 'gradle/wrapper/gradle-wrapper.properties') =>
  parseProperties(
    `distributionBase=GRADLE_USER_HOME\ndistributionPath=wrapper/dists\ndistributionUrl=${url}\nzipStoreBase=GRADLE_USER_HOME\nzipStorePath=wrapper/dists\n`,
    path,
  );

describe('wrapper clients', () => {
  it('reads the version and line of distributionUrl as the wrapper task writes it', () => {
    expect(wrapperClients([wrapper('https\\://services.gradle.org/distributions/gradle-8.7-bin.zip')])).toEqual([
      {
        ecosystem: 'gradle',
        client: 'gradle',
        version: '8.7',
        evidence: 'gradle-wrapper.properties distributionUrl',
        file: 'gradle/wrapper/gradle-wrapper.properties',
        line: 3,
      },
    ]);
    expect(
      wrapperClients([wrapper('https\\://services.gradle.org/distributions/gradle-8.10.2-all.zip')])[0]?.version,
    ).toBe('8.10.2');
  });

  it('the last distributionUrl wins, and a continued value keeps the line of its key', () => {
    const p = parseProperties(
      'distributionUrl=https\\://services.gradle.org/distributions/gradle-7.6-bin.zip\n# later\ndistributionUrl=https\\://services.gradle.org/\\\n  distributions/gradle-8.5-bin.zip\n',
      'gradle/wrapper/gradle-wrapper.properties',
    );
    expect(wrapperClients([p])).toMatchObject([{ version: '8.5', line: 3 }]);
  });

  it('pre-releases give their numeric part and say so; snapshots and custom names give nothing', () => {
    expect(distributionVersion('https://services.gradle.org/distributions/gradle-8.10-rc-1-bin.zip')).toEqual({
      numeric: '8.10',
      pre: '8.10-rc-1',
    });
    expect(
      wrapperClients([wrapper('https://services.gradle.org/distributions/gradle-9.0-milestone-3-all.zip')])[0]
        ?.evidence,
    ).toBe('gradle-wrapper.properties distributionUrl, 9.0-milestone-3 taken as 9.0');
    expect(
      distributionVersion(
        'https://services.gradle.org/distributions-snapshots/gradle-8.11-20240801000023+0000-bin.zip',
      ),
    ).toBeUndefined();
    expect(distributionVersion('https://artifacts.acme.example/gradle/acme-gradle-8.7-bin.zip')).toBeUndefined();
    expect(distributionVersion('https://artifacts.acme.example/gradle/gradle-8.7-acme-2-bin.zip')).toBeUndefined();
    expect(distributionVersion('https://services.gradle.org/distributions/gradle-8.7-src.zip')).toBeUndefined();
  });

  it('mirrors and local paths: the file name, flagged in the evidence', () => {
    const [mirror] = wrapperClients([
      wrapper(
        'https\\://artifacts.acme.example/gradle/gradle-8.10.2-bin.zip?download=1#x',
        'tools/gradle/wrapper/gradle-wrapper.properties',
      ),
    ]);
    expect(mirror).toMatchObject({
      version: '8.10.2',
      file: 'tools/gradle/wrapper/gradle-wrapper.properties',
      line: 3,
    });
    expect(mirror?.evidence).toContain('not services.gradle.org');
    expect(distributionVersion('../../external/gradle/gradle-4.1-bin.zip')).toEqual({ numeric: '4.1' });
    expect(distributionVersion('..\\dist\\gradle-6.9.4-all.zip')).toEqual({ numeric: '6.9.4' });
  });

  it('no wrapper, no distributionUrl, or a value that is not a version: nothing', () => {
    expect(wrapperClients([])).toEqual([]);
    expect(
      wrapperClients([
        parseProperties('distributionBase=GRADLE_USER_HOME\n', 'gradle/wrapper/gradle-wrapper.properties'),
      ]),
    ).toEqual([]);
    for (const url of [
      '',
      'https://services.gradle.org/distributions/gradle-${gradleVersion}-bin.zip',
      'https://services.gradle.org/distributions/gradle-latest-bin.zip',
      'https://services.gradle.org/distributions/gradle-8-bin.zip',
      'https://services.gradle.org/distributions/gradle-v8.7-bin.zip',
      'https://services.gradle.org/distributions/gradle-8.7+sha.abc-bin.zip',
      'https://services.gradle.org/distributions/gradle-8..7-bin.zip',
      'https://services.gradle.org/distributions/gradle-99999.1-bin.zip',
      'https://services.gradle.org/distributions/',
    ]) {
      expect(wrapperClients([wrapper(url)]), url).toEqual([]);
    }
  });

  it('hostile values do not throw or hang', () => {
    const long = `https://x/${'gradle-1.'.repeat(100_000)}-bin.zip`;
    expect(distributionVersion(long)).toBeUndefined();
    expect(distributionVersion(`gradle-${'1.'.repeat(30)}1-bin.zip`)).toBeUndefined();
    expect(distributionVersion('/'.repeat(4000))).toBeUndefined();
    expect(wrapperClients([parseProperties(`distributionUrl=${'\\'.repeat(10001)}\n`, 'w')])).toEqual([]);
  });
});
