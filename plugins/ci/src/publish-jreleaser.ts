/**
 * JReleaser's Maven deploy: `jreleaser deploy` and `jreleaser full-release` (which deploys, then
 * releases and announces) upload the staged Maven artifacts with each deployer's credentials, and
 * jreleaser/release-action runs `java -jar jreleaser-tool-provider.jar <arguments>` (default
 * `full-release`). A deployer's password comes from the configuration file or, when it is blank, from
 * the first environment variable set among `JRELEASER_DEPLOY_MAVEN_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`,
 * `JRELEASER_DEPLOY_MAVEN_<TYPE>_PASSWORD`/`_TOKEN`, `JRELEASER_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`,
 * `JRELEASER_<TYPE>_PASSWORD`/`_TOKEN` (types `mavenCentral`, `nexus2`, `nexus3`, `artifactory`,
 * `github`, `gitlab`, `gitea`, `forgejo`, `azure`; `Env.envKey` upper-cases and turns `.`/`-` into
 * `_`). `--dry-run` uploads nothing. Read at v1.25.0: MavenDeployersValidator.java, Env.java,
 * cli/Deploy.java and cli/FullRelease.java (`--dry-run`); the action at 21620dd9 (action.yml).
 * https://github.com/jreleaser/jreleaser/blob/v1.25.0/core/jreleaser-model-impl/src/main/java/org/jreleaser/model/internal/validation/deploy/maven/MavenDeployersValidator.java ·
 * https://github.com/jreleaser/jreleaser/blob/v1.25.0/api/jreleaser-utils/src/main/java/org/jreleaser/util/Env.java
 */
import type { ActionStep, CommandRule, CommandVerdict, PublishRoute, ShellCommand } from '@inert/core';
import { jobToken } from './publish-auth.js';

const DEPLOYS = new Set(['deploy', 'full-release']);
const DEPLOYER_CREDENTIAL =
  /^JRELEASER_(?:DEPLOY_MAVEN_)?(?:MAVENCENTRAL|NEXUS2|NEXUS3|ARTIFACTORY|GITHUB|GITLAB|GITEA|FORGEJO|AZURE)(?:_\w+)?_(?:PASSWORD|TOKEN)$/;

/** The verdict for JReleaser's arguments (`deploy`, `full-release`), or undefined when they upload nothing. */
function judge(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  what: string,
): CommandVerdict | undefined {
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub === undefined || !DEPLOYS.has(sub) || args.includes('--dry-run') || args.includes('--dry-run=true'))
    return undefined;
  // Which deployers run is jreleaser.yml's (not read): a stored credential among them is named before the job's token.
  const candidates = Object.keys(env)
    .filter((k) => DEPLOYER_CREDENTIAL.test(k))
    .sort();
  const variable = candidates.find((k) => jobToken(env[k]!) === undefined) ?? candidates[0];
  return {
    action: 'publish',
    classification: 'unknown',
    reason: variable
      ? `${what} ${sub} uploads Maven artifacts with the deployer credential in ${variable}`
      : `${what} ${sub}; the deployer credential is not visible (jreleaser.yml, a properties file or the runner’s environment)`,
    auth: variable ? 'token' : 'none-visible',
    ...(variable ? { credential: { from: 'env' as const, name: variable } } : {}),
  };
}

export function jreleaserRule(cmd: ShellCommand): CommandVerdict | undefined {
  return judge(cmd.argv.slice(1), cmd.env, 'jreleaser');
}

export function jreleaserAction(step: ActionStep): CommandVerdict | undefined {
  const args = (step.with['arguments'] ?? 'full-release').split(/\s+/).filter(Boolean);
  return judge(args, step.env, 'jreleaser/release-action');
}

export const JRELEASER_ROUTE: PublishRoute = {
  registry: 'Maven Central, Nexus, Artifactory, GitHub/GitLab/Gitea/Forgejo/Azure Maven registries',
  client: 'JReleaser CLI, jreleaser/release-action',
  forms: [
    'jreleaser deploy',
    'jreleaser full-release',
    { uses: 'jreleaser/release-action', with: { arguments: 'full-release' } },
  ],
  notPublishing: ['jreleaser deploy --dry-run', 'jreleaser config', 'jreleaser assemble'],
  credentials: [
    'the first of `JRELEASER_DEPLOY_MAVEN_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`, `JRELEASER_DEPLOY_MAVEN_<TYPE>_PASSWORD`/`_TOKEN`, `JRELEASER_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`, `JRELEASER_<TYPE>_PASSWORD`/`_TOKEN` in the step env (TYPE: MAVENCENTRAL, NEXUS2, NEXUS3, ARTIFACTORY, GITHUB, GITLAB, GITEA, FORGEJO, AZURE): from a secret → token, `${{ secrets.GITHUB_TOKEN }}` → job-token; none → none-visible (jreleaser.yml or the runner may hold it)',
  ],
  sources: [
    {
      url: 'https://github.com/jreleaser/jreleaser/blob/v1.25.0/core/jreleaser-model-impl/src/main/java/org/jreleaser/model/internal/validation/deploy/maven/MavenDeployersValidator.java',
      holds:
        'JReleaser v1.25.0: a deployer’s blank password is read from the keys `deploy.maven.<type>.<name>.password`/`.token`, `deploy.maven.<type>.password`/`.token`, `<type>.<name>.password`/`.token`, `<type>.password`/`.token`; `Env.envKey` makes each `JRELEASER_` + upper case with `.`/`-` as `_` (Env.java); `deploy` and `full-release` take `--dry-run` (cli/Deploy.java, cli/FullRelease.java)',
    },
    {
      url: 'https://github.com/jreleaser/release-action/blob/21620dd981ead1dbacdd86ba041c0bc6ed393ae9/action.yml',
      holds:
        'jreleaser/release-action (21620dd9): runs `java -jar jreleaser-tool-provider-<version>.jar <arguments>`, `arguments` defaulting to `full-release`; credentials come from the step’s `JRELEASER_*` env',
    },
  ],
};

export const jreleaserRules: readonly CommandRule[] = [
  {
    ecosystem: 'ci',
    programs: ['jreleaser'],
    classify: jreleaserRule,
    actions: ['jreleaser/release-action'],
    classifyAction: jreleaserAction,
    publishes: [JRELEASER_ROUTE],
  },
];
