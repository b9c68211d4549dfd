// The checks' metadata modules (`plugins/*/dist/checks/<id>.meta.js`, docs/decisions/0031) as JSON
// data in the bundle (docs/decisions/0038): each module becomes a few lines that take its exports
// from one object parsed from `check-meta.json` beside the chunks, so the first chunk no longer holds
// 200 KB of object literals that V8 must parse and compile at every start. Only modules whose every
// export is JSON data (equal after a JSON round trip) are converted; the build fails on any other.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const META = /[\\/]plugins[\\/]([^\\/]+)[\\/]dist[\\/]checks[\\/]([^\\/]+)\.meta\.js$/;
const DATA_ID = '\0inert-check-meta';
export const CHECK_META_FILE = 'check-meta.json';

export function checkMetaData() {
  const data = {};
  const plugin = {
    name: 'inert-check-meta',
    resolveId(id) {
      return id === DATA_ID ? DATA_ID : null;
    },
    async load(id) {
      // A bundle without its data cannot list a rule: an internal error (exit 2, as the CLI's own),
      // never a report, and not the uncaught exception's exit 1, which means findings.
      if (id === DATA_ID)
        return [
          "import { readFileSync } from 'node:fs';",
          `const file = new URL('./${CHECK_META_FILE}', import.meta.url);`,
          'let data;',
          "try { data = JSON.parse(readFileSync(file, 'latin1')); } catch (error) {",
          '  process.stderr.write(`inert: internal error: the bundle\'s check metadata (${file.pathname}) could not be read: ${error.message}\\nPlease reinstall inert.\\n`);',
          '  process.exit(2);',
          '}',
          'export const checkMeta = data;',
        ].join('\n');
      const m = META.exec(id);
      if (!m) return null;
      const key = `${m[1]}/${m[2]}`;
      const exports = { ...(await import(pathToFileURL(id).href)) };
      for (const [name, value] of Object.entries(exports))
        if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value))
          throw new Error(`${basename(id)}: export ${name} is not JSON data; it cannot be bundled as data`);
      data[key] = exports;
      return [
        `import { checkMeta } from ${JSON.stringify(DATA_ID)};`,
        ...Object.keys(exports).map((name) => `export const ${name} = checkMeta[${JSON.stringify(key)}].${name};`),
      ].join('\n');
    },
  };
  return {
    plugin,
    /** Writes the data file; ASCII only (every other character a `\u` escape), so it is read as Latin-1 without decoding UTF-8. */
    write(dir) {
      const text = JSON.stringify(data).replace(
        /[^\x20-\x7e]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      writeFileSync(join(dir, CHECK_META_FILE), text);
    },
  };
}
