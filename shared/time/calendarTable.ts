import { wallClockToInstant } from './calendarZone';
import type { CalendarRules } from './calendarRules';
import { DAY } from './instant';

/**
 * A calendar's open time in [from, to) as sorted, disjoint epoch-ms intervals with prefix sums,
 * so that business-time arithmetic is a binary search plus arithmetic (`sla.md` section 3).
 * Touching intervals are merged (a window ending at 24:00 and the next day's 00:00 window are one).
 */
export interface CalendarTable {
  readonly from: number;
  readonly to: number;
  /** starts[i] < ends[i] <= starts[i + 1]; all within [from, to). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** before[i] = open time before interval i; before[n] = all open time in the table. */
  readonly before: Float64Array;
}

export function buildTable(rules: CalendarRules, from: number, to: number): CalendarTable {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new RangeError(`calendar table: expected a range with from < to, got ${from}..${to}`);
  }
  const toInstant = wallClockToInstant(rules.timeZone, from, to);
  const raw: number[] = [];
  let sorted = true;
  // Local dates of instants in [from, to) lie within a day of their UTC dates; one more day covers
  // windows that DST moves across midnight.
  for (let d = Math.floor(from / DAY) - 2, last = Math.floor(to / DAY) + 2; d <= last; d++) {
    for (const [a, b] of rules.windowsOn(d)) {
      const start = Math.max(from, toInstant(d, a));
      const end = Math.min(to, toInstant(d, b));
      if (end <= start) continue;
      if (raw.length > 0 && start < raw[raw.length - 2]!) sorted = false;
      raw.push(start, end);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  if (!sorted) pairs.sort((x, y) => x[0] - y[0]);

  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of pairs) {
    const n = ends.length;
    if (n > 0 && s <= ends[n - 1]!) ends[n - 1] = Math.max(ends[n - 1]!, e);
    else {
      starts.push(s);
      ends.push(e);
    }
  }
  const before = new Float64Array(starts.length + 1);
  for (let i = 0; i < starts.length; i++) before[i + 1] = before[i]! + (ends[i]! - starts[i]!);
  return { from, to, starts: Float64Array.from(starts), ends: Float64Array.from(ends), before };
}

/** Index of the last interval starting at or before `at`, or -1. */
function lastStartAtOrBefore(table: CalendarTable, at: number): number {
  const { starts } = table;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Open time in [table.from, at), for `at` within the table's range. */
export function openTimeBefore(table: CalendarTable, at: number): number {
  const i = lastStartAtOrBefore(table, at);
  if (i < 0) return 0;
  return table.before[i]! + Math.min(at - table.starts[i]!, table.ends[i]! - table.starts[i]!);
}

/** Whether `at` lies inside an open interval (starts count as open, ends as closed). */
export function isOpenAt(table: CalendarTable, at: number): boolean {
  const i = lastStartAtOrBefore(table, at);
  return i >= 0 && at < table.ends[i]!;
}

/**
 * The first instant at which the open time counted since table.from equals `openTime`, or null when
 * the table holds less open time than that. Reaching it exactly at an interval's end gives that end.
 */
export function instantAtOpenTime(table: CalendarTable, openTime: number): number | null {
  const { before, starts } = table;
  const n = starts.length;
  if (openTime > before[n]!) return null;
  if (openTime <= 0) return table.from;
  // Smallest i with before[i + 1] >= openTime.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before[mid + 1]! >= openTime) hi = mid;
    else lo = mid + 1;
  }
  return starts[lo]! + (openTime - before[lo]!);
}

/** The closed gaps of [from, to): the stretches between open intervals (and before the first / after the last). */
export function closedPeriods(table: CalendarTable, from: number, to: number): Array<{ from: number; to: number }> {
  const gaps: Array<{ from: number; to: number }> = [];
  const { starts, ends } = table;
  let cursor = from;
  for (let i = Math.max(0, lastStartAtOrBefore(table, from)); i < starts.length && starts[i]! < to; i++) {
    if (starts[i]! > cursor) gaps.push({ from: cursor, to: starts[i]! });
    cursor = Math.max(cursor, ends[i]!);
  }
  if (cursor < to) gaps.push({ from: cursor, to });
  return gaps;
}
