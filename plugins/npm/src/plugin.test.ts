/** The npm plugin's contract and every corpus/npm case (@inert/testing). */
import { testPlugin } from '@inert/testing';
import { npm } from './index.js';
import { LOCK_READERS } from './load/lock-readers.js';
import { READERS } from './load/readers.js';

testPlugin(npm, new URL('../../../', import.meta.url), { readers: { ...READERS, ...LOCK_READERS } });
