/** `inert diff`: two scans compared, and the comparison rendered in every format the CLI has. */
export { diffScans, diffIncomplete } from './diff.js';
export { matchFindings, stableMessage, type FindingMatch } from './findings.js';
export { renderDiffText, type DiffTextOptions } from './render-text.js';
export { renderDiffMarkdown } from './render-markdown.js';
export { renderDiffGithub } from './render-github.js';
export { renderDiffSarif } from './render-sarif.js';
export { renderDiffJson } from './render-json.js';
export type { ChangedPackage, DiffResult, DiffSide, NewFinding, WeakenedCommand } from './types.js';
