/**
 * The driver the streaming XML readers share (saxes: non-validating, linear, no DTD processing, no
 * external entities; docs/decisions/0013). The core names no XML library: the reader creates the
 * parser and registers its element handlers; this owns the rest.
 */
import { LineIndex } from './lines.js';
import { type ParseProblem, type XmlFailure, xmlFailure, xmlProblem } from './problem.js';

/** The part of a streaming XML parser (saxes's `SaxesParser` with `position: true`) the driver uses. */
export interface StreamingXmlParser {
  readonly line: number;
  readonly column: number;
  readonly position: number;
  on(name: 'error', handler: (error: Error) => void): void;
  on(name: 'doctype', handler: (doctype: string) => void): void;
  on(name: 'opentagstart', handler: (tag: unknown) => void): void;
  write(chunk: string): { close(): unknown };
}

export interface XmlDocument {
  /** Line of the `<` of the element being opened, for `opentag` handlers. */
  tagLine(): number;
  /**
   * Parses the text (a BOM dropped): undefined when it was read whole, else why not — a DTD is
   * refused (`dtdReason`), a parser error is `syntax` at its position. Stops at the first error:
   * saxes would go on and report one per bad character (1 MB of NULs: a million errors, each
   * message built with its position), and the file is unread either way.
   */
  read(file: string, dtdReason: string): ParseProblem | undefined;
}

const STOP = new Error('stop at the first XML error');

/** Takes over `parser`'s `error`, `doctype` and `opentagstart` events (saxes keeps one handler per event). */
export function xmlDocument(parser: StreamingXmlParser, text: string): XmlDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  let failure: XmlFailure | undefined;
  let doctype = false;
  // `opentagstart` fires after the element's name and the character that ends it: look back for its `<`.
  let tagStart = 0;
  parser.on('error', (error) => {
    failure ??= xmlFailure(error, parser.line, parser.column);
    throw STOP;
  });
  parser.on('doctype', () => {
    doctype = true;
  });
  parser.on('opentagstart', () => {
    tagStart = Math.max(0, source.lastIndexOf('<', parser.position - 1));
  });
  return {
    tagLine: () => lines.at(tagStart).line,
    read(file, dtdReason) {
      try {
        parser.write(source).close();
      } catch (error) {
        // saxes reports through the handler above; anything it throws still makes the file unread, never the scan.
        if (error !== STOP) failure ??= xmlFailure(error, parser.line, parser.column);
      }
      return doctype || failure ? xmlProblem(file, doctype, failure, dtdReason) : undefined;
    },
  };
}
