/** @inert/syntax: plain syntax trees for program-like manifests (setup.py, Gemfile, build.gradle, build.gradle.kts) and small query helpers. */
import { GRAMMARS } from './grammars.js';
import type { Language } from './parse.js';

export { parseSource, type Language, type ParseOptions, type SyntaxResult } from './parse.js';
export type { SyntaxNode } from './tree.js';
export { findAll, childByField, ancestor, callName, callArguments, CALL_TYPES } from './query.js';
export { stringValue } from './strings.js';
export { GRAMMARS } from './grammars.js';
export {
  dockerfileAssignments,
  instructionLine,
  positionIn,
  readDockerfileInstructions,
  withoutFlags,
  type Dockerfile,
  type DockerfileAssignment,
  type DockerfileInstruction,
} from './dockerfile.js';

/** The npm package and version each bundled grammar was copied from (`tree-sitter-python@0.25.0` …), for docs and reports. */
export const GRAMMAR_VERSIONS: Readonly<Record<Language, string>> = {
  python: `${GRAMMARS.python.package}@${GRAMMARS.python.version}`,
  ruby: `${GRAMMARS.ruby.package}@${GRAMMARS.ruby.version}`,
  groovy: `${GRAMMARS.groovy.package}@${GRAMMARS.groovy.version}`,
  kotlin: `${GRAMMARS.kotlin.package}@${GRAMMARS.kotlin.version}`,
};
