/** The metadata of pip/setup-py-dangerous-call: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const setupPyDangerousCallMeta = {
  id: 'setup-py-dangerous-call',
  question: 'install-time-execution',
  title: 'setup.py runs processes, evaluates code or reaches the network when it is executed',
  description:
    'setup.py runs on every build and source install. Calls at module level, or in a custom `cmdclass` command, to `subprocess`, `os.system`/`os.popen`, `exec`/`eval`/`compile`, network modules (`urllib`, `requests`, `socket`, `http.client`) or decoders feeding `exec` (`base64`, `zlib`, `marshal`) are how malicious packages act on install, and are risky even in honest projects. A `subprocess` call whose arguments are only a literal `git` command (version from tags) is common and reported at medium.',
  severity: 'high',
  severityRule: [
    { severity: 'high', when: 'setup.py starts a process, evaluates code built at run time or reaches the network' },
    {
      severity: 'medium',
      when: 'the call is a subprocess whose argument list is a literal starting with `git` (version stamping): it still runs at build time',
    },
  ],
  confidence: 'medium',
  messages: {
    process: '{call}() in {where} of setup.py starts a process whenever the project is built',
    dynamicCode: '{call}() in {where} of setup.py evaluates code built at run time',
    network: '{call}() in {where} of setup.py reaches the network whenever the project is built',
  },
  remediation:
    'Move build logic to a declarative backend or a reviewed build hook; compute versions with setuptools-scm instead of shelling out; never download or evaluate code from setup.py.',
  limitations:
    'Calls through aliases the syntax tree cannot follow (getattr, imported helpers in other files) are not seen; the file is then also reported as core/opaque-manifest when facts are computed.',
  reads: ['build-script'],
  examples: {
    bad: ['setup-py-dangerous-call--module-level', 'setup-py-dangerous-call--git-describe-version'],
    good: ['clean--setup-py-literal'],
  },
  since: 'next',
} as const satisfies CheckMeta;
