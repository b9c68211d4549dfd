/**
 * How cargo commands in CI treat Cargo.lock, and how `cargo publish` is authenticated.
 * https://doc.rust-lang.org/cargo/commands/cargo-build.html#manifest-options
 */
import type { ActionStep, CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

/** Commands that resolve (and may rewrite) Cargo.lock before compiling or fetching. */
const BUILDS = new Set([
  'build',
  'b',
  'test',
  't',
  'run',
  'r',
  'check',
  'c',
  'clippy',
  'doc',
  'd',
  'bench',
  'rustc',
  'rustdoc',
  'fix',
  'package',
  'tree',
  'metadata',
  'vendor',
  'nextest',
  'llvm-cov',
  'miri',
]);
/** Global options that take a value as the next word (`cargo --config k=v build`). */
const VALUED = new Set(['--config', '-Z', '-C', '--color', '--manifest-path', '--target-dir']);
const TOKEN_ENV = /^CARGO_REGISTR(?:Y|IES_[A-Z0-9_]+)_TOKEN$/;

/** Splits `cargo [+toolchain] [global options] <subcommand> [args]`. */
function parse(argv: readonly string[]): { sub: string | undefined; args: string[] } {
  const words = argv.slice(1);
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.startsWith('+')) i++;
    else if (VALUED.has(w)) i += 2;
    else if (w.startsWith('-')) i++;
    else break;
  }
  return { sub: words[i], args: [...words.slice(0, i), ...words.slice(i + 1)] };
}

const has = (args: readonly string[], ...flags: string[]) =>
  args.some((a) => flags.includes(a) || flags.some((f) => f.startsWith('--') && a.startsWith(`${f}=`)));

function cargo(c: ShellCommand): CommandVerdict | undefined {
  const { sub, args } = parse(c.argv);
  // --frozen is --locked plus --offline; --offline alone may pick other versions from the local cache.
  const locked = has(args, '--locked', '--frozen');
  if (sub === 'install' || sub === 'binstall') return install(sub, args, locked);
  if (sub === 'update' || sub === 'generate-lockfile')
    return { action: 'install', classification: 'lax', reason: `cargo ${sub} rewrites Cargo.lock` };
  if (sub === 'fetch')
    return locked
      ? {
          action: 'install',
          classification: 'strict',
          reason: 'cargo fetch --locked downloads exactly what Cargo.lock pins',
        }
      : {
          action: 'install',
          classification: 'lax',
          reason: 'cargo fetch without --locked may update Cargo.lock first',
        };
  if (sub === 'publish') return publish(c, args);
  if (sub !== undefined && BUILDS.has(sub)) {
    // Offline: nothing is fetched, so no new release can arrive (#21: offline is never lax); the lock may still be rewritten from the cache.
    if (
      !locked &&
      (has(args, '--offline') ||
        args.some((a, i) => a === 'net.offline=true' && args[i - 1] === '--config') ||
        /^(?:true|1)$/i.test(c.env.CARGO_NET_OFFLINE ?? ''))
    ) {
      return {
        action: 'build',
        classification: 'local',
        reason: `cargo ${sub} offline downloads nothing: only crates already in the local cache (or vendored) are used, though Cargo.lock may still be rewritten from them`,
      };
    }
    return locked
      ? {
          action: 'build',
          classification: 'strict',
          reason: `cargo ${sub} --locked fails instead of changing Cargo.lock`,
        }
      : { action: 'build', classification: 'lax', reason: `cargo ${sub} without --locked may update Cargo.lock` };
  }
  return undefined;
}

/** `cargo install` ignores the crate's packaged Cargo.lock unless `--locked`. https://doc.rust-lang.org/cargo/commands/cargo-install.html */
function install(sub: string, args: readonly string[], locked: boolean): CommandVerdict {
  if (has(args, '--path')) {
    return locked
      ? {
          action: 'build',
          classification: 'strict',
          reason: 'cargo install --path --locked uses the checkout\u2019s Cargo.lock',
        }
      : { action: 'build', classification: 'lax', reason: 'cargo install --path ignores Cargo.lock without --locked' };
  }
  const git = has(args, '--git');
  const pinned = git
    ? has(args, '--rev')
    : has(args, '--version', '--vers') || args.some((a) => /^[\w-]+@[=^~]?\d/.test(a));
  if (!pinned)
    return {
      action: 'install',
      classification: 'adhoc',
      reason: git
        ? `cargo ${sub} --git without --rev installs whatever the branch points at`
        : `cargo ${sub} without --version installs the newest version`,
    };
  if (sub === 'binstall')
    return {
      action: 'install',
      classification: 'lax',
      reason: 'cargo binstall downloads a prebuilt binary that no lock or checksum in the checkout pins',
    };
  return locked
    ? {
        action: 'install',
        classification: 'strict',
        reason: 'cargo install --locked at a fixed version uses the crate\u2019s published Cargo.lock',
      }
    : {
        action: 'install',
        classification: 'lax',
        reason: 'cargo install without --locked resolves the crate\u2019s dependencies afresh',
      };
}

/**
 * A token from `rust-lang/crates-io-auth-action` (`steps.<id>.outputs.token`) is short-lived
 * (trusted publishing); a token from a secret is long-lived. https://crates.io/docs/trusted-publishing
 */
function publish(c: ShellCommand, args: readonly string[]): CommandVerdict {
  const i = args.findIndex((a) => a === '--token' || a.startsWith('--token='));
  const fromArg = i < 0 ? undefined : args[i]!.includes('=') ? args[i]!.slice(8) : (args[i + 1] ?? '');
  const token = fromArg ?? Object.entries(c.env).find(([k]) => TOKEN_ENV.test(k))?.[1];
  // `--dry-run` (`-n`) packages and verifies the crate but uploads nothing.
  if (has(args, '--dry-run', '-n'))
    return { action: 'other', classification: 'local', reason: 'cargo publish --dry-run uploads nothing' };
  if (token === undefined)
    return {
      action: 'publish',
      classification: 'unknown',
      reason: 'no registry token visible in the workflow',
      auth: 'none-visible',
    };
  const oidc = /steps\.[\w-]+\.outputs\./.test(token);
  return {
    action: 'publish',
    classification: 'unknown',
    reason: oidc
      ? 'a short-lived token minted by trusted publishing'
      : 'the registry token comes from a stored, long-lived secret',
    auth: oidc ? 'oidc' : 'token',
  };
}

/** rust-lang/crates-io-auth-action exchanges the job's OIDC token for a short-lived crates.io token. */
function authAction(step: ActionStep): CommandVerdict {
  return step.idToken === false
    ? {
        action: 'other',
        classification: 'unknown',
        reason: 'crates.io trusted publishing action in a job without id-token: write (it cannot mint a token)',
        auth: 'none-visible',
      }
    : {
        action: 'other',
        classification: 'unknown',
        reason: 'crates.io trusted publishing: a short-lived token minted from the job\u2019s OIDC token',
        auth: 'oidc',
      };
}

export const commands: readonly CommandRule[] = [
  {
    ecosystem: 'cargo',
    programs: ['cargo'],
    classify: cargo,
    actions: ['rust-lang/crates-io-auth-action'],
    classifyAction: authAction,
    publishes: [
      {
        registry: 'crates.io',
        client: 'cargo',
        forms: [
          'cargo publish',
          'cargo publish -p my-crate --locked',
          'cargo publish --token ${{ secrets.CRATES_IO_TOKEN }}',
        ],
        notPublishing: ['cargo publish --dry-run', 'cargo package'],
        credentials: [
          '`CARGO_REGISTRY_TOKEN`, `CARGO_REGISTRIES_<NAME>_TOKEN`, `--token` from a secret: token',
          'the same from `steps.<id>.outputs.token` of rust-lang/crates-io-auth-action: `oidc`',
        ],
        oidc: 'rust-lang/crates-io-auth-action in a job with `id-token: write` mints a short-lived token',
        sources: [
          {
            url: 'https://doc.rust-lang.org/cargo/reference/registry-authentication.html',
            holds: 'cargo >= 1.74: `CARGO_REGISTRY_TOKEN`, `CARGO_REGISTRIES_<NAME>_TOKEN`',
          },
          {
            url: 'https://crates.io/docs/trusted-publishing',
            holds: 'crates.io, since July 2025: trusted publishing with rust-lang/crates-io-auth-action',
          },
          {
            url: 'https://doc.rust-lang.org/cargo/commands/cargo-publish.html',
            holds: 'cargo 1.90: `--dry-run` packages and verifies, uploads nothing',
          },
        ],
      },
    ],
  },
];
