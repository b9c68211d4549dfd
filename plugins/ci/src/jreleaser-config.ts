/**
 * The deployer passwords of the JReleaser configuration file a deploy reads (JReleaser v1.25.0):
 * `deploy.maven.<type>.<name>.password` in `jreleaser.yml`, `.toml` or `.json`. A non-blank one is
 * sent as written — `Validator.checkProperty` returns it before looking at the environment, and
 * AbstractMavenDeployer resolves templates in its url only — so it is a secret committed with the
 * checkout; a blank or absent one is read from `JRELEASER_*` variables (publish-jreleaser.ts). A
 * deployer runs only when its `active` says so (MavenDeployersValidator: default `NEVER`, which a
 * `JRELEASER_DEPLOY_MAVEN_…_ACTIVE` variable may change). The file is the one `-c`/`--config-file`
 * (CLI, jreleaser/release-action's `arguments`) or `-Djreleaser.config.file` (Maven) names, else, for
 * the CLI, `jreleaser.yml`, `jreleaser.toml` or `jreleaser.json` in the directory it runs in
 * (AbstractModelCommand.resolveConfigFileAt; with more than one, the order of Java's ServiceLoader
 * decides, which a static read does not settle). For `mvn jreleaser:…` without that property, the
 * POM's jreleaser-maven-plugin `<configFile>` or `<jreleaser>` model (jreleaser-pom.ts). The Gradle
 * DSL is not read.
 * https://github.com/jreleaser/jreleaser/blob/v1.25.0/plugins/jreleaser/src/main/java/org/jreleaser/cli/AbstractModelCommand.java
 */
import { type Locatable, parseJson, parseToml, parseYaml, type Parsed } from '@inert/core';
import { jobToken } from './job-token.js';
import { parseJreleaserPom } from './jreleaser-pom.js';
import { userProperty } from './maven-args.js';
import { dirOf, pomPath } from './maven-pom-target.js';
import { placeKey } from './maven-settings-files.js';
import type { CiModel, ConfigDeployer, JreleaserConfigRead } from './model.js';
import { basename, normalise } from './script.js';

type Reader = (path: string, optional?: boolean) => Promise<string | undefined>;

/** The deployer types of `deploy.maven` (MavenDeployers at v1.25.0). */
const TYPES = ['mavenCentral', 'nexus2', 'nexus3', 'artifactory', 'github', 'gitlab', 'gitea', 'forgejo', 'azure'];
/** Deployers read per file (real ones: one to three); more are not looked at. */
const MAX_DEPLOYERS = 64;
const DEFAULT_NAMES = ['jreleaser.yml', 'jreleaser.toml', 'jreleaser.json'];

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The deployers of a configuration file, by its extension as JReleaser picks its parser. */
export function parseJreleaserConfig(text: string, path: string): Parsed<ConfigDeployer[]> {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  let doc: (Locatable & { value: unknown }) | undefined;
  if (ext === 'yml' || ext === 'yaml') {
    const y = parseYaml(text, path);
    if (!y.ok) return y;
    doc = y.value.documents[0];
  } else if (ext === 'toml') {
    const t = parseToml(text, path);
    if (!t.ok) return t;
    doc = t.value;
  } else if (ext === 'json') {
    const j = parseJson(text, path);
    if (!j.ok) return j;
    doc = j.value;
  } else
    return {
      ok: false,
      problem: { file: path, kind: 'unreadable', reason: 'not a JReleaser configuration format (yml, toml, json)' },
    };
  const maven = record(record(record(doc?.value)?.['deploy'])?.['maven']);
  const deployers: ConfigDeployer[] = [];
  const routes: (string | number)[][] = [];
  for (const type of TYPES)
    for (const [name, value] of Object.entries(record(maven?.[type]) ?? {})) {
      const d = record(value);
      if (!d || deployers.length >= MAX_DEPLOYERS) continue;
      const active = typeof d['active'] === 'string' ? d['active'] : undefined;
      const written = typeof d['password'] === 'string' && d['password'].trim() !== '';
      deployers.push({ type, name, ...(active !== undefined ? { active } : {}) });
      if (written) routes.push(['deploy', 'maven', type, name, 'password']);
    }
  const spans = doc && routes.length > 0 ? doc.locate(routes.map((route) => ({ route, part: 'key' }))) : [];
  for (const [i, route] of routes.entries()) {
    const d = deployers.find((x) => x.type === route[2] && x.name === route[3]);
    if (d) d.password = spans[i]?.line ?? 1;
  }
  return { ok: true, value: deployers };
}

/** `-c X`, `-cX`, `-c=X`, `--config-file X`, `--config-file=X` (picocli), the last one given. */
export function configArgument(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const [i, a] of args.entries()) {
    if (a === '-c' || a === '--config-file') found = args[i + 1];
    else if (a.startsWith('--config-file=')) found = a.slice('--config-file='.length);
    else if (a.startsWith('-c') && !a.startsWith('--')) found = a.slice(a.startsWith('-c=') ? 3 : 2);
  }
  return found;
}

const JRELEASER_GOAL = /^(?:jreleaser|org\.jreleaser:jreleaser-maven-plugin(?::[^:\s]+)?):/;
const join = (dir: string, rel: string) => normalise(dir ? `${dir}/${rel}` : rel);

/** Where a JReleaser form reads its configuration: the named file, or the CLI's default names. */
function candidates(
  program: string,
  args: readonly string[],
  cwd: string | undefined,
): { named?: string; paths: string[] } | undefined {
  if (cwd?.startsWith('$')) return undefined;
  // Maven aligns a File parameter to the project's directory (the POM's, which `-f` may move).
  const pom = program === 'mvn' ? pomPath(args, cwd) : undefined;
  const dir = typeof pom === 'string' ? dirOf(pom) : (cwd ?? '');
  const named = program === 'mvn' ? userProperty(args, 'jreleaser.config.file') : configArgument(args);
  if (named !== undefined) return { named, paths: [join(dir, named)].filter((p): p is string => p !== undefined) };
  if (program !== 'jreleaser') return undefined;
  return { paths: DEFAULT_NAMES.map((n) => join(dir, n)).filter((p): p is string => p !== undefined) };
}

/** Reads the configuration file of every JReleaser deploy of the model, each path once. */
export async function readJreleaserConfigs(model: CiModel, read: Reader): Promise<void> {
  const files = new Map<string, JreleaserConfigRead | undefined>();
  const load = async (path: string): Promise<JreleaserConfigRead | undefined> => {
    if (files.has(path)) return files.get(path);
    const text = await read(path, true);
    let got: JreleaserConfigRead | undefined;
    if (text !== undefined) {
      const parsed = parseJreleaserConfig(text, path);
      if (parsed.ok) got = { kind: 'file', path, deployers: parsed.value };
      else {
        model.problems.push(parsed.problem);
        got = { kind: 'unknown', why: `\`${path}\` could not be read (${parsed.problem.reason})` };
      }
    }
    files.set(path, got);
    return got;
  };
  const places: { key: string; program: string; args: readonly string[]; cwd: string | undefined }[] = [];
  for (const c of model.commands) {
    const program = basename(c.command.argv[0] ?? '').replace(/w$/, '');
    if (program === 'jreleaser' || (program === 'mvn' && c.command.argv.some((a) => JRELEASER_GOAL.test(a))))
      places.push({ key: placeKey(c.command), program, args: c.command.argv.slice(1), cwd: c.command.cwd });
  }
  for (const step of model.actions)
    if (/^jreleaser\/release-action@/i.test(step.uses))
      places.push({
        key: placeKey(step),
        program: 'jreleaser',
        args: (step.with['arguments'] ?? '').split(/\s+/),
        cwd: undefined,
      });
  const poms = new Map<string, JreleaserConfigRead | undefined>();
  for (const p of places) {
    const where = candidates(p.program, p.args, p.cwd);
    if (!where) {
      if (p.program !== 'mvn') continue;
      const pom = pomPath(p.args, p.cwd);
      if (typeof pom !== 'string') continue;
      if (!poms.has(pom)) poms.set(pom, await fromPom(model, pom, read, load));
      const got = poms.get(pom);
      if (got) (model.jreleaserConfigs ??= new Map()).set(p.key, got);
      continue;
    }
    if (where.named !== undefined && (where.named.includes('$') || where.paths.length === 0)) {
      (model.jreleaserConfigs ??= new Map()).set(p.key, {
        kind: 'unknown',
        why: `the configuration file \`${where.named.slice(0, 80)}\` is named at run time or outside the checkout`,
      });
      continue;
    }
    const found: JreleaserConfigRead[] = [];
    for (const path of where.paths) {
      const got = await load(path);
      if (got) found.push(got);
    }
    const one: JreleaserConfigRead | undefined =
      found.length > 1
        ? {
            kind: 'unknown',
            why: `${found.length} configuration files (${DEFAULT_NAMES.join(', ')}): Java’s ServiceLoader order picks one`,
          }
        : where.named !== undefined && found.length === 0
          ? { kind: 'unknown', why: `the configuration file \`${where.named.slice(0, 80)}\` is not in the checkout` }
          : found[0];
    if (one) (model.jreleaserConfigs ??= new Map()).set(p.key, one);
  }
}

/** jreleaser-maven-plugin's model in the POM the command builds, or the file its `<configFile>` names. */
async function fromPom(
  model: CiModel,
  path: string,
  read: Reader,
  load: (path: string) => Promise<JreleaserConfigRead | undefined>,
): Promise<JreleaserConfigRead | undefined> {
  const text = await read(path, true);
  if (text === undefined) return undefined;
  // A POM that cannot be parsed is reported by the POM reader (maven-pom-target.ts): no second problem here.
  const parsed = parseJreleaserPom(text, path);
  if (!parsed.ok) return { kind: 'unknown', why: `\`${path}\` could not be read (${parsed.problem.reason})` };
  const plugin = parsed.value;
  if (!plugin) return undefined;
  if (plugin.configFile === undefined) return { kind: 'file', path, deployers: plugin.deployers };
  const file = plugin.configFile.includes('$') ? undefined : join(dirOf(path), plugin.configFile);
  const got = file === undefined ? undefined : await load(file);
  return (
    got ?? {
      kind: 'unknown',
      why: `the configuration file \`${plugin.configFile.slice(0, 80)}\` ${path}’s jreleaser-maven-plugin names is not in the checkout`,
    }
  );
}

/** What one deployer's written password is: a literal, the environment variable a POM's `${env.X}` reads, or a property. */
function judgeDeployer(
  d: ConfigDeployer,
  env: Readonly<Record<string, string>>,
  path: string,
): { auth: 'token' | 'job-token' | 'unknown' | 'none'; what: string } {
  const at = `${path}:${d.password} (\`deploy.maven.${d.type}.${d.name}\`)`;
  if (d.computed !== undefined)
    return {
      auth: 'unknown',
      what: `the deployer password \`${d.computed}\` at ${at}, a property Maven settles when it runs`,
    };
  if (d.env === undefined)
    return { auth: 'token', what: `the deployer password written in ${at}, a secret committed with the checkout` };
  const value = env[d.env];
  // Maven leaves `${env.X}` as written when X is unset: no credential.
  if (value === undefined) return { auth: 'none', what: '' };
  const job = jobToken(value);
  if (job) return { auth: 'job-token', what: `the deployer password at ${at}: ${d.env}, the job’s ${job}` };
  if (value.includes('${{') && !/secrets\./.test(value))
    return { auth: 'unknown', what: `the deployer password at ${at}: ${d.env} = \`${value.slice(0, 60)}\`` };
  return { auth: 'token', what: `the deployer password at ${at}: ${d.env}` };
}

/** The reasons publish-jreleaser.ts gives its deploys: `jreleaser deploy…`, `jreleaser/release-action …`, `mvn jreleaser:…`. */
const JRELEASER_REASON = /^(?:jreleaser(?:\/release-action)? (?:deploy|full-release)|mvn jreleaser:)/;

/** A deployer password written in the configuration file is the deploy's credential, when that deployer may run. */
export function applyJreleaserConfig(model: CiModel): void {
  if (!model.jreleaserConfigs) return;
  // Each place's environment, indexed once (a lookup per verdict would be quadratic in the commands).
  let envs: Map<string, Readonly<Record<string, string>>> | undefined;
  for (const v of model.verdicts) {
    if (v.ecosystem !== 'ci' || v.verdict.action !== 'publish' || !JRELEASER_REASON.test(v.verdict.reason)) continue;
    const key = placeKey(v.at);
    const config = model.jreleaserConfigs.get(key);
    if (!config) continue;
    const what = v.verdict.reason.split(/ uploads |; /)[0]!;
    const { credential: _credential, ...rest } = v.verdict;
    if (config.kind === 'unknown') {
      // A stored credential is sent whichever the file's password is (written or read from it).
      if (v.verdict.auth === 'token') continue;
      const { auth: _auth, ...others } = rest;
      v.verdict = {
        ...others,
        undeterminable: true,
        reason: `${what}; ${config.why}: which credential it sends is not visible`,
      };
      continue;
    }
    envs ??= new Map([
      ...model.actions.map((a) => [placeKey(a), a.env] as const),
      ...model.commands.map((c) => [placeKey(c.command), c.command.env] as const),
    ]);
    const env = envs.get(key) ?? {};
    // An absent `active` is NEVER unless a JRELEASER_DEPLOY_MAVEN_…_ACTIVE variable turns it on.
    const activeFromEnv = Object.keys(env).some((k) => /^JRELEASER_DEPLOY_MAVEN_\w+_ACTIVE$/.test(k));
    const judged = config.deployers
      .filter(
        (d) =>
          d.password !== undefined && (d.active !== undefined ? d.active.toUpperCase() !== 'NEVER' : activeFromEnv),
      )
      .map((d) => judgeDeployer(d, env, config.path));
    // A stored token among the deployers that may run is sent; else one not settled leaves it open.
    const chosen =
      judged.find((j) => j.auth === 'token') ??
      judged.find((j) => j.auth === 'unknown') ??
      (v.verdict.auth === 'token' ? undefined : judged.find((j) => j.auth === 'job-token'));
    if (!chosen || chosen.auth === 'none') continue;
    if (chosen.auth === 'unknown') {
      if (v.verdict.auth === 'token') continue;
      const { auth: _auth, ...others } = rest;
      v.verdict = { ...others, undeterminable: true, reason: `${what}; ${chosen.what}` };
      continue;
    }
    v.verdict = { ...rest, auth: chosen.auth, reason: `${what} uploads Maven artifacts with ${chosen.what}` };
  }
}
