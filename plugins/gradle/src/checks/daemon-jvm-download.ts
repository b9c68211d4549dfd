/**
 * The JDK that Gradle downloads and runs the build on: `toolchainUrl.<OS>.<ARCH>` in
 * gradle/gradle-daemon-jvm.properties (Daemon JVM criteria, auto-provisioning from Gradle 8.13:
 * https://docs.gradle.org/8.13/userguide/gradle_daemon.html#sec:daemon_jvm_criteria and the 8.13
 * release notes). The launcher checks no checksum or signature of what the URL serves (the `gradle`
 * profile's daemon JVM fact).
 */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { daemonJvmDownloadMeta } from './daemon-jvm-download.meta.js';

/** The host `updateDaemonJvm` writes by default: Foojay's Disco API, which redirects to the vendor's download. */
const FOOJAY = 'api.foojay.io';

export const daemonJvmDownload = defineCheck<GradleModel>()({
  ...daemonJvmDownloadMeta,
  run(model, report) {
    for (const file of model.daemonJvm) {
      // The last of repeated keys wins (java.util.Properties.load).
      const urls = new Map<string, { value: string; line: number }>();
      for (const e of file.entries) if (e.key.startsWith('toolchainUrl.')) urls.set(e.key, e);
      // One finding per scheme and host, at its first line, naming the entries that use it.
      const groups = new Map<
        string,
        {
          kind: 'insecure' | 'host' | 'foojay';
          scheme: string;
          host: string;
          url: string;
          line: number;
          keys: string[];
        }
      >();
      for (const [key, { value, line }] of [...urls].sort((a, b) => a[1].line - b[1].line)) {
        const m = /^([a-z][\w+.-]*):\/\/(?:[^/?#:@]*@)?([^/?#:]*)/i.exec(value.trim());
        const scheme = m ? m[1]!.toLowerCase() : '';
        const host = m ? m[2]!.toLowerCase() : '';
        const kind =
          scheme === 'http' || scheme === 'ftp'
            ? 'insecure'
            : scheme === 'https' && host === FOOJAY
              ? 'foojay'
              : 'host';
        const id = `${kind}\0${scheme}\0${host}`;
        const group = groups.get(id);
        if (group) group.keys.push(key);
        else
          groups.set(id, { kind, scheme, host: host || `an unreadable URL (${value})`, url: value, line, keys: [key] });
      }
      for (const g of groups.values())
        report({
          messageId: g.kind,
          ...(g.kind === 'insecure'
            ? { severity: 'high' as const }
            : g.kind === 'foojay'
              ? { severity: 'low' as const }
              : {}),
          data: { file: file.path, scheme: g.scheme, url: g.url, host: g.host, entries: entries(g.keys) },
          at: { file: file.path, line: g.line, column: 1 },
          evidence: `${g.keys[0]}=${g.url}`,
          key: `${file.path}:${g.kind}:${g.scheme}:${g.host}`,
        });
    }
  },
});

function entries(keys: readonly string[]): string {
  return keys.length <= 2 ? keys.join(', ') : `${keys[0]} and ${keys.length - 1} more`;
}
