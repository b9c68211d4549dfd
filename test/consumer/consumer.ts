// A consumer of the published packages, written as a user would: imports by package name only,
// compiled with its own strict tsconfig against the built type declarations, then run.
import { renderSarif, scanDirectory, catalogue, PLUGINS, type ScanResult } from '@inert/cli';
import { MemorySource, TarSource, scan, streamScan, type Finding } from '@inert/core';
import { npm } from '@inert/plugin-npm';
import { gzipSync } from 'node:zlib';

export async function main(
  dir: string,
): Promise<{ memory: Finding[]; streamed: string[]; tarball: Finding[]; directory: ScanResult; sarifRules: number }> {
  const lock = JSON.stringify({
    name: 'x',
    lockfileVersion: 3,
    packages: {
      '': { name: 'x' },
      'node_modules/esbuild': {
        version: '0.21.5',
        resolved: 'https://registry.npmjs.org/esbuild/-/esbuild-0.21.5.tgz',
        integrity: 'sha512-x',
        hasInstallScript: true,
      },
    },
  });
  const memory = await scan(new MemorySource({ files: { 'package-lock.json': lock } }), {
    plugins: [npm],
    signal: AbortSignal.timeout(30_000),
  });
  const streamed: string[] = [];
  for await (const finding of streamScan(new MemorySource({ files: { 'package-lock.json': lock } }), {
    plugins: [npm],
  }))
    streamed.push(finding.check);
  const tarball = await scan(
    new TarSource(
      tar({ 'package/package.json': '{"name":"evil","scripts":{"preinstall":"node x.js"}}' }),
      'evil-1.0.0.tgz',
      { plugins: [npm] },
    ),
    { plugins: [npm] },
  );
  const directory = await scanDirectory(dir);
  const sarif = JSON.parse(renderSarif(directory, { checks: catalogue(PLUGINS) })) as {
    runs: { tool: { driver: { rules: unknown[] } } }[];
  };
  return {
    memory: memory.findings,
    streamed,
    tarball: tarball.findings,
    directory,
    sarifRules: sarif.runs[0]!.tool.driver.rules.length,
  };
}

/** A gzip'd ustar archive of small text files. */
function tar(files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const body = Buffer.from(text);
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write(body.length.toString(8).padStart(11, '0') + '\0', 124);
    header.write('0', 156);
    header.write('ustar\0' + '00', 257);
    header.fill(' ', 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)]));
}
