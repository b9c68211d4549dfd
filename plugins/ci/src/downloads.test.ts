import { describe, expect, it } from 'vitest';
import { useOf, verifies } from './download-uses.js';
import { downloadOf, urlKind } from './downloads.js';

describe('downloadOf', () => {
  it('reads the output file of curl, wget and Invoke-WebRequest however the flags are clustered', () => {
    expect(downloadOf(['curl', '-fsSLo', '~/bin/x', 'https://a.example/x'], {})).toEqual({
      url: 'https://a.example/x',
      file: '~/bin/x',
    });
    expect(downloadOf(['curl', '-LO', 'https://a.example/d/tool-1.2.tar.gz?x=1'], {})).toEqual({
      url: 'https://a.example/d/tool-1.2.tar.gz?x=1',
      file: 'tool-1.2.tar.gz',
    });
    expect(downloadOf(['curl', '-H', 'Accept: x', '--output=out.bin', 'https://a.example/y'], {})?.file).toBe(
      'out.bin',
    );
    expect(downloadOf(['wget', '-qO', 'yq', 'https://a.example/yq'], {})?.file).toBe('yq');
    expect(downloadOf(['wget', '-P', '/tmp', 'https://a.example/p/tool.deb'], {})?.file).toBe('/tmp/tool.deb');
    expect(downloadOf(['Invoke-WebRequest', '-Uri', 'https://a.example/n.exe', '-OutFile', 'n.exe'], {})).toEqual({
      url: 'https://a.example/n.exe',
      file: 'n.exe',
    });
  });

  it('ignores downloads to stdout or /dev/null, and a wget log file', () => {
    expect(
      downloadOf(['curl', '-sS', '-o', '/dev/null', '-w', '%{http_code}', 'https://a.example'], {}),
    ).toBeUndefined();
    expect(downloadOf(['wget', '-qO', '-', 'https://a.example/key'], {})).toBeUndefined();
    expect(downloadOf(['curl', '-fsSL', 'https://a.example/x'], {})).toBeUndefined();
    expect(downloadOf(['wget', '-o', 'log.txt', '-O', 'x', 'https://a.example/x'], {})?.file).toBe('x');
  });

  it('substitutes literal environment values into the URL, and nothing else', () => {
    expect(
      downloadOf(['curl', '-o', 'b', '$BASE/${VERSION}/b-$ARCH'], { BASE: 'https://a.example/dl', VERSION: 'v0.1.7' })
        ?.url,
    ).toBe('https://a.example/dl/v0.1.7/b-$ARCH');
  });
});

describe('urlKind', () => {
  it('grades what the URL pins', () => {
    expect(urlKind('http://a.example/tool-1.0.deb')).toBe('http');
    expect(urlKind('https://a.example/latest/nuget.exe')).toBe('latest');
    expect(urlKind('https://github.com/o/r/releases/latest/download/x')).toBe('latest');
    expect(urlKind('https://cursor.example/install')).toBe('unversioned');
    expect(urlKind('https://python3.example/install')).toBe('unversioned');
    expect(urlKind('https://a.example/$V/x')).toBe('dynamic');
    expect(urlKind('https://github.com/o/r/releases/download/v2.0.1/x')).toBe('versioned');
    expect(urlKind('https://raw.githubusercontent.com/o/r/0123456789abcdef0123456789abcdef01234567/install.sh')).toBe(
      'versioned',
    );
  });
});

describe('verifies', () => {
  it('recognises checksum and signature checks, not a hash merely written out', () => {
    expect(verifies(['sha256sum', '--strict', '--check', '-'], [], [])).toBe(true);
    expect(verifies(['shasum', '-a', '256', '-c', 'x.sha256'], [], [])).toBe(true);
    expect(verifies(['gpg', '--verify', 'x.asc', 'x'], [], [])).toBe(true);
    expect(verifies(['cosign', 'verify-blob', 'x'], [], [])).toBe(true);
    expect(verifies(['[', '$(sha256sum x | cut -d  -f1)', '=', '$SUM', ']'], [], ["sha256sum x | cut -d' ' -f1"])).toBe(
      true,
    );
    expect(
      verifies(
        ['sha256sum', 'x'],
        [
          ['sha256sum', 'x'],
          ['grep', '-q', '$SUM'],
        ],
        [],
      ),
    ).toBe(true);
    expect(verifies(['sha256sum', 'dist/x'], [['sha256sum', 'dist/x']], [])).toBe(false);
    expect(verifies(['gpg', '--import', 'k.asc'], [], [])).toBe(false);
  });
});

describe('useOf', () => {
  it('reads runs, package installs, chmod +x, extraction and moves', () => {
    expect(useOf(['bash', '$installer'])).toEqual({ use: 'run', paths: ['$installer'] });
    expect(useOf(['./nuget.exe', 'install', 'x'])).toEqual({ use: 'run', paths: ['./nuget.exe'] });
    expect(useOf(['dpkg', '-i', 'x.deb'])?.use).toBe('install');
    expect(useOf(['rpm', '-Uvh', 'x.rpm'])?.use).toBe('install');
    expect(useOf(['msiexec', '/i', 'x.msi', '/qn'])).toEqual({ use: 'install', paths: ['x.msi'] });
    expect(useOf(['dpkg', '-l'])).toBeUndefined();
    expect(useOf(['chmod', '+x', 'x'])).toEqual({ use: 'executable', paths: ['x'] });
    expect(useOf(['chmod', '755', 'x'])?.use).toBe('executable');
    expect(useOf(['chmod', '644', 'x'])).toBeUndefined();
    expect(useOf(['tar', 'xzvf', 'a.tgz'])).toEqual({ use: 'extract', paths: ['a.tgz'] });
    expect(useOf(['tar', '-xzf', 'a.tgz', '-C', '/opt'])).toEqual({ use: 'extract', paths: ['a.tgz', '/opt'] });
    expect(useOf(['tar', '-czf', 'a.tgz', 'dist'])).toBeUndefined();
    expect(useOf(['unzip', '-q', 'a.zip', '-d', 'out'])).toEqual({ use: 'extract', paths: ['a.zip', 'out'] });
    expect(useOf(['mv', 'x', '/usr/local/bin/'])).toEqual({ use: 'move', paths: ['x', '/usr/local/bin/'] });
    expect(useOf(['echo', 'x'])).toBeUndefined();
  });
});
