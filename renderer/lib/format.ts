import { formatWait } from '../../shared/time/formatWait';
import { DAY, HOUR, MINUTE, parseIso } from '../../shared/time/instant';

/** Waiting time from an ISO instant to `now` (epoch ms); never negative. */
export function waitingSince(iso: string, now: number): string {
  return formatWait(Math.max(0, now - parseIso(iso)));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'near' | 'far' | 'full', timeZone: string | undefined): Intl.DateTimeFormat {
  const cacheKey = `${kind}|${timeZone ?? ''}`;
  let found = formatters.get(cacheKey);
  if (!found) {
    const base: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const options: Intl.DateTimeFormatOptions =
      kind === 'near'
        ? { ...base, weekday: 'short' }
        : kind === 'far'
          ? { ...base, day: 'numeric', month: 'short', year: 'numeric' }
          : { ...base, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZoneName: 'short' };
    try {
      found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      // An unknown time zone in the agent's record: fall back to this device's.
      found = new Intl.DateTimeFormat('en-GB', options);
    }
    formatters.set(cacheKey, found);
  }
  return found;
}

const FORMAT_KINDS = ['near', 'far', 'full'] as const;

/**
 * Builds the instant formats for `timeZone` ahead of need, one per idle moment. The first
 * `Intl.DateTimeFormat` for a zone loads locale and zone data (about 30 ms in Chromium); built
 * lazily, that lands in whichever frame first shows such a date, e.g. mid-scroll through the queue.
 */
export function prepareInstantFormats(timeZone: string | undefined): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => globalThis.setTimeout(run, 1));
  const cancel = globalThis.cancelIdleCallback ?? globalThis.clearTimeout;
  let pending = 0;
  const next = ([kind, ...rest]: readonly (typeof FORMAT_KINDS)[number][]) => {
    if (kind === undefined) return;
    pending = idle(() => {
      formatter(kind, timeZone).format(0);
      next(rest);
    }) as number;
  };
  next(FORMAT_KINDS);
  return () => cancel(pending);
}

/**
 * An instant in the agent's time zone: "Tue 10:30" in the week of `now` (Monday to Sunday), else
 * "3 Mar 2026, 10:30" (a weekday alone would read as this week's).
 */
export function formatInstant(iso: string, timeZone: string | undefined, now: number): string {
  const at = parseIso(iso);
  return formatter(sameWeek(at, now, timeZone) ? 'near' : 'far', timeZone).format(at);
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Minutes since Monday 00:00 on the zone's wall clock (from the parts of the weekday format). */
function minuteOfWeek(at: number, timeZone: string | undefined): number {
  let weekday = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatter('near', timeZone).formatToParts(at)) {
    if (part.type === 'weekday') weekday = WEEKDAYS.indexOf(part.value);
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return (weekday * 24 + hour) * 60 + minute;
}

/**
 * Whether two instants fall in the same week (Monday to Sunday) on the zone's wall clock: within one
 * week they are apart by the difference of their minutes since Monday (give or take a daylight-saving
 * change); in different weeks, by about a week more or less.
 */
function sameWeek(at: number, now: number, timeZone: string | undefined): boolean {
  if (Math.abs(at - now) >= 7 * DAY) return false;
  const apart = (minuteOfWeek(at, timeZone) - minuteOfWeek(now, timeZone)) * MINUTE;
  return Math.abs(at - now - apart) < 12 * HOUR;
}

/** The full form, for tooltips: "Tuesday 24 November 2026 at 10:30 CET". */
export function formatInstantFull(iso: string, timeZone: string | undefined): string {
  return formatter('full', timeZone).format(parseIso(iso));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-24" on the zone's wall clock (en-CA writes the date that way). */
function dayOf(at: number, timeZone: string | undefined): string {
  const cacheKey = timeZone ?? '';
  let found = dayFormatters.get(cacheKey);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
    try {
      found = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
    } catch {
      found = new Intl.DateTimeFormat('en-CA', options);
    }
    dayFormatters.set(cacheKey, found);
  }
  return found.format(at);
}

/** An instant as short as it can be read: "10:04" on the day of `now` in the agent's zone, else as `formatInstant`. */
export function formatShortInstant(iso: string, timeZone: string | undefined, now: number): string {
  const at = parseIso(iso);
  if (dayOf(at, timeZone) !== dayOf(now, timeZone)) return formatInstant(iso, timeZone, now);
  const full = formatInstant(iso, timeZone, now);
  // The near form is "Tue 10:04": the time is its last word.
  return full.slice(full.lastIndexOf(' ') + 1);
}
