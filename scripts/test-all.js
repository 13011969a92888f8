// `npm test`: builds the app, runs every suite (vitest projects, then the Playwright suites in
// browser mode and Electron), and ends with ONE summary line of all suites added up:
// `Tests: N passed, N failed, N skipped`. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = `${root}.reports`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

if (run('build', 'npx', ['electron-vite', 'build']) !== 0) {
  console.log('\nTests: 0 passed, 1 failed (the build failed, nothing was tested)');
  process.exit(1);
}

const vitestJson = `${reports}/vitest.json`;
const vitestCode = run('vitest (unit, integration, main, renderer)', 'npx', ['vitest', 'run'], { VITEST_JSON: vitestJson });
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0) {
    totals.failed += vitest.numFailedTestSuites;
    problems.push(`${vitest.numFailedTestSuites} vitest file(s) failed to load`);
  }
}
if (vitestCode !== 0 && (!vitest || vitest.numFailedTests + vitest.numFailedTestSuites === 0)) {
  totals.failed += 1;
  problems.push(`vitest exited with ${vitestCode}`);
}

const playwrightJson = `${reports}/playwright.json`;
const playwrightCode = run('playwright (browser mode in Chromium, Electron where available)', 'npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON: playwrightJson,
});
const playwright = readJson(playwrightJson);
if (playwright) {
  const s = playwright.stats;
  totals.passed += s.expected + s.flaky;
  totals.failed += s.unexpected;
  totals.skipped += s.skipped;
  for (const e of playwright.errors ?? []) problems.push(`playwright: ${e.message?.split('\n')[0]}`);
  // Say why each skipped end-to-end test skipped (e.g. no Electron binary on this machine).
  const reasons = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of playwright.suites ?? []) walk(suite);
  for (const [why, n] of reasons) console.log(`skipped ${n} end-to-end test(s): ${why}`);
}
if (playwrightCode !== 0 && (!playwright || playwright.stats.unexpected === 0)) {
  totals.failed += 1;
  problems.push(`playwright exited with ${playwrightCode}`);
}

for (const p of problems) console.log(`! ${p}`);
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
