// The plugins' data modules, each check's metadata (`plugins/*/dist/checks/<id>.meta.js`,
// docs/decisions/0031) and each ecosystem's profile (`plugins/*/dist/profile.js`), as JSON data in
// the bundle (docs/decisions/0038): each module becomes a few lines that take its exports from one
// object parsed from `plugin-data.json` beside the chunks, so the first chunk no longer holds 260 KB
// of object literals that V8 must parse and compile at every start (JSON.parse reads the same data
// for a fraction of it). Every export must be JSON data (equal after a JSON round trip): the build
// fails on any other.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const DATA_MODULE = /[\\/]plugins[\\/]([^\\/]+)[\\/]dist[\\/](checks[\\/][^\\/]+\.meta|profile)\.js$/;
const DATA_ID = '\0inert-plugin-data';
export const PLUGIN_DATA_FILE = 'plugin-data.json';

export function pluginData() {
  const data = {};
  const plugin = {
    name: 'inert-plugin-data',
    resolveId(id) {
      return id === DATA_ID ? DATA_ID : null;
    },
    async load(id) {
      // A bundle without its data cannot list a rule: an internal error (exit 2, as the CLI's own),
      // never a report, and not the uncaught exception's exit 1, which means findings.
      if (id === DATA_ID)
        return [
          "import { readFileSync } from 'node:fs';",
          `const file = new URL('./${PLUGIN_DATA_FILE}', import.meta.url);`,
          'let data;',
          "try { data = JSON.parse(readFileSync(file, 'latin1')); } catch (error) {",
          "  process.stderr.write(`inert: internal error: the bundle's plugin data (${file.pathname}) could not be read: ${error.message}\\nPlease reinstall inert.\\n`);",
          '  process.exit(2);',
          '}',
          'export const pluginData = data;',
        ].join('\n');
      const m = DATA_MODULE.exec(id);
      if (!m) return null;
      const key = `${m[1]}/${m[2].replaceAll('\\', '/')}`;
      const exports = { ...(await import(pathToFileURL(id).href)) };
      for (const [name, value] of Object.entries(exports))
        if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value))
          throw new Error(`${basename(id)}: export ${name} is not JSON data; it cannot be bundled as data`);
      data[key] = exports;
      return [
        `import { pluginData } from ${JSON.stringify(DATA_ID)};`,
        ...Object.keys(exports).map((name) => `export const ${name} = pluginData[${JSON.stringify(key)}].${name};`),
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
      writeFileSync(join(dir, PLUGIN_DATA_FILE), text);
    },
  };
}
