import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/contract/index';
import type { TeamBoard } from '../../shared/contract/team';
import { useTeamStore } from '../../renderer/features/team/teamStore';
import { DANA, caseDetail } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(() => {
  teardown();
  useTeamStore.setState({ open: false, board: null, error: null });
});

const LEAD: Agent = { ...DANA, id: 'a2', name: 'Jordan Pike', role: 'lead', timeZone: 'Europe/London' };

function board(over: Partial<TeamBoard> = {}): TeamBoard {
  const row = (agent: Agent) => ({ agent, day: '2026-11-24', schedule: [['09:00', '17:00']] as [string, string][], onShift: true, openItems: 3, atRisk: 0, queueMonitor: false });
  return {
    at: '2026-11-24T10:00:00Z',
    day: '2026-11-24',
    queueMonitor: null,
    unassigned: 0,
    agents: [row(DANA), row(LEAD)],
    sweeps: [],
    splitsWaiting: [
      { id: 'c7', key: 'C-1007', subject: 'How do I add a user?', requestedBy: DANA.id, requestedByName: DANA.name, requestedAt: '2026-11-24T09:15:00Z', fromId: 'c1', fromKey: 'C-1001' },
    ],
    ...over,
  };
}

async function openBoard(overrides: Parameters<typeof renderApp>[0] = {}) {
  const view = renderApp({ 'session.get': () => ({ agent: LEAD }), 'agents.list': () => [DANA, LEAD], 'team.board': () => board(), ...overrides });
  fireEvent.click(await screen.findByTestId('agent-menu'));
  fireEvent.click(within(await screen.findByRole('menu')).getByText('Team board…'));
  const dialog = await screen.findByRole('dialog', { name: /Team board/ });
  await within(dialog).findByTestId('splits-waiting');
  return { ...view, dialog };
}

describe('the team board', () => {
  it('lists the splits waiting for approval; one opens its case, where the lead approves it', async () => {
    const opened: string[] = [];
    const { dialog } = await openBoard({
      'cases.get': (input) => {
        opened.push(input.id);
        return caseDetail({ id: 'c7', key: 'C-1007', subject: 'How do I add a user?' });
      },
    });
    const splits = within(dialog).getByTestId('splits-waiting');
    expect(splits.textContent).toContain('Splits waiting for your approval (1)');
    const [row] = within(splits).getAllByTestId('split-waiting');
    // 09:15 UTC is 09:15 in London, the lead's zone.
    expect(row!.textContent).toContain('C-1007 · How do I add a user?');
    expect(row!.textContent).toContain('Split from C-1001 by Dana Reyes · Tue 09:15');
    fireEvent.click(within(row!).getByRole('button'));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Team board/ })).toBeNull());
    expect(opened).toContain('c7');
    expect(await screen.findByTestId('case-detail')).toBeTruthy();
  });

  it('says so when no split waits', async () => {
    const { dialog } = await openBoard({ 'team.board': () => board({ splitsWaiting: [] }) });
    expect(within(dialog).getByTestId('splits-waiting').textContent).toContain('No split is waiting.');
  });

  it("approves an agent's off-queue time from their row: until when (the lead's time) and why", async () => {
    const approved: unknown[] = [];
    const { dialog } = await openBoard({
      'team.approveOffQueue': (input) => {
        approved.push(input);
        return { ...DANA, status: 'unavailable' };
      },
    });
    fireEvent.click(within(within(dialog).getByTestId(`board-agent-${DANA.id}`)).getByRole('button', { name: 'Off queue… Dana Reyes' }));
    const form = await screen.findByRole('dialog', { name: 'Off queue: Dana Reyes' });
    const approve = within(form).getByRole('button', { name: 'Approve off queue' });
    // An hour from the board's 10:00 UTC, in London.
    expect((within(form).getByLabelText('Until') as HTMLInputElement).value).toBe('2026-11-24T11:00');
    expect(approve).toHaveProperty('disabled', true);
    fireEvent.change(within(form).getByLabelText('Until'), { target: { value: '2026-11-24T15:30' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Dentist' } });
    fireEvent.click(approve);
    await waitFor(() => expect(approved).toEqual([{ agentId: DANA.id, until: '2026-11-24T15:30:00Z', reason: 'Dentist' }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Off queue: Dana Reyes' })).toBeNull());
  });

  it("shows the core's refusal in the off-queue dialog and keeps it open", async () => {
    const { dialog } = await openBoard({
      'team.approveOffQueue': () => {
        throw new Error('team.approveOffQueue: until: 2026-11-24T09:00:00Z has passed; off-queue time ends later than now');
      },
    });
    fireEvent.click(within(within(dialog).getByTestId(`board-agent-${DANA.id}`)).getByRole('button', { name: 'Off queue… Dana Reyes' }));
    const form = await screen.findByRole('dialog', { name: 'Off queue: Dana Reyes' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Dentist' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Approve off queue' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('until: 2026-11-24T09:00:00Z has passed; off-queue time ends later than now');
  });
});
