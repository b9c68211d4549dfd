/** The blast-radius checks, one pair per ecosystem: `<eco>/known-malicious-version` and `<eco>/known-vulnerable-version`. */
import type { CheckMeta } from '../check.js';
import type { OsvSource } from './descriptor.js';

/** A lockfile's versions: what the checks say when the plugin's descriptor names no other source. */
const LOCKFILE: OsvSource = {
  where: 'in the lockfile',
  reads: 'lockfile',
  risk: 'Installing it runs or ships code that was published to attack its users; the registry has usually removed it, but a lockfile or a cache can still install it.',
  remove:
    'Remove the version from the lockfile and every cache, treat any machine that installed it as compromised (rotate its credentials), and pin a clean version.',
};

export function knownMaliciousVersion(ecosystem: string, source: OsvSource = LOCKFILE): CheckMeta {
  return {
    id: 'known-malicious-version',
    question: 'blast-radius',
    title: 'A locked version is reported as malicious',
    description: `A ${ecosystem} package version ${source.where} is listed in an OSV \`MAL-\` advisory (the OpenSSF malicious-packages dataset and others) in the offline OSV database given with \`--osv\`. ${source.risk}`,
    severity: 'critical',
    severityRule: [
      { severity: 'critical', when: 'the version is in the advisory’s affected versions or ranges' },
      {
        severity: 'high',
        when: 'the advisory’s ranges could not be compared with the version (its ordering cannot parse a bound or the version): check by hand; confidence low',
      },
    ],
    confidence: 'high',
    messages: {
      malicious: '{name}@{version} is reported as malicious: {id} {summary}',
      unsure:
        '{name}@{version} may be affected by malicious-package advisory {id}: its ranges could not be compared with this version, check by hand',
    },
    remediation: source.remove,
    limitations:
      'Only as current as the database you pass; GIT ranges are matched only when the advisory lists versions; versions the ordering cannot parse are reported as could-not-compare.',
    reads: [source.reads],
    examples: { bad: [`known-malicious-version--${ecosystem}`], good: ['clean--no-advisory-match'] },
    since: 'next',
  };
}

export function knownVulnerableVersion(ecosystem: string, source: OsvSource = LOCKFILE): CheckMeta {
  return {
    id: 'known-vulnerable-version',
    question: 'blast-radius',
    title: 'A locked version has a known vulnerability',
    description: `A ${ecosystem} package version ${source.where} is affected by an OSV vulnerability advisory in the offline database given with \`--osv\`. Reported only with \`--advisories\`; otherwise the match is listed in \`inventory.advisories\`.`,
    severity: 'medium',
    confidence: 'high',
    messages: {
      vulnerable: '{name}@{version} is affected by {id}: {summary}',
    },
    remediation: 'Upgrade to a fixed version (see the advisory), or record why the vulnerable code is not reachable.',
    limitations: 'Severity is not read from the advisory; use a vulnerability scanner for prioritisation.',
    reads: [source.reads],
    examples: { bad: ['known-vulnerable-version--advisories-flag'], good: ['clean--no-advisory-match'] },
    since: 'next',
  };
}
