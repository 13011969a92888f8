import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { resetSweepStore } from '../../renderer/features/sweep/sweepStore';
import type { Sweep, SweepStatus } from '../../shared/contract/sweep';
import { MINUTE } from '../../shared/time/instant';
import { DANA, NOW } from './fixtures';
import { renderApp, teardown } from './harness';

const iso = (at: number) => new Date(at).toISOString();

function status(overrides: Partial<SweepStatus> = {}): SweepStatus {
  return { everyMinutes: 15, editable: true, lastAt: iso(NOW - 8 * MINUTE), nextAt: iso(NOW + 7 * MINUTE), silencedBy: null, ...overrides };
}

function sweepRecord(id: number, overrides: Partial<Sweep> = {}): Sweep {
  return {
    id,
    at: iso(NOW - id * 15 * MINUTE),
    dueAt: iso(NOW - id * 15 * MINUTE),
    late: false,
    agentId: DANA.id,
    agentStatus: 'available',
    counts: { unassigned: 4, new: 2, warning: 1, breached: 0 },
    newKeys: ['C-7', 'C-8'],
    warningKeys: [],
    outcome: 'notified',
    silencedBy: null,
    title: '2 new unassigned cases, oldest waiting 47 min',
    body: 'C-7, C-8',
    ...overrides,
  };
}

afterEach(() => {
  teardown();
  resetSweepStore();
});

async function openUnassigned() {
  fireEvent.click(screen.getByTestId('nav-unassigned'));
  return screen.findByTestId('sweep-line');
}

describe('the sweep countdown in the Unassigned view', () => {
  it('counts down to the next sweep on the local clock and shows the interval; other views do not show it', async () => {
    resetSweepStore();
    const { time } = renderApp({ 'sweep.status': () => status() });
    await screen.findByTestId('nav-all');
    expect(screen.queryByTestId('sweep-line')).toBeNull();
    const line = await openUnassigned();
    expect(line.textContent).toContain('Next sweep in 7 min · every 15 min');
    act(() => time.advance(2 * MINUTE));
    expect(screen.getByTestId('sweep-countdown').textContent).toBe('Next sweep in 5 min · every 15 min');
    act(() => time.advance(5 * MINUTE + 10_000));
    expect(screen.getByTestId('sweep-countdown').textContent).toBe('Next sweep within a minute · every 15 min');
    fireEvent.click(screen.getByTestId('nav-all'));
    await waitFor(() => expect(screen.queryByTestId('sweep-line')).toBeNull());
  });

  it('re-reads on `changed` sweep and says when the agent status pauses it', async () => {
    resetSweepStore();
    let current = status();
    const { fake } = renderApp({ 'sweep.status': () => current });
    await openUnassigned();
    current = status({ lastAt: iso(NOW), nextAt: iso(NOW + 15 * MINUTE) });
    act(() => fake.emitChanged(['sweep']));
    await waitFor(() => expect(screen.getByTestId('sweep-countdown').textContent).toBe('Next sweep in 15 min · every 15 min'));
    // A core clock a moment ahead of this page's never makes it say more than the interval.
    current = status({ lastAt: iso(NOW + 2000), nextAt: iso(NOW + 15 * MINUTE + 2000) });
    act(() => fake.emitChanged(['sweep']));
    await waitFor(() => expect(fake.callsOf('sweep.status').length).toBeGreaterThan(2));
    expect(screen.getByTestId('sweep-countdown').textContent).toBe('Next sweep in 15 min · every 15 min');
    current = status({ silencedBy: 'in_a_meeting' });
    act(() => fake.emitChanged(['session']));
    await waitFor(() => expect(screen.getByTestId('sweep-countdown').textContent).toBe('Sweeps paused: you are In a meeting · every 15 min'));
  });

  it('is read-only for an agent who is not a lead, saying who may change it', async () => {
    resetSweepStore();
    renderApp({ 'sweep.status': () => status({ editable: false }) });
    const line = await openUnassigned();
    expect(screen.queryByTestId('sweep-interval-edit')).toBeNull();
    expect(within(line).getByTestId('sweep-interval-who').textContent).toBe('Interval set by the team’s leads');
  });

  it('changes the interval through the core and shows its refusal', async () => {
    resetSweepStore();
    const { fake } = renderApp({
      'sweep.status': () => status(),
      'sweep.setInterval': ({ minutes }) => {
        if (minutes > 60) throw new ApiError('invalid_input', 'minutes: the sweep runs every 5 to 60 minutes; 60 is the longest');
        return status({ everyMinutes: minutes, nextAt: iso(NOW + 2 * MINUTE) });
      },
    });
    await openUnassigned();
    fireEvent.click(screen.getByTestId('sweep-interval-edit'));
    const input = screen.getByTestId('sweep-interval-input');
    fireEvent.change(input, { target: { value: '90' } });
    fireEvent.submit(screen.getByTestId('sweep-interval-form'));
    expect(await screen.findByText('minutes: the sweep runs every 5 to 60 minutes; 60 is the longest')).toBeTruthy();
    expect(screen.getByTestId('sweep-countdown').textContent).toBe('Next sweep in 7 min · every 15 min');
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('sweep-interval-save'));
    await waitFor(() => expect(screen.getByTestId('sweep-countdown').textContent).toBe('Next sweep in 2 min · every 10 min'));
    expect(screen.queryByTestId('sweep-interval-form')).toBeNull();
    expect(fake.callsOf('sweep.setInterval')).toEqual([{ minutes: 90 }, { minutes: 10 }]);
  });

  it('opens the sweep log from the line: time, counts, new keys, outcome', async () => {
    resetSweepStore();
    renderApp({
      'sweep.status': () => status(),
      'sweep.log': () => ({
        sweeps: [
          sweepRecord(1),
          sweepRecord(2, { outcome: 'silenced', silencedBy: 'on_leave', newKeys: ['C-5'], counts: { unassigned: 2, new: 1, warning: 0, breached: 1 } }),
          sweepRecord(3, { outcome: 'nothing_new', newKeys: [], title: null, body: null, late: true }),
        ],
      }),
    });
    await openUnassigned();
    fireEvent.click(screen.getByTestId('sweep-log-open'));
    const log = await screen.findByTestId('sweep-log');
    await waitFor(() => expect(within(log).getAllByTestId('sweep-log-entry')).toHaveLength(3));
    const [first, second, third] = within(log).getAllByTestId('sweep-log-entry');
    expect(first!.textContent).toContain('Notified');
    expect(first!.textContent).toContain('4 waiting · 2 new · 1 warning · 0 breached');
    expect(first!.textContent).toContain('New: C-7, C-8');
    expect(second!.textContent).toContain('Silenced: On leave');
    expect(second!.textContent).toContain('New: C-5');
    expect(second!.textContent).toContain('Would have said: 2 new unassigned cases');
    expect(third!.textContent).toContain('Nothing new');
    expect(third!.textContent).toContain('Late');
  });

  it('leads reach the log from the agent menu', async () => {
    resetSweepStore();
    renderApp({ 'session.get': () => ({ agent: { ...DANA, role: 'lead' } }), 'sweep.status': () => status(), 'sweep.log': () => ({ sweeps: [sweepRecord(1)] }) });
    fireEvent.click(await screen.findByTestId('agent-menu'));
    fireEvent.click(await screen.findByTestId('open-sweep-log'));
    const log = await screen.findByTestId('sweep-log');
    await waitFor(() => expect(within(log).getAllByTestId('sweep-log-entry')).toHaveLength(1));
  });

  it('agents do not get the menu entry', async () => {
    resetSweepStore();
    renderApp({ 'sweep.status': () => status() });
    fireEvent.click(await screen.findByTestId('agent-menu'));
    await screen.findByTestId('open-sla-settings');
    expect(screen.queryByTestId('open-sweep-log')).toBeNull();
  });
});
