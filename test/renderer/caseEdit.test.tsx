import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import type { CaseDetail, TimelineEntry } from '../../shared/contract/index';
import { entryText } from '../../renderer/features/case/Timeline';
import { DANA, NOW, caseDetail, caseItem } from './fixtures';
import type { FakeHandlers } from './fakeClient';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const SAM = { ...DANA, id: 'a2', name: 'Sam Okafor', email: 'sam@example.com' };

/** A field change as the core records it. */
function fieldEntry(seq: number, body: string): TimelineEntry {
  return { seq, at: '2026-11-24T09:59:00Z', kind: 'field', byId: 'a1', byName: 'Dana Reyes', body, from: null, to: null };
}

/** The app with case C-1001 open; `cases.get` answers with `current()`. */
async function openCase(current: () => CaseDetail, extra: FakeHandlers = {}) {
  const app = renderApp({
    'queue.list': () => ({ total: 1, offset: 0, items: [caseItem(1)] }),
    'queue.counts': () => ({ all: 1, my: 1, unassigned: 0 }),
    'agents.list': () => [DANA, SAM],
    'teams.list': () => [{ id: 'support', name: 'Support team', members: [] }],
    'cases.get': current,
    ...extra,
  });
  await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
  fireEvent.click(screen.getAllByTestId('queue-row')[0]!);
  const panel = screen.getByTestId('case-detail');
  await within(panel).findByRole('heading', { name: 'Label printer offline in warehouse 3' });
  return { ...app, panel };
}

/** The value cell of a field row (the `dd` after its `dt`). */
function fieldValue(panel: HTMLElement, label: string): HTMLElement {
  const dt = within(panel).getAllByText(label, { selector: 'dt' })[0]!;
  return dt.nextElementSibling as HTMLElement;
}

describe('editing a case in place', () => {
  it('commits a priority with Enter, showing what each one means for the type, and shows the change on the timeline', async () => {
    let detail = caseDetail();
    const { panel, fake } = await openCase(() => detail, {
      'cases.update': (input) => {
        detail = caseDetail({ priority: input.set.priority!, timeline: [...caseDetail().timeline, fieldEntry(5, 'Priority: P2 -> P3')] });
        return detail;
      },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit priority' }));
    const select = within(panel).getByRole('combobox', { name: 'Priority' });
    // A Bug offers P1, P2, P3 and P6, each with its meaning for bugs.
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['P1 Emergency', 'P2 Blocker', 'P3 Very High', 'P6 Low']);
    fireEvent.change(select, { target: { value: 'P3' } });
    expect(within(panel).getByTestId('field-help').textContent).toMatch(/^P3 Very High: /);
    fireEvent.keyDown(select, { key: 'Enter' });
    await waitFor(() => expect(fake.callsOf('cases.update')).toEqual([{ id: 'c1', set: { priority: 'P3' } }]));
    await waitFor(() => expect(fieldValue(panel, 'Priority').textContent).toContain('P3 Very High'));
    expect(within(panel).queryByRole('combobox', { name: 'Priority' })).toBeNull();
    const last = within(panel).getAllByTestId('timeline-entry').at(-1)!;
    expect(last.getAttribute('data-kind')).toBe('field');
    expect(last.textContent).toContain('Priority: P2 -> P3');
  });

  it('leaves the field as it was on Escape, without asking the core', async () => {
    const { panel, fake } = await openCase(() => caseDetail({ item: 'Zebra ZT410' }), { 'cases.update': () => caseDetail() });
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit item' }));
    const input = within(panel).getByRole('textbox', { name: 'Item' });
    expect((input as HTMLInputElement).value).toBe('Zebra ZT410');
    fireEvent.change(input, { target: { value: 'Something else' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(within(panel).queryByRole('textbox', { name: 'Item' })).toBeNull();
    expect(fieldValue(panel, 'Item').textContent).toContain('Zebra ZT410');
    expect(fake.callsOf('cases.update')).toEqual([]);
  });

  it("shows the core's refusal next to the field, naming it, and keeps the value", async () => {
    const { panel, fake } = await openCase(() => caseDetail(), {
      'cases.update': () => {
        throw new ApiError('invalid_input', 'cases.update: needBy: expected a date (YYYY-MM-DD), got "2026-13-01"');
      },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit need by' }));
    const input = within(panel).getByLabelText('Need by');
    fireEvent.change(input, { target: { value: '2026-12-01' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('cases.update')).toEqual([{ id: 'c1', set: { needBy: '2026-12-01' } }]));
    const cell = fieldValue(panel, 'Need by');
    const alert = await within(cell).findByRole('alert');
    expect(alert.textContent).toBe('Need by not changed: needBy: expected a date (YYYY-MM-DD), got "2026-13-01"');
    expect(cell.textContent).toContain('—');
  });

  it('picks another reporter from the directory as the agent types, and adds a request participant', async () => {
    let detail = caseDetail();
    const bea = { id: 'p2', name: 'Bea Lund', email: 'bea@acme.example', organizationId: 'o1', organizationName: 'Acme Logistics' };
    const { panel, fake } = await openCase(() => detail, {
      'directory.search': () => ({ contacts: [bea], organizations: [] }),
      'cases.update': (input) => {
        detail = caseDetail({
          ...(input.set.reporterId && { reporter: { id: 'p2', name: 'Bea Lund', email: bea.email, phone: null } }),
          ...(input.set.participants && { participants: [{ id: 'p2', name: 'Bea Lund', email: bea.email }] }),
        });
        return detail;
      },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit reporter' }));
    const reporter = within(panel).getByRole('combobox', { name: 'Reporter' });
    fireEvent.change(reporter, { target: { value: 'bea' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Bea Lund bea@acme.example (Acme Logistics)' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('cases.update')).toEqual([{ id: 'c1', set: { reporterId: 'p2' } }]));
    await waitFor(() => expect(fieldValue(panel, 'Reporter').textContent).toContain('Bea Lund'));
    expect(fake.callsOf('directory.search')).toContainEqual({ text: 'bea' });

    const participant = within(panel).getByRole('combobox', { name: 'Add a participant' });
    fireEvent.change(participant, { target: { value: 'bea' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Bea Lund bea@acme.example (Acme Logistics)' }));
    await waitFor(() => expect(fake.callsOf('cases.update').at(-1)).toEqual({ id: 'c1', set: { participants: ['p2'] } }));
    await waitFor(() => expect(within(panel).getByTestId('participants').textContent).toContain('Bea Lund <bea@acme.example>'));
  });

  it('sets labels as chips, the assignee to a team, an intake flag, and the watchers', async () => {
    let detail = caseDetail();
    const { panel, fake } = await openCase(() => detail, {
      'cases.update': (input) => {
        detail = caseDetail({
          ...(input.set.labels && { labels: input.set.labels }),
          ...(input.set.assignee !== undefined && { assignee: null, team: { id: 'support', name: 'Support team' } }),
          ...(input.set.watchers && { watchers: input.set.watchers.map((id) => ({ id, name: id === 'a2' ? 'Sam Okafor' : 'Dana Reyes' })) }),
        });
        return detail;
      },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit labels' }));
    const add = within(panel).getByRole('textbox', { name: 'Add to labels' });
    fireEvent.change(add, { target: { value: 'firmware' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    // The first Enter adds the chip; with the box empty, Enter saves.
    expect(fake.callsOf('cases.update')).toEqual([]);
    fireEvent.click(within(within(panel).getByRole('button', { name: 'printing' })).getByTestId('CancelIcon'));
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(() => expect(fake.callsOf('cases.update')).toEqual([{ id: 'c1', set: { labels: ['warehouse', 'firmware'] } }]));

    fireEvent.click(within(panel).getByRole('button', { name: 'Edit assignee' }));
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Assignee' }), { target: { value: 'team:support' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('cases.update').at(-1)).toEqual({ id: 'c1', set: { assignee: { teamId: 'support' } } }));
    await waitFor(() => expect(fieldValue(panel, 'Team').textContent).toBe('Support team'));

    fireEvent.click(within(panel).getByRole('button', { name: 'Edit from a partner' }));
    fireEvent.change(within(panel).getByRole('combobox', { name: 'From a partner' }), { target: { value: 'yes' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('cases.update').at(-1)).toEqual({ id: 'c1', set: { fromPartner: true } }));

    fireEvent.change(within(panel).getByRole('combobox', { name: 'Add a watcher' }), { target: { value: 'a2' } });
    await waitFor(() => expect(fake.callsOf('cases.update').at(-1)).toEqual({ id: 'c1', set: { watchers: ['a2'] } }));
    await waitFor(() => expect(within(panel).getByTestId('watchers').textContent).toContain('Sam Okafor'));
  });
});

describe('reminders, linked cases, split and re-file', () => {
  const linked = () =>
    caseDetail({
      reminders: ['Set the priority of this configuration case: it was linked by hand'],
      links: [{ caseId: 'c2', key: 'C-1002', subject: 'Configure the printer driver', status: 'pending_development', kind: 'waits_on_config', how: 'by_hand' }],
    });
  const hit = { id: 'c3', key: 'C-1003', subject: 'Scanner broken', status: 'assigned' as const, priority: 'P4' as const, open: true, createdAt: '2026-11-20T10:00:00Z', organizationName: 'Acme Logistics', contactName: 'Jane Doe', contactEmail: null };

  it('shows the reminders at the top and each link with its status; links a case found by search', async () => {
    let detail = linked();
    const { panel, fake } = await openCase(() => detail, {
      'cases.search': () => ({ cases: [hit] }),
      'cases.link': () => {
        detail = { ...linked(), links: [...linked().links, { caseId: 'c3', key: 'C-1003', subject: 'Scanner broken', status: 'assigned', kind: 'related', how: 'by_hand' }] };
        return detail;
      },
    });
    expect(within(panel).getByTestId('case-reminders').textContent).toContain('Set the priority of this configuration case');
    const link = within(panel).getByTestId('case-link');
    expect(link.textContent).toContain('Needs config');
    expect(link.textContent).toContain('C-1002');
    expect(within(link).getByTestId('link-status').textContent).toBe('Pending Development');

    fireEvent.click(within(panel).getByRole('button', { name: 'Link a case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link a case to C-1001' });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Find the case' }), { target: { value: 'Jane' } });
    fireEvent.click(await within(dialog).findByTestId('case-hit'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Link C-1003' }));
    await waitFor(() => expect(fake.callsOf('cases.link')).toEqual([{ id: 'c1', otherId: 'c3', kind: 'related' }]));
    await waitFor(() => expect(within(panel).getAllByTestId('case-link')).toHaveLength(2));
    expect(within(panel).getAllByTestId('case-link')[1]!.textContent).toContain('Related to');
  });

  it('splits a new case off and shows its key, the case staying open', async () => {
    const made = caseDetail({ id: 'c9', key: 'C-1009', subject: 'Driver config', type: 'admin_task', priority: 'P2', team: { id: 'admin-tasks', name: 'Admin task team' }, assignee: null });
    const { panel, fake } = await openCase(() => caseDetail(), { 'cases.split': () => ({ case: made, from: caseDetail() }) });
    fireEvent.click(within(panel).getByRole('button', { name: 'Split' }));
    const dialog = await screen.findByRole('dialog', { name: 'Split a new case off C-1001' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Subject of the new case/ }), { target: { value: 'Driver config' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Type' }), { target: { value: 'admin_task' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Priority' }), { target: { value: 'P2' } });
    expect(within(dialog).getByTestId('split-priority-help').textContent).toMatch(/^P2 Blocker: A general task/);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /configuration case C-1001 needs/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the new case' }));
    await waitFor(() =>
      expect(fake.callsOf('cases.split')).toEqual([{ id: 'c1', type: 'admin_task', subject: 'Driver config', priority: 'P2', as: 'needs_config' }]),
    );
    expect((await within(dialog).findByTestId('split-made')).textContent).toContain('C-1009 created: the configuration case C-1001 needs');
    expect(within(dialog).getByRole('button', { name: 'Open C-1009' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(panel).getByRole('heading', { name: 'Label printer offline in warehouse 3' })).toBeTruthy();
  });

  it('moves a customer message to another case and marks it moved; nothing on the timeline is editable', async () => {
    let detail = caseDetail();
    const { panel, fake } = await openCase(() => detail, {
      'cases.search': () => ({ cases: [hit] }),
      'cases.refile': () => {
        detail = caseDetail({
          timeline: [
            // The core marks the moved entry with the key of the case it went to.
            { ...caseDetail().timeline[0]!, movedTo: 'C-1003' },
            ...caseDetail().timeline.slice(1),
            { seq: 5, at: '2026-11-24T09:59:00Z', kind: 'refile', byId: 'a1', byName: 'Dana Reyes', body: 'customer message of 2026-11-24T08:30:00.000Z moved to C-1003', from: 'c1', to: 'c3' },
          ],
        });
        return { case: caseDetail({ id: 'c3', key: 'C-1003' }), from: detail };
      },
    });
    const entries = within(panel).getAllByTestId('timeline-entry');
    // Only the customer message offers a move; no entry offers an edit or a delete.
    expect(within(panel).getAllByRole('button', { name: /^Move to another case/ })).toHaveLength(1);
    for (const entry of entries) expect(within(entry).queryByRole('button', { name: /edit|delete/i })).toBeNull();

    fireEvent.click(within(entries[0]!).getByRole('button', { name: /^Move to another case/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Move this customer message to another case' });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Find the case' }), { target: { value: 'C-1003' } });
    fireEvent.click(await within(dialog).findByTestId('case-hit'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to C-1003' }));
    await waitFor(() => expect(fake.callsOf('cases.refile')).toEqual([{ id: 'c1', seq: 1, toId: 'c3' }]));
    await waitFor(() => expect(within(panel).getByTestId('moved-to').textContent).toContain('Moved to C-1003'));
    const refile = within(panel).getAllByTestId('timeline-entry').at(-1)!;
    // The moved entry's instant reads in Dana's time zone (Berlin), like every other.
    expect(refile.textContent).toContain('Customer message of Tue 09:30 moved to C-1003');
    expect(within(panel).queryAllByRole('button', { name: /^Move to another case/ })).toHaveLength(0);
  });
});

describe('timeline text', () => {
  it("shows a field's instant in the agent's time zone", () => {
    expect(entryText(fieldEntry(7, 'Agreed next update: none -> 2026-11-24T15:00:00.000Z'), 'Europe/Berlin', NOW)).toBe('Agreed next update: none -> Tue 16:00');
  });
});
