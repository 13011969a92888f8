import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../support/fakeClock';
import { HANDOFF_NOW, handoffWorkspace } from '../../support/handoffFixture';
import { openTestCore, type TestCore } from '../../support/testCore';

/**
 * The handoff before leave in the core (docs/handoff.md): the sheet's cases, deadlines and proposed
 * owners, the draft, the one-step approval (refusals write nothing), the audit list and the welcome
 * back. Luis (a1, London) is on leave Monday 9 to Friday 13 March 2026; Mubeen (a2) leads.
 */
const opened: TestCore[] = [];
async function workspace(as = 'a2'): Promise<TestCore> {
  const t = openTestCore({ alerts: false, sweep: false, clock: createFakeClock(Date.parse(HANDOFF_NOW)) });
  opened.push(t);
  await t.call('workspace.import', { content: JSON.stringify(handoffWorkspace()) });
  await t.call('session.setAgent', { agentId: as });
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

const leave = { agentId: 'a1', from: '2026-03-09', to: '2026-03-13' } as const;
const snapshot = async (t: TestCore) => (await t.call('workspace.export')).content;
async function refused(t: TestCore, action: () => Promise<unknown>, message: RegExp) {
  const before = await snapshot(t);
  await expect(action()).rejects.toThrow(message);
  expect(await snapshot(t)).toBe(before);
}

describe('the handoff sheet', () => {
  it("lists every case of the agent not closed, with its SLA at the leave's start and every deadline inside the leave", async () => {
    const t = await workspace();
    const sheet = await t.call('handoff.sheet', leave);
    expect(sheet).toMatchObject({ start: '2026-03-09T00:00:00Z', end: '2026-03-14T00:00:00Z', calendarTimeZone: 'America/Chicago' });
    // Most urgent first (the first deadline inside the leave): C-103's agreed update warns early on
    // Monday, C-102 closes Monday 09:00 CDT, C-101 warns Tuesday 09:30 CDT.
    expect(sheet.cases.map((c) => c.key)).toEqual(['C-103', 'C-102', 'C-101']);
    const [k3, k2, k1] = sheet.cases;
    expect(k2!.deadlines).toEqual([{ kind: 'closure', at: '2026-03-09T14:00:00Z', label: 'Closes (7 days after resolution)' }]);
    expect(k2!.sla).toBeNull();
    expect(k1!.sla).toMatchObject({ class: 'first_response', state: 'ok', deadline: '2026-03-10T15:00:00Z' });
    expect(k1!.deadlines.map((d) => [d.kind, d.at])).toContainEqual(['sla_deadline', '2026-03-10T15:00:00Z']);
    // The agreed update is the SLA deadline too: listed once. The need-by date is the leave's last day.
    expect(k3!.sla).toMatchObject({ class: 'agreed', deadline: '2026-03-10T20:00:00Z' });
    expect(k3!.deadlines.map((d) => d.kind)).toEqual(['sla_warning', 'agreed_update', 'need_by']);
    expect(sheet.email.body).toContain('Due while away: Agreed next update Tue 10 Mar 15:00 (America/Chicago)');
    expect(sheet.email.body).toContain('Due while away: Need-by date Fri 13 Mar');
  });

  it('proposes owners from the load and schedules: nobody On leave, off shift all leave, or the leaving agent', async () => {
    const t = await workspace();
    const sheet = await t.call('handoff.sheet', leave);
    const why = Object.fromEntries(sheet.candidates.map((c) => [c.id, c.why]));
    expect(why).toMatchObject({ a2: null, a3: null, a4: 'On leave now', a5: 'No shift during the leave', a6: null });
    expect(sheet.candidates.some((c) => c.id === 'a1')).toBe(false);
    // Ana has a case already: Dev and Mubeen take the first two, the third goes to whoever has least then.
    const owners = sheet.cases.map((c) => c.suggestedOwner);
    expect(owners.every((o) => o === 'a2' || o === 'a3' || o === 'a6')).toBe(true);
    expect(owners.filter((o) => o === 'a3').length).toBeLessThanOrEqual(1);
    expect(sheet.email.subject).toBe('Handoff: Luis Ortega, on leave 2026-03-09 to 2026-03-13 (3 cases)');
    expect(sheet.email.to).toContain('ana@example.com');
  });

  it('refuses a leave that ends before it starts and an unknown agent', async () => {
    const t = await workspace();
    await expect(t.call('handoff.sheet', { ...leave, from: '2026-03-13', to: '2026-03-09' })).rejects.toThrow('handoff.sheet: to: the leave ends (2026-03-09) before it starts (2026-03-13)');
    await expect(t.call('handoff.sheet', { ...leave, agentId: 'nobody' })).rejects.toThrow('not_found: handoff.sheet: agentId: no agent with id "nobody"');
  });

  it('keeps the draft per agent and leave: notes, owners, the leave checklist (leads only)', async () => {
    const t = await workspace();
    const saved = await t.call('handoff.saveDraft', { ...leave, notes: { k1: 'Cleared cache, asked for a HAR file.' }, owners: { k1: 'a3' }, checklist: { bin_cleared: true } });
    expect(saved.cases.find((c) => c.id === 'k1')).toMatchObject({ note: 'Cleared cache, asked for a HAR file.', owner: 'a3' });
    expect(saved.checklist).toEqual({ bin_cleared: true, follow_ups_sent: false, call_diversion_set: false, team_email_sent: false });
    expect(saved.email.body).toContain('Validation done so far: Cleared cache, asked for a HAR file.');
    // Another leave of the same agent has its own draft.
    expect((await t.call('handoff.sheet', { ...leave, to: '2026-03-10' })).checklist.bin_cleared).toBe(false);
    await t.call('session.setAgent', { agentId: 'a3' });
    await refused(t, () => t.call('handoff.saveDraft', { ...leave, checklist: { call_diversion_set: true } }), /handoff.saveDraft: only a lead may do this \(Ana Silva is an agent\)/);
  });
});

describe('approving a handoff', () => {
  it('reassigns every case at once, each on its timeline with the note and in the audit list', async () => {
    const t = await workspace();
    const { reassigned, sheet } = await t.call('handoff.approve', { ...leave, owners: { k1: 'a3', k2: 'a6', k3: 'a6' }, notes: { k1: 'Cleared cache.' } });
    expect(reassigned.map((r) => [r.key, r.to])).toEqual([['C-101', 'a3'], ['C-102', 'a6'], ['C-103', 'a6']]);
    expect(sheet.approved).toMatchObject({ at: '2026-03-06T23:00:00Z', by: 'a2', byName: 'Mubeen Khan', cases: 3 });
    expect(sheet.cases).toEqual([]); // Luis owns none any more
    const k1 = await t.call('cases.get', { id: 'k1' });
    expect(k1.assignee?.id).toBe('a3');
    const entry = k1.timeline.at(-1)!;
    expect(entry).toMatchObject({ kind: 'assignment', byId: 'a2', from: 'a1', to: 'a3' });
    expect(entry.body).toBe("Handed off to Ana Silva for Luis Ortega's leave (2026-03-09 to 2026-03-13), approved by Mubeen Khan. Validation done so far: Cleared cache.");
    const audit = (await t.call('audit.list', {})).entries;
    expect(audit[0]).toMatchObject({ action: 'handoff.approve', by: 'a2', subject: 'a1', detail: { from: '2026-03-09', to: '2026-03-13' } });
    expect(audit.filter((e) => e.action === 'case.reassign').map((e) => e.subject).sort()).toEqual(['k1', 'k2', 'k3']);
    // The proposal no longer offers those owners' leave-free status only: Luis is on leave in that window for a later sheet.
    const other = await t.call('handoff.sheet', { agentId: 'a3', from: '2026-03-10', to: '2026-03-11' });
    expect(other.candidates.find((c) => c.id === 'a1')!.why).toBe('On leave 2026-03-09 to 2026-03-13');
  });

  it('is all or nothing: each refusal names its reason and reassigns nothing', async () => {
    const t = await workspace();
    const ok = { k1: 'a3', k2: 'a6' };
    await refused(t, () => t.call('handoff.approve', { ...leave, owners: { ...ok, k3: 'a4' } }), /owners\.k3: Ben Ode cannot take C-103 \(On leave now\)/);
    await refused(t, () => t.call('handoff.approve', { ...leave, from: '2026-03-13', to: '2026-03-09', owners: ok }), /to: the leave ends \(2026-03-09\) before it starts/);
    await refused(t, () => t.call('handoff.approve', { ...leave, agentId: 'zz', owners: ok }), /agentId: no agent with id "zz"/);
    await refused(t, () => t.call('handoff.approve', { ...leave, owners: { ...ok, k5: 'a6' } }), /owners\.k5: C-105 is not Luis Ortega's case any more/);
    await refused(t, () => t.call('handoff.approve', { ...leave, owners: { ...ok, k3: 'a1' } }), /owners\.k3: C-103 cannot go to Luis Ortega, who is the one on leave/);
    // A lead approving their own handoff.
    await refused(t, () => t.call('handoff.approve', { agentId: 'a2', from: '2026-03-09', to: '2026-03-13', owners: { k5: 'a6' } }), /an agent approving their own handoff/);
    // An agent may not approve.
    await t.call('session.setAgent', { agentId: 'a3' });
    await refused(t, () => t.call('handoff.approve', { ...leave, owners: ok }), /only a lead may do this/);
    await t.call('session.setAgent', { agentId: 'a2' });
    expect((await t.call('handoff.sheet', leave)).cases).toHaveLength(3);
  });

  it('refuses a new owner whose own approved leave overlaps the window', async () => {
    const t = await workspace();
    await t.call('handoff.approve', { agentId: 'a3', from: '2026-03-12', to: '2026-03-20', owners: { k5: 'a6' } });
    await refused(t, () => t.call('handoff.approve', { ...leave, owners: { k1: 'a3' } }), /owners\.k1: Ana Silva cannot take C-101 \(On leave 2026-03-12 to 2026-03-20\)/);
  });
});

describe('welcome back', () => {
  it('tells the returning agent what happened to their handed-off cases, once', async () => {
    const t = await workspace();
    await t.call('handoff.approve', { ...leave, owners: { k1: 'a3', k2: 'a6', k3: 'a6' }, notes: {} });
    // Before the leave: nothing to show yet.
    expect((await t.call('handoff.welcomeBack', { agentId: 'a1' })).due).toBe(false);
    // During the leave Ana answers C-101 and sets it Pending Input; C-103's agreed update passes unanswered.
    t.clock.advanceTo(Date.parse('2026-03-10T14:00:00Z'));
    await t.call('session.setAgent', { agentId: 'a3' });
    await t.call('cases.reply', { id: 'k1', body: 'Could you send a HAR file?' });
    await t.call('cases.setStatus', { id: 'k1', status: 'pending_input' });
    // Luis is back on Monday the 16th.
    t.clock.advanceTo(Date.parse('2026-03-16T09:00:00Z'));
    await t.call('session.setAgent', { agentId: 'a1' });
    const back = await t.call('handoff.welcomeBack', {});
    expect(back).toMatchObject({ due: true, handoff: { from: '2026-03-09', to: '2026-03-13', approvedBy: 'a2' }, since: '2026-03-09T00:00:00Z' });
    const byKey = Object.fromEntries(back.cases.map((c) => [c.key, c]));
    expect(byKey['C-101']).toMatchObject({ status: 'pending_input', owner: { id: 'a3', name: 'Ana Silva' }, replies: 1, statusChanges: [{ from: 'assigned', to: 'pending_input' }] });
    expect(byKey['C-103']).toMatchObject({ owner: { id: 'a6', name: 'Dev Rao' }, replies: 0, breached: true });
    await t.call('handoff.welcomeSeen', {});
    expect((await t.call('handoff.welcomeBack', {})).due).toBe(false);
  });

  it('counts a deadline that passed while away as breached, though a late reply moved the timer on', async () => {
    const t = await workspace();
    await t.call('handoff.approve', { ...leave, owners: { k1: 'a3', k2: 'a6', k3: 'a6' }, notes: {} });
    // C-101's first response was due Tuesday 10:00 CDT; Ana answers on Wednesday, then sets it Pending Input.
    t.clock.advanceTo(Date.parse('2026-03-11T14:00:00Z'));
    await t.call('session.setAgent', { agentId: 'a3' });
    await t.call('cases.reply', { id: 'k1', body: 'Sorry for the wait: could you send a HAR file?' });
    await t.call('cases.setStatus', { id: 'k1', status: 'pending_input' });
    t.clock.advanceTo(Date.parse('2026-03-16T09:00:00Z'));
    await t.call('session.setAgent', { agentId: 'a1' });
    const back = await t.call('handoff.welcomeBack', {});
    const c101 = back.cases.find((c) => c.key === 'C-101');
    expect(c101).toMatchObject({ status: 'pending_input', replies: 1, breached: true });
  });
});
