import { afterEach, describe, expect, it } from 'vitest';
import type { SlaSettings } from '../../../shared/contract/index';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla/policy';
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

/** A calendar as a file has it (unknown keys would sit at the top, no `extra`); `settings.setSla` takes this or getSla's shape. */
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

type Policy = SlaSettings['policy'];
const firstResponseIn4Hours = (policy: Policy) => {
  policy.targets.first_response = { amount: 4, unit: 'hours', clock: 'business' };
};

/** A core with the fixture workspace whose lead (a2) saved `calendar` and a changed policy. */
async function leadSaved(calendar: CalendarInput, edit: (policy: Policy) => void = firstResponseIn4Hours): Promise<{ t: TestCore; saved: SlaSettings }> {
  const t = fresh();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a2' });
  const { policy } = await t.call('settings.getSla');
  edit(policy);
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

/** A lead's edits all over the policy: targets, a status moved between groups, the warning thresholds. */
const leadPolicyEdits = (policy: Policy) => {
  policy.targets.first_response = { amount: 4, unit: 'hours', clock: 'business' };
  policy.targets.pending_customer = { amount: 10, unit: 'days', clock: 'calendar' };
  policy.groups.open = ['new', 'assigned'];
  policy.groups.internal.push('staging_fail');
  policy.warning = { usedPercent: 50, minutesBefore: 30 };
};

/** Each queue item's key and SLA (class, deadline, state, remaining time). */
async function queueSla(t: TestCore): Promise<Record<string, unknown>> {
  const { items } = await t.call('queue.list', { view: 'all' });
  return Object.fromEntries(items.map((i) => [i.key, i.sla]));
}

describe('SLA policy through export and import', () => {
  it("a fresh workspace importing the file has the lead's policy, not the defaults, and its deadlines follow it", async () => {
    const { t, saved } = await leadSaved(leadCalendar, leadPolicyEdits);
    expect(saved.defaults.policy).toBe(false);
    const text = await exportedText(t);
    expect(JSON.parse(text).slaPolicy).toEqual(saved.policy);

    const other = fresh();
    await other.call('workspace.import', { content: text });
    const settings = await other.call('settings.getSla');
    expect(settings.policy).toEqual(saved.policy);
    expect(settings.defaults).toEqual({ policy: false, calendar: false });

    // C-999 is new, unanswered, created on a Sunday: 4 business hours from Monday 07:00 in Berlin.
    const deadlines = await queueSla(other);
    expect(deadlines['C-999']).toMatchObject({ class: 'first_response', deadline: '2026-03-02T10:00:00Z' });
    expect(deadlines).toEqual(await queueSla(t));
    expect(await exportedText(other)).toBe(text);
  });

  it('importing the file into a workspace that has the same cases on the default policy moves their deadlines', async () => {
    const { t } = await leadSaved(leadCalendar, leadPolicyEdits);
    const other = fresh();
    await other.call('workspace.import', { content: JSON.stringify({ ...smallWorkspace(), calendar: leadCalendar }) });
    const before = await queueSla(other);
    expect(before['C-999']).toMatchObject({ class: 'first_response', deadline: '2026-03-02T08:00:00Z' });

    await other.call('workspace.import', { content: await exportedText(t) });
    const after = await queueSla(other);
    expect(after['C-999']).toMatchObject({ class: 'first_response', deadline: '2026-03-02T10:00:00Z' });
    expect(after).toEqual(await queueSla(t));
  });

  it('a file without slaPolicy leaves the saved policy alone', async () => {
    const { t, saved } = await leadSaved(leadCalendar, leadPolicyEdits);
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    const settings = await t.call('settings.getSla');
    expect(settings.policy).toEqual(saved.policy);
    expect(settings.defaults.policy).toBe(false);
  });

  it('a workspace whose policy is the default exports no slaPolicy, even after a lead saved it unchanged', async () => {
    const { t, saved } = await leadSaved(leadCalendar, () => {});
    expect(saved.policy).toEqual(DEFAULT_SLA_POLICY);
    expect(saved.defaults.policy).toBe(false);
    expect(JSON.parse(await exportedText(t))).not.toHaveProperty('slaPolicy');
  });

  it('a file with an invalid slaPolicy is refused, naming the path, and nothing is written', async () => {
    const { t } = await leadSaved(leadCalendar, leadPolicyEdits);
    const file = JSON.parse(await exportedText(t)) as { slaPolicy: { targets: { urgent: { amount: number } } } };
    file.slaPolicy.targets.urgent.amount = -1;

    const other = fresh();
    const result = await other.core.dispatch('workspace.import', { content: JSON.stringify(file) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'slaPolicy.targets.urgent.amount: expected a number above 0, got -1' },
    });
    const status = await other.call('workspace.status', { counts: true });
    expect(status.onboarded).toBe(false);
    expect(Object.values(status.counts!).every((n) => n === 0)).toBe(true);
    expect((await other.call('settings.getSla')).defaults).toEqual({ policy: true, calendar: true });
  });
});

describe('settings as getSla shows them go back into setSla unchanged', () => {
  it('saving them changes nothing: no nested extra bag, no stray "extra" key in the export', async () => {
    const t = fresh();
    const raw = smallWorkspace();
    await t.call('workspace.import', { content: JSON.stringify({ ...raw, calendar: { ...raw.calendar, source: 'desk-7' } }) });
    await t.call('session.setAgent', { agentId: 'a2' });
    const before = await exportedText(t);
    const shownBefore = await t.call('settings.getSla');
    expect(shownBefore.calendar.extra).toEqual({ source: 'desk-7' });

    const saved = await t.call('settings.setSla', { policy: shownBefore.policy, calendar: shownBefore.calendar });
    expect(saved.calendar).toEqual(shownBefore.calendar);
    // Saving twice is just as stable.
    expect((await t.call('settings.setSla', { policy: saved.policy, calendar: saved.calendar })).calendar).toEqual(shownBefore.calendar);

    const after = await exportedText(t);
    expect(JSON.parse(after).calendar).not.toHaveProperty('extra');
    expect(JSON.parse(after).calendar.source).toBe('desk-7');
    // Only the audit list grew (the save recorded); everything else is as it was.
    const withoutAudit = (text: string) => ({ ...JSON.parse(text), audit: undefined });
    expect(withoutAudit(after)).toEqual(withoutAudit(before));
    expect(JSON.parse(after).audit.filter((a: { action: string }) => a.action === 'settings.sla').length).toBeGreaterThan(0);
  });
});
