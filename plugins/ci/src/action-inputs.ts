/**
 * Actions whose inputs are commands: a script input (`run:` of uraimo/run-on-arch-action) is read like
 * a `run:` step; a command input (`command:` + `args:` of actions-rs/cargo) becomes the argv the action
 * runs. docs/ci/action-inputs.md lists the same table (a test keeps them equal); an action not listed
 * is an opaque `uses:` step.
 */

export interface ActionInputs {
  /** `owner/repo[/path]`, without `@ref`. */
  action: string;
  /** Inputs whose value is a shell script, run as written. */
  scripts?: readonly string[];
  /** The program the action runs, with the inputs that form its argv in order (`cargo <command> <args>`). */
  program?: { argv0: string; inputs: readonly string[] };
  /** The action's documentation. */
  docs: string;
}

export const ACTION_INPUTS: readonly ActionInputs[] = [
  {
    action: 'uraimo/run-on-arch-action',
    scripts: ['install', 'run'],
    docs: 'https://github.com/uraimo/run-on-arch-action#usage',
  },
  {
    action: 'actions-rs/cargo',
    program: { argv0: 'cargo', inputs: ['command', 'args'] },
    docs: 'https://github.com/actions-rs/cargo#inputs',
  },
  {
    action: 'houseabsolute/actions-rust-cross',
    program: { argv0: 'cargo', inputs: ['command', 'args'] },
    docs: 'https://github.com/houseabsolute/actions-rust-cross#inputs',
  },
  {
    action: 'PyO3/maturin-action',
    program: { argv0: 'maturin', inputs: ['command', 'args'] },
    docs: 'https://github.com/PyO3/maturin-action#usage',
  },
  {
    action: 'borales/actions-yarn',
    program: { argv0: 'yarn', inputs: ['cmd'] },
    docs: 'https://github.com/Borales/actions-yarn#usage',
  },
  { action: 'nick-fields/retry', scripts: ['command'], docs: 'https://github.com/nick-fields/retry#inputs' },
  { action: 'nick-invision/retry', scripts: ['command'], docs: 'https://github.com/nick-fields/retry#inputs' },
  { action: 'Wandalen/wretry.action', scripts: ['command'], docs: 'https://github.com/Wandalen/wretry.action#usage' },
  { action: 'GabrielBB/xvfb-action', scripts: ['run'], docs: 'https://github.com/GabrielBB/xvfb-action#usage' },
  { action: 'coactions/setup-xvfb', scripts: ['run'], docs: 'https://github.com/coactions/setup-xvfb#usage' },
  {
    action: 'ReactiveCircus/android-emulator-runner',
    scripts: ['pre-emulator-launch-script', 'script'],
    docs: 'https://github.com/ReactiveCircus/android-emulator-runner#configurations',
  },
  { action: 'addnab/docker-run-action', scripts: ['run'], docs: 'https://github.com/addnab/docker-run-action#usage' },
  {
    action: 'cross-platform-actions/action',
    scripts: ['run'],
    docs: 'https://github.com/cross-platform-actions/action#inputs',
  },
  {
    action: 'vmactions/freebsd-vm',
    scripts: ['prepare', 'run'],
    docs: 'https://github.com/vmactions/freebsd-vm#usage',
  },
  {
    action: 'vmactions/openbsd-vm',
    scripts: ['prepare', 'run'],
    docs: 'https://github.com/vmactions/openbsd-vm#usage',
  },
  { action: 'vmactions/netbsd-vm', scripts: ['prepare', 'run'], docs: 'https://github.com/vmactions/netbsd-vm#usage' },
  {
    action: 'vmactions/solaris-vm',
    scripts: ['prepare', 'run'],
    docs: 'https://github.com/vmactions/solaris-vm#usage',
  },
  {
    action: 'vmactions/dragonflybsd-vm',
    scripts: ['prepare', 'run'],
    docs: 'https://github.com/vmactions/dragonflybsd-vm#usage',
  },
];

const BY_NAME = new Map(ACTION_INPUTS.map((a) => [a.action.toLowerCase(), a]));

/** The commands a `uses:` step runs through its inputs: the input they are located at, and the script. */
export function actionCommands(
  action: string,
  inputs: Readonly<Record<string, string>>,
): { input: string; script: string; synthetic?: boolean }[] {
  const entry = BY_NAME.get(action.toLowerCase());
  if (!entry) return [];
  const out: { input: string; script: string; synthetic?: boolean }[] = [];
  for (const input of entry.scripts ?? []) if (inputs[input] !== undefined) out.push({ input, script: inputs[input] });
  if (entry.program) {
    const words = entry.program.inputs
      .map((i) => inputs[i])
      .filter((w): w is string => w !== undefined && w.trim() !== '');
    // Reported at the first input present; the words keep their quoting (args is a shell string for these actions).
    const first = entry.program.inputs.find((i) => inputs[i] !== undefined);
    if (first && words.length > 0)
      out.push({
        input: first,
        script: [entry.program.argv0, ...words.map((w) => w.replaceAll('\n', ' '))].join(' '),
        synthetic: true,
      });
  }
  return out;
}
