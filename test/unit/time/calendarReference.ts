import { Temporal } from 'temporal-polyfill';
import { WEEKDAYS } from '../../../shared/domain/vocab';
import type { CalendarInput } from '../../../shared/time/calendar';
import { DAY, MINUTE } from '../../../shared/time/instant';

/**
 * The slow, obviously-correct business clock the fast one is checked against: it walks minute by
 * minute and asks, for every minute, whether some window of some local date contains it. A date's
 * windows are its override's, else none on a holiday, else its weekday's; a window's edges become
 * instants with Temporal ('compatible'), the rule `sla.md` section 3 states. Works for calendars
 * whose windows and offsets are whole minutes, with whole-minute inputs.
 */
export interface ReferenceClock {
  /** Whether the minute starting at `at` is open. */
  openMinute(at: number): boolean;
  add(start: number, durationMs: number): number;
  between(from: number, to: number): number;
}

const EPOCH = Temporal.PlainDate.from('1970-01-01');

export function referenceClock(calendar: CalendarInput, limitMinutes = 200_000): ReferenceClock {
  const cache = new Map<number, [number, number][]>();

  function instant(date: Temporal.PlainDate, hhmm: string): number {
    const at = hhmm === '24:00' ? date.add({ days: 1 }).toPlainDateTime('00:00') : date.toPlainDateTime(hhmm);
    return at.toZonedDateTime(calendar.timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
  }

  function intervalsOf(dayNumber: number): [number, number][] {
    let found = cache.get(dayNumber);
    if (found) return found;
    const date = EPOCH.add({ days: dayNumber });
    const text = date.toString();
    const override = calendar.overrides?.find((o) => o.date === text);
    const windows = override
      ? override.windows
      : calendar.holidays?.includes(text)
        ? []
        : (calendar.week[WEEKDAYS[date.dayOfWeek - 1]!] ?? []);
    found = windows.map(([a, b]) => [instant(date, a), instant(date, b)] as [number, number]);
    cache.set(dayNumber, found);
    return found;
  }

  function openMinute(at: number): boolean {
    // Windows of a local date lie within two days of that date's UTC midnight (offsets are < 15 h).
    const d = Math.floor(at / DAY);
    for (let dd = d - 2; dd <= d + 2; dd++) {
      if (intervalsOf(dd).some(([s, e]) => s <= at && at < e)) return true;
    }
    return false;
  }

  return {
    openMinute,
    add(start, durationMs) {
      let counted = 0;
      let t = start;
      for (let steps = 0; counted < durationMs; steps++, t += MINUTE) {
        if (steps > limitMinutes) throw new Error('reference: no deadline within the scan limit');
        if (openMinute(t)) counted += MINUTE;
      }
      return t;
    },
    between(from, to) {
      let counted = 0;
      for (let t = from; t < to; t += MINUTE) if (openMinute(t)) counted += MINUTE;
      return counted;
    },
  };
}
