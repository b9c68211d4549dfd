export {
  loadOsvDatabase,
  osvKey,
  type OsvDatabase,
  type OsvAdvisory,
  type OsvAffected,
  type OsvEvent,
} from './database.js';
export type { OsvDescriptor, OsvSource, HasOsvDescriptor } from './descriptor.js';
export { matchVersion, type OsvMatch } from './match.js';
export { compareDigitStrings, compareSemver } from './versions.js';
export { applyOsv, osvCheck } from './apply.js';
