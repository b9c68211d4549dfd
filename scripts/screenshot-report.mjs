// Checks that the HTML report renders: builds the report of corpus/demo with the built CLI, has
// headless Chromium (Debian's `chromium` package) screenshot it, and fails unless the screenshot
// shows a page with text. Needs `pnpm build` first.
//
//   node scripts/screenshot-report.mjs [--keep <png>] [--html <file>]
//
// --keep copies the screenshot to <png> to look at; --html screenshots <file> instead of a fresh
// demo report (the tests use it to show that a blank page fails).
// Exit 0: the report rendered; 1: the screenshot looks blank; 2: chromium missing or another error.
// CHROMIUM=<path> overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { blankReasons, decodePng, measure } from './png.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const keep = option('--keep');
const givenHtml = option('--html');

/** A failure with the exit code it maps to. */
class Failure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

try {
  console.log(`screenshot-report: ${await check()}`);
} catch (error) {
  console.error(`screenshot-report: ${error instanceof Failure ? error.message : error.stack}`);
  process.exitCode = error instanceof Failure ? error.code : 2;
}

/** Renders the demo report and returns a one-line summary; throws a Failure when it looks blank. */
async function check() {
  if (!existsSync(chromium)) {
    throw new Failure(
      2,
      `${chromium} not found. Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM to its path.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'inert-screenshot-'));
  try {
    const html = givenHtml ? resolve(givenHtml) : join(work, 'report.html');
    const png = join(work, 'report.png');
    if (!givenHtml) renderDemoReport(html);

    // A fresh profile and no background services: the render must depend on the report alone.
    const shot = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${join(work, 'profile')}`,
        '--window-size=1280,2000',
        `--screenshot=${png}`,
        pathToFileURL(html).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (shot.error) throw new Failure(2, `cannot run ${chromium}: ${shot.error.message}`);
    if (!existsSync(png)) throw new Failure(2, `chromium wrote no screenshot (exit ${shot.status}):\n${shot.stderr}`);
    if (keep) copyFileSync(png, resolve(keep));

    const image = decodePng(readFileSync(png));
    const m = measure(image);
    const summary = `${image.width}x${image.height}, ${m.colours} colours, background ${m.background}, ${(m.ink * 100).toFixed(1)}% ink, ${(m.dark * 100).toFixed(2)}% dark`;
    const reasons = blankReasons(image);
    if (reasons.length > 0)
      throw new Failure(1, `${givenHtml ?? 'the HTML report'} rendered blank (${summary}): ${reasons.join('; ')}`);
    return `${givenHtml ?? 'the HTML report'} renders (${summary})${keep ? `; screenshot kept at ${keep}` : ''}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The HTML report of corpus/demo, from the built CLI. */
function renderDemoReport(html) {
  const bin = join(root, 'packages/cli/dist/bin.js');
  if (!existsSync(bin)) throw new Failure(2, `${bin} not found: run \`pnpm build\` first.`);
  // Exit 1 means findings at or above --fail-on: the demo has them on purpose.
  const scan = spawnSync(
    process.execPath,
    [bin, 'scan', join(root, 'corpus/demo'), '--format', 'html', '--output', html, '--quiet'],
    { encoding: 'utf8' },
  );
  if (scan.status !== 0 && scan.status !== 1) throw new Failure(2, `inert scan exited ${scan.status}: ${scan.stderr}`);
}
