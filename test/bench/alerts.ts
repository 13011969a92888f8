/**
 * Alert scheduler benchmark (issue 3): what the SLA alerts cost on a large workspace.
 *   npx tsx test/bench/alerts.ts       (prints a table; BENCH_CASES, default 50000)
 *
 * A generated workspace is imported (scheduler off, as the CLI does), then opened with the
 * scheduler on a fake clock: the first pass records every alert already due (the breached backlog
 * of the device agent and the unassigned items), later passes are the 30-second safety check with
 * nothing new due. Baseline, in the same run: the same two on a workspace with one case.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/createCore';
import { memoryPrefs } from '../../electron/core/prefs';
import { createFakeClock } from '../support/fakeClock';
import { generateWorkspace } from './generateWorkspace';

const NOW = Date.parse('2026-03-03T16:00:00Z');
const CASES = Number(process.env.BENCH_CASES ?? 50_000);
const CHECKS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Result {
  name: string;
  firstPassMs: number;
  recorded: number;
  checkMs: number;
}

async function measure(name: string, cases: number, dir: string): Promise<Result> {
  const clock = createFakeClock(NOW);
  const dbPath = join(dir, `${cases}.db`);
  const importer = createCore({ dbPath, clock, prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
  const imported = await importer.dispatch('workspace.import', { content: JSON.stringify(generateWorkspace({ cases, seed: 7, now: NOW })) });
  importer.close();
  if (!imported.ok) throw new Error(`import failed: ${imported.error.message}`);

  let t = performance.now();
  const core = createCore({ dbPath, clock, prefs: memoryPrefs(), watchExternalChanges: false });
  const firstPassMs = performance.now() - t;
  const listed = await core.handlers['alerts.list']({ limit: 1 });
  const checks: number[] = [];
  for (let i = 0; i < CHECKS; i++) {
    t = performance.now();
    clock.advance(30_000);
    checks.push(performance.now() - t);
  }
  core.close();
  return { name, firstPassMs, recorded: listed.unread, checkMs: median(checks) };
}

const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-alerts-'));
try {
  const base = await measure('baseline: 1 case', 1, dir);
  const big = await measure(`${CASES.toLocaleString('en-US')} cases`, CASES, dir);
  console.log(`${'workspace'.padEnd(16)}${'open + first pass'.padStart(19)}${'alerts recorded'.padStart(17)}${'30 s check (median)'.padStart(21)}`);
  for (const r of [base, big]) {
    console.log(`${r.name.padEnd(16)}${`${r.firstPassMs.toFixed(0)} ms`.padStart(19)}${String(r.recorded).padStart(17)}${`${r.checkMs.toFixed(1)} ms`.padStart(21)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
