export { decodeText } from './text.js';
export { splitLines, LineIndex, bracketDepth } from './lines.js';
export { parseJson, type JsonDocument } from './json.js';
export { parseYaml, type YamlDocument, type YamlFile, type YamlOptions } from './yaml.js';
export { parseToml, type TomlDocument } from './toml.js';
export {
  errorMessage,
  xmlFailure,
  xmlProblem,
  type ParseProblem,
  type Parsed,
  type ProblemKind,
  type XmlFailure,
} from './problem.js';
export { assignmentsIn, hasLineTerminator, isLineTerminator, isSpace, skipSpaces, type Assignment } from './scan.js';
export { scalarText } from './scalar.js';
export { xmlDocument, type StreamingXmlParser, type XmlDocument } from './xml.js';
