import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { resetSettingsStore } from '../../renderer/features/settings/settingsStore';
import type { Agent, SlaSettings } from '../../shared/contract/index';
import { calendarSchema } from '../../shared/interchange/schema';
import { DEFAULT_SLA_POLICY, slaPolicySchema } from '../../shared/sla/policy';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';

const LEAD: Agent = { ...DANA, role: 'lead' };

const calendar = calendarSchema.parse({
  timeZone: 'Europe/Berlin',
  hoursPerBusinessDay: 8,
  week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
  holidays: ['2026-12-25'],
  overrides: [
    { date: '2026-12-24', windows: [['09:00', '12:00']] },
    { date: '2026-12-31', windows: [['09:00', '12:00']] },
  ],
});

const SETTINGS: SlaSettings = { policy: slaPolicySchema.parse(DEFAULT_SLA_POLICY), calendar, defaults: { policy: true, calendar: false } };

beforeEach(resetSettingsStore);
afterEach(() => {
  teardown();
  resetSettingsStore();
});

async function openSettings(agent: Agent, overrides: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ 'session.get': () => ({ agent }), 'settings.getSla': () => SETTINGS, ...overrides });
  fireEvent.click(await screen.findByTestId('agent-menu'));
  fireEvent.click(await screen.findByTestId('open-sla-settings'));
  const dialog = await screen.findByTestId('sla-settings');
  await within(dialog).findByLabelText('Urgent target amount');
  return { ...app, dialog };
}

function change(dialog: HTMLElement, label: string, value: string) {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
}

function saveButton(dialog: HTMLElement): HTMLButtonElement {
  return within(dialog).getByRole('button', { name: 'Save' }) as HTMLButtonElement;
}

describe('SLA settings screen', () => {
  it('lets a lead edit targets, hours and holidays and save them in one call', async () => {
    const { fake, dialog } = await openSettings(LEAD, {
      // As the core does: parse with the contract's schemas (refusing what it would refuse), answer what was saved.
      'settings.setSla': (input) => ({
        policy: slaPolicySchema.parse(input.policy),
        calendar: calendarSchema.parse(input.calendar),
        defaults: { policy: false, calendar: false },
      }),
    });
    expect(fake.callsOf('settings.getSla')).toEqual([{}]);
    expect(within(dialog).queryByTestId('sla-read-only')).toBeNull();
    expect(within(dialog).getByTestId('overrides-note').textContent).toContain('2 date overrides');
    expect(saveButton(dialog).disabled).toBe(true);

    change(dialog, 'Urgent target amount', '4');
    change(dialog, 'Urgent target unit', 'hours');
    change(dialog, 'Urgent clock', 'calendar');
    change(dialog, 'Group of Moved to Staging', 'none');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a window on Saturday' }));
    change(dialog, 'Saturday window 1 closes', '13:00');
    const zone = within(dialog).getByRole('combobox', { name: 'Time zone' });
    zone.focus();
    fireEvent.change(zone, { target: { value: 'America/Chic' } });
    fireEvent.click(await screen.findByRole('option', { name: 'America/Chicago' }));
    fireEvent.click(within(dialog).getByLabelText('Remove holiday 2026-12-25'));
    change(dialog, 'New holiday', '2027-01-01');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add holiday' }));

    fireEvent.click(saveButton(dialog));
    expect(await within(dialog).findByText('Saved — every deadline was recomputed')).toBeTruthy();
    const calls = fake.callsOf('settings.setSla') as { policy: SlaSettings['policy']; calendar: Record<string, unknown> }[];
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.policy).toEqual({
      ...DEFAULT_SLA_POLICY,
      targets: { ...DEFAULT_SLA_POLICY.targets, urgent: { amount: 4, unit: 'hours', clock: 'calendar' } },
      groups: { ...DEFAULT_SLA_POLICY.groups, internal: ['pending_product', 'pending_development', 'pending_release', 'staging_pass'] },
    });
    expect(call!.calendar).toEqual({
      timeZone: 'America/Chicago',
      hoursPerBusinessDay: 8,
      week: { ...calendar.week, sat: [['09:00', '13:00']] },
      holidays: ['2027-01-01'],
      overrides: calendar.overrides,
    });
    // Saved and re-read: nothing left to save.
    expect(saveButton(dialog).disabled).toBe(true);
  });

  it('shows what is wrong next to the field and does not save', async () => {
    const { fake, dialog } = await openSettings(LEAD, { 'settings.setSla': () => SETTINGS });
    change(dialog, 'Urgent target amount', '-1');
    change(dialog, 'Monday window 1 closes', '08:00');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a window on Tuesday' }));
    change(dialog, 'Tuesday window 2 opens', '16:00');

    expect(within(within(dialog).getByTestId('target-urgent')).getByText('Enter a number above 0')).toBeTruthy();
    expect(within(within(dialog).getByTestId('day-mon')).getByText('The end must be after the start')).toBeTruthy();
    expect(within(within(dialog).getByTestId('day-tue')).getByText('Overlaps 09:00–17:00')).toBeTruthy();
    expect(within(dialog).getByTestId('sla-form-errors').textContent).toContain('3 fields need fixing');
    expect(saveButton(dialog).disabled).toBe(true);
    fireEvent.click(saveButton(dialog));
    expect(fake.callsOf('settings.setSla')).toEqual([]);

    change(dialog, 'Urgent target amount', '2');
    change(dialog, 'Monday window 1 closes', '17:00');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Tuesday window 2' }));
    expect(within(dialog).queryByTestId('sla-form-errors')).toBeNull();
    expect(saveButton(dialog).disabled).toBe(false);
  });

  it("shows the core's refusal in its own words and keeps the edits", async () => {
    const refusal = 'settings.setSla: policy.targets.urgent.amount: expected a number above 0, got -1';
    const { dialog } = await openSettings(LEAD, {
      'settings.setSla': () => {
        throw new ApiError('invalid_input', refusal);
      },
    });
    change(dialog, 'Urgent target amount', '3');
    fireEvent.click(saveButton(dialog));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(refusal);
    expect((within(dialog).getByLabelText('Urgent target amount') as HTMLInputElement).value).toBe('3');
    expect(within(dialog).queryByText('Saved — every deadline was recomputed')).toBeNull();
  });

  it('puts the built-in targets back in the form, and saves them only on Save', async () => {
    const edited = slaPolicySchema.parse({
      ...DEFAULT_SLA_POLICY,
      targets: { ...DEFAULT_SLA_POLICY.targets, urgent: { amount: 5, unit: 'hours', clock: 'calendar' } },
      warning: { usedPercent: 50, minutesBefore: 60 },
    });
    const { fake, dialog } = await openSettings(LEAD, {
      'settings.getSla': () => ({ ...SETTINGS, policy: edited, defaults: { policy: false, calendar: false } }),
      'settings.setSla': () => SETTINGS,
    });
    expect((within(dialog).getByLabelText('Urgent target amount') as HTMLInputElement).value).toBe('5');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset targets to defaults' }));
    expect((within(dialog).getByLabelText('Urgent target amount') as HTMLInputElement).value).toBe('1');
    expect(fake.callsOf('settings.setSla')).toEqual([]);
    fireEvent.click(saveButton(dialog));
    await within(dialog).findByText('Saved — every deadline was recomputed');
    const [call] = fake.callsOf('settings.setSla') as { policy: unknown }[];
    expect(call!.policy).toEqual(DEFAULT_SLA_POLICY);
  });

  it('shows settings another lead saved while the screen is open, unless there are edits', async () => {
    let current = SETTINGS;
    const { fake, dialog } = await openSettings(LEAD, { 'settings.getSla': () => current });
    current = { ...SETTINGS, calendar: { ...calendar, hoursPerBusinessDay: 7 } };
    fake.emitChanged(['settings']);
    await waitFor(() => expect((within(dialog).getByLabelText('Hours per business day') as HTMLInputElement).value).toBe('7'));

    change(dialog, 'Urgent target amount', '9');
    current = { ...SETTINGS, calendar: { ...calendar, hoursPerBusinessDay: 6 } };
    const reads = fake.callsOf('settings.getSla').length;
    fake.emitChanged(['settings']);
    expect(fake.callsOf('settings.getSla')).toHaveLength(reads);
    expect((within(dialog).getByLabelText('Hours per business day') as HTMLInputElement).value).toBe('7');
    expect((within(dialog).getByLabelText('Urgent target amount') as HTMLInputElement).value).toBe('9');
  });

  it('says who may edit, and that choosing a profile is not a sign-in', async () => {
    const { dialog } = await openSettings(LEAD);
    const who = within(dialog).getByTestId('sla-who-edits');
    expect(who.textContent).toContain('Leads can change the SLA settings (you are one)');
    expect(who.textContent).toContain('not a sign-in');
  });

  it('shows an agent who is not a lead the same settings, read-only', async () => {
    const { fake, dialog } = await openSettings(DANA);
    expect(within(dialog).getByTestId('sla-read-only').textContent).toContain('Only leads can change the SLA settings');
    expect(within(dialog).getByTestId('sla-who-edits').textContent).toContain('not a sign-in');
    const amount = within(dialog).getByLabelText('Urgent target amount') as HTMLInputElement;
    expect(amount.value).toBe('1');
    expect(amount.disabled).toBe(true);
    expect((within(dialog).getByLabelText('Monday window 1 opens') as HTMLInputElement).disabled).toBe(true);
    expect((within(dialog).getByLabelText('Group of Assigned') as HTMLSelectElement).disabled).toBe(true);
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Add holiday' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Add a window on Monday' })).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('sla-settings')).toBeNull());
    expect(fake.callsOf('settings.setSla')).toEqual([]);
  });
});
