/** The metadata of gradle/config-time-exec: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const configTimeExecMeta = {
  id: 'config-time-exec',
  question: 'pre-install-execution',
  title: 'A build script runs a process or reads a URL while it is configured',
  description:
    'A script calls `exec`/`javaexec`, `ProcessBuilder`, `Runtime.getRuntime().exec`, `"…".execute()` or creates a `URL` outside a task action (`doLast`/`doFirst`): it runs during configuration, i.e. on every gradle command including `help` and IDE syncs, before any task is chosen.',
  severity: 'high',
  confidence: 'medium',
  messages: {
    exec: '{file} calls {call} at configuration time: it runs on every gradle command',
  },
  remediation:
    'Move the call into a task action (doLast) or an Exec task, so it runs only when that task is requested; review what it runs.',
  limitations: 'Calls behind helper methods defined elsewhere (buildSrc, plugins) are not followed.',
  reads: ['build-script'],
  examples: {
    bad: ['config-time-exec--process-and-url'],
    good: ['clean--exec-inside-task-action', 'clean--kotlin-trailing-lambdas'],
  },
  since: 'next',
} as const satisfies CheckMeta;
