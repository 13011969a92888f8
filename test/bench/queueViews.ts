/**
 * Queue views benchmark (issue 4): what the core takes to answer the queue on a large workspace.
 *   npx tsx test/bench/queueViews.ts       (prints a table; BENCH_CASES, default 100000)
 *
 * A generated workspace (test/bench/generateWorkspace.ts) is imported through the core, then each
 * figure is the median over RUNS of one call through the core's dispatcher (input validation
 * included, as IPC and the WebSocket server call it):
 * - first screen: `queue.list` of a view, 100 rows and the total;
 * - counts: `queue.counts` (every view at once);
 * - filter change: `queue.list` of All open with the next of a cycle of filters (channel,
 *   priority, status, organization, label and combinations), each call a different filter;
 * - search change: `queue.list` of All open as an agent types searches letter by letter (each
 *   keystroke a new text: "h", "ho", "hom", ...), and the slowest keystroke.
 * Baseline, in the same run: the same on a workspace with one case.
 * Goals (docs/benchmarks.md): first screen under 15 ms median, filter or search change under 50 ms.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/ports';
import { memoryPrefs } from '../../electron/core/prefs';
import type { QueueFilter } from '../../shared/contract/queueFilter';
import { QUEUE_VIEWS, type QueueView } from '../../shared/domain/vocab';
import { createFakeClock } from '../support/fakeClock';
import { generateWorkspace } from './generateWorkspace';

const NOW = Date.parse('2026-03-03T16:00:00Z');
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** What an agent types, one keystroke at a time: subject words, an organization, a key, a contact. */
const SEARCHES = ['homeowner portal', 'shade rep', 'inverter', 'golden', 'C-10420', 'garcia', 'any update'];

interface Result {
  name: string;
  importMs: number;
  dbMb: number;
  openItems: number;
  views: Record<QueueView, { ms: number; total: number }>;
  countsMs: number;
  filterMs: number;
  filterMaxMs: number;
  searchMs: number;
  searchMaxMs: number;
  keystrokes: number;
}

async function call(core: Core, method: 'queue.list' | 'queue.counts', payload: unknown) {
  const result = await core.dispatch(method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function measure(name: string, cases: number, dir: string): Promise<Result> {
  const clock = createFakeClock(NOW);
  const dbPath = join(dir, `${cases}.db`);
  const options = { dbPath, clock, prefs: memoryPrefs(), alerts: false, watchExternalChanges: false } as const;
  const content = JSON.stringify(generateWorkspace({ cases, seed: 7, now: NOW }));
  const importer = createCore(options);
  let t = performance.now();
  const imported = await importer.dispatch('workspace.import', { content });
  const importMs = performance.now() - t;
  importer.close();
  if (!imported.ok) throw new Error(`import failed: ${imported.error.message}`);

  const core = createCore(options);
  try {
    const views = {} as Result['views'];
    // Warm the statements and the page cache once, as a window does when it opens.
    for (const view of QUEUE_VIEWS) await call(core, 'queue.list', { view, offset: 0, limit: 100 });
    await call(core, 'queue.list', { view: 'all', limit: 100, filter: { text: 'warm', channel: ['email'] } });
    for (const view of QUEUE_VIEWS) {
      const payload = { view, offset: 0, limit: 100 };
      const runs: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        total = ((await call(core, 'queue.list', payload)) as { total: number }).total;
        runs.push(performance.now() - t);
      }
      views[view] = { ms: median(runs), total };
    }
    const countRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) countRuns.push(await time(() => call(core, 'queue.counts', {})));

    const options = (await core.dispatch('queue.filterOptions', {})) as { ok: true; value: { organizations: { id: string; count: number }[] } };
    const bigOrgs = [...options.value.organizations].sort((a, b) => b.count - a.count).slice(0, 3).map((o) => o.id);
    const filters: QueueFilter[] = [
      { channel: ['email'] },
      { priority: ['P1', 'P2'] },
      { status: ['new', 'assigned'] },
      { organizationId: bigOrgs },
      { label: ['EB'] },
      { channel: ['phone', 'chat', 'voicemail'] },
      { label: ['billing', 'onboarding'], priority: ['P3', 'P4'] },
      { status: ['pending_input'], channel: ['email'] },
      { priority: ['P6'], label: ['cancellation'] },
    ];
    const filterRuns: number[] = [];
    for (let i = 0; i < Math.max(RUNS, filters.length * 3); i++) {
      const filter = filters[i % filters.length]!;
      filterRuns.push(await time(() => call(core, 'queue.list', { view: i % 2 ? 'all' : 'unassigned', limit: 100, filter })));
    }

    const searchRuns: number[] = [];
    for (const text of SEARCHES) {
      for (let n = 1; n <= text.length; n++) {
        if (text[n - 1] === ' ') continue; // the space alone does not change the words
        searchRuns.push(await time(() => call(core, 'queue.list', { view: 'all', limit: 100, filter: { text: text.slice(0, n) } })));
      }
    }
    return {
      name,
      importMs,
      dbMb: statSync(dbPath).size / 1e6,
      openItems: views.all.total,
      views,
      countsMs: median(countRuns),
      filterMs: median(filterRuns),
      filterMaxMs: Math.max(...filterRuns),
      searchMs: median(searchRuns),
      searchMaxMs: Math.max(...searchRuns),
      keystrokes: searchRuns.length,
    };
  } finally {
    core.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-queue-'));
try {
  const base = await measure('baseline: 1 case', 1, dir);
  const big = await measure(`${CASES.toLocaleString('en-US')} cases`, CASES, dir);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`${'median of '.concat(String(RUNS))} calls through the core's dispatcher`.padEnd(34) + base.name.padStart(20) + big.name.padStart(24));
  const row = (label: string, a: string, b: string) => console.log(label.padEnd(34) + a.padStart(20) + b.padStart(24));
  row('open work items', String(base.openItems), big.openItems.toLocaleString('en-US'));
  for (const view of QUEUE_VIEWS) {
    row(`first screen: ${view}`, ms(base.views[view].ms), `${ms(big.views[view].ms)} (${big.views[view].total.toLocaleString('en-US')})`);
  }
  row('queue.counts (all views)', ms(base.countsMs), ms(big.countsMs));
  row('filter change (max)', `${ms(base.filterMs)} (${ms(base.filterMaxMs)})`, `${ms(big.filterMs)} (${ms(big.filterMaxMs)})`);
  row(`search keystroke (max of ${big.keystrokes})`, `${ms(base.searchMs)} (${ms(base.searchMaxMs)})`, `${ms(big.searchMs)} (${ms(big.searchMaxMs)})`);
  row('import through the core', `${base.importMs.toFixed(0)} ms`, `${(big.importMs / 1000).toFixed(1)} s`);
  row('database file', `${base.dbMb.toFixed(1)} MB`, `${big.dbMb.toFixed(1)} MB`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work slows every figure alike)`);
  const worstView = Math.max(...QUEUE_VIEWS.map((v) => big.views[v].ms));
  const ok = worstView < 15 && big.filterMs < 50 && big.searchMs < 50;
  console.log(`goals: first screen < 15 ms (worst view ${ms(worstView)}), filter < 50 ms (${ms(big.filterMs)}), search < 50 ms (${ms(big.searchMs)}): ${ok ? 'met' : 'NOT MET'}`);
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
