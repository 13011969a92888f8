import { afterEach, describe, expect, it } from 'vitest';
import type { SlaSettings } from '../../../shared/contract/index';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * A lead's business calendar survives moving a workspace: export from one core, import into a
 * fresh one, and the SLA settings show the same calendar, holidays and part-day overrides included
 * (interchange.md; docs/sla.md "The calendar also comes from the workspace file's `calendar`").
 */
const opened: TestCore[] = [];
function fresh(): TestCore {
  const t = openTestCore({ alerts: false });
  opened.push(t);
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

/** A calendar as `settings.setSla` takes it: the interchange shape (unknown keys would sit at the top, no `extra`). */
type CalendarInput = Omit<SlaSettings['calendar'], 'extra'>;

const leadCalendar: CalendarInput = {
  timeZone: 'Europe/Berlin',
  hoursPerBusinessDay: 7.5,
  week: {
    mon: [['07:00', '13:00'], ['14:00', '17:30']],
    tue: [['08:00', '16:00']],
    wed: [['08:00', '16:00']],
    thu: [['08:00', '16:00']],
    fri: [['08:00', '12:00']],
    sat: [],
    sun: [],
  },
  holidays: ['2026-12-25', '2026-12-26', '2027-01-01'],
  overrides: [
    // Christmas Eve: mornings only.
    { date: '2026-12-24', windows: [['09:00', '12:00']] },
    // A Friday closed all day.
    { date: '2026-05-15', windows: [] },
    // A holiday opened for a stock-take afternoon.
    { date: '2026-12-26', windows: [['13:00', '17:00']] },
  ],
};
/** The same calendar as `settings.getSla` shows it (parsed: unknown keys in an `extra` bag, none here). */
const shown = (calendar: CalendarInput): SlaSettings['calendar'] => ({ ...calendar, extra: {} });

/** A core with the fixture workspace whose lead (a2) saved `calendar` and a changed policy. */
async function leadSaved(calendar: CalendarInput): Promise<{ t: TestCore; saved: SlaSettings }> {
  const t = fresh();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a2' });
  const { policy } = await t.call('settings.getSla');
  policy.targets.first_response = { amount: 4, unit: 'hours', clock: 'business' };
  const saved = await t.call('settings.setSla', { policy, calendar });
  return { t, saved };
}

async function exportedText(t: TestCore): Promise<string> {
  return (await t.call('workspace.export')).content;
}

describe('business calendar through export and import', () => {
  it('the exported file carries the holidays and part-day overrides', async () => {
    const { t } = await leadSaved(leadCalendar);
    const file = JSON.parse(await exportedText(t)) as { calendar: Record<string, unknown> };
    expect(file.calendar).toEqual({
      timeZone: 'Europe/Berlin',
      hoursPerBusinessDay: 7.5,
      week: leadCalendar.week,
      holidays: leadCalendar.holidays,
      overrides: leadCalendar.overrides,
    });
  });

  it('a fresh workspace importing that file shows the same calendar in its SLA settings', async () => {
    const { t, saved } = await leadSaved(leadCalendar);
    expect(saved.calendar).toEqual(shown(leadCalendar));

    const other = fresh();
    await other.call('workspace.import', { content: await exportedText(t) });
    const settings = await other.call('settings.getSla');
    expect(settings.calendar).toEqual(shown(leadCalendar));
    expect(settings.defaults.calendar).toBe(false);
  });

  it('exporting the imported workspace again gives the same text', async () => {
    const { t } = await leadSaved(leadCalendar);
    const first = await exportedText(t);
    const other = fresh();
    await other.call('workspace.import', { content: first });
    expect(await exportedText(other)).toBe(first);
  });

  it('a calendar without overrides exports without an overrides key, as before', async () => {
    const { t } = await leadSaved({ ...leadCalendar, overrides: [] });
    const file = JSON.parse(await exportedText(t)) as { calendar: Record<string, unknown> };
    expect(file.calendar).not.toHaveProperty('overrides');
    const other = fresh();
    await other.call('workspace.import', { content: JSON.stringify(file) });
    expect((await other.call('settings.getSla')).calendar).toEqual(shown({ ...leadCalendar, overrides: [] }));
  });
});
