/** How OSV names npm packages and orders their versions (the matcher is the core's). https://ossf.github.io/osv-schema/#affectedpackage-field */
import { compareSemver, type OsvDescriptor } from '@inert/core';

/** npm names are compared as written (the registry rejects upper case in new names); versions are SemVer 2.0.0. */
export const osv: OsvDescriptor = { ecosystem: 'npm', compare: compareSemver };
