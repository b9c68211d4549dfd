// Preloaded (`node -r`) into whole-process measurements by scripts/bench.mjs: on exit, the process's
// peak RSS goes to stderr as the last line, so a command we do not own (the CLI, `node -e 0`) reports it.
// VmHWM, not getrusage's maxRSS: Linux carries maxRSS across fork and exec, so a child would report
// at least its parent's (the bench's) RSS.
'use strict';
const { readFileSync } = require('node:fs');
function peakRss() {
  try {
    const kb = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // not Linux: getrusage below
  }
  return process.resourceUsage().maxRSS * 1024;
}
module.exports = { peakRss };
if (require.main !== module && process.env.INERT_BENCH_RSS === '1')
  process.on('exit', () => {
    // CPU time (user + system, all threads) as well: on a machine loaded by other work, wall time says
    // little about the command itself. RSS stays the last line.
    const cpu = process.cpuUsage();
    process.stderr.write(`\n@bench-cpu ${Math.round((cpu.user + cpu.system) / 1000)}\n@bench-rss ${peakRss()}\n`);
  });
