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
