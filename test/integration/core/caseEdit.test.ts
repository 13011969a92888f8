import { afterEach, describe, expect, it } from 'vitest';
import { NEEDS_CONFIG_BY_HAND_REMINDER } from '../../../shared/rules/defaultRules';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * Editing a case in place, linking, splitting and re-filing (workflow.md "Case", "Rules"): each one
 * unit of work with its timeline entries and the rules run again; a refusal names the field and
 * writes nothing. The workspace: C-1001 (k1, Bug P3, priority organization o1, paid with 12
 * licenses), C-999 (k2, Admin Task, o2), C-1002 (k3, closed).
 */
const opened: TestCore[] = [];
async function workspace(): Promise<TestCore> {
  const t = openTestCore({ alerts: false });
  opened.push(t);
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

/** Everything stored, to show a refused action wrote nothing. */
async function snapshot(t: TestCore): Promise<string> {
  return (await t.call('workspace.export')).content;
}

async function refused(t: TestCore, action: () => Promise<unknown>, message: RegExp) {
  const before = await snapshot(t);
  await expect(action()).rejects.toThrow(message);
  expect(await snapshot(t)).toBe(before);
}

describe('cases.update: fields in place', () => {
  it('records each changed field on the timeline, and an assignment for the assignee', async () => {
    const t = await workspace();
    // Moving a case that has an owner to a team is a lead's (docs/roles.md): Agent Two is the lead.
    await t.call('session.setAgent', { agentId: 'a2' });
    const c = await t.call('cases.update', { id: 'k1', set: { priority: 'P2', labels: ['EB', 'sso'], item: 'Payroll', assignee: { teamId: 'dev' }, subject: 'Cannot log in' } });
    expect(c).toMatchObject({ priority: 'P2', labels: ['EB', 'sso'], item: 'Payroll', assignee: null, team: { id: 'dev', name: 'Dev team' } });
    // The fixture's five entries are seq 1-5; what the edit recorded follows.
    const added = c.timeline.filter((e) => e.seq > 5).map((e) => [e.kind, e.body]);
    expect(added).toEqual([
      ['field', 'Priority: P3 Very High -> P2 Blocker'],
      ['field', 'Labels: EB -> EB, sso'],
      ['field', 'Item: none -> Payroll'],
      ['assignment', 'Assigned to Dev team'],
    ]);
    const watched = await t.call('cases.update', { id: 'k1', set: { watchers: ['a2'], participants: ['c2'] } });
    expect(watched.timeline.filter((e) => e.kind === 'field' && e.seq > 9).map((e) => e.body)).toEqual(['Watchers: none -> Agent Two', 'Request participants: none -> Sam Roe']);
    // The subject was given unchanged: nothing recorded for it.
    expect(c.timeline.filter((e) => e.body?.startsWith('Subject'))).toEqual([]);
  });

  it('runs the rules on the result: a case moved to a priority organization is raised, and says why', async () => {
    const t = await workspace();
    const c = await t.call('cases.update', { id: 'k2', set: { organizationId: 'o1', priority: 'P6' } });
    // An Admin Task offers P1, P2, P6: at least P4 is P2.
    expect(c.priority).toBe('P2');
    expect(c.timeline.at(-1)).toMatchObject({ kind: 'rule', body: 'Priority organization: priority raised to at least P4 High (priority P6 Low -> P2 Blocker)' });
  });

  it('refuses, naming the field, and writes nothing: a priority the type does not offer, an unknown agent, a closed case', async () => {
    const t = await workspace();
    await refused(t, () => t.call('cases.update', { id: 'k2', set: { priority: 'P4' } }), /priority: Admin Task offers .*P1.*P2.*P6.*not P4/);
    await refused(t, () => t.call('cases.update', { id: 'k1', set: { type: 'admin_task' } }), /type: Admin Task offers .* not P3/);
    await refused(t, () => t.call('cases.update', { id: 'k1', set: { watchers: ['a1', 'ghost'] } }), /watchers: no agent with id "ghost"/);
    await refused(t, () => t.call('cases.update', { id: 'k3', set: { subject: 'Reopen me' } }), /C-1002 is closed/);
    await refused(t, () => t.call('cases.update', { id: 'k1', set: { subject: '  ' } }), /subject.*is empty/);
  });
});

describe('cases.link and cases.split', () => {
  it('links two cases on both sides; a configuration case linked by hand is not raised but reminds the agent', async () => {
    const t = await workspace();
    const c = await t.call('cases.link', { id: 'k1', otherId: 'k2', kind: 'needs_config' });
    expect(c.links).toEqual([{ caseId: 'k2', key: 'C-999', subject: 'Invoice copy', status: 'new', kind: 'waits_on_config', how: 'by_hand' }]);
    expect(c.timeline.filter((e) => e.seq > 5)).toMatchObject([{ kind: 'link', body: 'Needs config C-999 (linked by hand)' }]);
    const other = await t.call('cases.get', { id: 'k2' });
    expect(other.links).toEqual([{ caseId: 'k1', key: 'C-1001', subject: 'Cannot log in', status: 'assigned', kind: 'needs_config', how: 'by_hand' }]);
    expect(other.priority).toBe('P5');
    expect(other.reminders).toEqual([NEEDS_CONFIG_BY_HAND_REMINDER]);
    expect(other.timeline.map((e) => e.kind).slice(-2)).toEqual(['link', 'rule']);
  });

  it('refuses a link to itself, to a missing case, or a second link between the same cases, writing nothing', async () => {
    const t = await workspace();
    await refused(t, () => t.call('cases.link', { id: 'k1', otherId: 'k1', kind: 'related' }), /otherId: a case cannot be linked to itself/);
    await refused(t, () => t.call('cases.link', { id: 'k1', otherId: 'nope', kind: 'related' }), /otherId: no case with id "nope"/);
    await t.call('cases.link', { id: 'k1', otherId: 'k2', kind: 'child' });
    await refused(t, () => t.call('cases.link', { id: 'k2', otherId: 'k1', kind: 'related' }), /already linked to C-1001/);
  });

  it('splits a second request into a new linked case with its own type and defaults; a "needs config" case is raised by the rule', async () => {
    const t = await workspace();
    const split = await t.call('cases.split', { id: 'k1', type: 'request_for_service', subject: 'How do I add a user?' });
    expect(split.case).toMatchObject({ status: 'new', type: 'request_for_service', organization: { id: 'o1' }, reporter: { id: 'c1' } });
    expect(split.case.links).toEqual([expect.objectContaining({ caseId: 'k1', kind: 'child', how: 'created' })]);
    expect(split.from.links).toEqual([expect.objectContaining({ caseId: split.case.id, kind: 'parent', how: 'created' })]);

    const config = await t.call('cases.split', { id: 'k2', type: 'request_for_service', subject: 'Configure the invoice template', as: 'needs_config' });
    // o2 is neither paid nor a priority organization: only the "needs config" rule raises it.
    expect(config.case.priority).toBe('P4');
    expect(config.case.timeline.filter((e) => e.kind === 'rule').map((e) => e.body)).toEqual([
      'Created from a "needs config" link: priority raised to at least P4 High (priority P6 Low -> P4 High)',
    ]);
    expect(config.from.links).toEqual([expect.objectContaining({ caseId: config.case.id, kind: 'waits_on_config', how: 'created' })]);
  });

  it('refuses to split a closed case, and a split with an empty subject, writing nothing', async () => {
    const t = await workspace();
    await refused(t, () => t.call('cases.split', { id: 'k3', type: 'bug', subject: 'Again' }), /C-1002 is closed/);
    await refused(t, () => t.call('cases.split', { id: 'k1', type: 'bug', subject: '' }), /subject.*is empty/);
    await refused(t, () => t.call('cases.split', { id: 'k1', type: 'admin_task', subject: 'Task', priority: 'P4' }), /priority: an Admin Task offers/);
  });
});

describe('cases.refile', () => {
  it('moves a misfiled customer message: the right case gets it, both timelines record the move, and it no longer counts where it was', async () => {
    const t = await workspace();
    const before = await t.call('cases.get', { id: 'k1' });
    const misfiled = before.timeline.find((e) => e.body === 'Still broken.')!;
    // The unanswered message makes the customer wait since 16:30.
    expect(before.waitingSince).toBe('2026-03-02T16:30:00Z');

    const { case: right, from } = await t.call('cases.refile', { id: 'k1', seq: misfiled.seq, toId: 'k2' });
    expect(right.timeline.map((e) => [e.kind, e.body])).toEqual(
      expect.arrayContaining([
        ['inbound', 'Still broken.'],
        ['refile', 'customer message of 2026-03-02T16:30:00Z moved here from C-1001'],
      ]),
    );
    expect(right.waitingSince).toBe('2026-03-02T16:30:00Z');
    // Nothing deleted: the entry stays on C-1001, marked with where it went, followed by the move.
    expect(from.timeline.find((e) => e.seq === misfiled.seq)).toMatchObject({ body: 'Still broken.', movedTo: 'C-999' });
    expect(from.timeline.filter((e) => e.movedTo).length).toBe(1);
    expect(from.timeline.find((e) => e.kind === 'refile')).toMatchObject({ kind: 'refile', body: 'customer message of 2026-03-02T16:30:00Z moved to C-999' });
    // C-1001 now waits only since the last reply (15:00), not for the moved message.
    expect(from.waitingSince).toBe('2026-03-02T15:00:00Z');

    await refused(t, () => t.call('cases.refile', { id: 'k1', seq: misfiled.seq, toId: 'k2' }), /re-filed already/);
  });

  it('refuses a note, a closed target, or a missing entry, naming the field', async () => {
    const t = await workspace();
    const c = await t.call('cases.get', { id: 'k1' });
    const note = c.timeline.find((e) => e.kind === 'internal_note')!;
    const message = c.timeline.find((e) => e.kind === 'inbound')!;
    await refused(t, () => t.call('cases.refile', { id: 'k1', seq: note.seq, toId: 'k2' }), /seq: entry \d+ \(Internal note\) is not re-filed/);
    await refused(t, () => t.call('cases.refile', { id: 'k1', seq: message.seq, toId: 'k3' }), /toId: C-1002 is closed/);
    await refused(t, () => t.call('cases.refile', { id: 'k1', seq: 9999, toId: 'k2' }), /seq: C-1001 has no timeline entry 9999/);
  });
});

describe('in the interchange format', () => {
  it('links, watchers, participants, reminders and a re-filed entry survive export and import into a new workspace', async () => {
    const t = await workspace();
    await t.call('cases.link', { id: 'k1', otherId: 'k2', kind: 'needs_config' });
    await t.call('cases.update', { id: 'k1', set: { watchers: ['a2'], participants: ['c2'], item: 'Payroll' } });
    const moved = (await t.call('cases.get', { id: 'k1' })).timeline.find((e) => e.body === 'Still broken.')!;
    await t.call('cases.refile', { id: 'k1', seq: moved.seq, toId: 'k2' });
    const content = (await t.call('workspace.export')).content;

    const copy = openTestCore({ alerts: false });
    opened.push(copy);
    await copy.call('workspace.import', { content });
    const [a, b] = await Promise.all([t.call('cases.get', { id: 'k1' }), copy.call('cases.get', { id: 'k1' })]);
    for (const key of ['links', 'watchers', 'participants', 'item', 'waitingSince'] as const) expect(b[key]).toEqual(a[key]);
    expect((await copy.call('cases.get', { id: 'k2' })).reminders).toEqual([NEEDS_CONFIG_BY_HAND_REMINDER]);
    // Importing the export again changes nothing.
    await copy.call('workspace.import', { content });
    expect((await copy.call('workspace.export')).content).toBe(content);
  });
});

describe('directory.search (picking a reporter, organization or participant)', () => {
  it('finds contacts by name or email and organizations by name, with the contact\'s organization', async () => {
    const t = await workspace();
    expect(await t.call('directory.search', { text: 'sam@' })).toEqual({
      contacts: [{ id: 'c2', name: 'Sam Roe', email: 'sam@example.com', organizationId: 'o2', organizationName: 'Birch Bank' }],
      organizations: [],
    });
    const acme = await t.call('directory.search', { text: 'acme' });
    expect(acme.organizations).toEqual([{ id: 'o1', name: 'Acme Solar', priority: true }]);
    // A % is a character to find, not a wildcard.
    expect(await t.call('directory.search', { text: '%' })).toEqual({ contacts: [], organizations: [] });
    await expect(t.call('directory.search', { text: '  ' })).rejects.toThrow(/text: is empty/);
  });
});
