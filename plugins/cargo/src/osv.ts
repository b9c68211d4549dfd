/** How OSV names crates and orders their versions (the matcher is the core's). https://ossf.github.io/osv-schema/#affectedpackage-field */
import { compareSemver, type OsvDescriptor } from '@inert/core';

export const osv: OsvDescriptor = {
  ecosystem: 'crates.io',
  normalise: (name) => name.toLowerCase().replace(/_/g, '-'), // crates.io treats - and _ (and case) alike
  compare: compareSemver, // Cargo versions are SemVer 2.0.0
};
