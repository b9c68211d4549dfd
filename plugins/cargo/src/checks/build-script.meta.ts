/** The metadata of cargo/build-script: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const buildScriptMeta = {
  id: 'build-script',
  question: 'install-time-execution',
  title: 'A crate runs code at build time',
  description:
    'A crate in this checkout has a build script (`build.rs` beside its Cargo.toml, `build = "…"`, or `links = "…"`, which requires one) or is a procedural macro (`[lib] proc-macro = true`). Cargo compiles and runs build scripts, and the compiler loads and runs proc-macros, on every `build`, `check`, `test`, `run` and `clippy` — with the user\u2019s privileges and network access; there is no switch to turn them off. Editors do the same when they open the project. Dependencies from crates.io and git do the same, but Cargo.lock does not say which.',
  severity: 'info',
  severityRule: [
    {
      severity: 'critical',
      when: 'package mode (an archive or `--package`): the crate\u2019s `build.rs`, read statically, downloads and runs code, decodes and evaluates strings or serialises the environment (the shared hook classifier; see docs/package-vetting.md)',
    },
    {
      severity: 'high',
      when: 'package mode: the build script spawns processes or shells (`Command::new`), opens network connections or reads credential files or token variables',
    },
    {
      severity: 'medium',
      when: 'package mode: the manifest declares a build script the package does not hold as a readable file, so what it does cannot be read',
    },
    {
      severity: 'low',
      when: 'package mode: the build script shows none of those behaviours (a plain `cc`/`pkg-config` native build, code generation): it still runs on every dependent\u2019s build',
    },
    { severity: 'info', when: 'a project: the build script runs from the checkout, where a reviewer can read it' },
  ],
  confidence: 'high',
  messages: {
    build: '{crate} has a build script ({file}) that cargo runs on every build',
    links: '{crate} declares links = "{links}", which requires a build script ({file})',
    packageBuild:
      'the crate {crate} has a build script ({file}) that every build of a crate depending on it compiles and runs, and it {summary}',
    packageBuildUnread:
      'the crate {crate} declares a build script ({file}) that every build of a crate depending on it compiles and runs, and the package does not hold it as a readable file: what it does cannot be read',
    procMacro: '{crate} is a procedural macro: the compiler loads and runs it while compiling every crate that uses it',
  },
  remediation:
    'Read build scripts and proc-macros before building an untrusted checkout (or opening it in an editor that runs them); build in a sandbox without credentials.',
  limitations:
    'In a checkout, what the build script does is not analysed; for a published crate (`inert scan x.crate`, `--package`) its build script is read as text with literal patterns (process spawns, network crates, embedded shell lines), not compiled or run. Build scripts of registry and git dependencies are not visible from the checkout: the inventory says `installScripts: null` for them.',
  reads: ['manifest', 'build-script'],
  examples: {
    bad: [
      'build-script--package-build-rs-judged',
      'build-script--package-build-rs-spawns-git',
      'build-script--package-build-missing',
      'build-script--package-build-rs-cc',
      'build-script--build-rs-and-proc-macro',
      'build-script--build-key-and-links',
    ],
    good: ['clean--locked-registry-crates', 'clean--build-disabled'],
  },
  since: 'next',
} as const satisfies CheckMeta;
