import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * Roles in the core (workflow.md "Roles and the handoff view", docs/roles.md): what only a lead may do
 * is refused for agents with nothing written, and every lead-only action and status change lands in
 * the audit list with who and when. The workspace: a1 Agent One (agent), a2 Agent Two (lead); C-1001
 * (k1) is a1's, C-999 (k2) is unassigned. The clock is the test core's (2026-03-02T15:00:00Z).
 */
const opened: TestCore[] = [];
async function workspace(as = 'a1'): Promise<TestCore> {
  const t = openTestCore({ alerts: false, sweep: false });
  opened.push(t);
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: as });
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

const snapshot = async (t: TestCore) => (await t.call('workspace.export')).content;
async function refused(t: TestCore, action: () => Promise<unknown>, message: RegExp) {
  const before = await snapshot(t);
  await expect(action()).rejects.toThrow(message);
  expect(await snapshot(t)).toBe(before);
}
const auditAs = async (t: TestCore) => {
  await t.call('session.setAgent', { agentId: 'a2' });
  return (await t.call('audit.list', {})).entries;
};

describe('reassigning a case that has an owner', () => {
  it("is refused for an agent, even their own case, and nothing changes", async () => {
    const t = await workspace('a1');
    await refused(t, () => t.call('cases.update', { id: 'k1', set: { assignee: 'a2' } }), /assignee: only a lead reassigns a case that has an owner \(C-1001 is Agent One's; Agent One is an agent\)/);
    await refused(t, () => t.call('cases.update', { id: 'k1', set: { assignee: null } }), /only a lead reassigns/);
    await refused(t, () => t.call('cases.update', { id: 'k1', set: { assignee: { teamId: 'dev' } } }), /only a lead reassigns/);
    expect((await t.call('cases.get', { id: 'k1' })).assignee?.id).toBe('a1');
  });

  it('is done by a lead, recorded with who and when', async () => {
    const t = await workspace('a2');
    t.clock.advanceTo(Date.parse('2026-03-02T16:00:00Z'));
    const c = await t.call('cases.update', { id: 'k1', set: { assignee: 'a2' } });
    expect(c.assignee?.id).toBe('a2');
    const [entry] = (await t.call('audit.list', {})).entries;
    expect(entry).toMatchObject({ at: '2026-03-02T16:00:00Z', by: 'a2', byName: 'Agent Two', action: 'case.reassign', subject: 'k1', detail: { key: 'C-1001', from: 'a1', to: 'a2' } });
  });
});

describe('unassigned work', () => {
  it('an agent takes it for themselves, but may not give it to a colleague', async () => {
    const t = await workspace('a1');
    await refused(t, () => t.call('cases.update', { id: 'k2', set: { assignee: 'a2' } }), /only a lead or today's queue monitor assigns unassigned work to others \(nobody is on queue monitor duty today; Agent One is an agent\)/);
    expect((await t.call('cases.update', { id: 'k2', set: { assignee: 'a1' } })).assignee?.id).toBe('a1');
  });

  it("the agent on queue monitor duty that day may assign it to others; not on another day", async () => {
    const t = await workspace('a2');
    await t.call('team.setQueueMonitor', { day: '2026-03-02', agentId: 'a1' });
    expect((await t.call('team.getQueueMonitor', {})).agent?.id).toBe('a1');
    await t.call('session.setAgent', { agentId: 'a1' });
    expect((await t.call('cases.update', { id: 'k2', set: { assignee: 'a2' } })).assignee?.id).toBe('a2');
    const entries = await auditAs(t);
    expect(entries.find((e) => e.action === 'case.assign')).toMatchObject({ by: 'a1', action: 'case.assign', subject: 'k2', detail: { to: 'a2', as: 'queue monitor' } });
    expect(entries.find((e) => e.action === 'team.queueMonitor')).toMatchObject({ by: 'a2', subject: 'a1', detail: { day: '2026-03-02' } });

    // The next day (in the team calendar's zone) the duty is over.
    const u = await workspace('a2');
    await u.call('team.setQueueMonitor', { day: '2026-03-02', agentId: 'a1' });
    await u.call('session.setAgent', { agentId: 'a1' });
    u.clock.advanceTo(Date.parse('2026-03-03T15:00:00Z'));
    await refused(u, () => u.call('cases.update', { id: 'k2', set: { assignee: 'a2' } }), /today's queue monitor/);
  });

  it('a new case given straight to a colleague follows the same rule: refused for an agent, recorded for a lead', async () => {
    const t = await workspace('a1');
    await refused(
      t,
      () => t.call('cases.create', { type: 'bug', subject: 'Export fails', priority: 'P6', assignee: 'a2' }),
      /cases.create: assignee: only a lead or today's queue monitor assigns unassigned work to others \(nobody is on queue monitor duty today; Agent One is an agent\)/,
    );
    // For themselves, or for a team, an agent still creates cases.
    expect((await t.call('cases.create', { type: 'bug', subject: 'Mine', priority: 'P6', assignee: 'me' })).case.assignee?.id).toBe('a1');
    expect((await t.call('cases.create', { type: 'bug', subject: 'The team', priority: 'P6' })).case.assignee).toBeNull();

    await t.call('session.setAgent', { agentId: 'a2' });
    const { case: c } = await t.call('cases.create', { type: 'bug', subject: 'For Agent One', priority: 'P6', assignee: 'a1' });
    expect(c.assignee?.id).toBe('a1');
    expect((await t.call('audit.list', {})).entries.find((e) => e.action === 'case.assign')).toMatchObject({ by: 'a2', subject: c.id, detail: { key: c.key, to: 'a1' } });
  });

  it('only a lead names the queue monitor', async () => {
    const t = await workspace('a1');
    await expect(t.call('team.setQueueMonitor', { day: '2026-03-02', agentId: 'a1' })).rejects.toThrow(/team.setQueueMonitor: only a lead may do this \(Agent One is an agent\)/);
    expect((await t.call('team.getQueueMonitor', { day: '2026-03-02' })).agent).toBeNull();
  });
});

describe('a new case split from an old one', () => {
  it("an agent's split waits for a lead, who approves it with a note on the case; recorded", async () => {
    const t = await workspace('a1');
    t.clock.advanceTo(Date.parse('2026-03-02T16:00:00Z'));
    const { case: split } = await t.call('cases.split', { id: 'k1', type: 'request_for_service', subject: 'A second question' });
    expect(split.splitApproval).toMatchObject({ state: 'pending', from: { key: 'C-1001' }, requestedBy: { id: 'a1', name: 'Agent One' }, requestedAt: '2026-03-02T16:00:00Z', approvedBy: null });

    // The agent cannot approve it, and nothing changes.
    await refused(t, () => t.call('cases.approveSplit', { id: split.id, note: 'fine' }), /cases.approveSplit: only a lead may do this \(Agent One is an agent\)/);

    await t.call('session.setAgent', { agentId: 'a2' });
    t.clock.advanceTo(Date.parse('2026-03-02T16:30:00Z'));
    const approved = await t.call('cases.approveSplit', { id: split.id, note: 'Separate request: the export question is its own case.' });
    expect(approved.splitApproval).toMatchObject({ state: 'approved', approvedBy: { id: 'a2', name: 'Agent Two' }, approvedAt: '2026-03-02T16:30:00Z', note: 'Separate request: the export question is its own case.' });
    // The approved case carries the lead's note (SOP 04).
    expect(approved.timeline.at(-1)).toMatchObject({ kind: 'internal_note', byId: 'a2', body: 'Split approved by Agent Two: Separate request: the export question is its own case.' });
    const entries = (await t.call('audit.list', {})).entries;
    expect(entries.filter((e) => e.action.startsWith('case.split')).map((e) => [e.action, e.by, e.detail.key])).toEqual([
      ['case.splitApprove', 'a2', split.key],
      ['case.split', 'a1', split.key],
    ]);
    // Once is enough; a case that is no split has nothing to approve.
    await refused(t, () => t.call('cases.approveSplit', { id: split.id, note: 'again' }), /is approved already \(by Agent Two\)/);
    await refused(t, () => t.call('cases.approveSplit', { id: 'k2', note: 'x' }), /C-999 was not split from another case/);
    // The approval travels in the interchange file, on the new case.
    const file = JSON.parse(await snapshot(t)) as { cases: { key: string; splitApproval?: unknown }[] };
    expect(file.cases.find((c) => c.key === split.key)?.splitApproval).toMatchObject({ state: 'approved', approvedBy: 'a2', approvedAt: '2026-03-02T16:30:00Z' });
  });

  it("a lead's own split is approved as it is made; a configuration case needs no approval", async () => {
    const t = await workspace('a2');
    const { case: split } = await t.call('cases.split', { id: 'k1', type: 'request_for_service', subject: 'Another request' });
    expect(split.splitApproval).toMatchObject({ state: 'approved', approvedBy: { id: 'a2' }, note: null });
    const { case: config } = await t.call('cases.split', { id: 'k1', type: 'admin_task', subject: 'Configure SSO', as: 'needs_config' });
    expect(config.splitApproval).toBeNull();
  });
});

describe('agent status', () => {
  it("an agent cannot set a colleague's status; their own, yes, recorded", async () => {
    const t = await workspace('a1');
    await refused(t, () => t.call('agents.setStatus', { agentId: 'a2', status: 'on_leave' }), /an agent sets only their own status/);
    t.clock.advanceTo(Date.parse('2026-03-02T17:00:00Z'));
    await t.call('agents.setStatus', { agentId: 'a1', status: 'in_a_meeting' });
    const entries = await auditAs(t);
    expect(entries.find((e) => e.action === 'agent.status')).toMatchObject({ at: '2026-03-02T17:00:00Z', by: 'a1', subject: 'a1', detail: { from: 'available', to: 'in_a_meeting' } });
  });

  it("a lead sets anyone's; end of day sets the agent using the device Unavailable", async () => {
    const t = await workspace('a2');
    expect((await t.call('agents.setStatus', { agentId: 'a1', status: 'on_leave' })).status).toBe('on_leave');
    expect((await t.call('team.endOfDay', {})).status).toBe('unavailable');
    const entries = (await t.call('audit.list', {})).entries.filter((e) => e.action === 'agent.status');
    expect(entries.map((e) => [e.by, e.subject, e.detail.to])).toEqual([
      ['a2', 'a2', 'unavailable'],
      ['a2', 'a1', 'on_leave'],
    ]);
  });

  it('off-queue time is approved by a lead: Unavailable, recorded with the reason', async () => {
    const t = await workspace('a1');
    await refused(t, () => t.call('team.approveOffQueue', { agentId: 'a1', until: '2026-03-02T19:00:00Z', reason: 'backlog' }), /only a lead may do this/);
    await t.call('session.setAgent', { agentId: 'a2' });
    expect((await t.call('team.approveOffQueue', { agentId: 'a1', until: '2026-03-02T19:00:00Z', reason: 'backlog' })).status).toBe('unavailable');
    expect((await t.call('audit.list', {})).entries[0]).toMatchObject({ by: 'a2', action: 'team.offQueue', subject: 'a1', detail: { until: '2026-03-02T19:00:00Z', reason: 'backlog' } });
  });
});

describe('the audit list', () => {
  it('is for leads only, newest first, paged back with before', async () => {
    const t = await workspace('a1');
    await expect(t.call('audit.list', {})).rejects.toThrow(/audit.list: only a lead may do this/);
    await t.call('session.setAgent', { agentId: 'a2' });
    for (const status of ['in_a_meeting', 'available', 'unavailable'] as const) await t.call('agents.setStatus', { agentId: 'a1', status });
    const page = (await t.call('audit.list', { limit: 2 })).entries;
    expect(page.map((e) => e.detail.to)).toEqual(['unavailable', 'available']);
    const next = (await t.call('audit.list', { limit: 2, before: page[1]!.seq })).entries;
    expect(next[0]!.detail.to).toBe('in_a_meeting');
  });

  it('records the lead-only settings saves', async () => {
    const t = await workspace('a2');
    await t.call('workflow.saveReleases', { releases: [{ id: 'r42', name: '4.2', date: '2026-03-05' }] });
    const sla = await t.call('settings.getSla', {});
    await t.call('settings.setSla', { policy: sla.policy, calendar: { ...sla.calendar, holidays: ['2026-12-25'] } });
    const actions = (await t.call('audit.list', {})).entries.map((e) => [e.action, e.by]);
    expect(actions).toContainEqual(['settings.sla', 'a2']);
    expect(actions).toContainEqual(['settings.workflow', 'a2']);
  });
});

describe('agent profiles', () => {
  it('an agent adds an agent profile, not a lead one (a lead does); the first lead needs nobody', async () => {
    const t = await workspace('a1');
    const made = await t.call('agents.create', { name: 'Noor Haddad', email: 'noor@example.com', role: 'agent', timeZone: 'Asia/Dubai' });
    expect(made).toMatchObject({ name: 'Noor Haddad', role: 'agent', status: 'available', timeZone: 'Asia/Dubai' });
    await refused(t, () => t.call('agents.create', { name: 'Mo Lead', role: 'lead', timeZone: 'Europe/London' }), /agents.create: role: a lead profile: only a lead may do this/);
    await expect(t.call('agents.create', { name: 'X', timeZone: 'Mars/Olympus' })).rejects.toThrow(/timeZone: expected an IANA time zone/);
    await expect(t.call('agents.create', { name: 'Again', email: 'NOOR@example.com', timeZone: 'UTC' })).rejects.toThrow(/email: NOOR@example.com is already Noor Haddad's profile/);

    const empty = openTestCore({ alerts: false, sweep: false });
    opened.push(empty);
    await empty.call('workspace.startEmpty', {});
    const lead = await empty.call('agents.create', { name: 'First Lead', role: 'lead', timeZone: 'Europe/London' });
    expect(lead.role).toBe('lead');
  });
});

describe('the team board', () => {
  it("shows every agent's status, schedule today in their zone, open items and the queue monitor; leads only", async () => {
    const t = await workspace('a2');
    await t.call('team.setQueueMonitor', { day: '2026-03-02', agentId: 'a1' });
    // 2026-03-02 is a Monday; a1 works 07:00-13:00 in Chicago (13:00-19:00 UTC).
    const board = await t.call('team.board', { at: '2026-03-02T15:00:00Z' });
    const a1 = board.agents.find((a) => a.agent.id === 'a1')!;
    expect(a1).toMatchObject({ day: '2026-03-02', schedule: [['07:00', '13:00']], onShift: true, queueMonitor: true });
    expect(a1.openItems).toBeGreaterThan(0);
    expect(board.queueMonitor).toEqual({ id: 'a1', name: 'Agent One' });
    await t.call('session.setAgent', { agentId: 'a1' });
    await expect(t.call('team.board', {})).rejects.toThrow(/team.board: only a lead may do this/);
  });
});
