/**
 * docs/ci/publish-routes.md: every publish route the plugins' command rules recognise, generated from
 * their `publishes` metadata (a test in packages/cli/src/publish-routes.test.ts runs each form through
 * the rules, so the table cannot list a form the rules do not read as a publish).
 */
import { commandsOf, type AnyPlugin, type PublishForm, type PublishRoute } from '@inert/core';
import { generatedHeader, tableCell } from './markdown.js';

/** Every plugin's publish routes, with the ecosystem whose rules recognise them, in plugin order. */
export async function publishRoutes(
  plugins: readonly AnyPlugin[],
): Promise<{ ecosystem: string; route: PublishRoute }[]> {
  const rules = await Promise.all(plugins.map((p) => commandsOf(p)));
  return plugins.flatMap((p, i) =>
    rules[i]!.flatMap((rule) =>
      (rule.publishes ?? []).map((route) => ({ ecosystem: rule.ecosystem ?? p.ecosystem, route })),
    ),
  );
}

export function formText(form: PublishForm): string {
  if (typeof form === 'string') return `\`${form}\``;
  const inputs = Object.entries(form.with ?? {}).map(([k, v]) => `\`${k}: ${v}\``);
  return `\`uses: ${form.uses}\`${inputs.length ? ` with ${inputs.join(', ')}` : ''}`;
}

const cell = (text: string | undefined): string => tableCell(text ?? '—');

export async function publishRoutesPage(plugins: readonly AnyPlugin[]): Promise<string> {
  const rows = (await publishRoutes(plugins)).map(({ ecosystem, route }) =>
    [
      route.registry,
      `${route.client} (${ecosystem})`,
      route.forms.map(formText).join('<br>'),
      (route.notPublishing ?? []).map(formText).join('<br>') || '—',
      route.credentials.join('<br>'),
      route.oidc ?? 'none recognised',
      route.provenance ?? 'not judged',
      route.sources.map((s) => `[${s.holds}](${s.url})`).join('<br>'),
    ]
      .map(cell)
      .join(' | '),
  );
  return `${generatedHeader('the command rules\u2019 `publishes` metadata (plugins/*/src)')}

# Publish routes

A *publish route* is a way a workflow (or a script or action it runs) uploads a package to a
registry. The CI plugin reads each command and action step of a workflow, a composite action, GitLab
CI or a script a step runs ([index.md](index.md)), and the ecosystem plugins' command rules say
which of them publish and how they authenticate. Each publish becomes an entry of
\`inventory.commands\` with \`action: "publish"\`, its \`auth\` and, where the rule judges it,
\`provenance\`; the checks below read those verdicts.

**Authentication** is one of four values. \`token\`: a credential variable or input is in the
step's environment (a stored secret, long-lived). \`job-token\`: the credential is the job's own
token, which the CI mints for the run and revokes when the job ends — \`\${{ secrets.GITHUB_TOKEN }}\`
or \`\${{ github.token }}\` (only GitHub accepts it, so the target is GitHub Packages), GitLab's
\`$CI_JOB_TOKEN\` and \`$CI_REGISTRY_PASSWORD\`; a rule names the variable or input it read
(\`credential\`), the CI plugin looks at its value, and a job token written into \`.npmrc\`/\`.pypirc\`
earlier in the job counts too. It is not reported as a long-lived token. \`oidc\`: the job can mint an OIDC token
(\`permissions: id-token: write\`) and no token is visible, or the credential comes from a trusted
publishing exchange (crates-io-auth-action's output, RubyGems' credentials action). \`none-visible\`:
neither (\`~/.npmrc\`, \`~/.pypirc\` or a vault wrote it elsewhere, or the publish will fail). A
visible token wins over OIDC: when both are present the long-lived token is exposed to the job
either way ([npm >= 11.5.1](https://docs.npmjs.com/trusted-publishers) tries trusted publishing first and falls back to the token). inert does not
check that the client version in use can exchange the OIDC token; the versions are in the sources.

**Not a publish**: a dry run (\`--dry-run\`, \`--dry-run=true\`; a \`--dry-run=$VAR\` set at run time is
a publish \u201cunless its value is true\u201d), a command that only versions (\`lerna version\`,
\`changeset version\`, \`nx release version\`), packs or builds. A project script counts only when its
name says publish (a \`publish\` part: \`ci-publish\`, \`publish:npm\`; or exactly \`release\`) or its
first argument is \`publish\` (babel's Yarn plugin command \`yarn release-tool publish\`), and not when a
part says it publishes something else (\`docs\`, \`site\`, \`pages\`, \`storybook\`) or previews
(\`dry\`, \`preview\`, \`check\`). What such a script runs is in package.json, outside the workflow: its
provenance is not judged.

**Container images** are pushed with the credential of the job's earlier login to the registry
(docker/login-action, \`docker login -p\`/\`--password-stdin\`, podman-login, amazon-ecr-login): the push
takes the auth of the latest login before it in the same job (to the same registry when both name
it), and its reason names the login's line. No ecosystem plugin owns images, snaps or GitLab's
package API, so those rules are the CI plugin's own (\`ci\` below).

**Maven settings**: a deploy authenticates with the \`<server>\` of the settings.xml it runs with, so
the CI plugin reads that file (with saxes, not a regex) when the workflow shows it: a committed file
named by \`-s\`/\`--settings\` (on the line, through a variable the file sets such as GitLab's
\`MAVEN_CLI_OPTS\`, or in \`.mvn/maven.config\`), else the one an earlier step of the job wrote
(actions/setup-java always writes one server whose password is \`\${env.<server-password>}\`;
s4u/maven-settings-action writes its \`servers\` JSON). Each server's password or HTTP header
(\`Job-Token\`, \`Deploy-Token\`, \`Private-Token\`) names a value Maven interpolates from the environment
(\`\${env.X}\` or \`\${X}\`), and that variable is looked up in the deploy's environment: the job's token
is \`job-token\`, a secret \`token\`, a variable the workflow does not set sends nothing. Servers that
disagree, or a settings file the checkout does not hold, make the deploy undeterminable
(\`classification: unknown\`, no \`auth\`), never a guess.

**Maven's command line** is read as Maven 3.9 reads it (maven-embedder's \`CLIManager\` with commons-cli's
\`GnuParser\`, [maven-3.9.16](https://github.com/apache/maven/blob/maven-3.9.16/maven-embedder/src/main/java/org/apache/maven/cli/CLIManager.java),
[commons-cli 1.11.0](https://github.com/apache/commons-cli/blob/rel/commons-cli-1.11.0/src/main/java/org/apache/commons/cli/GnuParser.java)):
\`-s x\`, \`--settings x\`, \`--settings=x\`, \`-s=x\`, \`-sx\` and \`-settings=x\` all name \`x\` (a word is an option
when its name without one \`-\` or \`--\` is a short or long option name, else \`name=value\`, else its
first two characters; \`-show-version\` is \`-V\`, not \`-s\`). A single-valued option given twice keeps
its first value; \`-P\` and \`-pl\` keep them all; \`-D\` the last per property (\`-Dx\` alone is \`true\`).
\`.mvn/maven.config\` is read one argument per line (Maven >= 3.9; a line \`-s settings.xml\` names
\` settings.xml\`, said so) and merged as \`MavenCli.cliMerge\` does: the command line's options first, so
its \`-s\` wins over the file's.

**A module that skips the deploy** uploads nothing: maven-deploy-plugin's \`skip\` ([3.1.4](https://github.com/apache/maven-deploy-plugin/blob/maven-deploy-plugin-3.1.4/src/main/java/org/apache/maven/plugins/deploy/DeployMojo.java):
\`true\` in any case, or \`releases\`/\`snapshots\` for that kind of version) is read where Maven 3.9.16 takes it from:
a \`<skip>\` in the plugin's \`<configuration>\` wins over the \`maven.deploy.skip\` property (only the
parameter's default), the \`default-deploy\` execution's over the plugin's, \`<plugins>\` over
\`<pluginManagement>\` (which also configures the deploy plugin the lifecycle adds), a child POM over its
parent (unless \`<inherited>false</inherited>\`), a selected profile over its POM; \`maven.deploy.skip\`
may come from a \`-D\`, the POMs' \`<properties>\` or a selected profile's. \`\${name}\` reads a \`-D\` first,
then the POMs' properties; a property no POM of the checkout defines, a profile that sets the skip and may
activate itself, or \`releases\`/\`snapshots\` with a version from a property make the module's deploy
undeterminable, with that reason.

**Gradle builds** say in their scripts which credential a publishing repository sends: the gradle
plugin reads \`publishing { repositories { maven { credentials … } } }\` from the syntax tree and hands
it to its publish rule, which looks the variable or project property up in the job's environment.
GitLab's documented \`value = System.getenv("CI_JOB_TOKEN")\` is the job's token (GitLab sets it in every
job, so it is there without the workflow naming it); GitHub's documented
\`password = System.getenv("GITHUB_TOKEN")\` is the job's token when the step sets it from
\`\${{ secrets.GITHUB_TOKEN }}\`. A stored secret elsewhere in the step (a signing key in
\`ORG_GRADLE_PROJECT_signingKey\`) is then not taken for the publish credential.

**Staged publishing** (\`npm stage publish\`, npm >= 11.15.0; \`pnpm stage publish\`, pnpm >= 11.3.0) is
a publish route like \`npm publish\`: the version is uploaded and held until a maintainer approves it
with 2FA, so the token that stages still reaches the registry. It is reported the same way, and its
reason says \u201cstaged\u201d.

## Routes

| registry | client (rules) | forms read as a publish | read as not publishing | credentials (auth) | trusted publishing (OIDC) | provenance | sources |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r} |`).join('\n')}

## Which check reports what

| verdict | check |
| --- | --- |
| \`auth: token\` (a stored secret in the step) | [\`ci/publish-long-lived-token\`](../checks/ci/publish-long-lived-token.md) (\`tokenWithOidc\` when the job could use OIDC instead) |
| \`auth: job-token\` (the job's \`GITHUB_TOKEN\`, \`CI_JOB_TOKEN\`) | none: it expires with the job; listed in \`inventory.commands\` |
| \`provenance: false\` in a job with \`id-token: write\` | [\`ci/publish-without-provenance\`](../checks/ci/publish-without-provenance.md) |
| a script run by path (\`./scripts/release.sh\`, \`make publish\`) with a client's token variable from a secret | [\`ci/publish-long-lived-token\`](../checks/ci/publish-long-lived-token.md) (\`wrapper\`) |
| any publish in a workflow | the workflow is a release workflow for [\`ci/cache-poisoning\`](../checks/ci/cache-poisoning.md) |
| any publish | \`inventory.commands\` (\`action: "publish"\`, \`auth\`, \`provenance\`), in JSON, SBOM and reports |

## Not covered yet

Maven deploys whose settings the workflow does not show (a \`settings.xml\` already on the runner,
outside the checkout, or named by a variable: such deploys are undeterminable), the server a deploy
uses when pom.xml does not settle it (a parent POM outside the checkout, an id set by a property, a
profile that activates itself, a parent at \`<relativePath>\` whose coordinates a property or a version
range decides, a module of a multi-module deploy whose server the checkout does not settle, or whose skip a property
set outside the checkout decides; \`-am\`'s dependency graph, a \`default-deploy\` execution moved to
\`<phase>none</phase>\` and \`combine.self\`/\`combine.children\` merge attributes are not read;
of the plugins that take over the upload only central-publishing-maven-plugin and
nexus-staging-maven-plugin are read),
Gradle publishing credentials the build computes in ways the syntax tree does not name (a bare
Groovy property, a file read, a plugin's own property other than com.vanniktech.maven.publish's
\`mavenCentralPassword\` and io.github.gradle-nexus.publish-plugin's \`<name>Password\` (of each
\`nexusPublishing\` repository the script declares, \`sonatypePassword\` by default) — a password a nexus
repository's block sets to a value that may be null (whether Gradle then falls back to the convention was
not verified), JReleaser's Maven and Gradle plugins (\`jreleaser:deploy\`, \`jreleaserDeploy\`; its CLI and
release-action are read) and the credentials its jreleaser.yml writes are not read:
judged by the credential variables of the step, else undeterminable), a multi-project
build's computed \`include\` list (a loop over directories such as Groovy's \`eachDir\`, a list held in
a variable: the credentials of the projects it may include are undeterminable; literal lists are read), cloud logins made outside the workflow (a runner's own AWS, Azure or Google identity is
"not visible"), an
OIDC exchange by the Snap Store (none is documented) and release tools not listed above (they are
project scripts or wrapper scripts when their names say so).
`;
}
