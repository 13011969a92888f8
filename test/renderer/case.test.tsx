import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { MINUTE } from '../../shared/time/instant';
import { ago, caseDetail, caseItem, interactionItem } from './fixtures';
import { voicemailDetail } from './intakeFixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

function queueWith(...items: ReturnType<typeof caseItem>[]) {
  return {
    'queue.list': () => ({ total: items.length, offset: 0, items }),
    'queue.counts': () => ({ all: items.length, my: 0, unassigned: items.length }),
  };
}

async function open(key: string) {
  await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(0));
  const row = screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === key)!;
  fireEvent.click(row);
}

describe('case detail', () => {
  it('shows the fields of the case and its timeline in the agent time zone', async () => {
    const { fake } = renderApp({ ...queueWith(caseItem(1)), 'cases.get': () => caseDetail() });
    await open('C-1001');
    const panel = screen.getByTestId('case-detail');
    await within(panel).findByRole('heading', { name: 'Label printer offline in warehouse 3' });
    expect(fake.callsOf('cases.get')).toEqual([{ id: 'c1' }]);

    const text = panel.textContent ?? '';
    expect(text).toContain('C-1001');
    expect(text).toContain('P2 Blocker');
    expect(text).toContain('Bug / Report a Problem');
    expect(within(panel).getByTestId('priority-organization').textContent).toBe('Priority organization');
    expect(within(panel).getByRole('link', { name: 'jane@acme.example' }).getAttribute('href')).toBe('mailto:jane@acme.example');
    expect(within(panel).getByRole('link', { name: '+49 30 1234567' }).getAttribute('href')).toBe('tel:+49 30 1234567');
    expect(text).toContain('Dana Reyes');
    expect(within(panel).getByText('printing')).toBeTruthy();
    expect(within(panel).getByText('warehouse')).toBeTruthy();
    expect(text).toContain('ChannelsEmailCall');
    // 08:30 UTC is 09:30 in Berlin (Dana's time zone), on Tuesday.
    expect(within(panel).getByText('Tue 09:30', { selector: 'dd time' })).toBeTruthy();
    expect(text).toContain('Tue 10:15 (45 min)');
    expect(text).toContain('Restarting did not help.');

    const entries = within(panel).getAllByTestId('timeline-entry');
    expect(entries.map((e) => e.getAttribute('data-kind'))).toEqual(['inbound', 'status', 'assignment', 'internal_note']);
    expect(entries[0]!.textContent).toContain('Customer message');
    expect(entries[0]!.textContent).toContain('Our label printer is offline.');
    expect(entries[1]!.textContent).toContain('Status change');
    expect(entries[1]!.textContent).toContain('New -> Assigned');
    expect(entries[1]!.textContent).toContain('by Dana Reyes');
    expect(entries[1]!.textContent).toContain('Tue 09:40');
    expect(entries[2]!.textContent).toContain('Unassigned -> Dana Reyes');
    expect(entries[3]!.textContent).toContain('Internal note');
  });

  it('summarises an interaction that has no case, without asking for one', async () => {
    const call = interactionItem(4, { channel: 'voicemail', subject: 'Voicemail from Max', contactName: 'Max Mustermann', waitingSince: ago(7 * MINUTE) });
    const { fake } = renderApp(queueWith(call));
    await open('I-4');
    const panel = screen.getByTestId('case-detail');
    await within(panel).findByRole('heading', { name: 'Voicemail from Max' });
    expect(panel.textContent).toContain('Max Mustermann');
    expect(panel.textContent).toContain('Voicemail');
    expect(panel.textContent).toContain('(7 min)');
    expect(panel.textContent).toContain('not part of a case yet');
    expect(fake.callsOf('cases.get')).toEqual([]);
    expect(within(panel).queryByRole('alert')).toBeNull();
  });

  it('shows why a case could not be opened', async () => {
    renderApp({
      ...queueWith(caseItem(1)),
      'cases.get': () => {
        throw new ApiError('not_found', 'no case with id "c1"');
      },
    });
    await open('C-1001');
    const alert = await within(screen.getByTestId('case-detail')).findByRole('alert');
    expect(alert.textContent).toContain('C-1001 could not be opened: no case with id "c1"');
  });

  it('re-reads the open case when cases change', async () => {
    let status: 'assigned' | 'pending_input' = 'assigned';
    const { fake } = renderApp({ ...queueWith(caseItem(1)), 'cases.get': () => caseDetail({ status }) });
    await open('C-1001');
    const panel = screen.getByTestId('case-detail');
    await within(panel).findByRole('button', { name: 'Status: Assigned. Change status' });
    status = 'pending_input';
    fake.emitChanged(['cases']);
    await within(panel).findByRole('button', { name: 'Status: Pending Input. Change status' });
  });

  it("shows the urgency in force and lets the agent set the case's own (sla.md 2)", async () => {
    let urgency: 'none' | 'urgent' | 'emergency' = 'none';
    const { fake } = renderApp({
      ...queueWith(caseItem(1)),
      // A Bug's P2 implies urgent: in force whatever is set, until the agent sets emergency.
      'cases.get': () => caseDetail({ urgency, urgencyInForce: urgency === 'emergency' ? 'emergency' : 'urgent' }),
      'cases.setUrgency': (input) => {
        urgency = input.urgency;
        return caseDetail({ urgency, urgencyInForce: urgency === 'emergency' ? 'emergency' : 'urgent' });
      },
    });
    await open('C-1001');
    const panel = screen.getByTestId('case-detail');
    expect((await within(panel).findByTestId('case-urgency')).textContent).toBe('Urgent');
    expect(within(panel).getByTestId('urgency-in-force').textContent).toBe('In force: Urgent (P2 on a Bug / Report a Problem implies it)');

    fireEvent.change(within(panel).getByRole('combobox', { name: 'Urgency' }), { target: { value: 'emergency' } });
    await waitFor(() => expect(fake.callsOf('cases.setUrgency')).toEqual([{ id: 'c1', urgency: 'emergency' }]));
    await waitFor(() => expect(within(panel).getByTestId('case-urgency').textContent).toBe('Emergency'));
    expect(within(panel).queryByTestId('urgency-in-force')).toBeNull();
  });

  it('keeps a live call of a case a call: its waiting time and Take above the case', async () => {
    const call = interactionItem(5, { caseId: 'c1', key: 'C-1001', channel: 'phone', subject: 'Call from Jane Doe', waitingSince: ago(3 * MINUTE) });
    renderApp({
      ...queueWith(call),
      'cases.get': () => caseDetail(),
      'interactions.get': () =>
        voicemailDetail({
          id: 'i5', channel: 'phone', subject: 'Call from Jane Doe', since: call.waitingSince, audioUrl: null, durationSeconds: null,
          case: { id: 'c1', key: 'C-1001', subject: 'Label printer offline in warehouse 3' },
        }),
    });
    await open('C-1001');
    const panel = screen.getByTestId('case-detail');
    await within(panel).findByRole('heading', { name: 'Call from Jane Doe' });
    expect(panel.textContent).toContain('(3 min)');
    expect(within(panel).getByRole('button', { name: /Take/ })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: /Mark done/ })).toBeTruthy();
    // It is about the case, not filed into it, and not "not part of a case".
    expect((await within(panel).findByTestId('interaction-outcome')).textContent).toBe('About C-1001 · Label printer offline in warehouse 3');
    expect(panel.textContent).not.toContain('not part of a case');
    // ...and the case it belongs to, below it.
    await within(panel).findByRole('heading', { name: 'Label printer offline in warehouse 3' });
  });

  it('moves the status from its menu, showing first what the move does to the timer', async () => {
    let status: 'assigned' | 'pending_input' = 'assigned';
    const after = { class: 'pending_customer' as const, deadline: '2026-12-15T09:00:00Z', state: 'ok' as const, remainingMinutes: 30_000, clock: 'calendar' as const };
    const { fake } = renderApp({
      ...queueWith(caseItem(1)),
      'cases.get': () => caseDetail({ status }),
      'cases.preview': () => ({ before: null, after }),
      'cases.setStatus': (input) => {
        status = input.status as typeof status;
        return caseDetail({ status });
      },
    });
    await open('C-1001');
    const panel = screen.getByTestId('case-detail');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Status: Assigned. Change status' }));
    // Only the moves of the transition table are offered.
    const options = (await screen.findAllByRole('menuitem')).map((o) => o.textContent);
    expect(options).toEqual(['Pending Input', 'Pending Product', 'Pending Development', 'Resolved']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Pending Input' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move C-1001 to Pending Input?' });
    await waitFor(() => expect(within(dialog).getByTestId('clock-preview').textContent).toMatch(/^After this change: Pending \(customer\) · due /));
    expect(fake.callsOf('cases.preview')).toEqual([{ id: 'c1', action: { kind: 'status', status: 'pending_input' } }]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to Pending Input' }));
    await waitFor(() => expect(fake.callsOf('cases.setStatus')).toEqual([{ id: 'c1', status: 'pending_input' }]));
    await within(panel).findByRole('button', { name: 'Status: Pending Input. Change status' });
  });

  it('records a public reply only after a proofread of exactly what will be recorded; a note looks different and skips it', async () => {
    const { fake } = renderApp({
      ...queueWith(caseItem(1)),
      'cases.get': () => caseDetail(),
      'cases.preview': () => ({ before: null, after: null }),
      'cases.reply': () => caseDetail(),
      'cases.note': () => caseDetail(),
    });
    await open('C-1001');
    const composer = await within(screen.getByTestId('case-detail')).findByTestId('composer');
    fireEvent.change(within(composer).getByTestId('composer-text'), { target: { value: '  The new driver is out: please update.  ' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Review reply…' }));
    expect(within(composer).getByTestId('proofread-body').textContent).toBe('The new driver is out: please update.');
    expect(within(composer).getByTestId('proofread').textContent).toContain('To: Jane Doe <jane@acme.example>');
    expect(fake.callsOf('cases.reply')).toEqual([]);
    fireEvent.click(within(composer).getByRole('button', { name: 'Record reply' }));
    await waitFor(() => expect(fake.callsOf('cases.reply')).toEqual([{ id: 'c1', body: '  The new driver is out: please update.  ' }]));
    const recorded = await within(composer).findByTestId('composer-recorded');
    expect(recorded.textContent).toContain('Shiftdesk does not send mail yet');
    expect(within(recorded).getByRole('link', { name: 'open it in your mail client' }).getAttribute('href')).toMatch(/^mailto:jane%40acme\.example\?subject=Re%3A%20%5BC-1001%5D/);

    fireEvent.click(within(composer).getByRole('button', { name: 'Internal note' }));
    expect(within(composer).getByText('Only your team sees a note. It is never sent to the customer.')).toBeTruthy();
    fireEvent.change(within(composer).getByTestId('composer-text'), { target: { value: 'HO Phone: 555-555-0147' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(fake.callsOf('cases.note')).toEqual([{ id: 'c1', body: 'HO Phone: 555-555-0147' }]));
  });
});
