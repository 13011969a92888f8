import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../shared/contract/models';
import { orderQueue } from '../../../shared/domain/queueOrder';
import { isOpenStatus, type CaseStatus } from '../../../shared/domain/vocab';
import { openTestCore, type TestCore } from '../../support/testCore';
import { generatedWorkspace, smallWorkspace } from '../../support/workspaceFixture';

let t: TestCore;
afterEach(() => t.cleanup());

const orderable = (i: WorkItem) => ({ ...i, waitingSince: Date.parse(i.waitingSince), deadline: i.sla ? Date.parse(i.sla.deadline) : null });

async function pages(view: 'all' | 'my' | 'unassigned', size: number): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await t.call('queue.list', { view, offset, limit: size });
    out.push(...page.items);
    if (offset + size >= page.total) return out;
  }
}

describe('queue over a generated workspace', () => {
  const raw = generatedWorkspace(7, { cases: 150, interactions: 60 });
  beforeEach(async () => {
    t = openTestCore();
    await t.call('workspace.import', { content: JSON.stringify(raw) });
  });

  it('holds exactly the open cases and the waiting interactions', async () => {
    const all = await t.call('queue.list', { view: 'all', limit: 500 });
    const expected = [
      ...raw.cases.filter((c) => isOpenStatus(c.status as CaseStatus)).map((c) => `case:${c.id}`),
      ...raw.interactions.filter((x) => x.state === 'waiting').map((x) => `interaction:${x.id}`),
    ];
    expect(all.total).toBe(expected.length);
    expect(all.items.map((i) => i.id).sort()).toEqual(expected.sort());
  });

  it('comes back from SQLite in exactly the order of orderQueue', async () => {
    const all = await t.call('queue.list', { view: 'all', limit: 500 });
    expect(all.items.length).toBeGreaterThan(100);
    expect(all.items.map((i) => i.id)).toEqual(orderQueue(all.items.map(orderable), t.clock.now()).map((i) => i.id));
  });

  it('gives consistent windows: pages of any size concatenate to the whole view', async () => {
    const whole = (await t.call('queue.list', { view: 'all', limit: 500 })).items.map((i) => i.id);
    for (const size of [1, 7, 50]) expect((await pages('all', size)).map((i) => i.id)).toEqual(whole);
    const beyond = await t.call('queue.list', { view: 'all', offset: 10_000, limit: 10 });
    expect(beyond).toEqual({ total: whole.length, offset: 10_000, items: [] });
  });

  it('filters views by the session agent and by no assignee, keeping the order', async () => {
    const whole = (await t.call('queue.list', { view: 'all', limit: 500 })).items;
    const me = (await t.call('session.get')).agent;
    expect(me?.id).toBe('a1');
    const mine = await pages('my', 13);
    expect(mine.map((i) => i.id)).toEqual(whole.filter((i) => i.assigneeId === 'a1').map((i) => i.id));
    const unassigned = await pages('unassigned', 13);
    expect(unassigned.map((i) => i.id)).toEqual(whole.filter((i) => i.assigneeId === null).map((i) => i.id));
    expect(await t.call('queue.counts')).toMatchObject({ all: whole.length, my: mine.length, unassigned: unassigned.length });

    await t.call('session.setAgent', { agentId: 'a3' });
    const theirs = await pages('my', 500);
    expect(theirs.map((i) => i.id)).toEqual(whole.filter((i) => i.assigneeId === 'a3').map((i) => i.id));
  });
});

describe('work items', () => {
  beforeEach(async () => {
    t = openTestCore();
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  });

  it('show the call first, then the voicemail, then the priority organization\'s case before the other (none breached)', async () => {
    const { items } = await t.call('queue.list', {});
    expect(items.map((i) => [i.channel, i.key, i.subject, i.waitingSince, i.priorityOrganization])).toEqual([
      ['phone', 'i1', 'Call from Pat Doe', '2026-03-02T15:30:00Z', true],
      ['voicemail', 'i2', 'Call me back about the invoice', '2026-03-02T13:00:00Z', false],
      // Acme Solar is a priority organization: its case goes first although the other waits longer.
      // (answered at 15:00, then the customer wrote again at 16:30)
      ['email', 'C-1001', 'Cannot log in', '2026-03-02T16:30:00Z', true],
      ['email', 'C-999', 'Invoice copy', '2026-03-01T09:00:00Z', false],
    ]);
    expect(items.every((i) => i.sla === null || i.sla.state !== 'breached')).toBe(true);
    expect(items[0]).toMatchObject({ organizationName: 'Acme Solar', contactName: 'Pat Doe', priority: 'P1', urgency: 'emergency', sla: null });
  });

  it('leave the queue when a case closes or an interaction is done', async () => {
    const raw = smallWorkspace();
    raw.cases[0]!.status = 'resolved';
    raw.interactions[0]!.state = 'done';
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect((await t.call('queue.list', {})).items.map((i) => i.key)).toEqual(['i2', 'C-999']);
  });
});

describe('session and agents', () => {
  beforeEach(() => {
    t = openTestCore();
  });

  it('has no session agent and an empty My queue in an empty workspace', async () => {
    expect(await t.call('session.get')).toEqual({ agent: null, chosen: false });
    expect(await t.call('queue.counts')).toEqual({ my: 0, unassigned: 0, 'our-turn': 0, aging: 0, all: 0 });
  });

  it('defaults to the first agent in import order, and remembers a choice as a device preference', async () => {
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    expect(await t.call('session.get')).toMatchObject({ agent: { id: 'a1' }, chosen: false });
    await t.call('session.setAgent', { agentId: 'a2' });
    expect((await t.call('session.get')).chosen).toBe(true);
    expect((await t.call('session.get')).agent).toEqual({
      id: 'a2', name: 'Agent Two', email: 'a2@example.com', role: 'lead', timeZone: 'Europe/Berlin', status: 'available',
    });
    // Choosing a lead's profile on a device is recorded in the audit list (docs/roles.md).
    expect(t.changes.at(-1)).toEqual(['session', 'audit']);
    const unknown = await t.core.dispatch('session.setAgent', { agentId: 'zz' });
    expect(unknown).toEqual({ ok: false, error: { code: 'not_found', message: 'no agent with id "zz"' } });
  });

  it('sets an agent status, announces it, and lists agents in import order', async () => {
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    const updated = await t.call('agents.setStatus', { agentId: 'a1', status: 'in_a_meeting' });
    expect(updated.status).toBe('in_a_meeting');
    expect(t.changes.at(-1)).toEqual(['agents', 'audit']);
    expect((await t.call('agents.list')).map((a) => [a.id, a.status])).toEqual([
      ['a1', 'in_a_meeting'],
      ['a2', 'available'],
    ]);
  });
});
