import { z } from 'zod';
import { toIso } from '../time/instant';

/**
 * Field schemas of the interchange format whose error messages read like the spec's example:
 * `cases[17].priority: expected P1..P6, got "urgent"`.
 */

export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** An enum whose error names what was expected (`label`, or the values) and what came. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label?: string) {
  return z.enum(values, {
    error: (issue) => `expected ${label ?? values.join(' | ')}, got ${shown(issue.input)}`,
  });
}

export const id = z
  .string({ error: (issue) => `expected an id (text), got ${shown(issue.input)}` })
  .min(1, 'expected an id, got an empty text');

export const text = z.string({ error: (issue) => `expected text, got ${shown(issue.input)}` });

export const requiredText = text.min(1, 'expected text, got an empty text');

export const bool = z.boolean({ error: (issue) => `expected true or false, got ${shown(issue.input)}` });

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a date of the calendar (`Date.parse` alone reads 2026-02-30 as March 2). */
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

function isIsoInstant(s: string): boolean {
  const m = ISO_INSTANT.exec(s);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && !Number.isNaN(Date.parse(s));
}

/**
 * An ISO 8601 instant with an offset, read into epoch milliseconds (written back as ISO text). A codec
 * rather than a transform: zod runs it as a check, about five times cheaper, which an import of
 * 400,000 records notices.
 */
export const instant = z.codec(
  z
    .string({ error: (issue) => `expected an ISO 8601 instant with offset, got ${shown(issue.input)}` })
    .refine(isIsoInstant, { error: (issue) => `expected an ISO 8601 instant with offset (2026-03-02T14:05:00Z), got ${shown(issue.input)}` }),
  z.number(),
  { decode: (s) => Date.parse(s), encode: (ms) => toIso(ms) },
);

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(s: string): boolean {
  const m = LOCAL_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** A local calendar date, `YYYY-MM-DD`. */
export const localDate = z
  .string({ error: (issue) => `expected a date YYYY-MM-DD, got ${shown(issue.input)}` })
  .refine(isLocalDate, { error: (issue) => `expected a date YYYY-MM-DD, got ${shown(issue.input)}` });

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** An IANA time zone name that this runtime's `Intl` knows. */
export const timeZone = z
  .string({ error: (issue) => `expected an IANA time zone, got ${shown(issue.input)}` })
  .refine(isTimeZone, { error: (issue) => `expected an IANA time zone (America/Chicago), got ${shown(issue.input)}` });

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const clockTime = z
  .string({ error: (issue) => `expected a time HH:MM, got ${shown(issue.input)}` })
  .regex(CLOCK_TIME, { error: (issue) => `expected a time HH:MM (00:00-24:00), got ${shown(issue.input)}` });

/** An open window `["09:00","17:00"]` in local wall-clock time; the end may be 24:00. */
export const window = z
  .tuple([clockTime, clockTime], { error: (issue) => `expected a window ["HH:MM","HH:MM"], got ${shown(issue.input)}` })
  .refine(([from, to]) => minutesOfDay(from) < minutesOfDay(to), {
    error: (issue) => `expected a window whose end is after its start, got ${shown(issue.input)}`,
  });

export const windows = z.array(window, { error: (issue) => `expected a list of windows, got ${shown(issue.input)}` });

export function minutes(label = 'a number of minutes') {
  return z.number({ error: (issue) => `expected ${label}, got ${shown(issue.input)}` });
}
