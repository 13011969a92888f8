import { Temporal } from 'temporal-polyfill';
import { civilFromDay } from './calendarDays';
import { DAY, MINUTE } from './instant';

/**
 * Local wall-clock time -> instant, with the zone's rules from Temporal (never fixed offsets).
 *
 * The rule is Temporal's `PlainDateTime.toZonedDateTime(zone, { disambiguation: 'compatible' })`:
 * a time skipped by a DST change moves forward by the gap, a repeated time takes its earlier
 * instant. Calling Temporal for every window edge is slow (about 20 us each), so this asks
 * Temporal once for the zone's transitions (and the offsets they bring) in the range. A wall-clock
 * time then maps to `local - offset` for each offset whose period contains the result: exactly one
 * on ordinary days, two for a repeated time (the earlier one is 'compatible's answer), none for a
 * skipped time, which goes to Temporal itself (as does anything outside the range).
 */
export type WallClockToInstant = (dayNumber: number, minuteOfDay: number) => number;

const MARGIN = 3 * DAY;

export function wallClockToInstant(zone: string, fromMs: number, toMs: number): WallClockToInstant {
  const lo = fromMs - MARGIN;
  const hi = toMs + MARGIN;
  // Offsets (ms) in force from each transition on; offsets[0] is in force before the first one.
  const first = Temporal.Instant.fromEpochMilliseconds(lo).toZonedDateTimeISO(zone);
  const transitions: number[] = [];
  const offsets: number[] = [first.offsetNanoseconds / 1e6];
  for (let z = first.getTimeZoneTransition('next'); z !== null && z.epochMilliseconds < hi; z = z.getTimeZoneTransition('next')) {
    transitions.push(z.epochMilliseconds);
    offsets.push(z.offsetNanoseconds / 1e6);
  }

  function withTemporal(dayNumber: number, minuteOfDay: number): number {
    const { year, month, day } = civilFromDay(dayNumber);
    const local = new Temporal.PlainDateTime(year, month, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
    return local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
  }

  return (dayNumber, minuteOfDay) => {
    const d = dayNumber + Math.floor(minuteOfDay / 1440);
    const m = minuteOfDay % 1440;
    const local = d * DAY + m * MINUTE;
    if (local - DAY < lo || local + DAY > hi) return withTemporal(d, m);
    // Offsets in time order, so the first fit is the earlier instant of a repeated time.
    for (let k = 0; k < offsets.length; k++) {
      const at = local - offsets[k]!;
      if ((k === 0 || at >= transitions[k - 1]!) && (k === transitions.length || at < transitions[k]!)) return at;
    }
    return withTemporal(d, m);
  };
}
