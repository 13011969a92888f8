import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { WorkItem } from '../../../shared/contract/models';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

const opened: TestCore[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

async function workspace(options: Parameters<typeof openTestCore>[0] = {}): Promise<TestCore> {
  const t = openTestCore({ alerts: false, ...options });
  opened.push(t);
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.core.settled();
  t.changes.length = 0;
  return t;
}

const keys = async (t: TestCore, view: 'my' | 'unassigned') => (await t.call('queue.list', { view })).items.map((i) => i.key);

describe('queue.take', () => {
  it('assigns an unassigned case to me, records who and when on its timeline, and moves it to My queue', async () => {
    const t = await workspace();
    t.clock.advance(5 * 60_000);
    const taken = await t.call('queue.take', { itemId: 'case:k2' });
    expect(taken).toMatchObject({ id: 'case:k2', key: 'C-999', assigneeId: 'a1', status: 'new' });
    expect(t.changes).toEqual([['cases']]);
    const detail = await t.call('cases.get', { id: 'k2' });
    expect(detail.assignee).toEqual({ id: 'a1', name: 'Agent One' });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'assignment', byId: 'a1', byName: 'Agent One', from: null, to: 'a1', at: new Date(t.clock.now()).toISOString().replace('.000Z', 'Z') });
    // Acme Solar is a priority organization: its case leads the emails.
    expect(await keys(t, 'my')).toEqual(['i2', 'C-1001', 'C-999']);
    expect(await keys(t, 'unassigned')).toEqual(['i1']);
    expect(await t.call('queue.counts')).toMatchObject({ my: 3, unassigned: 1, all: 4 });
  });

  it('assigns a waiting call to me without touching any case', async () => {
    const t = await workspace();
    const events = (await t.call('workspace.status', { counts: true })).counts!.events;
    const taken = await t.call('queue.take', { itemId: 'interaction:i1' });
    expect(taken).toMatchObject({ id: 'interaction:i1', channel: 'phone', assigneeId: 'a1' });
    expect(t.changes).toEqual([['interactions']]);
    expect((await t.call('workspace.status', { counts: true })).counts!.events).toBe(events);
    expect(await keys(t, 'my')).toEqual(['i1', 'i2', 'C-1001']);
  });

  it('answers an item that is already mine without changing anything', async () => {
    const t = await workspace();
    const before = (await t.call('cases.get', { id: 'k1' })).timeline.length;
    expect(await t.call('queue.take', { itemId: 'case:k1' })).toMatchObject({ key: 'C-1001', assigneeId: 'a1' });
    expect((await t.call('cases.get', { id: 'k1' })).timeline).toHaveLength(before);
    expect(t.changes).toEqual([]);
  });

  it('refuses an item somebody else has, naming them', async () => {
    const t = await workspace();
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.core.settled();
    t.changes.length = 0;
    expect(await t.core.dispatch('queue.take', { itemId: 'case:k1' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'C-1001 was taken by Agent One' },
    });
    expect(await t.core.dispatch('queue.take', { itemId: 'interaction:i2' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Call me back about the invoice was taken by Agent One' },
    });
    expect(t.changes).toEqual([]);
  });

  it.each([
    ['on_leave', 'You are On leave: nobody is assigned work while Unavailable or On leave'],
    ['unavailable', 'You are Unavailable: nobody is assigned work while Unavailable or On leave'],
  ] as const)('refuses while I am %s, changing nothing', async (status, message) => {
    const t = await workspace();
    await t.call('agents.setStatus', { agentId: 'a1', status });
    await t.core.settled();
    t.changes.length = 0;
    expect(await t.core.dispatch('queue.take', { itemId: 'case:k2' })).toEqual({ ok: false, error: { code: 'forbidden', message } });
    expect(await keys(t, 'unassigned')).toEqual(['i1', 'C-999']);
    expect(t.changes).toEqual([]);
  });

  it('lets me take work while in a meeting', async () => {
    const t = await workspace();
    await t.call('agents.setStatus', { agentId: 'a1', status: 'in_a_meeting' });
    expect(await t.call('queue.take', { itemId: 'case:k2' })).toMatchObject({ assigneeId: 'a1' });
  });

  it('says so for an item that left the queue, and without an agent', async () => {
    const t = await workspace();
    expect(await t.core.dispatch('queue.take', { itemId: 'case:k3' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That item is no longer in the queue: it was answered, filed or closed' },
    });
    const empty = openTestCore({ alerts: false });
    opened.push(empty);
    const result = await empty.core.dispatch('queue.take', { itemId: 'case:k2' });
    expect(result.ok ? null : result.error.code).toBe('forbidden');
  });
});

describe('two takes racing', () => {
  it('on two cores on one file (a window and the CLI): exactly one wins, the other is told who', async () => {
    const clock = createFakeClock();
    const window = await workspace({ clock });
    const cli = openTestCore({ clock, dbPath: window.dbPath, watchExternalChanges: false, alerts: false });
    opened.push(cli);
    await cli.call('session.setAgent', { agentId: 'a2' });

    const results = await Promise.all([window.core.dispatch('queue.take', { itemId: 'case:k2' }), cli.core.dispatch('queue.take', { itemId: 'case:k2' })]);
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: { code: 'conflict', message: 'C-999 was taken by Agent One' } }]);
    const detail = await cli.call('cases.get', { id: 'k2' });
    expect(detail.assignee?.id).toBe('a1');
    expect(detail.timeline.filter((e) => e.kind === 'assignment')).toHaveLength(1);
  });

  it('in separate processes started at the same moment: exactly one wins, one assignment is recorded', async () => {
    const t = await workspace();
    await t.call('session.setAgent', { agentId: 'a2' }); // Agent Two (a lead) sets their own status
    await t.call('agents.setStatus', { agentId: 'a2', status: 'available' });
    const racers = ['a1', 'a2', 'a1', 'a2'].map((agent) => {
      const child = spawn(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'test/support/takeRacer.ts', t.dbPath, agent, 'case:k2'], {
        cwd: process.cwd(),
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: child.stdout });
      const next = () => new Promise<string>((resolve, reject) => {
        lines.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`racer exited ${code}`)));
      });
      return { agent, child, ready: next(), next };
    });
    await Promise.all(racers.map((r) => r.ready));
    const answers = racers.map((r) => r.next());
    for (const r of racers) r.child.stdin.write('go\n');
    const results = (await Promise.all(answers)).map((line) => JSON.parse(line) as Result<WorkItem>);
    await Promise.all(racers.map((r) => (r.child.exitCode === null ? new Promise((done) => r.child.once('exit', done)) : null)));

    // The first take to commit wins; the winner's own other process finds the item already its own
    // (answered, nothing changed); the other agent's processes are refused, told who has it.
    const first = results.find((r) => r.ok);
    const winner = first?.ok ? first.value.assigneeId : null;
    expect(['a1', 'a2']).toContain(winner);
    const name = winner === 'a1' ? 'Agent One' : 'Agent Two';
    expect(results.map((r, i) => (racers[i]!.agent === winner ? r.ok && r.value.assigneeId : r))).toEqual(
      racers.map((r) => (r.agent === winner ? winner : { ok: false, error: { code: 'conflict', message: `C-999 was taken by ${name}` } })),
    );
    const detail = await t.call('cases.get', { id: 'k2' });
    expect(detail.assignee?.id).toBe(winner);
    expect(detail.timeline.filter((e) => e.kind === 'assignment')).toHaveLength(1);
  }, 60_000);
});
