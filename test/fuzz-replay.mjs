// Replays the fuzz sequence of test/fuzz.test.ts outside vitest, printing each case before it is
// scanned, and saves the last input to /tmp/inert-fuzz-last: `node test/fuzz-replay.mjs [iterations] [seed]`.
import { writeFileSync } from 'node:fs';
import { MemorySource, scan } from '../packages/core/dist/index.js';
import { PLUGINS } from '../packages/cli/dist/plugins.js';
import { fuzzCases } from './fuzz-cases.mjs';

const [iterations = '4000', seed = '20261125'] = process.argv.slice(2);
for (const c of fuzzCases(Number(iterations), Number(seed))) {
  writeFileSync('/tmp/inert-fuzz-last', JSON.stringify(c));
  process.stdout.write(`${c.i} ${c.path} ${c.text.length}\n`);
  const started = Date.now();
  await scan(new MemorySource({ files: { [c.path]: c.text } }), { plugins: PLUGINS });
  if (Date.now() - started > 2000) console.log(`  slow: ${Date.now() - started} ms`);
}
