import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreThreadResult, CoreThreadTask } from '../../support/coreThread';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * Two processes on one workspace (two browser-mode servers, the app and the CLI), as two threads,
 * each with its own core and connection, started at the same instant.
 */
const opened: TestCore[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

async function together(dbPath: string, tasks: CoreThreadTask['task'][]): Promise<CoreThreadResult[]> {
  const barrier = new SharedArrayBuffer(8);
  const gate = new Int32Array(barrier);
  const threads = tasks.map(
    (task) =>
      new Worker(new URL('../../support/coreThread.ts', import.meta.url), {
        workerData: { dbPath, barrier, task } satisfies CoreThreadTask,
        execArgv: ['--import', 'tsx'],
      }),
  );
  const results = threads.map(
    (w) =>
      new Promise<CoreThreadResult>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
        w.once('exit', (code) => code !== 0 && reject(new Error(`thread exited with ${code}`)));
      }),
  );
  // Every thread has opened its core and waits: let them all go at once.
  while (Atomics.load(gate, 1) < threads.length) await new Promise((r) => setTimeout(r, 5));
  Atomics.store(gate, 0, 1);
  Atomics.notify(gate, 0);
  try {
    return await Promise.all(results);
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}

describe('two processes writing one workspace', () => {
  it('lose no write: every intake push of both succeeds (writes take the lock up front and wait for it)', async () => {
    const t = openTestCore({ alerts: false });
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    const results = await together(t.dbPath, [
      { kind: 'push', count: 150, source: 'pbx-a' },
      { kind: 'push', count: 150, source: 'pbx-b' },
    ]);
    for (const r of results) {
      if (r.kind !== 'push') throw new Error('unexpected result');
      expect(r.failures).toEqual([]);
      expect(r.ok).toBe(150);
    }
    const db = new Database(t.dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM interactions WHERE id LIKE 'pbx-%'").pluck().get()).toBe(300);
    expect(db.prepare("SELECT count(*) FROM work_items WHERE id LIKE 'interaction:pbx-%'").pluck().get()).toBe(300);
    db.close();
  }, 120_000);

  it('notify each SLA alert exactly once between them, however their passes interleave', async () => {
    const t = openTestCore({ alerts: false });
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(alertWorkspace(40)) });
    // Past every warning and deadline of the workspace: a1's items and the unassigned one alert, a2's do not.
    const until = T0 + 3 * 3_600_000;
    const results = await together(t.dbPath, [
      { kind: 'alerts', start: T0, advanceTo: until, agentId: 'a1' },
      { kind: 'alerts', start: T0, advanceTo: until, agentId: 'a1' },
    ]);
    const notified = results.flatMap((r) => (r.kind === 'alerts' ? r.notified : []));
    expect(notified.length).toBeGreaterThan(40);
    expect(new Set(notified).size).toBe(notified.length);
    const db = new Database(t.dbPath, { readonly: true });
    const recorded = db.prepare("SELECT id FROM alerts WHERE delivery <> 'silenced' ORDER BY id").pluck().all() as string[];
    db.close();
    expect([...notified].sort()).toEqual(recorded);
  }, 120_000);

  it('record and notify each unassigned sweep once between them', async () => {
    const t = openTestCore({ alerts: false });
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(alertWorkspace(6)) });
    // Both open at T0, when the workspace's first sweep is due; then both reach the instant the next
    // one is due (their clocks agree, as two processes' system clocks do) and race for it.
    const results = await together(t.dbPath, [
      { kind: 'sweep', start: T0, advanceTo: T0 + 15 * 60_000, agentId: 'a1' },
      { kind: 'sweep', start: T0, advanceTo: T0 + 15 * 60_000, agentId: 'a1' },
    ]);
    const notified = results.flatMap((r) => (r.kind === 'sweep' ? r.notified : []));
    const db = new Database(t.dbPath, { readonly: true });
    const sweeps = db.prepare('SELECT id, outcome FROM sweeps ORDER BY id').all() as { id: number; outcome: string }[];
    db.close();
    // One sweep per interval however many processes look: at start, then 15 minutes later.
    expect(sweeps).toHaveLength(2);
    expect(new Set(notified).size).toBe(notified.length);
    expect(notified.sort()).toEqual(sweeps.filter((s) => s.outcome === 'notified').map((s) => `sweep:${s.id}`).sort());
  }, 120_000);
});
