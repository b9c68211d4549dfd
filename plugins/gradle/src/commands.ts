/** How gradle commands in CI treat locks and verification, and how they publish. https://docs.gradle.org/current/userguide/dependency_locking.html */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

const PUBLISH = /^(publish\w*|publishToMavenCentral|publishAndReleaseToMavenCentral|publishPlugins|uploadArchives)$/;
const SECRET_ENV = /^(ORG_GRADLE_PROJECT_\w*(password|token|key|secret)\w*|GRADLE_PUBLISH_(KEY|SECRET)|OSSRH_\w+|SONATYPE_\w+|MAVEN_\w*(PASSWORD|TOKEN))$/i;

function gradle(c: ShellCommand): CommandVerdict | undefined {
  const args = c.argv.slice(1);
  const tasks = args.filter((a) => !a.startsWith('-'));
  if (args.includes('--write-locks') || args.includes('--update-locks')) return { action: 'install', classification: 'lax', reason: 'gradle --write-locks re-resolves and rewrites the lockfiles' };
  const mode = args.find((a) => a.startsWith('--dependency-verification'))?.split('=')[1] ?? (args.includes('-F') ? args[args.indexOf('-F') + 1] : undefined);
  if (mode === 'off' || mode === 'lenient') return { action: 'build', classification: 'lax', reason: `dependency verification is ${mode} for this build` };
  if (args.includes('--write-verification-metadata')) return { action: 'install', classification: 'lax', reason: '--write-verification-metadata trusts and records whatever the repositories serve now' };
  if (tasks.some((t) => PUBLISH.test(t.split(':').pop() ?? ''))) {
    const secret = Object.entries(c.env).some(([k, v]) => SECRET_ENV.test(k) && /secrets\./.test(v));
    return { action: 'publish', classification: 'strict', reason: secret ? 'publishes with repository credentials from stored secrets' : 'no stored credential visible', auth: secret ? 'token' : c.idToken ? 'oidc' : 'none-visible' };
  }
  return undefined;
}

export const commands: readonly CommandRule[] = [{ programs: ['gradle', 'gradlew', 'gradlew.bat'], classify: gradle }];
