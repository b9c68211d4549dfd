/** How OSV names Go modules and orders their versions (the matcher is the core's). https://ossf.github.io/osv-schema/#affectedpackage-field */
import { compareSemver, type OsvDescriptor } from '@inert/core';

/** Module paths are compared as written; versions are SemVer with a leading `v` (pseudo-versions included). */
export const osv: OsvDescriptor = {
  ecosystem: 'Go',
  compare: (a, b) => compareSemver(a.replace(/^v/, ''), b.replace(/^v/, '')),
};
