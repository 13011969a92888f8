// `npm run bench`: cold start of browser mode to an interactive queue, printed beside its baseline
// measured in the same run. Scenarios: an empty (onboarded) workspace = the baseline (fixed cost of
// process start, page load and first render), the sample shift, and 50,000 generated cases
// (test/bench/generate.ts). "Interactive" = the first queue row is visible in Chromium.
// Runs each scenario RUNS times (fresh server process, fresh browser context) and prints medians.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LARGE = Number(process.env.BENCH_CASES ?? 50_000);
const work = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

function cli(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/shiftdesk.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`shiftdesk ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t0;
}

async function coldStart(browser, dbPath) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'out/main/serve.js'), '--db', dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => line.startsWith('http://127.0.0.1') && resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  const ready = performance.now() - t0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="queue-row"]').first().waitFor({ state: 'visible', timeout: 60_000 });
  const interactive = performance.now() - t0;
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  await context.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { ready, interactive, heap };
}

const scenarios = [];
try {
  console.log(`Preparing workspaces in ${work} ...`);
  const empty = join(work, 'empty.db');
  const minimal = join(work, 'minimal.json');
  writeFileSync(minimal, JSON.stringify({ format: 'shiftdesk-workspace', version: 1, interactions: [
    { id: 'bench-call', channel: 'phone', state: 'waiting', since: '2026-03-03T15:58:00Z', subject: 'Call' },
  ] }));
  cli(['import', minimal, '--db', empty]);
  scenarios.push({ name: 'baseline: 1 item', db: empty });

  const sample = join(work, 'sample.db');
  cli(['import', join(root, 'resources/sample-shift/sample-shift.json'), '--db', sample]);
  scenarios.push({ name: 'sample shift', db: sample });

  const largeFile = join(work, 'large.json');
  const gen = spawnSync('npx', ['tsx', join(root, 'test/bench/generate.ts'), '--cases', String(LARGE), '--out', largeFile], {
    encoding: 'utf8',
    cwd: root,
  });
  if (gen.status !== 0) throw new Error(`generator failed: ${gen.stderr}`);
  const large = join(work, 'large.db');
  const importMs = cli(['import', largeFile, '--db', large]);
  console.log(`Imported ${LARGE.toLocaleString('en-US')} cases (${(statSync(largeFile).size / 1e6).toFixed(1)} MB file) in ${ms(importMs)}; database ${(statSync(large).size / 1e6).toFixed(1)} MB`);
  scenarios.push({ name: `${LARGE.toLocaleString('en-US')} cases`, db: large });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
  });
  for (const s of scenarios) {
    await coldStart(browser, s.db); // warm the OS file cache once; not counted
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldStart(browser, s.db));
    s.ready = median(runs.map((r) => r.ready));
    s.interactive = median(runs.map((r) => r.interactive));
    s.heap = median(runs.map((r) => r.heap ?? 0));
  }
  await browser.close();

  const base = scenarios[0];
  console.log(`\nCold start of browser mode to an interactive queue (median of ${RUNS}, Chromium, this machine)`);
  console.log('scenario               server ready   queue interactive   vs baseline   renderer JS heap');
  for (const s of scenarios) {
    const ratio = s === base ? '1.00x' : `${(s.interactive / base.interactive).toFixed(2)}x (+${ms(s.interactive - base.interactive)})`;
    console.log(
      `${s.name.padEnd(23)}${ms(s.ready).padStart(12)}${ms(s.interactive).padStart(20)}   ${ratio.padEnd(18)}${(s.heap / 1e6).toFixed(1).padStart(6)} MB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// SLA deadlines: 2-year calendar table build and 100,000 deadlines, beside dayjs-business-time
// computing the same 100,000 deadlines in this run (test/bench/deadlines.ts).
console.log('\nSLA deadline arithmetic (test/bench/deadlines.ts)');
const deadlines = spawnSync('npx', ['tsx', join(root, 'test/bench/deadlines.ts')], { cwd: root, stdio: 'inherit' });
if (deadlines.status !== 0) process.exitCode = 1;

// SLA alerts: opening a large workspace (its breached backlog recorded once) and the 30 s safety
// check, beside a one-case workspace in the same run (test/bench/alerts.ts).
console.log('\nSLA alert scheduler (test/bench/alerts.ts)');
const alertsBench = spawnSync('npx', ['tsx', join(root, 'test/bench/alerts.ts')], { cwd: root, stdio: 'inherit' });
if (alertsBench.status !== 0) process.exitCode = 1;

// Queue views from the core on 100,000 cases beside one case: the first screen of every view,
// a filter change and a search keystroke (test/bench/queueViews.ts; BENCH_QUEUE_CASES, default 100000).
console.log('\nQueue views, filters and search from the core (test/bench/queueViews.ts)');
const queueViews = spawnSync('npx', ['tsx', join(root, 'test/bench/queueViews.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_CASES: process.env.BENCH_QUEUE_CASES ?? '100000' },
});
if (queueViews.status !== 0) process.exitCode = 1;

// The queue UI in Chromium on 100,000 cases beside one item: view switch to painted rows, long tasks
// while scrolling the whole list, heap, bundle size (test/bench/queueUi.js).
console.log('\nQueue UI in Chromium (test/bench/queueUi.js)');
const queueUi = spawnSync(process.execPath, [join(root, 'test/bench/queueUi.js')], { cwd: root, stdio: 'inherit' });
if (queueUi.status !== 0) process.exitCode = 1;
