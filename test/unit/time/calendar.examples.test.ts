import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../shared/interchange/schema';
import { buildCalendarTable, businessClock, businessDayMs, type CalendarInput } from '../../../shared/time/calendar';
import { HOUR, MINUTE } from '../../../shared/time/instant';

const NINE_TO_FIVE = [['09:00', '17:00']] as const;
const chicago: CalendarInput = {
  timeZone: 'America/Chicago',
  week: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE },
  holidays: ['2026-12-25'],
};
const RANGE = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2028, 0, 1) };

/** An instant from local wall-clock time in `zone` ("2026-03-06T16:00"). */
function at(local: string, zone = 'America/Chicago'): number {
  return Temporal.PlainDateTime.from(local).toZonedDateTime(zone).epochMilliseconds;
}
/** Local wall-clock time of an instant, for readable expectations. */
function local(ms: number, zone = 'America/Chicago'): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

describe('business clock: examples of each rule (sla.md section 3)', () => {
  const clock = businessClock(chicago, RANGE);

  it('starting while closed begins counting at the next opening', () => {
    // Saturday morning: nothing counts until Monday 09:00.
    expect(local(clock.add(at('2026-03-07T10:00'), 2 * HOUR))).toBe('2026-03-09T11:00');
    expect(clock.between(at('2026-03-07T10:00'), at('2026-03-09T10:00'))).toBe(HOUR);
    // Before opening on a weekday.
    expect(local(clock.add(at('2026-06-10T06:30'), 30 * MINUTE))).toBe('2026-06-10T09:30');
  });

  it('a deadline reached exactly at closing is the closing time, not the next opening', () => {
    expect(local(clock.add(at('2026-06-10T09:00'), 8 * HOUR))).toBe('2026-06-10T17:00');
    expect(local(clock.add(at('2026-06-12T15:00'), 2 * HOUR))).toBe('2026-06-12T17:00');
    // One more minute moves to the next business day (Monday after a Friday).
    expect(local(clock.add(at('2026-06-12T15:00'), 2 * HOUR + MINUTE))).toBe('2026-06-15T09:01');
  });

  it('skips holidays (local dates, closed all day)', () => {
    // Thu 24 Dec 15:00: 2 h on Thursday, Friday 25th is a holiday, the other 2 h on Monday.
    expect(local(clock.add(at('2026-12-24T15:00'), 4 * HOUR))).toBe('2026-12-28T11:00');
    expect(clock.between(at('2026-12-25T00:00'), at('2026-12-26T00:00'))).toBe(0);
  });

  it('uses an override instead of the weekday: a partial day, a closed day, an extra open day', () => {
    const withOverrides = businessClock(
      {
        ...chicago,
        overrides: [
          { date: '2026-12-24', windows: [['09:00', '12:00']] },
          { date: '2026-12-31', windows: [] },
          { date: '2027-01-02', windows: [['10:00', '14:00']] },
        ],
      },
      RANGE,
    );
    expect(local(withOverrides.add(at('2026-12-24T10:00'), 4 * HOUR))).toBe('2026-12-28T11:00');
    expect(withOverrides.between(at('2026-12-31T00:00'), at('2027-01-01T00:00'))).toBe(0);
    // Friday 1 Jan is a normal weekday here; Saturday 2 Jan opens 10:00-14:00.
    expect(local(withOverrides.add(at('2027-01-01T16:00'), 2 * HOUR))).toBe('2027-01-02T11:00');
  });

  it('several windows a day: the gap between them does not count', () => {
    const split = businessClock(
      { timeZone: 'America/Chicago', week: { mon: [['07:00', '13:00'], ['17:00', '20:00']] } },
      RANGE,
    );
    expect(local(split.add(at('2026-06-08T12:00'), 2 * HOUR))).toBe('2026-06-08T18:00');
    expect(split.between(at('2026-06-08T00:00'), at('2026-06-09T00:00'))).toBe(9 * HOUR);
    expect(split.isOpen(at('2026-06-08T15:00'))).toBe(false);
    expect(split.isOpen(at('2026-06-08T17:00'))).toBe(true);
  });

  it('windows after midnight: a 24:00 end and the next 00:00 start are one open stretch', () => {
    const night: CalendarInput = {
      timeZone: 'Europe/London',
      week: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] },
    };
    const table = buildCalendarTable(night, Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 8));
    expect(table.starts.length).toBe(1);
    expect(table.ends[0]! - table.starts[0]!).toBe(8 * HOUR);
    const clock = businessClock(night, RANGE);
    expect(local(clock.add(at('2026-06-08T23:00', 'Europe/London'), 3 * HOUR), 'Europe/London')).toBe('2026-06-09T02:00');
    // Ending exactly at 24:00 is Monday's midnight, not a later opening.
    expect(local(clock.add(at('2026-06-08T22:00', 'Europe/London'), 2 * HOUR), 'Europe/London')).toBe('2026-06-09T00:00');
  });

  it('windows are local time on DST change days; a window across the change is an hour shorter or longer', () => {
    const everyDay: CalendarInput = {
      timeZone: 'America/Chicago',
      week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '06:00'], ['09:00', '17:00']]])),
    };
    const clock = businessClock(everyDay, RANGE);
    // Sunday 8 March 2026: clocks go 02:00 -> 03:00. Sunday 1 November 2026: 02:00 -> 01:00.
    expect(clock.add(at('2026-03-08T09:00'), 8 * HOUR)).toBe(at('2026-03-08T17:00'));
    expect(clock.between(at('2026-03-08T00:00'), at('2026-03-08T06:00'))).toBe(5 * HOUR);
    expect(clock.between(at('2026-11-01T00:00'), at('2026-11-01T06:00'))).toBe(7 * HOUR);
    expect(clock.add(at('2026-11-01T09:00'), 8 * HOUR)).toBe(at('2026-11-01T17:00'));
  });

  it('follows zones with half-hour offsets and southern-hemisphere DST', () => {
    const india = businessClock({ timeZone: 'Asia/Kolkata', week: { mon: NINE_TO_FIVE } }, RANGE);
    expect(india.add(Date.UTC(2026, 5, 8, 0, 0), HOUR)).toBe(Date.UTC(2026, 5, 8, 4, 30));
    // Adelaide (+10:30 in January, +09:30 in June).
    const adelaide = businessClock({ timeZone: 'Australia/Adelaide', week: { mon: NINE_TO_FIVE } }, RANGE);
    expect(adelaide.add(Date.UTC(2026, 0, 4, 0, 0), HOUR)).toBe(Date.UTC(2026, 0, 4, 23, 30));
    expect(adelaide.add(Date.UTC(2026, 5, 7, 0, 0), HOUR)).toBe(Date.UTC(2026, 6 - 1, 8, 0, 30));
  });

  it('extends its table when asked about instants outside it', () => {
    const narrow = businessClock(chicago, { from: Date.UTC(2026, 0, 5), to: Date.UTC(2026, 0, 6) });
    const wide = businessClock(chicago, { from: Date.UTC(2024, 0, 1), to: Date.UTC(2031, 0, 1) });
    for (const start of [at('2030-07-03T16:00'), at('2025-02-14T08:00'), at('2026-01-05T16:30')]) {
      expect(narrow.add(start, 24 * HOUR)).toBe(wide.add(start, 24 * HOUR));
    }
    // An instant at the end of a table is still known to be open.
    const endsMidWindow = businessClock(chicago, { from: at('2026-06-10T08:00'), to: at('2026-06-10T12:00') });
    expect(endsMidWindow.isOpen(at('2026-06-10T12:00'))).toBe(true);
    expect(narrow.between(at('2024-01-01T00:00'), at('2030-01-01T00:00'))).toBe(
      wide.between(at('2024-01-01T00:00'), at('2030-01-01T00:00')),
    );
  });

  it('adding nothing is the start; measuring backwards is 0', () => {
    const sat = at('2026-03-07T10:00');
    expect(clock.add(sat, 0)).toBe(sat);
    expect(clock.between(sat + HOUR, sat)).toBe(0);
  });

  it('one business day is hoursPerBusinessDay hours', () => {
    expect(businessDayMs({ hoursPerBusinessDay: 7.5 })).toBe(7.5 * HOUR);
  });
});

describe('business clock of an interchange calendar record', () => {
  it('takes the parsed record as it is (the spec example: Chicago 9-5 with Christmas off)', () => {
    const record = calendarSchema.parse({
      timeZone: 'America/Chicago',
      hoursPerBusinessDay: 8,
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']], sat: [], sun: [] },
      holidays: ['2026-12-25'],
    });
    const clock = businessClock(record, RANGE);
    expect(local(clock.add(at('2026-12-24T16:00'), businessDayMs(record)))).toBe('2026-12-28T16:00');
  });
});

describe('business clock: bad input', () => {
  it('refuses a calendar with no open time at all instead of looping', () => {
    expect(() => businessClock({ timeZone: 'America/Chicago', week: {}, overrides: [{ date: '2026-01-01', windows: [] }] }, RANGE)).toThrow(
      /no open time at all/,
    );
  });

  it('gives up with a clear error when the open time ends (only one override opens)', () => {
    const once = businessClock({ timeZone: 'UTC', week: {}, overrides: [{ date: '2026-06-01', windows: [['09:00', '10:00']] }] }, RANGE);
    expect(once.add(Date.UTC(2026, 4, 1), 30 * MINUTE)).toBe(Date.UTC(2026, 5, 1, 9, 30));
    expect(() => once.add(Date.UTC(2026, 4, 1), 2 * HOUR)).toThrow(/less than 2 h of open time in the 10 years after 2026-05-01T00:00:00Z/);
  });

  it('names the bad field', () => {
    expect(() => businessClock({ ...chicago, timeZone: 'Mars/Olympus' }, RANGE)).toThrow(/timeZone.*"Mars\/Olympus"/);
    expect(() => businessClock({ ...chicago, week: { mon: [['17:00', '09:00']] } }, RANGE)).toThrow(/week\.mon.*end is after its start/);
    expect(() => businessClock({ ...chicago, holidays: ['2026-02-30'] }, RANGE)).toThrow(/holidays\[0\].*"2026-02-30"/);
    expect(() => businessClock({ ...chicago, overrides: [{ date: '2026-01-02', windows: [['9:00', '12:00']] }] }, RANGE)).toThrow(
      /overrides\[0\]\.windows.*HH:MM/,
    );
    const clock = businessClock(chicago, RANGE);
    expect(() => clock.add(Date.UTC(2026, 0, 5), -HOUR)).toThrow(/duration must be 0 or more/);
    expect(() => clock.between(Number.NaN, 0)).toThrow(/from must be an instant/);
  });
});
