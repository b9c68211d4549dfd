import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsOf, type ActionStep, type CommandRule, type PublishForm, type ShellCommand } from '@inert/core';
import { PLUGINS } from './plugins.js';
import { formText, publishRoutes } from './docs/publish-routes.js';

// Loaded as a scan loads them (docs/decisions/0029); an empty list would make every test below vacuous.
const rules: CommandRule[] = (await Promise.all(PLUGINS.map((p) => commandsOf(p)))).flat();
const basename = (p: string) => p.replace(/^.*[/\\]/, '');

/** Every verdict the plugins' rules give a form, as the CI plugin applies them (by program basename, or by action name). */
function verdicts(form: PublishForm, idToken = false) {
  if (typeof form === 'string') {
    const argv = form.split(' ');
    const command: ShellCommand = {
      argv,
      env: {},
      text: form,
      file: 'w.yml',
      line: 1,
      column: 1,
      origin: 'github-actions',
      idToken,
    };
    return rules.filter((r) => r.programs.includes(basename(argv[0]!))).map((r) => r.classify(command));
  }
  const step: ActionStep = {
    uses: `${form.uses}@v1`,
    with: form.with ?? {},
    env: {},
    file: 'w.yml',
    line: 1,
    column: 1,
    idToken,
  };
  return rules.filter((r) => r.actions?.includes(form.uses)).map((r) => r.classifyAction?.(step));
}

const routes = await publishRoutes(PLUGINS);

describe('publish routes (docs/ci/publish-routes.md)', () => {
  it('covers every registry the plugins publish to', () => {
    expect(new Set(routes.map((r) => r.ecosystem))).toEqual(new Set(['npm', 'pip', 'cargo', 'gem', 'gradle', 'ci']));
  });

  it.each(routes.flatMap(({ route }) => route.forms.map((f) => [route.client, formText(f), f] as const)))(
    '%s: %s is read as a publish',
    (_client, _text, form) => {
      for (const idToken of [false, true]) expect(verdicts(form, idToken).map((v) => v?.action)).toContain('publish');
    },
  );

  it.each(
    routes.flatMap(({ route }) => (route.notPublishing ?? []).map((f) => [route.client, formText(f), f] as const)),
  )('%s: %s is not read as a publish', (_client, _text, form) => {
    for (const idToken of [false, true]) expect(verdicts(form, idToken).map((v) => v?.action)).not.toContain('publish');
  });

  it('the committed page lists every form (regenerate with `pnpm run docs` when this fails)', () => {
    const page = readFileSync(new URL('../../../docs/ci/publish-routes.md', import.meta.url), 'utf8');
    for (const { route } of routes)
      for (const f of [...route.forms, ...(route.notPublishing ?? [])])
        expect(page).toContain(formText(f).replace(/\|/g, '\\|'));
  });
});
