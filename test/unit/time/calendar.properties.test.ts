import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../shared/domain/vocab';
import { businessClock, type CalendarInput } from '../../../shared/time/calendar';
import { DAY, HOUR, MINUTE } from '../../../shared/time/instant';
import { referenceClock } from './calendarReference';

/**
 * Property tests of the business clock: its laws (add then measure, monotonic, never lands in a
 * closed period) and agreement with the minute-by-minute reference over random calendars around
 * every DST change of 2026-2027 in zones with DST in both hemispheres, a 30-minute DST shift and
 * half-hour / 45-minute offsets.
 */

const ZONES = [
  'America/Chicago', // northern DST
  'Europe/Berlin', // northern DST, changes at 01:00 UTC
  'Australia/Sydney', // southern DST
  'America/Santiago', // southern DST, changes at local midnight
  'Australia/Adelaide', // southern DST with a half-hour offset
  'Australia/Lord_Howe', // half-hour DST shift
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kolkata', // +05:30, no DST
  'Asia/Kathmandu', // +05:45, no DST
] as const;

const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 0, 1);

/** Every time-zone transition in 2026-2027 (from Temporal, never hand-written). */
function transitionsOf(zone: string): number[] {
  const out: number[] = [];
  let z: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(zone);
  while ((z = z.getTimeZoneTransition('next')) !== null && z.epochMilliseconds < TO) out.push(z.epochMilliseconds);
  return out;
}

const hhmm = (halfHours: number) => `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`;

/** 0-3 non-overlapping windows on a half-hour grid (00:00-24:00), so they hit DST hours often. */
const dayWindows = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: [string, string][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push([hhmm(sorted[i]!), hhmm(sorted[i + 1]!)]);
    return out;
  });

const openMinutesOf = (windows: readonly (readonly [string, string])[]) =>
  windows.reduce((sum, [a, b]) => sum + (Number(b.slice(0, 2)) * 60 + Number(b.slice(3))) - (Number(a.slice(0, 2)) * 60 + Number(a.slice(3))), 0);

/** A random calendar in `zone` with holidays and overrides on local dates near `around`. */
function calendarNear(zone: string, around: number): fc.Arbitrary<CalendarInput> {
  const base = Temporal.Instant.fromEpochMilliseconds(around).toZonedDateTimeISO(zone).toPlainDate();
  const nearDate = fc.integer({ min: -4, max: 4 }).map((d) => base.add({ days: d }).toString());
  return fc
    .record({
      week: fc.tuple(...WEEKDAYS.map(() => dayWindows)),
      holidays: fc.uniqueArray(nearDate, { maxLength: 3 }),
      overrides: fc.uniqueArray(fc.record({ date: nearDate, windows: dayWindows }), { maxLength: 2, selector: (o) => o.date }),
    })
    .filter(({ week }) => week.some((w) => w.length > 0))
    .map(({ week, holidays, overrides }) => ({
      timeZone: zone,
      week: Object.fromEntries(WEEKDAYS.map((day, i) => [day, week[i]!])),
      holidays,
      overrides,
    }));
}

/** Business time worth at most about two weeks of this calendar's opening (keeps the reference quick). */
function durationFor(calendar: CalendarInput): fc.Arbitrary<number> {
  const weekly = WEEKDAYS.reduce((sum, day) => sum + openMinutesOf(calendar.week[day] ?? []), 0);
  return fc.integer({ min: 1, max: Math.max(1, Math.min(2 * weekly, 40 * 60)) }).map((m) => m * MINUTE);
}

interface Case {
  calendar: CalendarInput;
  start: number;
  durationMs: number;
  later: number;
  span: number;
  narrow: boolean;
}

/** A calendar, a whole-minute start within days of `around`, a duration, a second start and a span. */
function caseNear(zone: string, around: number): fc.Arbitrary<Case> {
  const aroundMinute = Math.floor(around / MINUTE) * MINUTE;
  return calendarNear(zone, around).chain((calendar) =>
    fc.record({
      calendar: fc.constant(calendar),
      start: fc.integer({ min: -3 * 24 * 60, max: 2 * 24 * 60 }).map((m) => aroundMinute + m * MINUTE),
      durationMs: durationFor(calendar),
      later: fc.integer({ min: 0, max: 2 * 24 * 60 }).map((m) => m * MINUTE),
      span: fc.integer({ min: 0, max: 5 * 24 * 60 }).map((m) => m * MINUTE),
      // Sometimes a table of one day only, so the clock has to extend it.
      narrow: fc.boolean(),
    }),
  );
}

function checkAgainstReference({ calendar, start, durationMs, later, span, narrow }: Case): void {
  const range = narrow ? { from: start, to: start + DAY } : { from: FROM, to: TO };
  const clock = businessClock(calendar, range);
  const ref = referenceClock(calendar);
  const deadline = clock.add(start, durationMs);
  expect(deadline).toBe(ref.add(start, durationMs));
  // Never inside a closed period: the minute before the deadline is open (the deadline is inside a
  // window or exactly at its end).
  expect(ref.openMinute(deadline - MINUTE)).toBe(true);
  expect(clock.between(start, deadline)).toBe(durationMs);
  expect(clock.between(start, start + span)).toBe(ref.between(start, start + span));
  expect(clock.add(start + later, durationMs)).toBeGreaterThanOrEqual(deadline);
  expect(clock.isOpen(start)).toBe(ref.openMinute(start));
}

describe('business clock agrees with the minute-by-minute reference', () => {
  for (const zone of ZONES) {
    const transitions = transitionsOf(zone);
    if (transitions.length === 0) {
      it(`${zone} (no DST): random starts in 2026-2027`, () => {
        fc.assert(
          fc.property(
            fc.integer({ min: FROM, max: TO - 7 * DAY }).chain((around) => caseNear(zone, around)),
            checkAgainstReference,
          ),
          { numRuns: 40 },
        );
      });
      continue;
    }
    it(`${zone}: around each of its ${transitions.length} DST changes in 2026-2027`, () => {
      expect(transitions.length).toBeGreaterThanOrEqual(4);
      for (const change of transitions) {
        fc.assert(fc.property(caseNear(zone, change), checkAgainstReference), { numRuns: 12 });
      }
    });
  }
});

describe('business clock laws on any instant (not only whole minutes)', () => {
  const chicago: CalendarInput = {
    timeZone: 'America/Chicago',
    week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '12:00'], ['13:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    holidays: ['2026-05-25', '2026-07-03', '2026-12-25', '2027-01-01'],
  };
  const clock = businessClock(chicago, { from: FROM, to: TO });
  const instant = fc.integer({ min: FROM, max: TO - 30 * DAY });
  const duration = fc.integer({ min: 0, max: 40 * HOUR });

  it('adding then measuring returns the duration', () => {
    fc.assert(
      fc.property(instant, duration, (start, d) => {
        expect(clock.between(start, clock.add(start, d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('deadlines are monotonic in the start', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 * DAY }), duration, (start, delta, d) => {
        expect(clock.add(start + delta, d)).toBeGreaterThanOrEqual(clock.add(start, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('a deadline is never inside a closed period except at a window end', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 * HOUR }), (start, d) => {
        const deadline = clock.add(start, d);
        expect(clock.isOpen(deadline - 1)).toBe(true);
        // And it is the first such instant: a millisecond earlier, the target is not yet reached.
        expect(clock.between(start, deadline - 1)).toBe(d - 1);
      }),
      { numRuns: 2000 },
    );
  });
});
