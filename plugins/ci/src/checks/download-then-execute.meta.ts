/** The metadata of ci/download-then-execute: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const downloadThenExecuteMeta = {
  id: 'download-then-execute',
  question: 'pre-install-execution',
  title: 'A downloaded file is run without verifying a checksum or signature',
  description:
    'A CI step, script or Dockerfile downloads a file (`curl -o`, `curl -O`, `wget`, `Invoke-WebRequest -OutFile`) and then, in the same script or a later step of the same job, runs it (`./tool`, `bash install.sh`), installs it as a system package (`dpkg -i`, `rpm -i`, `msiexec /i`), makes it executable or moves it onto PATH (`chmod +x`, `mv tool /usr/local/bin`), or unpacks it and runs what came out (`tar xzf x.tgz && ./x/install`), with no checksum or signature check between the download and the use (`sha256sum -c`, `shasum --check`, `echo "<hash>  file" | sha256sum --check`, `gpg --verify`, `cosign verify-blob`, `minisign -V`, `gh attestation verify`, a hash compared in a test). Whatever the server returns then runs with the job\u2019s token and secrets: the same hazard as `curl | sh` (ci/curl-pipe-shell), one step removed. From 31 January to 1 April 2021 the Codecov Bash Uploader, which CI pipelines downloaded and ran on every build, was served modified from Codecov\u2019s storage and sent the pipelines\u2019 environment variables, credentials included, to the attacker; it was found when a customer noticed that the script no longer matched its published checksum, the check this audit asks for (https://about.codecov.io/security-update/, https://about.codecov.io/apr-2021-post-mortem/). In March 2025 the tj-actions/changed-files compromise (CVE-2025-30066) showed the same for a name that looks pinned: its version tags were re-pointed to new code, which printed the secrets of the repositories that ran it to their build logs (https://github.com/advisories/GHSA-mrrh-fwg8-r2c3). A download pinned only by a version in its URL is exactly as mutable as such a tag.',
  severity: 'medium',
  severityRule: [
    { severity: 'high', when: 'the URL is plain `http://`: anyone on the network path can replace the file' },
    {
      severity: 'medium',
      when: 'the URL follows `latest`, names no version, or is built at run time (`$URL`, `${{ \u2026 }}`) so what it pins cannot be read',
    },
    {
      severity: 'low',
      when: 'the URL names a version (`v2.0.1`, `1.2.3`, a commit SHA): a deliberate replacement of the release is still unchecked',
    },
  ],
  confidence: 'medium',
  messages: {
    run: '`{download}` saves `{file}`, and `{use}` (line {useLine}) runs it without verifying a checksum or signature first; {why}',
    install:
      '`{download}` saves `{file}`, and `{use}` (line {useLine}) installs it without verifying a checksum or signature first; {why}',
    executable:
      '`{download}` saves `{file}`, and `{use}` (line {useLine}) makes it executable without verifying a checksum or signature first; {why}',
    extracted:
      '`{download}` saves `{file}`, and `{use}` (line {useLine}) runs or installs what was unpacked from it without verifying a checksum or signature first; {why}',
  },
  remediation:
    'Pin the download to a version and verify it before use: `echo "<sha256>  tool.tar.gz" | sha256sum --check` (the hash written in the workflow, not fetched from the same server), or a signature (`gpg --verify`, `cosign verify-blob`, `gh attestation verify`). Better, install the tool from a package manager with a lockfile, or a setup action pinned by commit.',
  limitations:
    'Only the same script and the later steps of the same job are followed; a file handed to another job as an artifact is not. Any verification command between the download and its use counts, whichever file it checks (a `sha256sum -c SHA256SUMS --ignore-missing` that does not list the file is not noticed). Variables other than literal `env:` values are not expanded, so a file named by a variable is matched by the variable\u2019s name. An archive streamed into `tar` (`curl \u2026 | tar x`) names no file and is not followed. Up to 32 unpacked archives per job are followed.',
  reads: ['ci'],
  examples: { bad: ['download-then-execute--installers'], good: ['clean--verified-downloads'] },
  since: 'next',
} as const satisfies CheckMeta;
