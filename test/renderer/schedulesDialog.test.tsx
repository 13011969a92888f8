import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { resetSchedulesStore } from '../../renderer/features/schedules/schedulesStore';
import type { Agent } from '../../shared/contract/index';
import type { AgentSchedule } from '../../shared/contract/schedules';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';

const LEAD: Agent = { ...DANA, id: 'a2', name: 'Lee Lead', role: 'lead' };

function schedule(overrides: Partial<AgentSchedule> = {}): AgentSchedule {
  return {
    agentId: 'a1',
    name: DANA.name,
    timeZone: 'Europe/Berlin',
    schedule: { mon: [['07:00', '13:00']] },
    blocks: [],
    today: [],
    nextShiftStart: null,
    ...overrides,
  };
}

afterEach(() => {
  teardown();
  resetSchedulesStore();
});

async function openSchedules(agent: Agent, overrides: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ 'session.get': () => ({ agent }), 'agents.list': () => [DANA, LEAD], 'schedules.get': () => schedule(), ...overrides });
  fireEvent.click(await screen.findByTestId('agent-menu'));
  fireEvent.click(await screen.findByTestId('open-schedules'));
  await screen.findByTestId('schedules-week');
  return app;
}

describe('the Schedules screen', () => {
  it("lets a lead change an agent's shifts, sent as windows in the agent's zone", async () => {
    const { fake } = await openSchedules(LEAD, { 'schedules.set': ({ schedule: week }) => schedule({ schedule: week }) });
    expect(screen.getByTestId('schedules-zone').textContent).toContain('Europe/Berlin');
    const monday = screen.getByTestId('schedules-day-mon') as HTMLInputElement;
    expect(monday.value).toBe('07:00-13:00');
    fireEvent.change(screen.getByTestId('schedules-day-tue'), { target: { value: '08:00-12:00, 13:00-17:00' } });
    fireEvent.click(screen.getByTestId('schedules-week-save'));
    await screen.findByText('Shifts saved; reminders follow them.');
    expect(fake.callsOf('schedules.set').at(-1)).toEqual({
      agentId: 'a1',
      schedule: {
        mon: [['07:00', '13:00']],
        tue: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    });
  });

  it('says which day does not read, and shows the core’s refusal of the upkeep blocks', async () => {
    const { fake } = await openSchedules(LEAD, {
      'schedules.setUpkeep': () => {
        throw new ApiError('invalid_input', 'blocks: SLA upkeep needs blocks on at least 2 different days a week, got 1');
      },
    });
    fireEvent.change(screen.getByTestId('schedules-day-wed'), { target: { value: '9-5' } });
    fireEvent.click(screen.getByTestId('schedules-week-save'));
    expect((await screen.findByRole('alert')).textContent).toContain('Wednesday: write windows as 07:00-13:00');
    expect(fake.callsOf('schedules.set')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('schedules-block-add'));
    fireEvent.click(screen.getByTestId('schedules-upkeep-save'));
    expect((await screen.findByTestId('schedules-upkeep-error')).textContent).toContain('at least 2 different days');
    expect(fake.callsOf('schedules.setUpkeep').at(-1)).toEqual({ agentId: 'a1', blocks: [{ day: 'tue', start: '10:00', minutes: 60 }] });
  });

  it('is read-only for an agent, saying who may change it', async () => {
    await openSchedules(DANA, { 'schedules.get': () => schedule({ blocks: [{ day: 'tue', start: '10:00', minutes: 60 }, { day: 'thu', start: '10:00', minutes: 60 }] }) });
    expect(screen.getByTestId('schedules-read-only').textContent).toContain('Only leads can change schedules');
    expect(screen.queryByTestId('schedules-week-save')).toBeNull();
    expect(screen.queryByTestId('schedules-upkeep-save')).toBeNull();
    expect((screen.getByTestId('schedules-day-mon') as HTMLInputElement).disabled).toBe(true);
    await waitFor(() => expect(within(screen.getByTestId('schedules-upkeep')).getAllByTestId('schedules-block')).toHaveLength(2));
  });
});
