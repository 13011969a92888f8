import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/contract/sync';
import { NO_CONFLICTS } from '../../renderer/features/sync/SyncConflictsDialog';
import { caseDetail } from './fixtures';
import { renderApp, teardown } from './harness';
import { connectedStatus, outboxEntry } from './syncFixtures';

afterEach(teardown);

/** The app with `entries` in conflict; opens the conflict list from the sync popover. */
async function openConflicts(entries: OutboxEntry[]) {
  let list = entries;
  const app = renderApp({
    'sync.status': () => connectedStatus('online', { lastPullAt: '2026-11-24T09:04:00Z', conflicts: list.length }),
    'sync.outbox': () => ({ entries: list }),
    'sync.resolve': ({ id, action }) => {
      const entry = list.find((e) => e.id === id)!;
      list = list.filter((e) => e.id !== id);
      return { ...entry, state: action === 'send_again' ? 'waiting' : 'dismissed' };
    },
    'cases.get': () => caseDetail(),
  });
  fireEvent.click(await screen.findByTestId('sync-indicator'));
  fireEvent.click(await screen.findByRole('button', { name: `Conflicts (${entries.length})` }));
  const dialog = await screen.findByRole('dialog', { name: 'Conflicts with the help desk' });
  return { ...app, dialog };
}

describe('the conflict list', () => {
  it('lists what did not reach the help desk: the case, what it was, the problem', async () => {
    const { dialog, fake } = await openConflicts([outboxEntry(), outboxEntry({ id: 2, what: 'Public reply', state: 'refused', problem: 'RT refused it: the ticket is deleted' })]);
    const rows = await within(dialog).findAllByTestId('sync-conflict');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('C-1001');
    expect(rows[0]!.textContent).toContain('Subject of case 1');
    expect(rows[0]!.textContent).toContain('Status: Resolved');
    expect(rows[0]!.textContent).toContain('The help desk has it as Open since 09:40');
    expect(rows[1]!.textContent).toContain('Refused');
    expect(rows[1]!.textContent).toContain('RT refused it: the ticket is deleted');
    expect(fake.callsOf('sync.outbox')).toContainEqual({ states: ['conflict', 'refused'] });
  });

  it('"Send mine again" and "Keep the help desk\'s" answer the core for that entry; the list empties', async () => {
    const { dialog, fake } = await openConflicts([outboxEntry({ id: 7 }), outboxEntry({ id: 8, what: 'Public reply' })]);
    const rows = await within(dialog).findAllByTestId('sync-conflict');
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Send mine again' }));
    await waitFor(() => expect(fake.callsOf('sync.resolve')).toEqual([{ id: 7, action: 'send_again' }]));
    await waitFor(() => expect(within(dialog).getAllByTestId('sync-conflict')).toHaveLength(1));
    fireEvent.click(within(dialog).getByRole('button', { name: "Keep the help desk's" }));
    await waitFor(() => expect(fake.callsOf('sync.resolve')).toEqual([{ id: 7, action: 'send_again' }, { id: 8, action: 'dismiss' }]));
    await within(dialog).findByText(NO_CONFLICTS);
  });

  it('opens the case when its key is clicked', async () => {
    const { dialog, fake } = await openConflicts([outboxEntry()]);
    fireEvent.click(await within(dialog).findByRole('button', { name: 'C-1001' }));
    await waitFor(() => expect(fake.callsOf('cases.get')).toContainEqual({ id: 'c1' }));
    expect(await screen.findByText('Label printer offline in warehouse 3')).toBeTruthy();
  });
});
