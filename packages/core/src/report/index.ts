export { renderText } from './text.js';
export { renderJson, jsonChunks } from './json.js';
export { renderSarif, type SarifOptions } from './sarif.js';
export { renderMarkdown, renderHtml, type MarkdownOptions } from './markdown.js';
export { escapeText, escapeMarkdown, noMentions, safeJson, isUnsafeCodePoint } from './escape.js';
export { renderCycloneDx } from './cyclonedx.js';
export { renderGithub, escapeCommandData, escapeCommandProperty, type GithubOptions } from './github.js';
