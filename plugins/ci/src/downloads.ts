/**
 * What a command does with a downloaded file, read from its argv: the download itself (`curl -o`,
 * `wget -O`, `Invoke-WebRequest -OutFile`), a checksum or signature verification, and the uses that
 * run the file (`./x`, `bash x`, `dpkg -i x`, `chmod +x x`, `tar x -f x`). Nothing is expanded but
 * literal environment values in a URL; every function is linear in the argv.
 */
import { basename } from './script.js';

export interface Download {
  /** The URL as written, with literal `$VAR`s of the environment substituted. */
  url: string;
  /** The output path as written (`~/bin/yq`, `$installer`, `nuget.exe`). */
  file: string;
}

const CURL_VALUE_SHORT = new Set([...'oHdDuAeExXwmTFbcrCKzQYyt']);
const CURL_VALUE_LONG = new Set([
  '--header',
  '--data',
  '--data-raw',
  '--data-binary',
  '--user',
  '--user-agent',
  '--referer',
  '--proxy',
  '--request',
  '--write-out',
  '--max-time',
  '--connect-timeout',
  '--retry',
  '--retry-delay',
  '--retry-max-time',
  '--upload-file',
  '--form',
  '--cookie',
  '--cookie-jar',
  '--range',
  '--continue-at',
  '--cert',
  '--cacert',
  '--config',
  '--proto',
  '--proto-redir',
  '--limit-rate',
  '--resolve',
  '--netrc-file',
  '--oauth2-bearer',
  '--max-redirs',
  '--keepalive-time',
  '--speed-limit',
  '--speed-time',
]);
const WGET_VALUE_SHORT = new Set([...'oaOPtTUeiwBQ']);
const WGET_VALUE_LONG = new Set([
  '--output-file',
  '--append-output',
  '--tries',
  '--timeout',
  '--user-agent',
  '--header',
  '--user',
  '--password',
  '--http-user',
  '--http-password',
  '--input-file',
  '--wait',
  '--base',
  '--quota',
  '--execute',
  '--directory-prefix',
  '--output-document',
  '--ca-certificate',
  '--load-cookies',
  '--save-cookies',
  '--post-data',
  '--method',
  '--body-data',
]);

/** `curl -fsSLo x URL`, `curl -LO URL`, `wget -qO x URL`, `wget URL`, `Invoke-WebRequest -Uri URL -OutFile x`; undefined when nothing is saved to a file. */
export function downloadOf(argv: readonly string[], env: Readonly<Record<string, string>>): Download | undefined {
  const program = basename(argv[0] ?? '');
  if (program === 'curl') return curl(argv, env);
  if (program === 'wget') return wget(argv, env);
  if (/^(?:invoke-webrequest|iwr|invoke-restmethod|irm)$/i.test(program)) return invokeWebRequest(argv, env);
  return undefined;
}

function curl(argv: readonly string[], env: Readonly<Record<string, string>>): Download | undefined {
  let output: string | undefined;
  let remoteName = false;
  let dir: string | undefined;
  let url: string | undefined;
  walkOptions(argv, {
    valueLong: CURL_VALUE_LONG,
    valueShort: CURL_VALUE_SHORT,
    long(name, value) {
      if (name === '--output') output = value();
      else if (name === '--output-dir') dir = value();
      else if (name === '--url') url ??= value();
      else if (name === '--remote-name' || name === '--remote-name-all') remoteName = true;
      else return false;
      return true;
    },
    short(flag, value) {
      if (flag === 'O') remoteName = true;
      else if (flag === 'o') output = value;
    },
    positional(a) {
      url ??= a;
    },
  });
  return saved(url, output ?? (remoteName ? remote(url) : undefined), dir, env);
}

function wget(argv: readonly string[], env: Readonly<Record<string, string>>): Download | undefined {
  let output: string | undefined;
  let dir: string | undefined;
  let url: string | undefined;
  walkOptions(argv, {
    valueLong: WGET_VALUE_LONG,
    valueShort: WGET_VALUE_SHORT,
    long(name, value) {
      if (name === '--output-document') output = value();
      else if (name === '--directory-prefix') dir = value();
      else return false;
      return true;
    },
    short(flag, value) {
      if (flag === 'O') output = value;
      else if (flag === 'P') dir = value;
    },
    positional(a) {
      url ??= a;
    },
  });
  // Without -O, wget saves under the URL's last path segment.
  return saved(url, output ?? remote(url), dir, env);
}

interface OptionHandlers {
  /** Long options that take a value (`--header h`), skipped with it when `long` does not handle them. */
  valueLong: ReadonlySet<string>;
  /** Short flags that take a value: the rest of the bundle (`-ofile`) or the next word. */
  valueShort: ReadonlySet<string>;
  /** A long option; `value()` takes its value (inline or the next word). Returns whether it was handled. */
  long(name: string, value: () => string | undefined): boolean;
  /** A short flag, with its value when it takes one. */
  short(flag: string, value: string | undefined): void;
  positional(word: string): void;
}

/** getopt_long as curl and wget read their arguments: `--name=v`/`--name v`, bundled short flags (`-fsSLo f`), positionals. */
function walkOptions(argv: readonly string[], on: OptionHandlers): void {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = splitLong(a);
      if (!on.long(name, () => inline ?? argv[++i]) && on.valueLong.has(name) && inline === undefined) i++;
    } else if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const flag = a[k]!;
        if (!on.valueShort.has(flag)) {
          on.short(flag, undefined);
          continue;
        }
        on.short(flag, k + 1 < a.length ? a.slice(k + 1) : argv[++i]);
        break;
      }
    } else on.positional(a);
  }
}

function invokeWebRequest(argv: readonly string[], env: Readonly<Record<string, string>>): Download | undefined {
  let output: string | undefined;
  let url: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.toLowerCase();
    if (name === '-outfile') output = argv[++i];
    else if (name === '-uri') url = argv[++i];
    else if (a.startsWith('-')) {
      if (
        !a.includes(':') &&
        argv[i + 1] !== undefined &&
        !argv[i + 1]!.startsWith('-') &&
        !/^(?:-usebasicparsing|-passthru|-skipcertificatecheck)$/.test(name)
      )
        i++;
    } else url ??= a;
  }
  return saved(url, output, undefined, env);
}

function splitLong(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** The last path segment of a URL (what `curl -O` and `wget` name the file). */
function remote(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || path.endsWith('//') ? undefined : last;
}

function saved(
  url: string | undefined,
  file: string | undefined,
  dir: string | undefined,
  env: Readonly<Record<string, string>>,
): Download | undefined {
  if (url === undefined || file === undefined || file === '-' || file === '/dev/null' || file.toLowerCase() === '$null')
    return undefined;
  return { url: expand(url, env), file: dir !== undefined && !file.startsWith('/') ? `${dir}/${file}` : file };
}

/** `$NAME` and `${NAME}` replaced by literal values of the environment; anything else stays as written. */
function expand(text: string, env: Readonly<Record<string, string>>): string {
  if (!text.includes('$')) return text;
  return text.replace(/\$\{([a-z_]\w*)\}|\$([a-z_]\w*)/gi, (all, braced?: string, bare?: string) => {
    const value = env[braced ?? bare ?? ''];
    return value !== undefined && !value.includes('$') ? value : all;
  });
}

/** How much the URL says about the bytes it serves. */
export type UrlKind = 'http' | 'latest' | 'unversioned' | 'dynamic' | 'versioned';

export function urlKind(url: string): UrlKind {
  if (/^http:\/\//i.test(url)) return 'http';
  if (url.includes('$')) return 'dynamic';
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  if (/(?:^|[^a-z])latest(?:[^a-z]|$)/i.test(path)) return 'latest';
  if (/\d\.\d|\/v\d+(?=[/._-]|$)|[0-9a-f]{40}/i.test(path)) return 'versioned';
  return 'unversioned';
}

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
