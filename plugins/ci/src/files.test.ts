/** The CI plugin's routes name its readers, and its load reads each file by the reader its route named. */
import { describe, expect, it } from 'vitest';
import { CI_FILES } from './files.js';
import { loadCi, READERS } from './load.js';

describe('CI file rules and readers', () => {
  it('every file rule names a reader the load knows, and every reader is named by a rule', () => {
    expect(CI_FILES.map((rule) => rule.reader).sort()).toEqual(Object.keys(READERS).sort());
  });

  const workflow = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: npm install\n';
  const read = (path: string) => Promise.resolve(path === 'odd-name' ? workflow : undefined);

  it('the load reads a file by the reader its route carried, not by its name', async () => {
    const asWorkflow = await loadCi([{ path: 'odd-name', kind: 'ci', reader: 'workflow' }], read, []);
    const asDockerfile = await loadCi([{ path: 'odd-name', kind: 'ci', reader: 'dockerfile' }], read, []);
    expect([asWorkflow.workflows.length, asWorkflow.commands.map((c) => c.command.argv.join(' '))]).toEqual([
      1,
      ['npm install'],
    ]);
    expect([asDockerfile.workflows.length, asDockerfile.commands.length]).toEqual([0, 0]);
  });

  it('a caller without the route gets the reader of the rule the path matches', async () => {
    const text = 'FROM node:20\nRUN npm install\n';
    const model = await loadCi([{ path: 'app/Dockerfile', kind: 'ci' }], () => Promise.resolve(text), []);
    expect([model.workflows.length, model.commands.map((c) => c.command.argv.join(' '))]).toEqual([0, ['npm install']]);
  });
});
