/** Dynamic and changing versions without dependency locking. https://docs.gradle.org/current/userguide/dynamic_versions.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

const DYNAMIC = /(\+$|^latest\.|^[[(].*[\])]$|,|-SNAPSHOT$)/;

export const dynamicVersion = defineCheck<GradleModel>()({
  id: 'dynamic-version',
  question: 'lockfile-integrity',
  title: 'A dependency version moves and nothing locks it',
  description:
    'A dependency uses a dynamic version (`1.+`, `latest.release`, a range) or a SNAPSHOT, and the build has no dependency locking (`dependencyLocking { lockAllConfigurations() }` and a gradle.lockfile): every build may resolve a different, unreviewed version.',
  severity: 'low',
  confidence: 'high',
  messages: {
    dynamic: '{coordinate}:{version} in {file} resolves to whatever version the repository has now',
  },
  remediation: 'Pin exact versions, or enable dependency locking and commit the lockfiles (`./gradlew dependencies --write-locks`).',
  limitations: 'Versions from version catalogs and computed strings are not read here.',
  reads: ['build-script', 'lockfile'],
  examples: { bad: ['dynamic-version--plus-and-snapshot'], good: ['clean--locked-dynamic-version'] },
  since: 'next',
  run(model, report) {
    const locked = model.lockfiles.length > 0 || model.scripts.some((s) => s.locking);
    if (locked) return;
    for (const s of model.scripts) {
      for (const d of s.deps) {
        if (!d.version || !DYNAMIC.test(d.version)) continue;
        report({ messageId: 'dynamic', data: { coordinate: `${d.group}:${d.name}`, version: d.version, file: s.path }, at: d.at, package: { name: `${d.group}:${d.name}`, version: d.version } });
      }
    }
  },
});
