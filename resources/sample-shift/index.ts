import { toIso } from '../../shared/time/instant';
import { SAMPLE_ANCHOR } from './anchor';
import { teamHolidays } from './holidays';
import sample from './sample-shift.json';

export { SAMPLE_ANCHOR, SAMPLE_ANCHOR_ISO } from './anchor';

/** An instant of the interchange format (dates like holidays `2026-02-16` are not instants). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function shifted(value: unknown, delta: number): unknown {
  if (typeof value === 'string') return INSTANT.test(value) ? toIso(Date.parse(value) + delta) : value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v, delta)]));
  }
  return value;
}

/**
 * The sample shift as an interchange file (format version 1) that looks live at `now`: every
 * instant in it (case creation and agreed updates, events, interactions) is moved by
 * `now - SAMPLE_ANCHOR`, so the newest call rings a couple of minutes before `now`, and the
 * calendar's holidays are the team's for the 12 months around `now` (`holidays.ts`).
 * Returns a fresh object on every call; validate or import it like any other workspace file.
 */
export function buildSampleShift(now: number): unknown {
  if (!Number.isFinite(now)) throw new RangeError(`buildSampleShift: now must be epoch milliseconds, got ${String(now)}`);
  const file = shifted(sample, now - SAMPLE_ANCHOR) as typeof sample;
  file.calendar.holidays = teamHolidays(now, file.calendar.timeZone);
  return file;
}
