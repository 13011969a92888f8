/**
 * Write path benchmark (issue 9): what importing, moving every deadline and a single action cost, and
 * whether the cost of an action grows with the workspace.
 *   npm run build && npx tsx test/bench/writePath.ts
 *   (BENCH_WRITE_SIZES, default 10000,100000,200000; BENCH_ACTION_RUNS, default 25)
 *
 * Generated workspaces (test/bench/generateWorkspace.ts) of each size, and a baseline of 1,000 cases
 * (the smallest with enough unassigned cases to take a different one each time) in the same run:
 * - import: the built command line (`out/main/cli.js import`, its job in the worker thread) into a new
 *   database: wall time and the process's peak resident memory (both threads); and, on a core in this
 *   process, the longest pause of the main thread while the worker imports;
 * - moving every deadline: `settings.setSla` with the opening hour moved (every open item's deadline
 *   changes), through the dispatcher, the worker warm; median of the reply times;
 * - one action: `intake.push` (a new call), `queue.take` (an unassigned case), `interactions.file`
 *   (a pushed voicemail into a new case), each through the dispatcher and until its commit is
 *   announced (`changed`, alerts re-planned: `core.settled()`); medians.
 * Goals (docs/benchmarks.md): import of 100,000 cases under 5 s and 300 MB; moving every deadline
 * under 0.5 s; an action under 3 ms at 100,000 cases, not growing with the workspace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/ports';
import { memoryPrefs } from '../../electron/core/prefs';
import type { CalendarRecord } from '../../shared/interchange/schema';
import { createFakeClock } from '../support/fakeClock';
import { TEST_WORKER } from '../support/testWorker';
import { generateWorkspace } from './generateWorkspace';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NOW = Date.parse('2026-03-03T16:00:00Z');
const SIZES = (process.env.BENCH_WRITE_SIZES ?? '10000,100000,200000').split(',').map(Number);
const BASELINE = 1_000;
const RUNS = Number(process.env.BENCH_ACTION_RUNS ?? 25);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const n = (x: number) => x.toLocaleString('en-US');
const work = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-write-'));

interface Imported {
  cases: number;
  file: string;
  db: string;
  importMs: number;
  peakMb: number;
  fileMb: number;
}

/** Imports `file` with the built CLI in its own process: wall time and peak RSS (every thread). */
function importWithCli(file: string, db: string): { ms: number; peakMb: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(root, 'test/bench/reportPeakRss.js'), join(root, 'out/main/cli.js'), 'import', file, '--db', db], { encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`import of ${file} failed: ${r.stderr}`);
  const peak = /peak-rss-kb (\d+)/.exec(r.stderr);
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN };
}

function prepare(cases: number): Imported {
  const file = join(work, `${cases}.json`);
  writeFileSync(file, JSON.stringify(generateWorkspace({ cases, seed: 11, now: NOW })));
  const db = join(work, `${cases}.db`);
  const { ms, peakMb } = importWithCli(file, db);
  return { cases, file, db, importMs: ms, peakMb, fileMb: statSync(file).size / 1e6 };
}

/**
 * A core on a copy of an imported workspace, with its alert backlog (every item that was already
 * breached) recorded: the scheduler records it a hundred at a time on its timer, which a fake clock
 * runs only when told, so the first actions measured would otherwise each record a part of it.
 */
async function openCopy(from: string, name: string, worker: boolean): Promise<Core> {
  const db = join(work, `${name}.db`);
  copyFileSync(from, db);
  const clock = createFakeClock(NOW);
  const core = createCore({
    dbPath: db,
    clock,
    prefs: memoryPrefs({ 'session.agentId': 'a2' }),
    watchExternalChanges: false,
    ...(worker && { worker: TEST_WORKER }),
  });
  await core.ready();
  let unread = -1;
  for (;;) {
    clock.advance(0);
    await core.settled();
    const now = (await ok<{ unread: number }>(core.dispatch('alerts.list', { limit: 1 }))).unread;
    if (now === unread) break;
    unread = now;
  }
  return core;
}

async function ok<T>(p: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

/** The longest gap between two ticks of a 5 ms timer on this thread while `work` runs. */
async function longestPause(run: () => Promise<unknown>): Promise<{ pauseMs: number; ms: number }> {
  let last = performance.now();
  let pauseMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    pauseMs = Math.max(pauseMs, now - last);
    last = now;
  }, 5);
  const t = performance.now();
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  // A synchronous run never lets the timer tick: its whole length was a pause.
  pauseMs = Math.max(pauseMs, performance.now() - last);
  return { pauseMs, ms: performance.now() - t };
}

async function importStall(file: string): Promise<{ worker: number; inline: number; workerMs: number; inlineMs: number }> {
  const measure = async (worker: boolean) => {
    const db = join(work, `stall-${worker ? 'worker' : 'inline'}.db`);
    const core = createCore({ dbPath: db, clock: createFakeClock(NOW), prefs: memoryPrefs(), watchExternalChanges: false, ...(worker && { worker: TEST_WORKER }) });
    await core.ready();
    const r = await longestPause(() => core.importFile(file));
    await core.close();
    return r;
  };
  const worker = await measure(true);
  const inline = await measure(false);
  return { worker: worker.pauseMs, inline: inline.pauseMs, workerMs: worker.ms, inlineMs: inline.ms };
}

async function recompute(from: string, name: string): Promise<{ ms: number; items: number }> {
  const core = await openCopy(from, name, true);
  const { policy, calendar } = await ok<{ policy: unknown; calendar: CalendarRecord }>(core.dispatch('settings.getSla', {}));
  const items = (await ok<{ all: number }>(core.dispatch('queue.counts', {}))).all;
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const open = i % 2 === 0 ? '07:00' : '08:00';
    const week = Object.fromEntries(Object.entries(calendar.week).map(([day, w]) => [day, (w ?? []).length > 0 ? [[open, '17:00']] : []]));
    const t = performance.now();
    await ok(core.dispatch('settings.setSla', { policy, calendar: { ...calendar, week } }));
    if (i > 0) times.push(performance.now() - t); // the first one starts the worker
    await core.settled();
  }
  await core.close();
  return { ms: median(times), items };
}

async function actions(from: string, name: string): Promise<{ push: number; take: number; file: number }> {
  const core = await openCopy(from, name, false);
  const timed = async (fn: (i: number) => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await fn(i);
      await core.settled();
      times.push(performance.now() - t);
    }
    return median(times);
  };
  const push = await timed((i) => ok(core.dispatch('intake.push', { source: 'bench', channel: 'phone', externalId: `call-${i}`, status: 'ringing', from: { name: 'Bench Caller', phone: '+1 555 010 4242' } })));
  // Each take a different unassigned case (taking one's own again changes nothing).
  const unassigned = await ok<{ items: { id: string }[] }>(core.dispatch('queue.list', { view: 'unassigned', limit: RUNS, filter: { channel: ['email'] } }));
  if (unassigned.items.length < RUNS) throw new Error(`only ${unassigned.items.length} unassigned cases to take`);
  const take = await timed((i) => ok(core.dispatch('queue.take', { itemId: unassigned.items[i]!.id })));
  for (let i = 0; i < RUNS; i++) await ok(core.dispatch('intake.push', { source: 'bench', channel: 'voicemail', externalId: `vm-${i}`, status: 'received', transcript: 'Please call me back' }));
  await core.settled();
  const file = await timed((i) => ok(core.dispatch('interactions.file', { id: `bench:voicemail:vm-${i}`, newCase: { subject: 'Call back', type: 'request_for_service', priority: 'P4' } })));
  await core.close();
  return { push, take, file };
}

try {
  console.log(`Generating and importing workspaces of ${[BASELINE, ...SIZES].map(n).join(', ')} cases in ${work} ...`);
  const all = [BASELINE, ...SIZES].map(prepare);
  const base = all[0]!;
  const hundred = all.find((w) => w.cases === 100_000) ?? all.at(-1)!;

  console.log('\nImport with the command line (a new database; the job in the worker thread)');
  console.log(`${'workspace'.padEnd(18)}${'file'.padStart(10)}${'wall time'.padStart(12)}${'peak memory'.padStart(14)}`);
  for (const w of all) console.log(`${`${n(w.cases)} cases`.padEnd(18)}${`${w.fileMb.toFixed(1)} MB`.padStart(10)}${fmt(w.importMs).padStart(12)}${`${w.peakMb.toFixed(0)} MB`.padStart(14)}`);
  const stall = await importStall(hundred.file);
  console.log(`Longest pause of the core's main thread while importing ${n(hundred.cases)} cases: ${fmt(stall.worker)} in the worker (import ${fmt(stall.workerMs)}), ${fmt(stall.inline)} on the main thread itself (import ${fmt(stall.inlineMs)})`);

  console.log('\nMoving every deadline (settings.setSla, opening hour moved; median of 5, worker warm)');
  for (const w of [base, hundred]) {
    const r = await recompute(w.db, `recompute-${w.cases}`);
    console.log(`${`${n(w.cases)} cases`.padEnd(18)}${`${n(r.items)} open items`.padStart(18)}${fmt(r.ms).padStart(12)}`);
  }

  console.log(`\nOne action, until its commit is announced (median of ${RUNS})`);
  console.log(`${'workspace'.padEnd(18)}${'intake.push'.padStart(14)}${'queue.take'.padStart(14)}${'file into case'.padStart(16)}`);
  for (const w of all) {
    const r = await actions(w.db, `actions-${w.cases}`);
    console.log(`${`${n(w.cases)} cases`.padEnd(18)}${fmt(r.push).padStart(14)}${fmt(r.take).padStart(14)}${fmt(r.file).padStart(16)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
