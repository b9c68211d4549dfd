export { loadOsvDatabase, normaliseName, type OsvDatabase, type OsvAdvisory, type OsvAffected } from './database.js';
export { matchVersion, OSV_ECOSYSTEM, type OsvMatch } from './match.js';
export { compareVersions, type OsvEcosystem } from './versions.js';
export { applyOsv, osvCheck } from './apply.js';
