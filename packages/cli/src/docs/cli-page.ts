/** docs/cli.md: the help text, then a real example of each machine format, generated from a scan of one corpus case. */
import { join } from 'node:path';
import { DirectorySource, renderCycloneDx, renderGithub, renderSarif, scan, VERSION, type AnyPlugin } from '@inert/core';
import { HELP } from '../args.js';
import { EXIT_CODE_TABLE } from '../exit-codes.js';
import { DOCS_BASE_URL } from '../docs-url.js';
import { generatedHeader, tableCell } from './markdown.js';

const EXAMPLE = 'corpus/npm/install-scripts--transitive-lockfile-v3';

export async function cliPage(plugins: readonly AnyPlugin[], root: string): Promise<string> {
  const result = await scan(new DirectorySource(join(root, EXAMPLE)), { plugins, tool: { name: 'inert', version: VERSION } });
  // The absolute root differs per machine; the page shows the path as a user would type it.
  const shown = { ...result, root: EXAMPLE };
  const github = renderGithub(shown, { pathPrefix: EXAMPLE });
  const sarif = JSON.parse(renderSarif(shown, { docsBaseUrl: DOCS_BASE_URL, pathPrefix: EXAMPLE })) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
  const run = sarif.runs[0]!;
  const usedRule = run.tool.driver.rules.find((r) => r.id === run.results[0]?.ruleId);
  const bom = JSON.parse(renderCycloneDx(shown)) as { components: unknown[] } & Record<string, unknown>;
  return [
    generatedHeader('the help text and a scan of ' + EXAMPLE),
    '',
    '# Command line',
    '',
    '```text',
    HELP.trimEnd(),
    '```',
    '',
    exitCodesSection(),
    'See [json-output.md](json-output.md) for the JSON shape, [config.md](config.md) for the config file,',
    '[sbom.md](sbom.md) for the SBOM and [package-vetting.md](package-vetting.md) for scanning a package',
    'archive before installing it. `pnpm scan` prints pnpm\'s own banner lines before inert\'s output: use',
    '`pnpm -s scan … --format json` or `--output <file>` when the output is to be parsed.',
    '',
    'The examples below are generated from `inert scan ' + EXAMPLE + '`.',
    '',
    '## `--format github`',
    '',
    'GitHub Actions workflow commands: each unsuppressed finding becomes an annotation on the pull request,',
    'without code scanning. Paths are relative to the working directory (the repository root in a workflow)',
    'unless `--path-prefix` says otherwise; `%`, CR and LF are escaped in messages, and `:` and `,` too in',
    'properties, as `@actions/core` does. The last line is a summary that says when the scan was incomplete.',
    '',
    '```text',
    github.trimEnd(),
    '```',
    '',
    '## `--format sarif`',
    '',
    'SARIF 2.1.0 for GitHub code scanning. Every rule has `helpUri` (its docs page as the published',
    '`@inert/cli` ships it; `--docs-url` changes the base) and `help.markdown`. One rule, as written:',
    '',
    '```json',
    JSON.stringify(usedRule, null, 2),
    '```',
    '',
    '## `--format cyclonedx`',
    '',
    'A CycloneDX 1.6 JSON SBOM of the inventory ([sbom.md](sbom.md)). The document with its first component:',
    '',
    '```json',
    JSON.stringify({ ...bom, components: bom.components.slice(0, 1), ...(bom.dependencies ? { dependencies: (bom.dependencies as unknown[]).slice(0, 1) } : {}) }, null, 2),
    '```',
    '',
  ].join('\n');
}

function exitCodesSection(): string {
  return [
    '## Exit codes',
    '',
    '| code | `inert scan` | `inert diff` ([diff.md](diff.md)) |',
    '| --- | --- | --- |',
    ...EXIT_CODE_TABLE.map((e) => `| ${e.code} | ${tableCell(e.meaning)} | ${tableCell(e.diff)} |`),
    '',
    'An incomplete scan never looks clean: whatever `--fail-on` says, it does not exit 0, and every format says so: text (a `Scan incomplete:` block, printed even with `--quiet`), JSON (the `incomplete` array, in `result.schema.json`), SARIF (`invocations[0].executionSuccessful: false` and one `toolExecutionNotifications` entry per gap), Markdown and HTML (a bold notice under the title). Code 1 wins over 3 because findings need acting on either way; the report still says the scan is incomplete. A script that accepts partial scans can treat 3 as success explicitly.',
    '',
  ].join('\n');
}
