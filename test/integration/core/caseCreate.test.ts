import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * cases.create (workflow.md "Types, default statuses and priorities", sla.md 6 need-by): each type's
 * status, team and need-by date; a priority the type does not offer refused with nothing written; a
 * case created from a voicemail, prefilled from it and the voicemail filed into it. The fake clock
 * starts Monday 2026-03-02 14:00 UTC: 08:00 that day in the calendar's zone (America/Chicago).
 */
const opened: TestCore[] = [];
async function workspace(): Promise<TestCore> {
  const t = openTestCore({ alerts: false });
  opened.push(t);
  const file = {
    ...smallWorkspace(),
    releases: [
      { id: 'r43', name: '4.3', date: '2026-03-19' },
      { id: 'r42', name: '4.2', date: '2026-03-05' },
      { id: 'r41', name: '4.1', date: '2026-02-20' },
    ],
  };
  await t.call('workspace.import', { content: JSON.stringify(file) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

async function exported(t: TestCore) {
  return JSON.parse((await t.call('workspace.export')).content) as { cases: Record<string, unknown>[]; events: unknown[]; interactions: Record<string, unknown>[] };
}

describe('cases.create: each type with its defaults', () => {
  it('a Request for Service: New, the support team, needed by tomorrow (the team\'s day), the assignment on the timeline, then the rules', async () => {
    const t = await workspace();
    const { case: c, team, needBy, escalation } = await t.call('cases.create', { type: 'request_for_service', subject: 'How do I export OKRs?', priority: 'P5', reporterId: 'c1' });
    // o1 is a priority organization: the rule raises the P5 chosen to P4 High, and says so on the timeline.
    expect(c).toMatchObject({ key: 'C-1003', status: 'new', priority: 'P4', assignee: null, organization: { id: 'o1' }, reporter: { id: 'c1' } });
    expect(team?.name).toBe('Support team');
    expect(needBy).toBe('2026-03-03');
    expect(escalation).toBeNull();
    expect(c.timeline.map((e) => [e.kind, e.body])).toEqual([
      ['assignment', 'Assigned to Support team'],
      ['rule', 'Priority organization: priority raised to at least P4 High (priority P5 Medium -> P4 High)'],
    ]);
    expect((await exported(t)).cases.find((r) => r.key === 'C-1003')).toMatchObject({ teamId: 'support', needBy: '2026-03-03' });
  });

  it('an escalated Request for Service (P3) goes to the shift leads; "me" assigns the agent using this device', async () => {
    const t = await workspace();
    expect((await t.call('cases.create', { type: 'request_for_service', subject: 'Escalation', priority: 'P3' })).team?.id).toBe('shift-leads');
    const mine = await t.call('cases.create', { type: 'request_for_service', subject: 'Replying now', priority: 'P6', assignee: 'me' });
    expect(mine.case.assignee).toEqual({ id: 'a1', name: 'Agent One' });
    expect(mine.team).toBeNull();
    expect(mine.case.timeline.at(-1)).toMatchObject({ kind: 'assignment', to: 'a1', byId: 'a1' });
  });

  it('an Admin Task: Assigned, the admin task team, needed in two days', async () => {
    const t = await workspace();
    const r = await t.call('cases.create', { type: 'admin_task', subject: 'Upgrade to trial', priority: 'P2', adminTaskType: 'Trial upgrade' });
    expect(r.case.status).toBe('assigned');
    expect(r.team?.id).toBe('admin-tasks');
    expect(r.needBy).toBe('2026-03-04');
    expect(r.escalation).toEqual({ teamId: 'dev', template: 'acknowledgement' });
    expect((await exported(t)).cases.find((c) => c.id === r.case.id)).toMatchObject({ adminTaskType: 'Trial upgrade' });
  });

  it('an Enhancement and a Bug: Pending Product / Pending Development, needed by the next release only at P1/P2', async () => {
    const t = await workspace();
    const urgent = await t.call('cases.create', { type: 'enhancement', subject: 'Bulk edit', priority: 'P1' });
    expect([urgent.case.status, urgent.team?.id, urgent.needBy]).toEqual(['pending_product', 'product', '2026-03-05']);
    const later = await t.call('cases.create', { type: 'enhancement', subject: 'Dark mode', priority: 'P3' });
    expect(later.needBy).toBeNull();
    const bug = await t.call('cases.create', { type: 'bug', subject: 'Export fails', priority: 'P2', possibleTestimonial: true });
    expect([bug.case.status, bug.team?.id, bug.needBy]).toEqual(['pending_development', 'dev', '2026-03-05']);
    expect(bug.escalation).not.toBeNull();
    // After the 4.2 release day the next one is 4.3.
    t.clock.advanceTo(Date.parse('2026-03-06T15:00:00Z'));
    expect((await t.call('cases.create', { type: 'bug', subject: 'Login loop', priority: 'P1' })).needBy).toBe('2026-03-19');
  });

  it('counts the day in the calendar\'s time zone, not UTC', async () => {
    const t = await workspace();
    // 03:00 UTC on Tuesday is still Monday 21:00 in Chicago.
    t.clock.advanceTo(Date.parse('2026-03-03T03:00:00Z'));
    expect((await t.call('cases.create', { type: 'request_for_service', subject: 'Late question', priority: 'P6' })).needBy).toBe('2026-03-03');
  });

  it('a description typed in for a customer opens the timeline as their message', async () => {
    const t = await workspace();
    const r = await t.call('cases.create', { type: 'bug', subject: 'Error 500', description: 'I get an error when saving.', priority: 'P3', reporterId: 'c2' });
    expect(r.case.timeline.map((e) => e.kind)).toEqual(['inbound', 'assignment']);
    expect(r.case.timeline[0]!.body).toBe('I get an error when saving.');
  });
});

describe('cases.create: refusals write nothing', () => {
  it('a priority the type does not offer is refused naming the field and the offered ones', async () => {
    const t = await workspace();
    const before = await exported(t);
    const r = await t.core.dispatch('cases.create', { type: 'request_for_service', subject: 'Outage', priority: 'P1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toBe('cases.create: priority: a Request for Service offers P3 Very High, P4 High, P5 Medium, P6 Low, not P1');
    expect(await exported(t)).toEqual(before);
  });

  it('an unknown team, reporter or agent, or an agent on leave, is refused and nothing is written', async () => {
    const t = await workspace();
    // Agent Two (a lead) sets their own status; Agent One goes on using this device.
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('agents.setStatus', { agentId: 'a2', status: 'on_leave' });
    await t.call('session.setAgent', { agentId: 'a1' });
    const before = await exported(t);
    const refusals: [object, string][] = [
      [{ assignee: { teamId: 'qa' } }, 'assignee.teamId: no team with id "qa"'],
      [{ reporterId: 'nobody' }, 'reporterId: no contact'],
      [{ assignee: 'a9' }, 'assignee: no agent with id "a9"'],
      [{ assignee: 'a2' }, 'Agent Two is On leave'],
    ];
    for (const [extra, message] of refusals) {
      const r = await t.core.dispatch('cases.create', { type: 'bug', subject: 'X', priority: 'P3', ...extra });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(message);
    }
    const noSubject = await t.core.dispatch('cases.create', { type: 'bug', priority: 'P3' });
    expect(!noSubject.ok && noSubject.error.message).toContain('subject');
    expect(await exported(t)).toEqual(before);
  });
});

describe('cases.create from an interaction', () => {
  it('from a voicemail: prefilled from it, the voicemail filed into the new case first on its timeline', async () => {
    const t = await workspace();
    const r = await t.call('cases.create', { type: 'admin_task', priority: 'P6', fromInteractionId: 'i2' });
    expect(r.case).toMatchObject({
      subject: 'Call me back about the invoice',
      channel: 'voicemail',
      channels: ['voicemail'],
      reporter: { id: 'c2' },
      organization: { id: 'o2' },
      status: 'assigned',
      createdAt: '2026-03-02T13:00:00Z',
    });
    expect(r.case.timeline.map((e) => e.kind)).toEqual(['voicemail', 'assignment']);
    const detail = await t.call('interactions.get', { id: 'i2' });
    expect(detail).toMatchObject({ state: 'done', case: { id: r.case.id } });
    // Filed once: a second case from it is refused.
    const again = await t.core.dispatch('cases.create', { type: 'admin_task', priority: 'P6', fromInteractionId: 'i2' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('teams.list and releases.list', () => {
  it('the five default teams until a lead keeps others; releases by date', async () => {
    const t = await workspace();
    expect((await t.call('teams.list')).map((x) => x.name)).toEqual(['Support team', 'Admin task team', 'Product team', 'Dev team', 'Shift leads']);
    expect((await t.call('releases.list')).map((r) => r.name)).toEqual(['4.1', '4.2', '4.3']);
  });
});
