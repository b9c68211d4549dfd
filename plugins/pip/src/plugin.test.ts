/** The pip plugin's contract and every corpus/pip case (@inert/testing). */
import { testPlugin } from '@inert/testing';
import { pip } from './index.js';
import { READERS } from './load/readers.js';

testPlugin(pip, new URL('../../../', import.meta.url), { readers: READERS });
