import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/contract/sync';
import { caseDetail, caseItem } from './fixtures';
import { renderApp, teardown } from './harness';
import { connectedStatus, outboxEntry } from './syncFixtures';

afterEach(teardown);

/** Case C-1001 open in a synced workspace whose outbox holds `entries` for it. */
async function openCase(entries: OutboxEntry[]) {
  let outbox = entries;
  const app = renderApp({
    'sync.status': () => connectedStatus('offline', { waiting: outbox.length }),
    'sync.outbox': (input) => ({ entries: outbox.filter((e) => (input.caseId ?? e.caseId) === e.caseId && (input.states ?? [e.state]).includes(e.state)) }),
    'queue.list': () => ({ total: 1, offset: 0, items: [caseItem(1)] }),
    'queue.counts': () => ({ all: 1, my: 1, unassigned: 0 }),
    'cases.get': () => caseDetail(),
  });
  await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
  fireEvent.click(screen.getAllByTestId('queue-row')[0]!);
  const panel = screen.getByTestId('case-detail');
  await within(panel).findByTestId('case-key');
  return { ...app, panel, setOutbox: (next: OutboxEntry[]) => (outbox = next) };
}

// The note of caseDetail()'s timeline (08:45) and its assignment (08:42) wait to be sent.
const note = outboxEntry({ id: 1, state: 'waiting', what: 'Internal note', createdAt: '2026-11-24T08:45:00Z', problem: null });
const owner = outboxEntry({ id: 2, state: 'waiting', what: 'Owner: Dana Reyes', createdAt: '2026-11-24T08:42:00Z', problem: null });

describe('a synced case with changes not sent yet', () => {
  it('says how many wait at the top, and marks the timeline entries', async () => {
    const { panel, fake } = await openCase([note, owner]);
    expect((await within(panel).findByTestId('case-sync-line')).textContent).toContain('2 changes not sent to the help desk yet');
    expect(fake.callsOf('sync.outbox')).toContainEqual({ caseId: 'c1', states: ['waiting', 'conflict', 'refused'] });
    const marked = within(panel)
      .getAllByTestId('timeline-entry')
      .filter((e) => within(e).queryByTestId('not-sent-chip'))
      .map((e) => e.getAttribute('data-kind'));
    expect(marked).toEqual(['assignment', 'internal_note']);
  });

  it('says a conflict and opens the conflict list from Resolve…', async () => {
    const { panel } = await openCase([outboxEntry()]);
    const line = await within(panel).findByTestId('case-sync-line');
    expect(line.textContent).toContain('1 change in conflict with the help desk');
    fireEvent.click(within(line).getByRole('button', { name: 'Resolve…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Conflicts with the help desk' });
    expect((await within(dialog).findAllByTestId('sync-conflict'))[0]!.textContent).toContain('Status: Resolved');
  });

  it('drops the line once the help desk has taken them', async () => {
    const { panel, fake, setOutbox } = await openCase([note]);
    await within(panel).findByText('1 change not sent to the help desk yet');
    setOutbox([]);
    fake.emitChanged(['sync']);
    await waitFor(() => expect(within(panel).queryByTestId('case-sync-line')).toBeNull());
    expect(within(panel).queryByTestId('not-sent-chip')).toBeNull();
  });
});
