/** The gradle plugin's contract and every corpus/gradle case (@inert/testing). */
import { testPlugin } from '@inert/testing';
import { gradle } from './index.js';
import { READERS } from './load/readers.js';

testPlugin(gradle, new URL('../../../', import.meta.url), { readers: READERS });
