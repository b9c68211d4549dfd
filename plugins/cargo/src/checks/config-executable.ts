/** `.cargo/config.toml` settings that make cargo run programs named by the checkout. https://doc.rust-lang.org/cargo/reference/config.html */
import { defineCheck } from '@inert/core';
import type { ProgramSetting } from '../load/programs.js';
import type { CargoModel } from '../model.js';
import { configExecutableMeta } from './config-executable.meta.js';

export const configExecutable = defineCheck<CargoModel>()({
  ...configExecutableMeta,
  run(model, report) {
    const checkoutPath = model.configs.some((c) => c.programs.some((p) => p.kind === 'env' && p.route[1] === 'PATH'));
    for (const c of model.configs) {
      for (const p of c.programs) {
        const severity = severityOf(p, checkoutPath);
        report({
          messageId: p.kind,
          ...(severity !== 'medium' ? { severity } : {}),
          data: { file: c.path, key: p.route.join('.'), value: p.value },
          at: { doc: c.doc, route: p.route, part: 'key' },
          evidence: p.value,
          key: p.route.join('.'),
        });
      }
    }
  },
});

/**
 * What the checkout decides. A value with a `/` (or `\` on Windows) is a file: cargo joins it to the
 * directory above `.cargo` (`GlobalContext::string_to_path`, cargo 0.99.0
 * src/cargo/util/context/mod.rs:1060), so a relative one is code the checkout supplies — high for
 * wrappers (every compilation, even `cargo metadata`), linkers, credential providers and `[env]`
 * programs. A name without one is returned as-is and found on PATH by the operating system
 * (`ConfigRelativePath::resolve_program`, src/cargo/util/context/path.rs:84, used for
 * `build.rustc-wrapper` via `maybe_get_tool` and for `target.*.linker` in `target_linker`,
 * src/cargo/core/compiler/compilation.rs:550-589): the checkout only picks a program already
 * installed, the same evidence as a runner on PATH — low. Unless a config here sets `[env] PATH`:
 * cargo applies `[env]` to the process it spawns through the wrapper (`apply_env_config`,
 * src/cargo/util/rustc.rs:65 for `rustc -vV`, compilation.rs:455 for every compilation), and the
 * wrapper and rustc's linker are then looked up on that PATH, so the name may resolve into the
 * checkout — medium.
 */
function severityOf({ kind, origin, route }: ProgramSetting, checkoutPath: boolean): 'high' | 'medium' | 'low' {
  if (kind === 'browser') return 'low';
  // A runner only wraps binaries that `cargo run`/`test` execute anyway: never worse than medium, and
  // low when it is a tool already installed on the machine (probe-rs, qemu, wasm-bindgen-test-runner).
  if (kind === 'runner') return origin === 'path' ? 'low' : 'medium';
  if (origin === 'checkout') return 'high';
  if (kind === 'wrapper' && origin === 'absolute') return 'high';
  if ((kind === 'wrapper' || kind === 'linker') && origin === 'path') return checkoutPath ? 'medium' : 'low';
  // A preloaded library runs inside rustc itself.
  if (kind === 'env' && /^(?:LD_PRELOAD|DYLD_INSERT_LIBRARIES)$/.test(String(route[1]))) return 'high';
  return 'medium';
}
