/** `.cargo/config.toml` settings that make cargo run programs named by the checkout. https://doc.rust-lang.org/cargo/reference/config.html */
import { defineCheck, type Route } from '@inert/core';
import { table } from '../load/manifest.js';
import type { CargoModel } from '../model.js';

const WRAPPERS = ['rustc-wrapper', 'rustc-workspace-wrapper', 'rustc', 'rustdoc'];
const BUILTIN = new Set(['build', 'b', 'check', 'c', 'test', 't', 'run', 'r', 'doc', 'd', 'install', 'publish', 'fetch', 'update', 'clippy', 'fmt']);

export const configExecutable = defineCheck<CargoModel>()({
  id: 'config-executable',
  question: 'pre-install-execution',
  title: 'Cargo config in the checkout names programs cargo will run',
  description:
    'A `.cargo/config.toml` inside the checkout applies to every cargo command run there. `build.rustc-wrapper`, `build.rustc` and friends make every build run the named program (from the checkout or the PATH) before the compiler; `target.*.runner` runs `cargo run`/`cargo test` binaries through a program; `target.*.linker` runs at link time; a `credential-provider` runs on publish and on authenticated fetches; an `[alias]` can redefine a built-in command name so `cargo build` means something else.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    wrapper: '{file} sets build.{key} = {value}: every cargo build runs it',
    runner: '{file} sets {route} = {value}: cargo run and cargo test execute binaries through it',
    linker: '{file} sets {route} = {value}: it runs at every link',
    credential: '{file} sets a credential provider ({value}): it runs whenever cargo needs a registry token',
    alias: '{file} redefines the built-in `cargo {key}` as `{value}`',
  },
  remediation: 'Review what the program does before building; prefer tools installed and pinned outside the checkout; remove aliases that shadow built-in commands.',
  limitations: 'Config files outside the checkout (`~/.cargo/config.toml`) and `CARGO_*` environment variables are not seen.',
  reads: ['client-config'],
  examples: { bad: ['config-executable--wrapper-runner-alias'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const c of model.configs) {
      const v = c.doc.value;
      const hit = (messageId: 'wrapper' | 'runner' | 'linker' | 'credential' | 'alias', route: Route, value: unknown, key: string, severity?: 'high') =>
        report({ messageId, ...(severity ? { severity } : {}), data: { file: c.path, key, route: route.join('.'), value: show(value) }, at: { doc: c.doc, route, part: 'key' }, evidence: show(value), key: route.join('.') });
      const build = table(v.build);
      for (const k of WRAPPERS) if (build[k] !== undefined) hit('wrapper', ['build', k], build[k], k, 'high');
      for (const [target, t] of Object.entries(table(v.target))) {
        if (table(t).runner !== undefined) hit('runner', ['target', target, 'runner'], table(t).runner, target);
        if (table(t).linker !== undefined) hit('linker', ['target', target, 'linker'], table(t).linker, target);
      }
      const providers: [Route, unknown][] = [[['registry', 'credential-provider'], table(v.registry)['credential-provider']], [['registry', 'global-credential-providers'], table(v.registry)['global-credential-providers']]];
      for (const [name, r] of Object.entries(table(v.registries))) providers.push([['registries', name, 'credential-provider'], table(r)['credential-provider']]);
      for (const [route, value] of providers) if (value !== undefined && !/^cargo:token$/.test(show(value))) hit('credential', route, value, String(route[route.length - 1]));
      for (const [name, value] of Object.entries(table(v.alias))) if (BUILTIN.has(name)) hit('alias', ['alias', name], value, name);
    }
  },
});

function show(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(' ') : String(value);
}
