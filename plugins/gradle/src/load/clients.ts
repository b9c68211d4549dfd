/**
 * The Gradle version a checkout selects: the wrapper's distribution file name. The wrapper task writes
 * `<repository>/gradle-<version>-<bin|all>.zip` (DistributionLocator), and a wrapper runs exactly that distribution.
 * https://github.com/gradle/gradle/blob/master/subprojects/core/src/main/java/org/gradle/util/internal/DistributionLocator.java
 */
import type { InventoryClient } from '@inert/core';
import type { Properties } from '../model.js';
import { property } from './properties.js';

const OFFICIAL = /^https?:\/\/services\.gradle\.org\/distributions\//i;
/** Release versions: `8.7`, `8.10.2`; bounded so garbage stays garbage. */
const RELEASE = /^(\d{1,4}(?:\.\d{1,4}){1,3})$/;
/** Pre-releases: `8.10-rc-1`, `9.0-milestone-3` (their numeric part is the release they lead to). */
const PRE_RELEASE = /^(\d{1,4}(?:\.\d{1,4}){1,3})-(?:rc|milestone)-\d{1,4}$/;

/** One entry per wrapper whose distributionUrl names a Gradle release; nothing for snapshots, custom names or computed values. */
export function wrapperClients(wrappers: readonly Properties[]): InventoryClient[] {
  const clients: InventoryClient[] = [];
  for (const w of wrappers) {
    const url = property(w, 'distributionUrl');
    if (!url) continue;
    const version = distributionVersion(url.value);
    if (!version) continue;
    const where = OFFICIAL.test(url.value.trim()) ? '' : ', file name (not services.gradle.org)';
    const pre = version.pre ? `, ${version.pre} taken as ${version.numeric}` : '';
    clients.push({
      ecosystem: 'gradle',
      client: 'gradle',
      version: version.numeric,
      evidence: `gradle-wrapper.properties distributionUrl${pre}${where}`,
      file: w.path,
      line: url.line,
    });
  }
  return clients;
}

/** `…/gradle-8.10.2-bin.zip?x#y` → `8.10.2`; `…/gradle-8.10-rc-1-all.zip` → `8.10` with the pre-release noted. */
export function distributionVersion(url: string): { numeric: string; pre?: string } | undefined {
  if (url.length > 4096) return undefined;
  const path = url.trim().split(/[?#]/, 1)[0]!;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const m = /^gradle-(.{1,64})-(?:bin|all)\.zip$/.exec(name);
  if (!m) return undefined;
  const v = m[1]!;
  const release = RELEASE.exec(v);
  if (release) return { numeric: release[1]! };
  const pre = PRE_RELEASE.exec(v);
  if (pre) return { numeric: pre[1]!, pre: v };
  return undefined;
}
