import { WEEKDAYS } from '../domain/vocab';
import { isLocalDate, isTimeZone, minutesOfDay, shown, windows as windowsSchema } from '../interchange/fields';
import { dayFromLocalDate, weekdayIndex } from './calendarDays';

/**
 * A business calendar (`sla.md` section 3) read into numbers: which local wall-clock windows
 * (minutes of the day, the end may be 1440 = 24:00) are open on a given local day number.
 */

/** The calendar fields the arithmetic uses (the interchange `CalendarRecord` has them all). */
export interface CalendarInput {
  timeZone: string;
  week: Partial<Record<(typeof WEEKDAYS)[number], readonly (readonly [string, string])[]>>;
  holidays?: readonly string[];
  /** Local dates that use these windows instead of their weekday's (none = closed all day). */
  overrides?: readonly { date: string; windows: readonly (readonly [string, string])[] }[];
}

/** Open windows of a day as [startMinute, endMinute] pairs in start order. */
export type DayWindows = readonly (readonly [number, number])[];

export interface CalendarRules {
  readonly timeZone: string;
  windowsOn(dayNumber: number): DayWindows;
}

const CLOSED: DayWindows = [];

function readWindows(value: unknown, where: string): DayWindows {
  const parsed = windowsSchema.safeParse(value);
  if (!parsed.success) throw new RangeError(`calendar ${where}: ${parsed.error.issues[0]?.message ?? 'invalid windows'}`);
  return parsed.data
    .map(([from, to]) => [minutesOfDay(from), minutesOfDay(to)] as const)
    .sort((a, b) => a[0] - b[0]);
}

/** Reads and checks a calendar; throws a RangeError naming the bad field, or when nothing is ever open. */
export function calendarRules(calendar: CalendarInput): CalendarRules {
  if (!isTimeZone(calendar.timeZone)) {
    throw new RangeError(`calendar timeZone: expected an IANA time zone (America/Chicago), got ${shown(calendar.timeZone)}`);
  }
  const weekly = WEEKDAYS.map((day) => readWindows(calendar.week[day] ?? [], `week.${day}`));
  const dated = new Map<number, DayWindows>();
  for (const [i, date] of (calendar.holidays ?? []).entries()) {
    if (!isLocalDate(date)) throw new RangeError(`calendar holidays[${i}]: expected a date YYYY-MM-DD, got ${shown(date)}`);
    dated.set(dayFromLocalDate(date), CLOSED);
  }
  // Overrides win over holidays: they name exactly what that date does.
  for (const [i, o] of (calendar.overrides ?? []).entries()) {
    if (!isLocalDate(o.date)) throw new RangeError(`calendar overrides[${i}].date: expected a date YYYY-MM-DD, got ${shown(o.date)}`);
    dated.set(dayFromLocalDate(o.date), readWindows(o.windows, `overrides[${i}].windows`));
  }
  const weeklyOpen = weekly.some((w) => w.length > 0);
  if (!weeklyOpen && ![...dated.values()].some((w) => w.length > 0)) {
    throw new RangeError('calendar has no open time at all: every weekday is closed and no override opens a day');
  }
  return {
    timeZone: calendar.timeZone,
    windowsOn: (dayNumber) => dated.get(dayNumber) ?? weekly[weekdayIndex(dayNumber)]!,
  };
}
