// `npm run bench`: cold start of browser mode to an interactive queue, printed beside its baseline
// measured in the same run. Scenarios: a one-item workspace = the baseline (fixed cost of process
// start, page load and first render), the sample shift, and 50,000 generated cases
// (test/bench/generate.ts). "Interactive" = the first queue row is visible in Chromium.
// Runs each scenario RUNS times (fresh server process, fresh browser context) and prints medians,
// then where the time goes: the milestones of each run (the server's URL line, the page's navigation
// and resource timing, and the renderer's performance marks of renderer/lib/startupMarks.ts), as
// medians of the time since the server process was spawned.
// BENCH_ONLY=coldstart (or a comma list of coldstart, deadlines, alerts, queueViews, queueUi,
// writePath, caseActions, handoff, syncPull) runs only those parts.
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
const PARTS = ['coldstart', 'deadlines', 'alerts', 'queueViews', 'queueUi', 'writePath', 'caseActions', 'handoff', 'syncPull'];
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((p) => p.trim()) : PARTS;
for (const part of ONLY) if (!PARTS.includes(part)) throw new Error(`BENCH_ONLY: unknown part ${part} (known: ${PARTS.join(', ')})`);
const runs = (part) => ONLY.includes(part);
const LARGE = Number(process.env.BENCH_CASES ?? 50_000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

function cli(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/shiftdesk.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`shiftdesk ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** Node's clock as epoch ms, to line up with the page's `performance.timeOrigin`. */
const epoch = (t) => performance.timeOrigin + t;

/**
 * The cold start's milestones, in ms since the server process was spawned (null when not reached):
 * the URL line; the page's navigation start and its HTML received (navigation timing);
 * DOMContentLoaded; the renderer's marks (renderer/lib/startupMarks.ts): the small entry script runs
 * (renderer/boot.ts: it opens the WebSocket and asks for the first reads), the WebSocket is open;
 * the app's code received (the last script to arrive before it had run, resource timing) and
 * evaluated (main.tsx's own code starts); the queue's first page answered, the first render, the
 * first row in the DOM; and the first row seen visible by Playwright (= queue interactive).
 */
const MILESTONES = [
  ['url', 'URL printed'],
  ['navigation', 'navigation'],
  ['html', 'HTML'],
  ['dcl', 'DCL'],
  ['boot', 'boot runs'],
  ['wsOpen', 'WS open'],
  ['script', 'app JS in'],
  ['evalEnd', 'evaluated'],
  ['queueAnswer', 'queue answer'],
  ['firstRender', '1st render'],
  ['firstRow', 'row in DOM'],
  ['interactive', 'visible'],
];

/** What the page knows of its own start, as epoch ms. */
function pageTimings() {
  const at = (t) => (t ? performance.timeOrigin + t : null);
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = (name) => performance.getEntriesByName(`shiftdesk:${name}`, 'mark')[0]?.startTime;
  const evalEnd = mark('eval-end');
  // The app's code: the last script received before it had run (the entry, its chunks, the app chunk).
  const scripts = performance
    .getEntriesByType('resource')
    .filter((r) => r.name.endsWith('.js') && (evalEnd === undefined || r.responseEnd <= evalEnd))
    .map((r) => r.responseEnd);
  return {
    navigation: performance.timeOrigin,
    html: at(nav?.responseEnd),
    dcl: at(nav?.domContentLoadedEventEnd),
    boot: at(mark('boot')),
    wsOpen: at(mark('ws-open')),
    script: scripts.length > 0 ? at(Math.max(...scripts)) : null,
    evalEnd: at(evalEnd),
    queueAnswer: at(mark('queue-answer')),
    firstRender: at(mark('first-render')),
    firstRow: at(mark('first-row')),
    heap: performance.memory?.usedJSHeapSize ?? null,
  };
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
  const { heap, ...times } = await page.evaluate(pageTimings);
  const since = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v === null ? null : v - epoch(t0)]));
  await context.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { ready, interactive, heap, milestones: { ...since, url: ready, interactive } };
}

/** The cold start of browser mode in each scenario, then its breakdown. */
async function benchColdStart() {
  const work = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-'));
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
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await coldStart(browser, s.db));
      s.ready = median(results.map((r) => r.ready));
      s.interactive = median(results.map((r) => r.interactive));
      s.heap = median(results.map((r) => r.heap ?? 0));
      s.milestones = Object.fromEntries(
        MILESTONES.map(([key]) => {
          const seen = results.map((r) => r.milestones[key]).filter((v) => v !== null && v !== undefined);
          return [key, seen.length === results.length ? median(seen) : null];
        }),
      );
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
    // Each milestone as the median over the runs of its time since the server was spawned (phases
    // overlap: the page loads while the core opens; the core answers while the app's code loads).
    console.log(`\nWhere the time goes (ms since the server process was spawned, median of ${RUNS})`);
    const width = Math.max(...MILESTONES.map(([, label]) => label.length)) + 2;
    console.log(`${'scenario'.padEnd(23)}${MILESTONES.map(([, label]) => label.padStart(width)).join('')}`);
    for (const s of scenarios) {
      const cells = MILESTONES.map(([key]) => (s.milestones[key] === null ? '–' : s.milestones[key].toFixed(0)).padStart(width));
      console.log(`${s.name.padEnd(23)}${cells.join('')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (runs('coldstart')) await benchColdStart();

// SLA deadlines: 2-year calendar table build and 100,000 deadlines, beside dayjs-business-time
// computing the same 100,000 deadlines in this run (test/bench/deadlines.ts).
if (runs('deadlines')) {
  console.log('\nSLA deadline arithmetic (test/bench/deadlines.ts)');
  const deadlines = spawnSync('npx', ['tsx', join(root, 'test/bench/deadlines.ts')], { cwd: root, stdio: 'inherit' });
  if (deadlines.status !== 0) process.exitCode = 1;
}

// SLA alerts: opening a large workspace (its breached backlog recorded once) and the 30 s safety
// check, beside a one-case workspace in the same run (test/bench/alerts.ts).
if (runs('alerts')) {
  console.log('\nSLA alert scheduler (test/bench/alerts.ts)');
  const alertsBench = spawnSync('npx', ['tsx', join(root, 'test/bench/alerts.ts')], { cwd: root, stdio: 'inherit' });
  if (alertsBench.status !== 0) process.exitCode = 1;
}

// Queue views from the core on 100,000 cases beside one case: the first screen of every view,
// a filter change and a search keystroke (test/bench/queueViews.ts; BENCH_QUEUE_CASES, default 100000).
if (runs('queueViews')) {
  console.log('\nQueue views, filters and search from the core (test/bench/queueViews.ts)');
  const queueViews = spawnSync('npx', ['tsx', join(root, 'test/bench/queueViews.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_CASES: process.env.BENCH_QUEUE_CASES ?? '100000' },
  });
  if (queueViews.status !== 0) process.exitCode = 1;
}

// The queue UI in Chromium on 100,000 cases beside one item: view switch to painted rows, long tasks
// while scrolling the whole list, heap, bundle size (test/bench/queueUi.js).
if (runs('queueUi')) {
  console.log('\nQueue UI in Chromium (test/bench/queueUi.js)');
  const queueUi = spawnSync(process.execPath, [join(root, 'test/bench/queueUi.js')], { cwd: root, stdio: 'inherit' });
  if (queueUi.status !== 0) process.exitCode = 1;
}

// The write path: importing 100,000 cases (wall time, peak memory, the main thread's longest pause),
// moving every deadline, and one action at 10,000 / 100,000 / 200,000 cases beside a 1,000-case
// baseline (test/bench/writePath.ts; BENCH_WRITE_SIZES, default 10000,100000,200000).
if (runs('writePath')) {
  console.log('\nThe write path: import, moving every deadline, one action (test/bench/writePath.ts)');
  const writePath = spawnSync('npx', ['tsx', join(root, 'test/bench/writePath.ts')], { cwd: root, stdio: 'inherit' });
  if (writePath.status !== 0) process.exitCode = 1;
}

// Case actions in the core on 100,000 cases beside 1,000: opening a case with 200 timeline entries, a
// reply, a status change (Assigned <-> Pending Input); medians, goal under 20 ms
// (test/bench/caseActions.ts; BENCH_CASE_ACTIONS_CASES, default 100000).
if (runs('caseActions')) {
  console.log('\nCase actions: open a case with 200 entries, reply, change a status (test/bench/caseActions.ts)');
  const caseActions = spawnSync('npx', ['tsx', join(root, 'test/bench/caseActions.ts')], { cwd: root, stdio: 'inherit' });
  if (caseActions.status !== 0) process.exitCode = 1;
}

// The handoff sheet in the core: an agent with 500 open cases, a two-week leave, on 100,000 cases
// beside 1,000; median, goal under 100 ms; the agent's cases read through the cases_assignee index
// (test/bench/handoff.ts; BENCH_HANDOFF_CASES, default 100000).
if (runs('handoff')) {
  console.log('\nThe handoff sheet: 500 open cases, a two-week leave (test/bench/handoff.ts)');
  const handoff = spawnSync('npx', ['tsx', join(root, 'test/bench/handoff.ts')], { cwd: root, stdio: 'inherit' });
  if (handoff.status !== 0) process.exitCode = 1;
}

// The sync with RT (test/bench/syncPull.ts): the initial pull of 1,000 tickets and an incremental pull
// of 10 changed, against the RT test server; skipped, saying so, when none runs (.ci/rt/start.sh).
if (runs('syncPull')) {
  console.log('\nSync with Request Tracker: initial and incremental pulls (test/bench/syncPull.ts)');
  const sync = spawnSync('npx', ['tsx', join(root, 'test/bench/syncPull.ts')], { cwd: root, stdio: 'inherit' });
  if (sync.status !== 0) process.exitCode = 1;
}
