/**
 * Business calendars and business-time arithmetic (`sla.md` section 3). Public surface:
 *
 * - `businessClock(calendar, { from, to }): BusinessClock` — a `DurationClock` (`add`, `between`)
 *   over the calendar's open time, plus `isOpen(at)`. It precomputes the open intervals of
 *   [from, to) (pick the range the callers will ask about, e.g. a year back to a year ahead) and
 *   rebuilds a larger table by itself when asked about instants outside it.
 * - `buildCalendarTable(calendar, fromMs, toMs): CalendarTable` — the open intervals of [from, to)
 *   as epoch-ms typed arrays (`starts`, `ends`, `before` = prefix sums of open time).
 * - `businessDayMs(calendar)` — one business day (`hoursPerBusinessDay`) in milliseconds.
 * - `CalendarInput` — what a calendar needs: the interchange `CalendarRecord` fits (timeZone, week of
 *   local windows `["HH:MM","HH:MM"]` with ends up to 24:00, holidays as local dates, overrides =
 *   local dates with their own windows).
 *
 * Local windows become instants with Temporal's rules for the IANA zone ('compatible'
 * disambiguation): on a DST change day 09:00-17:00 still opens 09:00 and closes 17:00 local.
 * An override replaces its date's windows (also on a holiday); an empty override closes the date.
 * Bad calendars throw a RangeError naming the field; a calendar with no open time at all throws.
 */
import type { DurationClock } from './businessClock';
import { calendarRules, type CalendarInput, type CalendarRules } from './calendarRules';
import { buildTable, closedPeriods, instantAtOpenTime, isOpenAt, openTimeBefore, type CalendarTable } from './calendarTable';
import { DAY, HOUR, toIso } from './instant';

export type { CalendarInput } from './calendarRules';
export type { CalendarTable } from './calendarTable';

export interface BusinessClock extends DurationClock {
  readonly kind: 'business';
  /** Whether the calendar is open at `at` (a window's start is open, its end closed). */
  isOpen(at: number): boolean;
  /** The closed stretches of [from, to), oldest first (what the business clock skips there). */
  closedBetween(from: number, to: number): Array<{ from: number; to: number }>;
}

export function buildCalendarTable(calendar: CalendarInput, fromMs: number, toMs: number): CalendarTable {
  return buildTable(calendarRules(calendar), fromMs, toMs);
}

export function businessDayMs(calendar: { hoursPerBusinessDay: number }): number {
  return calendar.hoursPerBusinessDay * HOUR;
}

/** How far past the start `add` looks for enough open time before it gives up. */
const HORIZON = 10 * 366 * DAY;

export function businessClock(calendar: CalendarInput, range: { from: number; to: number }): BusinessClock {
  const rules = calendarRules(calendar);
  return new TableClock(rules, buildTable(rules, range.from, range.to));
}

function checkInstant(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`business clock: ${name} must be an instant (epoch ms), got ${value}`);
}

class TableClock implements BusinessClock {
  readonly kind = 'business';

  constructor(
    private readonly rules: CalendarRules,
    private table: CalendarTable,
  ) {}

  /** Makes the table cover [from, to], growing by at least its own span so repeated growth stays rare. */
  private cover(from: number, to: number): CalendarTable {
    const t = this.table;
    if (from >= t.from && to <= t.to) return t;
    const span = t.to - t.from;
    const newFrom = from < t.from ? Math.min(from, t.from - span) : t.from;
    const newTo = to > t.to ? Math.max(to + 1, t.to + span) : t.to;
    this.table = buildTable(this.rules, newFrom, newTo);
    return this.table;
  }

  isOpen(at: number): boolean {
    checkInstant('at', at);
    // The table's intervals stop at its `to`: make it reach past `at`.
    return isOpenAt(this.cover(at, at + 1), at);
  }

  closedBetween(from: number, to: number): Array<{ from: number; to: number }> {
    checkInstant('from', from);
    checkInstant('to', to);
    if (to <= from) return [];
    return closedPeriods(this.cover(from, to), from, to);
  }

  add(start: number, durationMs: number): number {
    checkInstant('start', start);
    if (!(durationMs >= 0) || !Number.isFinite(durationMs)) {
      throw new RangeError(`business clock: duration must be 0 or more milliseconds, got ${durationMs}`);
    }
    if (durationMs === 0) return start;
    let table = this.cover(start, start);
    for (;;) {
      const deadline = instantAtOpenTime(table, openTimeBefore(table, start) + durationMs);
      if (deadline !== null) return deadline;
      if (table.to - start > HORIZON) {
        throw new RangeError(
          `business clock: the calendar (${this.rules.timeZone}) has less than ${durationMs / HOUR} h of open time in the 10 years after ${toIso(start)}`,
        );
      }
      table = this.cover(start, table.to + (table.to - table.from));
    }
  }

  between(from: number, to: number): number {
    checkInstant('from', from);
    checkInstant('to', to);
    if (to <= from) return 0;
    const table = this.cover(from, to);
    return openTimeBefore(table, to) - openTimeBefore(table, from);
  }
}
