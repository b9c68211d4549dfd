/** @inert/core/testing: the corpus harness and the plugin contract, for plugin test suites. */
export {
  listCases,
  runCorpusCase,
  matches,
  summarize,
  type Expected,
  type ExpectedFinding,
  type CaseOutcome,
} from './corpus.js';
export { pluginContractProblems, type ContractPaths } from './contract.js';
export { failLibraryLoads } from '../library.js';
export { cpuMs, cpuMsAsync, looksLinear, measureGrowth, type Growth } from './growth.js';
export { commandsPlugin } from './commands-plugin.js';
