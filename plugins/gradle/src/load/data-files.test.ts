/** Unit tests for the data-file readers (properties, lockfiles, verification metadata, catalogs) on odd and hostile input. https://docs.gradle.org/current/userguide/dependency_verification.html */
import { describe, expect, it } from 'vitest';
import { parseCatalog } from './catalog.js';
import { parseLockfile } from './lockfile.js';
import { parseProperties, property } from './properties.js';
import { parseVerification } from './verification.js';

describe('data files', () => {
  it('properties: continuations, separators, escapes and the last value wins', () => {
    const p = parseProperties('# c\ndistributionUrl=https\\://services.gradle.org/a\\\n  b.zip\nk : v\nk=w\n', 'x');
    expect(property(p, 'distributionUrl')).toMatchObject({ value: 'https://services.gradle.org/ab.zip', line: 2 });
    expect(property(p, 'k')?.value).toBe('w');
  });

  it('lockfile: coordinates with lines, comments and empty= ignored', () => {
    const l = parseLockfile('# header\ncom.a:b:1.0=compileClasspath\nempty=annotationProcessor\n', 'gradle.lockfile');
    expect(l.entries).toEqual([{ group: 'com.a', name: 'b', version: '1.0', line: 2 }]);
  });

  it('verification metadata: refuses DTDs and entities, counts components', () => {
    expect(parseVerification('<!DOCTYPE x [<!ENTITY a "b">]><verification-metadata/>', 'v.xml').ok).toBe(false);
    const v = parseVerification('<component group="g" name="n" version="1">\n<artifact name="n.jar"><sha512 value="ab"/></artifact></component>\n<trust group=".*" regex="true"/>', 'v.xml');
    expect(v.ok && [...v.value.components]).toEqual(['g:n:1']);
    expect(v.ok && v.value.broadTrust.length).toBe(1);
    const files = parseVerification('<trust file=".*-javadoc[.]jar" regex="true"/>\n<trust file=".*" regex="true"/>\n<trust group="^com[.]acme($|([.].*))" regex="true"/>', 'v.xml');
    expect(files.ok && files.value.broadTrust.map((t) => t.line)).toEqual([2]);
  });

  it('catalog: invalid TOML and wrong shapes are problems, not throws', () => {
    expect(parseCatalog('[libraries\n', 'c.toml').problems[0]?.kind).toBe('syntax');
    expect(parseCatalog('libraries = 3', 'c.toml').problems[0]?.kind).toBe('shape');
    const { catalog } = parseCatalog('[versions]\na = { ref = "a" }\n[libraries]\nx = { module = "g:n", version.ref = "a" }\ny = 7\n', 'c.toml');
    expect(catalog?.libraries).toEqual([{ alias: 'x', group: 'g', name: 'n', line: 4 }]);
  });

  it('hostile sizes do not hang', () => {
    const big = 'a'.repeat(200_000);
    expect(parseProperties(`${big}\\\n`.repeat(10), 'x').entries.length).toBeGreaterThan(0);
    expect(parseVerification(`<trust ${'x="y" '.repeat(20000)}>`, 'v').ok).toBe(true);
    expect(parseLockfile(':'.repeat(100000), 'l').entries).toEqual([]);
    expect(parseProperties('k=\\\n'.repeat(200_000), 'x').entries).toHaveLength(1);
  });
});
