/**
 * The arithmetic an SLA needs from a clock (`sla.md` section 3). Two implementations:
 * the calendar clock (every real millisecond counts) and the business clock of a calendar
 * (only milliseconds inside open windows count; `shared/time/calendar.ts`).
 */
export interface DurationClock {
  readonly kind: 'business' | 'calendar';
  /**
   * The first instant at which the time counted from `start` equals `durationMs`. A business clock
   * that starts while closed begins counting at the next opening; when the target is reached exactly
   * at a window's end, the deadline is that instant (not the next opening).
   */
  add(start: number, durationMs: number): number;
  /** Time counted between two instants (0 when `to <= from`). */
  between(from: number, to: number): number;
}

export const calendarClock: DurationClock = {
  kind: 'calendar',
  add: (start, durationMs) => start + durationMs,
  between: (from, to) => Math.max(0, to - from),
};
