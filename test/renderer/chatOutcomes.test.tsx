import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetChatsStore } from '../../renderer/features/chats/chatsStore';
import { resetIntakeStore } from '../../renderer/features/intake/intakeStore';
import type { ChatOutcomeView, ChatReport } from '../../shared/contract/chats';
import type { WorkItem } from '../../shared/contract/index';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';
import { itemOf, voicemailDetail } from './intakeFixtures';

beforeEach(() => {
  resetIntakeStore();
  resetChatsStore();
});
afterEach(teardown);

/** A chat Dana had and marked done. */
const chat = voicemailDetail({
  id: 'chat-7',
  channel: 'chat',
  state: 'done',
  subject: 'Exporting to Excel',
  body: 'How do I export the report?',
  audioUrl: null,
  durationSeconds: null,
  assigneeId: 'a1',
  done: { at: '2026-11-24T09:00:00Z', by: { id: 'a1', name: 'Dana Reyes' }, how: 'marked_done' },
});

function queueWith(...items: WorkItem[]) {
  return {
    'queue.list': () => ({ total: items.length, offset: 0, items }),
    'queue.counts': () => ({ all: items.length, my: 0, unassigned: 0 }),
  };
}

const none: ChatOutcomeView = { interactionId: chat.id, outcome: null, label: null, entries: [] };

describe('the outcome of a chat', { timeout: 20_000 }, () => {
  it('is picked in a dialog; "Answered - unhappy" is not saved without a note of the question', async () => {
    let stored = none;
    const { fake } = renderApp({
      ...queueWith(itemOf(chat)),
      'interactions.get': () => chat,
      'chats.outcome': () => stored,
      'chats.setOutcome': (input) => {
        stored = {
          interactionId: chat.id,
          outcome: 2,
          label: 'Answered - unhappy',
          entries: [{ outcome: 2, label: 'Answered - unhappy', note: input.note ?? null, at: '2026-11-24T10:00:00Z', by: { id: 'a1', name: 'Dana Reyes' } }],
        };
        return stored;
      },
    });
    await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBe(1));
    fireEvent.click(screen.getByTestId('queue-row'));
    const line = await screen.findByTestId('chat-outcome');
    await waitFor(() => expect(line.textContent).toContain('Outcome: not given yet'));

    fireEvent.click(within(line).getByRole('button', { name: 'Outcome…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chat outcome' });
    expect(within(dialog).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
      '1 · Answered - happy',
      '2 · Answered - unhappy',
      '3 · Added feature request',
      '4 · Reported a problem - workaround',
      '5 · Reported a problem - no workaround',
    ]);
    fireEvent.click(within(dialog).getByLabelText('2 · Answered - unhappy'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save outcome' }));
    expect(await within(dialog).findByText('An unhappy answer needs a note of the question: write it first.')).toBeTruthy();
    expect(fake.callsOf('chats.setOutcome')).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /The customer's question/ }), { target: { value: 'Wanted an Excel export' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save outcome' }));
    await waitFor(() => expect(fake.callsOf('chats.setOutcome')).toEqual([{ interactionId: chat.id, outcome: 2, note: 'Wanted an Excel export' }]));
    await waitFor(() => expect(line.textContent).toContain('Outcome: 2 · Answered - unhappy'));
    expect(line.textContent).toContain('Unhappy about: Wanted an Excel export');
  });

  it('is not offered on a call', async () => {
    const call = voicemailDetail({ id: 'call-1', channel: 'phone', audioUrl: null, durationSeconds: null });
    renderApp({ ...queueWith(itemOf(call)), 'interactions.get': () => call });
    await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBe(1));
    fireEvent.click(screen.getByTestId('queue-row'));
    await screen.findByTestId('interaction-body');
    expect(screen.queryByTestId('chat-outcome')).toBeNull();
  });
});

describe('the daily chat report', { timeout: 20_000 }, () => {
  const counts = (o: [number, number, number, number, number], none = 0) => ({
    byOutcome: { 1: o[0], 2: o[1], 3: o[2], 4: o[3], 5: o[4] },
    none,
    total: o.reduce((a, b) => a + b, 0) + none,
  });
  const report = (day: string): ChatReport => ({
    day,
    timeZone: 'America/Chicago',
    agents: [
      { agent: { id: 'a1', name: 'Dana Reyes' }, counts: counts([3, 1, 0, 0, 1]) },
      { agent: { id: 'a2', name: 'Sam Ortiz' }, counts: counts([0, 0, 2, 1, 0]) },
    ],
    team: counts([3, 1, 2, 1, 1]),
  });

  it("opens from the agent menu on today's day, with a chart and the numbers per agent and team; another day reads that day", async () => {
    const { fake } = renderApp({ 'agents.list': () => [DANA], 'reports.chats': (input) => (input.day === '2026-11-23' ? { ...report(input.day), agents: [], team: counts([0, 0, 0, 0, 0]) } : report(input.day)) });
    fireEvent.click(await screen.findByTestId('agent-menu'));
    fireEvent.click(await screen.findByTestId('open-chat-report'));
    const dialog = await screen.findByRole('dialog', { name: 'Chat report' });
    const table = await within(dialog).findByRole('table', { name: 'Chats by outcome' });
    expect(fake.callsOf('reports.chats')).toEqual([{ day: '2026-11-24' }]);
    const rows = within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Agent', '1 Happy', '2 Unhappy', '3 Feature request', '4 Workaround', '5 No workaround', 'Total'],
      ['Dana Reyes', '3', '1', '0', '0', '1', '5'],
      ['Sam Ortiz', '0', '0', '2', '1', '0', '3'],
      ['Team', '3', '1', '2', '1', '1', '8'],
    ]);
    expect(within(dialog).getByTestId('chat-report-chart').getAttribute('aria-label')).toBe('Bar chart of chats by outcome for Dana Reyes: 5, Sam Ortiz: 3, Team: 8');
    expect(dialog.textContent).toContain('8 chats began that day (America/Chicago)');

    fireEvent.change(within(dialog).getByLabelText('Day'), { target: { value: '2026-11-23' } });
    expect(await within(dialog).findByText('No chats that day.')).toBeTruthy();
    expect(fake.callsOf('reports.chats')).toEqual([{ day: '2026-11-24' }, { day: '2026-11-23' }]);
  });
});
