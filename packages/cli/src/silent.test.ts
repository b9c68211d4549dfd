/** The library never prints: scanning the whole corpus calls no console method and emits no process warning. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));

describe('the library prints nothing', () => {
  afterEach(() => vi.restoreAllMocks());
  const groups = readdirSync(corpus).filter((g) => existsSync(join(corpus, g)));
  it.each(groups)('while scanning corpus/%s', async (group) => {
    const spies = [
      vi.spyOn(process, 'emitWarning'),
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m)),
    ];
    const result = await scan(new DirectorySource(join(corpus, group)), { plugins: PLUGINS });
    expect(result.files.length).toBeGreaterThan(0);
    for (const spy of spies) expect(spy.mock.calls).toEqual([]);
  });
});
