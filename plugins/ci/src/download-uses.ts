/**
 * What a job does with a downloaded file: a checksum or signature check (`verifies`), or a use that runs
 * or installs it (`useOf`: run, install as a package, make executable, unpack, move onto PATH).
 */
import { basename } from './script.js';

const HASHERS = /^(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|md5sum|cksum)$/;
const HASH_IN_TEXT = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|md5sum|openssl|Get-FileHash|certutil)\b/i;

/**
 * A checksum or signature check: `sha256sum -c`, `shasum -a 256 --check`, `gpg --verify`, `gpgv`,
 * `cosign verify-blob`, `minisign -V`, `slsa-verifier`, `gh attestation verify`, `Get-FileHash`, or a
 * hash compared in a test (`[ "$(sha256sum x | cut …)" = "$SUM" ]`, `sha256sum x | grep -q $SUM`).
 */
export function verifies(
  argv: readonly string[],
  pipeline: readonly (readonly string[])[],
  substitutions: readonly string[],
): boolean {
  const program = basename(argv[0] ?? '');
  if (HASHERS.test(program)) {
    if (argv.some((a) => a === '--check' || (/^-[a-z]+$/i.test(a) && a.includes('c')))) return true;
    return pipeline.some((p) => /^(?:grep|cmp|diff|test)$/.test(basename(p[0] ?? '')));
  }
  if ((program === 'gpg' || program === 'gpg2') && argv.includes('--verify')) return true;
  if (program === 'gpgv' || program === 'slsa-verifier' || program === 'sigstore' || /^get-filehash$/i.test(program))
    return true;
  if (program === 'cosign' && /^verify/.test(argv[1] ?? '')) return true;
  if (program === 'minisign' && argv.includes('-V')) return true;
  if (program === 'signify' && argv.some((a) => /^-[CV]/.test(a))) return true;
  if (program === 'gh' && argv[1] === 'attestation' && argv[2] === 'verify') return true;
  if (program === 'openssl' && argv.some((a) => a === '-verify' || a === '-signature')) return true;
  // A hash computed inside a test, or into a variable that a test then compares.
  return (
    (argv.length === 0 || /^(?:\[|\[\[|test|if)$/.test(program)) && substitutions.some((s) => HASH_IN_TEXT.test(s))
  );
}

const INTERPRETERS = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ksh',
  'python',
  'python3',
  'node',
  'perl',
  'ruby',
  'pwsh',
  'powershell',
  'source',
  '.',
]);
const PACKAGE_INSTALLERS = new Set([
  'dpkg',
  'apt',
  'apt-get',
  'rpm',
  'yum',
  'dnf',
  'zypper',
  'msiexec',
  'installer',
  'start-process',
  'add-appxpackage',
]);

/** What a command does to a file it names. */
export type Use = 'run' | 'install' | 'executable' | 'extract' | 'move';

export interface UseOf {
  use: Use;
  /** The paths (as written) the use applies to; for `move`, the source then the destination. */
  paths: string[];
}

/** The use a command makes of the paths in its argv, if it is one of the kinds above. */
export function useOf(argv: readonly string[]): UseOf | undefined {
  const program = basename(argv[0] ?? '');
  const lower = program.toLowerCase();
  const args = argv.slice(1);
  // msiexec's switches are `/i`, `/qn`: not operands.
  const operands = args.filter((a) => !a.startsWith('-') && !/^\/[a-z?]+$/i.test(a));
  if (INTERPRETERS.has(program)) {
    const file = args.find((a) => !a.startsWith('-'));
    return file === undefined ? undefined : { use: 'run', paths: [file] };
  }
  if (PACKAGE_INSTALLERS.has(lower)) {
    const installs =
      lower === 'dpkg'
        ? args.some((a) => a === '--install' || /^-[a-zA-Z]*i/.test(a))
        : lower === 'rpm'
          ? args.some((a) => a === '--install' || a === '--upgrade' || /^-[a-zA-Z]*[iU]/.test(a))
          : lower === 'msiexec'
            ? args.some((a) => /^[/-](?:i|package)$/i.test(a))
            : lower === 'installer'
              ? args.includes('-pkg')
              : lower === 'start-process' || lower === 'add-appxpackage'
                ? true
                : args.includes('install') || args.includes('localinstall');
    return installs ? { use: 'install', paths: operands } : undefined;
  }
  if (program === 'chmod') {
    const mode = args.find((a) => !a.startsWith('-') || /^-[rwx]/.test(a)) ?? '';
    const executable =
      (mode.includes('x') && /^[ugoa]*[+=]/.test(mode)) || (/^[0-7]{3,5}$/.test(mode) && /[1357]/.test(mode.slice(-3)));
    return executable ? { use: 'executable', paths: args.filter((a) => a !== mode && !a.startsWith('-')) } : undefined;
  }
  if (program === 'tar') {
    const first = args[0] ?? '';
    const extracts =
      args.some((a) => a === '--extract' || a === '--get' || /^-[a-zA-Z]*x/.test(a)) ||
      (/^[a-z]+$/i.test(first) && first.includes('x'));
    if (!extracts) return undefined;
    const file = tarFile(args);
    return file === undefined
      ? undefined
      : { use: 'extract', paths: [file, ...destination(args, '-C', '--directory')] };
  }
  if (program === 'unzip' || program === '7z' || program === '7za' || /^expand-archive$/i.test(program)) {
    const file =
      lower === 'expand-archive'
        ? (valueAfter(args, '-path') ?? operands[0])
        : operands.find((a) => /\.(?:zip|7z|tar|tgz|gz|xz|bz2)$/i.test(a));
    if (file === undefined || (program.startsWith('7z') && args[0] !== 'x' && args[0] !== 'e')) return undefined;
    const to =
      lower === 'expand-archive'
        ? valueAfter(args, '-destinationpath')
        : program === 'unzip'
          ? valueAfter(args, '-d')
          : args.find((a) => a.startsWith('-o'))?.slice(2);
    return { use: 'extract', paths: [file, ...(to !== undefined ? [to] : [])] };
  }
  if (program === 'mv' || program === 'cp' || program === 'install' || /^(?:move-item|copy-item)$/i.test(program)) {
    const paths = args.filter((a) => !a.startsWith('-'));
    return paths.length >= 2 ? { use: 'move', paths: [paths[0]!, paths[paths.length - 1]!] } : undefined;
  }
  if (argv[0] !== undefined && argv[0].includes('/')) return { use: 'run', paths: [argv[0]] };
  return undefined;
}

/** `tar xzf a.tgz`, `tar -xzf a.tgz`, `tar -x -f a.tgz`, `tar --file=a.tgz -x`: the archive, when named. */
function tarFile(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--file=')) return a.slice(7);
    if (a === '--file') return args[i + 1];
    const cluster = i === 0 && !a.startsWith('-') ? a : a.startsWith('-') && !a.startsWith('--') ? a.slice(1) : '';
    const f = cluster.indexOf('f');
    if (f >= 0) return f + 1 < cluster.length && i > 0 ? cluster.slice(f + 1) : args[i + 1];
  }
  return undefined;
}

function destination(args: readonly string[], short: string, long: string): string[] {
  const at = args.findIndex((a) => a === short || a === long);
  const inline = args.find((a) => a.startsWith(`${long}=`));
  if (inline !== undefined) return [inline.slice(long.length + 1)];
  return at >= 0 && args[at + 1] !== undefined ? [args[at + 1]!] : [];
}

function valueAfter(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a.toLowerCase() === name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Directories on PATH by convention (`/usr/local/bin`, `~/bin`, `$HOME/.local/bin`). */
export function isBinDirectory(path: string): boolean {
  return /(?:^|\/)(?:s?bin|\.local\/bin)(?:\/[^/]*)?$/.test(path);
}
