/** The gem plugin's contract and every corpus/gem case (@inert/testing). */
import { testPlugin } from '@inert/testing';
import { gem } from './index.js';
import { READERS } from './load/readers.js';

testPlugin(gem, new URL('../../../', import.meta.url), { readers: READERS });
