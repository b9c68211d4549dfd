/** The metadata of cargo/config-executable: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const configExecutableMeta = {
  id: 'config-executable',
  question: 'pre-install-execution',
  title: 'Cargo config in the checkout names programs cargo will run',
  description:
    'A `.cargo/config.toml` (or legacy `.cargo/config`) inside the checkout applies to every cargo command run in that directory or below. `build.rustc-wrapper`, `rustc-workspace-wrapper`, `rustc` and `rustdoc` run the named program for every compilation — and cargo already runs the wrapper to query `rustc -vV` for `cargo metadata`, which editors call when a project is opened. `target.*.linker` (or a `-C linker=` rustflag) runs at every link, including of build scripts; `target.*.runner` runs `cargo run`/`test`/`bench` binaries through a program; a credential provider other than the built-in `cargo:` ones runs whenever cargo needs a registry token; `[env]` can set `LD_PRELOAD`, `PATH` or `CC` for rustc and build scripts; an alias can redefine a built-in alias such as `cargo b` or smuggle `--config` flags; `doc.browser` runs on `cargo doc --open`.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'a linker, credential provider or `[env]` program points at a file in the checkout, a wrapper points at an absolute path, or `[env]` sets LD_PRELOAD/DYLD_INSERT_LIBRARIES',
    },
    {
      severity: 'medium',
      when: 'a runner that points at a file in the checkout or an absolute path; a credential provider or `[env]` program named without a path; or a wrapper or linker named without a path while a config in the checkout sets `[env] PATH` (cargo gives rustc and the wrapper that PATH, so the name may resolve into the checkout)',
    },
    {
      severity: 'low',
      when: 'a runner, wrapper or linker named without a path (`probe-rs run --chip …`, `sccache`, `clang`, `rust-lld`, `flip-link`: cargo 0.99.0 hands a name without `/` to the operating system as-is — `GlobalContext::string_to_path` in src/cargo/util/context/mod.rs — to find on PATH, so the checkout only chooses among programs already installed on the machine; embassy-rs/embassy has 100 such runners); or `doc.browser`, which runs only on `cargo doc --open`',
    },
  ],
  confidence: 'high',
  messages: {
    wrapper: '{file} sets {key} = {value}: every cargo build runs it',
    runner: '{file} sets {key} = {value}: cargo run, test and bench execute binaries through it',
    linker: '{file} sets {key} = {value}: it runs at every link',
    credential: '{file} sets {key} = {value}: it runs whenever cargo needs a registry token',
    alias: '{file} defines alias {key} = {value}, which redefines a built-in alias or passes --config',
    env: '{file} sets {key} = {value} for rustc and build scripts',
    browser: '{file} sets {key} = {value}: cargo doc --open runs it',
  },
  remediation:
    'Review the program before running any cargo command in the checkout; prefer tools installed and pinned outside the repository; remove aliases that redefine built-ins; keep credential providers in `~/.cargo/config.toml`.',
  limitations:
    'Config outside the checkout (`~/.cargo/config.toml`, parent directories), `include`d files, `--config` arguments and `CARGO_*` environment variables are not seen; what the program does is not analysed.',
  reads: ['client-config'],
  examples: {
    bad: [
      'config-executable--wrapper-runner-alias',
      'config-executable--credential-provider-env-linker',
      'config-executable--bare-sccache-and-mold',
      'config-executable--bare-linker-checkout-path',
      'config-executable--runner-from-checkout',
    ],
    good: ['clean--locked-registry-crates', 'clean--config-builtin-providers'],
  },
  since: 'next',
} as const satisfies CheckMeta;
