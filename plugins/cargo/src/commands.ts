/** How cargo commands in CI treat Cargo.lock, and how cargo publish is authenticated. https://doc.rust-lang.org/cargo/commands/cargo-build.html#manifest-options */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

const BUILDS = new Set(['build', 'b', 'test', 't', 'run', 'r', 'check', 'c', 'clippy', 'doc', 'bench', 'nextest', 'fetch']);
const STRICT_FLAGS = ['--locked', '--frozen'];

function cargo(c: ShellCommand): CommandVerdict | undefined {
  const args = c.argv.slice(1).filter((a) => !a.startsWith('+'));
  const sub = args[0] === 'nextest' ? 'nextest' : args[0];
  const strict = args.some((a) => STRICT_FLAGS.includes(a)) || /^(true|1)$/.test(c.env.CARGO_NET_OFFLINE ?? '') && args.includes('--offline');
  if (sub === 'install') {
    if (args.includes('--path')) return { action: 'build', classification: strict ? 'strict' : 'lax', reason: strict ? 'cargo install --path --locked uses the checkout\u2019s Cargo.lock' : 'cargo install ignores Cargo.lock without --locked' };
    const pinned = args.some((a) => a === '--version' || a.startsWith('--version=') || /@\d/.test(a));
    return { action: 'install', classification: strict && pinned ? 'strict' : 'adhoc', reason: strict && pinned ? 'cargo install --locked --version uses the crate\u2019s published lockfile' : `cargo install ${pinned ? 'without --locked resolves dependencies afresh' : 'installs whatever version is newest today'}` };
  }
  if (sub === 'update' || sub === 'generate-lockfile') return { action: 'install', classification: 'lax', reason: `cargo ${sub} rewrites Cargo.lock` };
  if (sub === 'publish') {
    const token = c.env.CARGO_REGISTRY_TOKEN ?? (args.includes('--token') ? 'secrets.' : undefined);
    const auth = token === undefined ? (c.idToken ? 'oidc' : 'none-visible') : /steps\.|outputs\./.test(token) ? 'oidc' : 'token';
    return { action: 'publish', classification: 'strict', reason: auth === 'token' ? 'CARGO_REGISTRY_TOKEN comes from a stored secret' : auth === 'oidc' ? 'a short-lived token from trusted publishing' : 'no token visible in the workflow', auth };
  }
  if (sub && BUILDS.has(sub)) {
    return strict
      ? { action: 'build', classification: 'strict', reason: `cargo ${sub} --locked fails instead of changing Cargo.lock` }
      : { action: 'build', classification: 'lax', reason: `cargo ${sub} without --locked may update Cargo.lock` };
  }
  return undefined;
}

export const commands: readonly CommandRule[] = [{ programs: ['cargo'], classify: cargo }];
