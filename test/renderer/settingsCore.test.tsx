import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, setApiClient, type Transport } from '../../renderer/api';
import { App } from '../../renderer/app/App';
import { resetCaseStore } from '../../renderer/features/case/caseStore';
import { resetFirstRunStore } from '../../renderer/features/firstRun/firstRunStore';
import { resetQueueStore } from '../../renderer/features/queue/queueStore';
import { resetSessionStore } from '../../renderer/features/session/sessionStore';
import { resetSettingsStore } from '../../renderer/features/settings/settingsStore';
import type { EventName, EventPayload } from '../../shared/contract/index';
import { openTestCore, type TestCore } from '../support/testCore';

/**
 * The settings screen against the real core (fresh workspace file, fake clock), through the same
 * client the app uses: what the core answers is what the screen reads, and what the screen saves
 * is what the core accepts.
 */
let opened: TestCore | null = null;

afterEach(() => {
  cleanup();
  setApiClient(null);
  resetSettingsStore();
  opened?.cleanup();
  opened = null;
});

function transportTo(test: TestCore): Transport {
  return {
    request: (method, payload) => test.core.dispatch(method, payload),
    subscribe: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) =>
      test.core.on(event as 'changed', listener as (payload: EventPayload<'changed'>) => void),
    connection: () => 'open',
    onConnection: () => () => undefined,
  };
}

async function openWithLead(): Promise<{ test: TestCore; dialog: HTMLElement }> {
  const test = openTestCore();
  opened = test;
  const workspace = {
    format: 'shiftdesk-workspace',
    version: 1,
    agents: [{ id: 'lead1', name: 'Lee Park', email: 'lee@example.com', role: 'lead', timeZone: 'Europe/Berlin' }],
  };
  await test.call('workspace.import', { content: JSON.stringify(workspace) });
  await test.call('session.setAgent', { agentId: 'lead1' });
  resetQueueStore();
  resetCaseStore();
  resetSessionStore();
  resetFirstRunStore();
  setApiClient(createApiClient(transportTo(test)));
  render(<App clock={test.clock} />);
  fireEvent.click(await screen.findByTestId('agent-menu'));
  fireEvent.click(await screen.findByTestId('open-sla-settings'));
  const dialog = await screen.findByTestId('sla-settings');
  await within(dialog).findByLabelText('Urgent target amount');
  return { test, dialog };
}

describe('SLA settings screen on the real core', () => {
  it('reads the built-in defaults of a new workspace and saves a lead’s edits the core accepts', async () => {
    const { test, dialog } = await openWithLead();
    expect(within(dialog).getByText('The built-in defaults are in use: nothing has been saved yet.')).toBeTruthy();
    expect((within(dialog).getByLabelText('Monday window 1 opens') as HTMLInputElement).value).toBe('09:00');
    expect(within(dialog).getByTestId('day-sat').textContent).toContain('Closed');

    fireEvent.change(within(dialog).getByLabelText('Urgent target amount'), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('New holiday'), { target: { value: '2026-12-25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add holiday' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Saved — every deadline was recomputed')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    const stored = await test.call('settings.getSla', {});
    expect(stored.policy.targets.urgent).toEqual({ amount: 2, unit: 'business_days', clock: 'business' });
    expect(stored.calendar.holidays).toEqual(['2026-12-25']);
    expect(stored.calendar.timeZone).toBe('UTC');
    expect(stored.defaults).toEqual({ policy: false, calendar: false });
  });
});
