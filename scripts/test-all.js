// `npm test`: checks what the tests need (Node 24; Chromium, installed from Debian's packages where
// it may be), builds the app, runs every suite (vitest projects, then the Playwright suites in
// browser mode and Electron), and ends with ONE summary line of all suites added up:
// `Tests: N passed, N failed, N skipped`. Exits non-zero when anything failed. When something the
// tests need is missing and cannot be had, it stops at once, saying the one command to run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from '../bin/node-version.js';
import { ensureChromium, systemDeps } from './ensure-chromium.js';
import { countPlaywright, countVitest, summaryLine } from './test-summary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = `${root}.reports`;

/** Nothing was tested: says why (and what to run), then the summary line. */
function stop(why) {
  console.log(`\n${why}`);
  console.log(`\n${summaryLine([{ passed: 0, failed: 1, skipped: 0 }])} (nothing was tested)`);
  process.exit(1);
}

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

// Before anything loads better-sqlite3: an older Node crashes on it ("Segmentation fault").
const nodeProblem = nodeVersionProblem(process.version, 'npm test', process.execPath);
if (nodeProblem) stop(nodeProblem);
const chromium = ensureChromium(systemDeps);
if ('problem' in chromium) stop(chromium.problem);
console.log(`=== chromium: ${chromium.path}`);

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

if (run('build', 'npx', ['electron-vite', 'build']) !== 0) stop('The build failed.');

const vitestJson = `${reports}/vitest.json`;
const vitestCode = run('vitest (unit, integration, main, renderer)', 'npx', ['vitest', 'run'], { VITEST_JSON: vitestJson });
const vitest = countVitest(readJson(vitestJson), vitestCode);

const playwrightJson = `${reports}/playwright.json`;
const playwrightCode = run('playwright (browser mode in Chromium, Electron where available)', 'npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON: playwrightJson,
  CHROMIUM_PATH: chromium.path,
});
const playwright = countPlaywright(readJson(playwrightJson), playwrightCode);
// Say why each skipped end-to-end test skipped (e.g. no Electron binary on this machine).
for (const [why, n] of playwright.skipReasons) console.log(`skipped ${n} end-to-end test(s): ${why}`);

for (const p of [...vitest.problems, ...playwright.problems]) console.log(`! ${p}`);
console.log(`\n${summaryLine([vitest, playwright])}`);
process.exit(vitest.failed + playwright.failed > 0 ? 1 : 0);
