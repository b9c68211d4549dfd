/** The go plugin's contract and every corpus/go case (@inert/testing). */
import { testPlugin } from '@inert/testing';
import { go } from './index.js';
import { READERS } from './load/readers.js';

testPlugin(go, new URL('../../../', import.meta.url), { readers: READERS });
