import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgressEvent } from '../../../shared/contract/index';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { openTestCore, type TestCore } from '../../support/testCore';
import { TEST_WORKER } from '../../support/testWorker';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * Long jobs (import, export, moving every deadline) run in the core's worker thread: the core's
 * queries answer meanwhile, writes wait for the job instead of failing, and the progress event tells
 * the window how far it is.
 */
const NOW = Date.parse('2026-03-03T16:00:00Z');
const opened: TestCore[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

/** A core with the job worker; `inlineBelow: 0` sends even a small job to it. */
function withWorker(inlineBelow?: number): TestCore & { progress: JobProgressEvent[] } {
  const t = openTestCore({ worker: TEST_WORKER, ...(inlineBelow !== undefined && { inlineBelow }) });
  opened.push(t);
  const progress: JobProgressEvent[] = [];
  t.core.on('progress', (p) => progress.push(p));
  return Object.assign(t, { progress });
}

/** Resolves at the first progress event that `test` accepts. */
const progressWhere = (t: TestCore, test: (p: JobProgressEvent) => boolean) =>
  new Promise<JobProgressEvent>((resolve) => {
    const off = t.core.on('progress', (p) => {
      if (!test(p)) return;
      off();
      resolve(p);
    });
  });

describe('a large import in the job worker', () => {
  const file = JSON.stringify(generateWorkspace({ cases: 12_000, seed: 3, now: NOW }));

  it('reports its steps, leaves the queries answering meanwhile, and holds writes until it is done', async () => {
    const t = withWorker();
    await t.core.ready();
    const order: string[] = [];
    const importing = t.core.dispatch('workspace.import', { content: file }).then((r) => {
      order.push('import answered');
      return r;
    });
    const reading = await progressWhere(t, (p) => p.job === 'import' && p.phase === 'Reading the file');
    expect(reading).toMatchObject({ label: 'Importing a workspace', state: 'running' });

    // A read while the worker writes: answered from the last commit, before the import ends.
    const counts = await t.core.dispatch('queue.counts', {});
    order.push('counts answered');
    expect(counts.ok).toBe(true);
    expect((await t.core.dispatch('jobs.current', {})).ok && (await t.call('jobs.current', {})).job).toMatchObject({ job: 'import', state: 'running' });

    // A write while the worker holds the workspace: it waits for the job, then runs.
    const started = t.core.dispatch('workspace.startEmpty', {}).then((r) => {
      order.push('write answered');
      return r;
    });
    const imported = await importing;
    expect(imported.ok && (imported.value as { written: { cases: number } }).written.cases).toBe(12_000);
    expect((await started).ok).toBe(true);
    expect(order).toEqual(['counts answered', 'import answered', 'write answered']);
    expect(t.progress.at(-1)).toMatchObject({ job: 'import', state: 'done' });
    expect(t.progress.some((p) => p.phase === 'Rebuilding the queue')).toBe(true);
    expect((await t.call('queue.counts', {})).all).toBeGreaterThan(1000);
  }, 120_000);

  it('writes nothing when a record is wrong, naming it, and says the job failed', async () => {
    const t = withWorker();
    const raw = JSON.parse(file) as { interactions: Record<string, unknown>[] };
    raw.interactions.at(-1)!.channel = 'fax';
    const result = await t.core.dispatch('workspace.import', { content: JSON.stringify(raw) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^interactions\[\d+\]\.channel: expected phone \| chat \| voicemail \| email, got "fax"$/) } });
    expect((await t.call('workspace.status', { counts: true })).counts).toMatchObject({ cases: 0, events: 0 });
    expect(t.progress.at(-1)).toMatchObject({ job: 'import', state: 'failed' });
  }, 120_000);
});

describe('other jobs in the worker', () => {
  it('exports exactly the text an export on the main thread gives', async () => {
    const t = withWorker(0);
    const inline = openTestCore();
    opened.push(inline);
    const content = JSON.stringify(smallWorkspace());
    await t.call('workspace.import', { content });
    await inline.call('workspace.import', { content });
    const exported = (await t.call('workspace.export', {})).content;
    expect(t.progress.filter((p) => p.job === 'export').map((p) => p.state)).toEqual(expect.arrayContaining(['running', 'done']));
    expect(exported).toBe((await inline.call('workspace.export', {})).content);
    expect(JSON.parse(exported).cases).toHaveLength(3);
  }, 120_000);

  it('moves every deadline when a lead saves an earlier opening time', async () => {
    const t = withWorker(0);
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.core.settled();
    t.changes.length = 0;
    const deadline = async () => (await t.call('queue.list', { view: 'all' })).items.find((i) => i.key === 'C-1001')!.sla!.deadline;
    const before = await deadline();
    const { policy, calendar } = await t.call('settings.getSla', {});
    // Open from 06:00 instead of 09:00: business time starts earlier, so the deadline comes earlier.
    const early = { ...calendar, week: Object.fromEntries(Object.entries(calendar.week).map(([day, w]) => [day, (w ?? []).length > 0 ? [['06:00', '17:00']] : []])) };
    await t.call('settings.setSla', { policy, calendar: early as typeof calendar });
    expect(Date.parse(await deadline())).toBeLessThan(Date.parse(before));
    // The case's and the unfiled voicemail's deadlines moved (and with them, alerts may come due).
    // (and the save is in the audit list)
    expect(t.changes[0]).toEqual(['cases', 'interactions', 'settings', 'audit']);
    expect(t.progress.filter((p) => p.job === 'saveSla').map((p) => p.state)).toEqual(expect.arrayContaining(['running', 'done']));
  }, 120_000);
});
