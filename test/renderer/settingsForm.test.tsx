import { describe, expect, it } from 'vitest';
import { clockOfUnit, formChanged, formFromSettings, settingsFromForm, unplacedErrors, validateSlaForm, withDefaultPolicy, type SlaForm } from '../../renderer/features/settings/slaForm';
import { calendarSchema } from '../../shared/interchange/schema';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../shared/sla/policy';

/** A calendar as the core answers it: parsed by the interchange schema (so with `extra`). */
const calendar = calendarSchema.parse({
  timeZone: 'Europe/Berlin',
  hoursPerBusinessDay: 7.5,
  week: {
    mon: [['07:00', '13:00'], ['17:00', '20:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '24:00']],
  },
  holidays: ['2026-12-25', '2027-01-01'],
  overrides: [{ date: '2026-12-24', windows: [['09:00', '12:00']] }],
  region: 'EMEA',
});

const policy: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  targets: { ...DEFAULT_SLA_POLICY.targets, first_response: { amount: 1.5, unit: 'hours', clock: 'calendar' } },
  groups: { open: ['new', 'assigned'], internal: ['pending_product', 'staging_fail'], customer: ['pending_input'] },
  warning: { usedPercent: 80, minutesBefore: 30 },
};

function form(): SlaForm {
  return formFromSettings({ policy, calendar });
}

function saved(f: SlaForm) {
  const result = settingsFromForm(f);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('SLA settings form helpers', () => {
  it('turns the loaded settings into a form and back without changing them', () => {
    const value = saved(form());
    expect(value.policy).toEqual(policy);
    // The core reads the saved calendar back to the same record: extra keys and overrides kept.
    expect(calendarSchema.parse(value.calendar)).toEqual(calendar);
    expect(value.calendar).not.toHaveProperty('extra');
    expect(value.calendar.region).toBe('EMEA');
  });

  it('shows statuses outside every group as not timed, and leaves them out when saving', () => {
    const f = form();
    expect(f.groups.moved_to_staging).toBe('none');
    expect(f.groups.staging_fail).toBe('internal');
    const value = saved({ ...f, groups: { ...f.groups, moved_to_staging: 'customer', new: 'none' } });
    expect(value.policy.groups).toEqual({ open: ['assigned'], internal: ['pending_product', 'staging_fail'], customer: ['pending_input', 'moved_to_staging'] });
  });

  it('lets the unit decide the clock for business days and days only', () => {
    expect(clockOfUnit('business_days')).toBe('business');
    expect(clockOfUnit('days')).toBe('calendar');
    expect(clockOfUnit('hours')).toBeNull();
    const f = form();
    // A stale clock choice left behind by a unit change cannot reach the core.
    const value = saved({ ...f, targets: { ...f.targets, urgent: { amount: '2', unit: 'days', clock: 'business' } } });
    expect(value.policy.targets.urgent).toEqual({ amount: 2, unit: 'days', clock: 'calendar' });
  });

  it('writes windows per weekday, a day without windows as closed, and holidays in date order', () => {
    const f = form();
    const value = saved({
      ...f,
      week: { ...f.week, tue: [], sat: [{ start: '10:00', end: '14:00' }] },
      holidays: ['2027-01-01', '2026-12-25', '2026-12-31'],
    });
    expect(value.calendar.week.tue).toBeUndefined();
    expect(value.calendar.week.sat).toEqual([['10:00', '14:00']]);
    expect(value.calendar.holidays).toEqual(['2026-12-25', '2026-12-31', '2027-01-01']);
  });

  it('names empty, non-positive and out-of-range numbers next to their fields', () => {
    const f = form();
    const errors = validateSlaForm({
      ...f,
      targets: { ...f.targets, urgent: { ...f.targets.urgent, amount: '-1' }, open: { ...f.targets.open, amount: '' } },
      warning: { usedPercent: '120', minutesBefore: '2.5' },
      hoursPerBusinessDay: '0',
    });
    expect(errors).toEqual({
      'targets.urgent.amount': 'Enter a number above 0',
      'targets.open.amount': 'Required',
      'warning.usedPercent': 'Enter at most 100',
      'warning.minutesBefore': 'Enter a whole number',
      hoursPerBusinessDay: 'Enter a number above 0',
    });
    expect(settingsFromForm({ ...f, warning: { ...f.warning, minutesBefore: '-5' } })).toEqual({
      ok: false,
      errors: { 'warning.minutesBefore': 'Enter 0 or more' },
    });
  });

  it('names a bad time, an end before its start and overlapping windows on the window itself', () => {
    const f = form();
    const errors = validateSlaForm({
      ...f,
      week: {
        ...f.week,
        mon: [{ start: '09:00', end: '12:00' }, { start: '11:30', end: '13:00' }],
        tue: [{ start: '17:00', end: '09:00' }],
        wed: [{ start: '9', end: '24:30' }],
        thu: [{ start: '00:00', end: '24:00' }],
      },
    });
    expect(errors).toEqual({
      'week.mon.1.start': 'Overlaps 09:00–12:00',
      'week.tue.0.end': 'The end must be after the start',
      'week.wed.0.start': 'Enter a time HH:MM (00:00–24:00)',
      'week.wed.0.end': 'Enter a time HH:MM (00:00–24:00)',
    });
    expect(validateSlaForm({ ...f, week: { ...f.week, mon: [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '13:00' }] } })).toEqual({});
  });

  it('names an unknown time zone and a bad or repeated holiday', () => {
    const f = form();
    expect(validateSlaForm({ ...f, timeZone: 'Mars/Olympus', holidays: ['2026-12-25', '2026-02-30', '2026-12-25'] })).toEqual({
      timeZone: 'Unknown time zone "Mars/Olympus"',
      'holidays.1': 'Not a date: "2026-02-30"',
      'holidays.2': '2026-12-25 is listed twice',
    });
    expect(validateSlaForm({ ...f, timeZone: ' ' })).toEqual({ timeZone: 'Required' });
  });

  it('puts the built-in policy back without touching the calendar, and tells an edited form apart', () => {
    const f = form();
    const reset = withDefaultPolicy({ ...f, timeZone: 'Asia/Tokyo' });
    expect(saved(reset).policy).toEqual(DEFAULT_SLA_POLICY);
    expect(reset.timeZone).toBe('Asia/Tokyo');
    expect(reset.holidays).toEqual(f.holidays);
    expect(formChanged(f, { policy, calendar })).toBe(false);
    expect(formChanged(reset, { policy, calendar })).toBe(true);
  });

  it('reads a built-in calendar that comes without holidays and overrides', () => {
    const bare = { timeZone: 'UTC', hoursPerBusinessDay: 8, week: { mon: [['09:00', '17:00']] } } as unknown as typeof calendar;
    const value = saved(formFromSettings({ policy, calendar: bare }));
    expect(value.calendar).toEqual({ timeZone: 'UTC', hoursPerBusinessDay: 8, week: { mon: [['09:00', '17:00']] }, holidays: [], overrides: [] });
  });

  it('lists errors no field shows in the core’s own words', () => {
    expect(unplacedErrors({ 'targets.urgent.amount': 'Required', 'overrides.0.date': 'a second override for 2026-12-24' })).toEqual([
      'overrides.0.date: a second override for 2026-12-24',
    ]);
  });
});
