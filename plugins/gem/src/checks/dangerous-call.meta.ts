/** The metadata of gem/dangerous-call: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const dangerousCallMeta = {
  id: 'dangerous-call',
  question: 'pre-install-execution',
  title: 'A Gemfile or gemspec runs commands, evaluates code or fetches from the network',
  description:
    'The Gemfile or a gemspec calls `system`, backticks/`%x`, `exec`, `spawn`, `IO.popen`, `eval`/`instance_eval` on non-literal code, `eval_gemfile` of a computed path, `open("|…")`, `Net::HTTP` or `URI.open`. Every bundle command evaluates these files, so the call runs before anything is installed — the pre-install backdoor of a hostile repository. (`git ls-files` in backticks, the conventional way gemspecs list their files, is not reported.)',
  severity: 'high',
  confidence: 'high',
  messages: {
    call: '{file} calls {call} ({detail}): it runs on every bundle command',
  },
  remediation:
    'Remove the call, or move the work to a Rake task a person runs deliberately; never run bundle on the checkout until it is reviewed.',
  limitations: 'Calls hidden behind metaprogramming (send, public_send with computed names) are not recognised.',
  reads: ['manifest'],
  examples: {
    bad: ['dangerous-call--system-and-eval', 'dangerous-call--pipes-and-network'],
    good: ['clean--lockfile-only', 'gemfile-executable--plain-gemfile', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
