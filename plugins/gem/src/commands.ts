/** How bundle and gem commands in CI treat Gemfile.lock, and how gems are published. https://bundler.io/man/bundle-install.1.html */
import type { ActionStep, CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

const TRUE = /^(true|1)$/i;

function bundle(c: ShellCommand): CommandVerdict | undefined {
  const [, sub = 'install', ...rest] = c.argv;
  if (sub !== 'install' && sub !== 'i') {
    if (sub === 'update' || sub === 'lock') return { action: 'install', classification: 'lax', reason: `bundle ${sub} rewrites Gemfile.lock` };
    return undefined;
  }
  const strict = rest.includes('--frozen') || rest.includes('--deployment') || TRUE.test(c.env.BUNDLE_FROZEN ?? '') || TRUE.test(c.env.BUNDLE_DEPLOYMENT ?? '');
  return strict
    ? { action: 'install', classification: 'strict', reason: 'bundle install in frozen/deployment mode fails instead of changing Gemfile.lock' }
    : { action: 'install', classification: 'lax', reason: 'bundle install may re-resolve and rewrite Gemfile.lock (set BUNDLE_FROZEN=true or `bundle config set frozen true`)' };
}

function gem(c: ShellCommand): CommandVerdict | undefined {
  const [, sub, ...rest] = c.argv;
  if (sub === 'install' || sub === 'i') {
    const pinned = rest.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='));
    return { action: 'install', classification: 'adhoc', reason: `gem install ${pinned ? 'pins a version but no checksum' : 'installs whatever version is newest today'}, outside any lock` };
  }
  if (sub === 'push') {
    const key = c.env.GEM_HOST_API_KEY;
    const auth = key === undefined ? (c.idToken ? 'oidc' : 'none-visible') : /secrets\./.test(key) ? 'token' : 'oidc';
    return { action: 'publish', classification: 'strict', reason: auth === 'token' ? 'GEM_HOST_API_KEY comes from a stored secret' : 'no stored key visible', auth };
  }
  return undefined;
}

function releaseAction(step: ActionStep): CommandVerdict {
  return { action: 'publish', classification: 'strict', reason: `${step.uses.split('@')[0]} uses RubyGems trusted publishing (OIDC)`, auth: step.idToken === false ? 'none-visible' : 'oidc' };
}

export const commands: readonly CommandRule[] = [
  { programs: ['bundle', 'bundler'], classify: bundle },
  { programs: ['gem'], classify: gem, actions: ['rubygems/release-gem', 'rubygems/configure-rubygems-credentials'], classifyAction: releaseAction },
];
