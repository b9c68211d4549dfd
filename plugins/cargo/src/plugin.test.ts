/** The cargo plugin's contract and every corpus/cargo case (@inert/testing). */
import { testPlugin } from '@inert/testing';
import { cargo } from './index.js';
import { READERS } from './load/readers.js';

testPlugin(cargo, new URL('../../../', import.meta.url), { readers: READERS });
