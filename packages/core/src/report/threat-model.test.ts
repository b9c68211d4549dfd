import { describe, expect, it } from 'vitest';
import type { EcosystemProfile } from '../plugin.js';
import type { ScanResult } from '../result.js';
import type { InventoryCommand } from '../inventory.js';
import { renderHtml, renderMarkdown } from './markdown.js';
import { ciInstalls } from './threat-model.js';

const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'npm 12 blocks dependency install scripts unless allowed.',
      source: 'https://docs.example/npm12',
      versions: 'npm >= 12',
      applies: { client: 'npm', since: '12' },
    },
    {
      fact: 'npm before 12 runs dependency install scripts.',
      source: 'https://docs.example/npm11',
      versions: 'npm < 12',
      applies: { client: 'npm', until: '12' },
    },
    {
      fact: 'pnpm 10 blocks dependency build scripts.',
      source: 'https://docs.example/pnpm',
      versions: 'pnpm >= 10',
      applies: { client: 'pnpm', since: '10' },
      unverified: 'the exact `10.0.0` boundary',
    },
    { fact: 'Every client reads the lockfile first.', source: 'https://docs.example/all', versions: 'every version' },
  ],
};

function result(clients: ScanResult['inventory']['clients']): ScanResult {
  return {
    schemaVersion: 1,
    tool: { name: 'inert', version: '0.1.0' },
    root: 'checkout',
    findings: [],
    files: [],
    answers: [{ question: 'install-time-execution', ecosystem: 'npm', status: 'not-observed', findings: 0 }],
    inventory: { packages: [], sources: [], hooks: [], executableManifests: [], commands: [], clients },
  };
}

const ecosystems = [{ ecosystem: 'npm', title: 'npm', profile, alternativeClients: ['npm', 'pnpm'] }];

describe('the threat model fits design facts to the checkout’s clients', () => {
  it('says which facts apply to an exact client version, lists those first and counts other clients’ facts', () => {
    const md = renderMarkdown(
      result([
        {
          ecosystem: 'npm',
          client: 'npm',
          version: '12.1.0',
          evidence: 'package.json packageManager',
          file: 'package.json',
          line: 5,
        },
      ]),
      { ecosystems },
    );
    expect(md).toContain('**npm 12.1.0** (package.json packageManager, `package.json:5`)');
    const applies = md.indexOf(
      "npm 12 blocks dependency install scripts unless allowed. **Versions:** npm \\>= 12. **Applies to this checkout's npm 12.1.0.**",
    );
    const generic = md.indexOf('Every client reads the lockfile first.');
    const ruledOut = md.indexOf(
      "npm before 12 runs dependency install scripts. **Versions:** npm \\< 12. **Does not apply to this checkout's npm 12.1.0.**",
    );
    expect(applies).toBeGreaterThan(0);
    expect(generic).toBeGreaterThan(applies);
    expect(ruledOut).toBeGreaterThan(generic);
    expect(md).not.toContain('pnpm 10 blocks');
    expect(md).toContain("Not listed: 1 fact about pnpm, which this checkout's files do not select");
  });

  it('says a fact may apply to a range and shows every fact when the checkout names no client', () => {
    const ranged = renderMarkdown(
      result([
        {
          ecosystem: 'npm',
          client: 'npm',
          since: '7',
          evidence: 'package-lock.json lockfileVersion 3',
          file: 'package-lock.json',
          line: 4,
        },
      ]),
      { ecosystems },
    );
    expect(ranged).toContain("**May apply to this checkout's npm \\>= 7.**");
    const none = renderMarkdown(result([]), { ecosystems });
    expect(none).toContain(
      'pnpm 10 blocks dependency build scripts. **Versions:** pnpm \\>= 10. The checkout does not say which pnpm version it uses. **Unverified:** the exact `10.0.0` boundary.',
    );
    expect(none).not.toContain('Not listed');
  });

  it('counts install-time code honestly when the lock cannot tell (yarn classic records no scripts)', () => {
    const pkg = (name: string, installScripts: boolean | null, verdict?: 'runs-by-default' | 'blocked') => ({
      ecosystem: 'npm',
      name,
      source: { kind: 'registry' as const },
      integrity: 'sha512',
      installScripts,
      ...(verdict ? { scriptsVerdict: verdict } : {}),
      file: 'yarn.lock',
    });
    const r = result([]);
    r.inventory.packages.push(pkg('a', null, 'runs-by-default'), pkg('b', null, 'runs-by-default'));
    const unknown = renderMarkdown(r, { ecosystems });
    expect(unknown).toContain(
      'The lock does not record which of the 2 locked packages have install-time code; the client in use runs such code by default.',
    );
    // The answer is "not observed" (no finding), but the report must not say so next to code it cannot rule out.
    expect(unknown).not.toContain('not observed');
    expect(unknown).toContain('| Can a dependency run code when it is installed? | nothing found, not ruled out |');
    expect(unknown).toContain('**nothing found, not ruled out**. The lock does not record');
    expect(unknown).toContain(
      '**What the files cannot show:** the lock does not record whether 2 locked packages have install-time code, so they are neither ruled in nor out.',
    );
    const mixed = result([]);
    mixed.inventory.packages.push(pkg('a', true, 'runs-by-default'), pkg('b', false), pkg('c', null, 'blocked'));
    const md = renderMarkdown(mixed, { ecosystems });
    expect(md).toContain(
      'Of 3 locked packages, the lock records install-time code for 2: 1 has install-time code; 1 of them runs by default; for the other 1 it cannot tell.',
    );
    expect(md).not.toMatch(/\d+ run by default/);
    const known = result([]);
    known.inventory.packages.push(pkg('a', true, 'runs-by-default'), pkg('b', false));
    expect(renderMarkdown(known, { ecosystems })).toContain(
      '**not observed**. 1 of 2 locked packages has install-time code; 1 of them runs by default.',
    );
  });

  it('never calls a question with findings anything but exposed, and locates the findings', () => {
    const r = result([]);
    r.findings.push({
      check: 'npm/root-install-scripts',
      ecosystem: 'npm',
      question: 'install-time-execution',
      severity: 'info',
      confidence: 'high',
      message: 'demo runs "postinstall" on install',
      location: { path: 'web/package.json', line: 7, column: 5 },
    } as ScanResult['findings'][number]);
    const md = renderMarkdown(r, { ecosystems });
    expect(md).toContain('**exposed**. The finding below locates it in the files.');
    expect(md).toContain(
      '- **info** `npm/root-install-scripts` `web/package.json:7` demo runs "postinstall" on install',
    );
    expect(md).not.toContain('not observed');
  });

  it('makes no GitHub mention from scanned text (the guard the diff PR comment uses)', () => {
    const r = result([]);
    r.root = 'checkout-of-@acme';
    r.findings.push({
      check: 'npm/install-scripts',
      ecosystem: 'npm',
      question: 'install-time-execution',
      severity: 'info',
      confidence: 'high',
      message: '@acme/security-team runs "postinstall"; cc @octocat, ＠fullwidth and sharp@0.33.5',
      location: { path: 'packages/@acme/package.json', line: 3, column: 1 },
      package: { name: '@acme/security-team', version: '1.0.0' },
    } as ScanResult['findings'][number]);
    const md = renderMarkdown(r, { ecosystems });
    expect(md).toContain('`@`acme/security-team runs "postinstall"');
    expect(md).toContain('cc `@`octocat, `＠`fullwidth and sharp@0.33.5');
    // Outside code spans, no `@` or `＠` follows a non-word character.
    const prose = md.replace(/`[^`\n]*`/g, '');
    expect(prose).not.toMatch(/(^|[^\p{L}\p{N}_])[@\uFF20][\p{L}\p{N}]/mu);
  });

  it('links the per-tool pages of the clients the checkout uses, and of the registry for registry questions', () => {
    const pages = {
      clients: { npm: 'docs/threat-model/clients/npm.md', pnpm: 'docs/threat-model/clients/pnpm.md' },
      registries: [{ name: 'npmjs', page: 'docs/threat-model/registries/npmjs.md' }],
    };
    const r = result([
      {
        ecosystem: 'npm',
        client: 'pnpm',
        version: '10.1.0',
        evidence: 'package.json packageManager',
        file: 'package.json',
        line: 5,
      },
    ]);
    r.answers.push({ question: 'provenance', ecosystem: 'npm', status: 'unknown', findings: 0, assessed: false });
    const withProvenance = [
      {
        ...ecosystems[0]!,
        profile: {
          ...profile,
          provenance: [{ fact: 'npm signs provenance.', source: 'https://docs.example/prov', versions: 'npm >= 9.5' }],
        },
        threatModelPages: pages,
      },
    ];
    const linked = renderMarkdown(r, { ecosystems: withProvenance, docsBase: '../../' });
    expect(linked).toContain(
      'How the clients it uses answer it, per tool: [pnpm](../../docs/threat-model/clients/pnpm.md#code-execution-at-install-time).',
    );
    expect(linked).not.toContain('clients/npm.md');
    expect(linked).toContain(
      'How the registry answers it, per tool: [npmjs](../../docs/threat-model/registries/npmjs.md#provenance).',
    );
    const named = renderMarkdown(r, { ecosystems: withProvenance });
    expect(named).toContain('per tool: `docs/threat-model/clients/pnpm.md#code-execution-at-install-time`.');
    const html = renderHtml(r, { ecosystems: withProvenance, docsBase: 'https://example.org/inert/' });
    expect(html).toContain(
      '<a href="https://example.org/inert/docs/threat-model/registries/npmjs.md#provenance">npmjs</a>',
    );
  });

  it('counts a CI check filed under the ecosystem it installs for in the CI section too, and drops a reason its evidence contradicts', () => {
    const r = result([]);
    r.answers.push({ question: 'lockfile-integrity', ecosystem: 'ci', status: 'not-observed', findings: 0 });
    r.answers[0] = {
      question: 'install-time-execution',
      ecosystem: 'npm',
      status: 'not-applicable',
      findings: 0,
      reason: 'no lockfile files',
    };
    r.inventory.packages.push({
      ecosystem: 'npm',
      name: 'a',
      source: { kind: 'registry' },
      integrity: null,
      installScripts: null,
      file: 'requirements.txt',
    } as ScanResult['inventory']['packages'][number]);
    r.findings.push({
      check: 'ci/lax-install',
      ecosystem: 'npm',
      question: 'lockfile-integrity',
      severity: 'medium',
      confidence: 'high',
      message: '`npm install` in job build',
      remediation: 'Use npm ci.',
      location: { path: '.github/workflows/ci.yml', line: 10, column: 9 },
    } as ScanResult['findings'][number]);
    const md = renderMarkdown(r, { ecosystems: [...ecosystems, { ecosystem: 'ci', title: 'CI', profile: {} }] });
    expect(md).toContain('**exposed**. Its finding is listed under the ecosystem it concerns: npm (1).');
    expect(md).not.toContain('no lockfile files');
    expect(md).toContain(
      '**nothing found, not ruled out**. The lock does not record whether the 1 locked package has install-time code',
    );
  });

  it('says for every question what a static read cannot know', () => {
    const md = renderMarkdown(result([]), { ecosystems });
    expect(md).toContain(
      '**What the files cannot show:** A static read cannot see what an install script or build step would do',
    );
  });

  it('keeps registry-side facts about another client: a yarn project may still publish with npm', () => {
    const registry: EcosystemProfile = {
      provenance: [
        {
          fact: 'npm publish --provenance signs a provenance statement.',
          source: 'https://docs.example/prov',
          versions: 'npm >= 9.5',
          applies: { client: 'npm', since: '9.5' },
        },
      ],
      'install-time-execution': [
        {
          fact: 'npm runs install scripts.',
          source: 'https://docs.example/npm',
          versions: 'npm < 12',
          applies: { client: 'npm', until: '12' },
        },
      ],
    };
    const r = result([
      {
        ecosystem: 'npm',
        client: 'yarn',
        until: '2',
        evidence: 'yarn.lock # yarn lockfile v1',
        file: 'yarn.lock',
        line: 2,
      },
    ]);
    r.answers.push({ question: 'provenance', ecosystem: 'npm', status: 'unknown', findings: 0, assessed: false });
    const md = renderMarkdown(r, {
      ecosystems: [{ ecosystem: 'npm', title: 'npm', profile: registry, alternativeClients: ['npm', 'yarn'] }],
    });
    expect(md).toContain(
      "npm publish --provenance signs a provenance statement. **Versions:** npm \\>= 9.5. About npm, where this checkout's install files are for yarn.",
    );
    expect(md).not.toContain('npm runs install scripts.');
    expect(md).toContain("By design, nothing listed: 1 fact about npm, which this checkout's files do not select");
  });
});

describe('the CI install ratio (#26)', () => {
  const command = (command: string, classification: InventoryCommand['classification']): InventoryCommand => ({
    ecosystem: 'npm',
    file: '.github/workflows/ci.yml',
    line: 1,
    command,
    action: 'install',
    classification,
  });
  const withCommands = (commands: InventoryCommand[]): ScanResult => {
    const r = result([]);
    return {
      ...r,
      answers: [{ question: 'lockfile-integrity', ecosystem: 'npm', status: 'not-observed', findings: 0 }],
      inventory: { ...r.inventory, commands },
    };
  };

  it('counts only the installs that fetch; local runs are named apart', () => {
    const r = withCommands([
      command('npm ci', 'strict'),
      command('npm install', 'lax'),
      command('npx eslint .', 'local'),
      command('npx tsc', 'local'),
    ]);
    expect(ciInstalls(r, 'npm')).toBe(
      'CI installs: 1 of 2 strict (2 run only what is already installed, not counted).',
    );
    expect(renderMarkdown(r, { ecosystems })).toContain('CI installs: 1 of 2 strict (2 run only what');
  });

  it('says so when every CI command runs what is installed, and says nothing without CI installs', () => {
    expect(ciInstalls(withCommands([command('npm install --offline', 'local')]), 'npm')).toBe(
      'CI installs: none from a registry (1 runs only what is already installed).',
    );
    expect(ciInstalls(withCommands([command('npm ci', 'strict')]), 'npm')).toBe('CI installs: 1 of 1 strict.');
    expect(ciInstalls(withCommands([]), 'npm')).toBe('');
  });
});
