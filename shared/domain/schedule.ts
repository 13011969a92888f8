import { Temporal } from 'temporal-polyfill';
import { DAY, HOUR } from '../time/instant';
import { WEEKDAYS, type Weekday } from './vocab';

/**
 * An agent's week (`workflow.md` "The agent's day"): weekly windows in the agent's **own** time zone
 * (`agent.schedule` of the workspace file, `{ "mon": [["07:00","13:00"]] }`), the SLA upkeep blocks
 * (at least two days a week, at least an hour each) and the reminders both bring. Pure: instants are
 * epoch ms, local times go through Temporal with the zone's rules (a time skipped by a DST change
 * moves forward by the gap, a repeated one takes its earlier instant, as the business calendar does).
 */

export type WeekSchedule = Partial<Record<Weekday, readonly (readonly [string, string])[]>>;

/** One SLA upkeep block: a weekday, a local start time and a length in minutes. */
export interface UpkeepBlock {
  day: Weekday;
  start: string;
  minutes: number;
}

/** At least this many different weekdays carry an upkeep block, each at least UPKEEP_MIN_MINUTES long. */
export const UPKEEP_MIN_DAYS = 2;
export const UPKEEP_MIN_MINUTES = 60;
/** A block no longer than a working day. */
export const UPKEEP_MAX_MINUTES = 8 * 60;
/** The shared mailboxes are checked every 2 hours during a shift. */
export const MAILBOX_EVERY_MS = 2 * HOUR;

/** A shift (or upkeep block) on one local day: its instants and its local date and wall-clock times. */
export interface Shift {
  /** The local date the window belongs to (YYYY-MM-DD in the agent's zone). */
  date: string;
  day: Weekday;
  start: number;
  end: number;
  /** Wall-clock times as written ("07:00", "24:00"). */
  from: string;
  to: string;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The instant of a wall-clock time (minutes after local midnight, may be 1440) on a local date. */
function at(date: Temporal.PlainDate, minutes: number, zone: string): number {
  const d = minutes >= 1440 ? date.add({ days: Math.floor(minutes / 1440) }) : date;
  const m = minutes % 1440;
  return d.toPlainDateTime({ hour: Math.floor(m / 60), minute: m % 60 }).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

function weekdayOf(date: Temporal.PlainDate): Weekday {
  return WEEKDAYS[date.dayOfWeek - 1]!;
}

/** The local date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(instant: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** The agent's shifts on one local date (YYYY-MM-DD, in `zone`), in start order. */
export function shiftsOn(schedule: WeekSchedule, zone: string, date: string): Shift[] {
  const plain = Temporal.PlainDate.from(date);
  const day = weekdayOf(plain);
  return [...(schedule[day] ?? [])]
    .map(([from, to]) => ({ date, day, start: at(plain, minutesOf(from), zone), end: at(plain, minutesOf(to), zone), from, to }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

/** The upkeep blocks on one local date, as shifts, in start order. */
export function upkeepOn(blocks: readonly UpkeepBlock[], zone: string, date: string): Shift[] {
  const plain = Temporal.PlainDate.from(date);
  const day = weekdayOf(plain);
  return blocks
    .filter((b) => b.day === day)
    .map((b) => {
      const startMin = minutesOf(b.start);
      const endMin = startMin + b.minutes;
      const to = endMin >= 1440 ? '24:00' : `${String(Math.floor(endMin / 60)).padStart(2, '0')}:${String(endMin % 60).padStart(2, '0')}`;
      return { date, day, start: at(plain, startMin, zone), end: at(plain, endMin, zone), from: b.start, to };
    })
    .sort((a, b) => a.start - b.start);
}

/** Local dates from the day before `from`'s to the day after `to`'s (a window may start the day before and end after midnight). */
function datesAround(zone: string, from: number, to: number): string[] {
  let d = Temporal.PlainDate.from(localDateOf(from, zone)).subtract({ days: 1 });
  const last = Temporal.PlainDate.from(localDateOf(to, zone)).add({ days: 1 });
  const out: string[] = [];
  while (Temporal.PlainDate.compare(d, last) <= 0) {
    out.push(d.toString());
    d = d.add({ days: 1 });
  }
  return out;
}

/** Every shift that overlaps [from, to), in start order. */
export function shiftsBetween(schedule: WeekSchedule, zone: string, from: number, to: number): Shift[] {
  return datesAround(zone, from, to)
    .flatMap((date) => shiftsOn(schedule, zone, date))
    .filter((s) => s.end > from && s.start < to);
}

/** Every upkeep block that overlaps [from, to), in start order. */
export function upkeepBetween(blocks: readonly UpkeepBlock[], zone: string, from: number, to: number): Shift[] {
  return datesAround(zone, from, to)
    .flatMap((date) => upkeepOn(blocks, zone, date))
    .filter((s) => s.end > from && s.start < to);
}

/** The shift `instant` falls in (start inclusive, end exclusive), or null. */
export function shiftAt(schedule: WeekSchedule, zone: string, instant: number): Shift | null {
  return shiftsBetween(schedule, zone, instant, instant + 1).find((s) => s.start <= instant && instant < s.end) ?? null;
}

export function inShift(schedule: WeekSchedule, zone: string, instant: number): boolean {
  return shiftAt(schedule, zone, instant) !== null;
}

/** How far ahead the next shift is looked for: a schedule with nothing in two weeks has none. */
const LOOK_AHEAD = 15 * DAY;

/** The first shift starting after `instant` (strictly), or null when the week has no windows. */
export function nextShiftStart(schedule: WeekSchedule, zone: string, instant: number): Shift | null {
  return shiftsBetween(schedule, zone, instant, instant + LOOK_AHEAD).find((s) => s.start > instant) ?? null;
}

/** The first shift ending after `instant` (strictly): the current one when inside a shift. */
export function nextShiftEnd(schedule: WeekSchedule, zone: string, instant: number): Shift | null {
  return shiftsBetween(schedule, zone, instant, instant + LOOK_AHEAD).find((s) => s.end > instant) ?? null;
}

/** The kinds of reminder a schedule brings. */
export const REMINDER_KINDS = ['shift_start', 'week_review', 'mailboxes', 'shift_end', 'upkeep_start', 'upkeep_end'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  kind: ReminderKind;
  at: number;
  /** The shift or block it belongs to. */
  shift: Shift;
}

/**
 * Every reminder due in (from, to], in time order: at each shift's start (and on a Monday also the
 * week's review), every 2 hours inside a shift (the shared mailboxes; not at its end), at its end;
 * at each upkeep block's start and end.
 */
export function remindersBetween(schedule: WeekSchedule, blocks: readonly UpkeepBlock[], zone: string, from: number, to: number): Reminder[] {
  const out: Reminder[] = [];
  const within = (t: number) => t > from && t <= to;
  const shifts = shiftsBetween(schedule, zone, from - 1, to + 1);
  for (const shift of shifts) {
    if (within(shift.start)) {
      out.push({ kind: 'shift_start', at: shift.start, shift });
      // The Monday review comes with the day's first shift only.
      if (shift.day === 'mon' && shifts.find((s) => s.date === shift.date) === shift) out.push({ kind: 'week_review', at: shift.start, shift });
    }
    for (let t = shift.start + MAILBOX_EVERY_MS; t < shift.end; t += MAILBOX_EVERY_MS) if (within(t)) out.push({ kind: 'mailboxes', at: t, shift });
    if (within(shift.end)) out.push({ kind: 'shift_end', at: shift.end, shift });
  }
  for (const block of upkeepBetween(blocks, zone, from - 1, to + 1)) {
    if (within(block.start)) out.push({ kind: 'upkeep_start', at: block.start, shift: block });
    if (within(block.end)) out.push({ kind: 'upkeep_end', at: block.end, shift: block });
  }
  const order = (k: ReminderKind) => REMINDER_KINDS.indexOf(k);
  return out.sort((a, b) => a.at - b.at || order(a.kind) - order(b.kind));
}

/** The first reminder after `instant` (strictly), or null when none comes in two weeks. */
export function nextReminder(schedule: WeekSchedule, blocks: readonly UpkeepBlock[], zone: string, instant: number): Reminder | null {
  // The next day first: nearly always enough, and a fraction of the work (a pass runs every minute).
  return remindersBetween(schedule, blocks, zone, instant, instant + DAY)[0] ?? remindersBetween(schedule, blocks, zone, instant, instant + LOOK_AHEAD)[0] ?? null;
}

/** The upkeep block `instant` falls in, or null. */
export function upkeepAt(blocks: readonly UpkeepBlock[], zone: string, instant: number): Shift | null {
  return upkeepBetween(blocks, zone, instant, instant + 1).find((s) => s.start <= instant && instant < s.end) ?? null;
}

/** A reminder's words (the notification's title and body). */
export function reminderText(kind: ReminderKind, shift: Shift): { title: string; body: string } {
  switch (kind) {
    case 'shift_start':
      return { title: 'Your shift starts', body: `Shift ${shift.from}-${shift.to}: clock in and work through the start-of-day checklist.` };
    case 'week_review':
      return { title: "Review this week's scheduled hours", body: 'Monday: check your calendar and this week’s scheduled hours.' };
    case 'mailboxes':
      return { title: 'Check the shared mailboxes', body: 'Every 2 hours during your shift: file what came in to the shared mailboxes.' };
    case 'shift_end':
      return { title: 'Your shift ends', body: `Shift ${shift.from}-${shift.to}: take yours from Unassigned, leave few Our turn cases, set Unavailable.` };
    case 'upkeep_start':
      return { title: 'SLA upkeep block', body: `Until ${shift.to}: you are In a meeting. Send check-ins to the aging cases (Aging view, bulk check-in).` };
    case 'upkeep_end':
      return { title: 'SLA upkeep block over', body: 'Your status is back to what it was before the block.' };
  }
}

/**
 * The reasons a list of upkeep blocks is refused (each naming its field, e.g. `blocks[1].minutes`),
 * or none: a known weekday, a start HH:MM, a whole number of minutes from 60 to 480 that ends by
 * midnight, no two blocks of a day overlapping, and blocks on at least two different weekdays.
 */
export function upkeepProblems(blocks: readonly { day: string; start: string; minutes: number }[]): string[] {
  const problems: string[] = [];
  blocks.forEach((b, i) => {
    if (!(WEEKDAYS as readonly string[]).includes(b.day)) problems.push(`blocks[${i}].day: expected a weekday (mon..sun), got ${JSON.stringify(b.day)}`);
    if (typeof b.start !== 'string' || !CLOCK.test(b.start) || b.start === '24:00') problems.push(`blocks[${i}].start: expected a time HH:MM, got ${JSON.stringify(b.start)}`);
    if (!Number.isInteger(b.minutes) || b.minutes < UPKEEP_MIN_MINUTES) problems.push(`blocks[${i}].minutes: a block lasts at least ${UPKEEP_MIN_MINUTES} minutes, got ${JSON.stringify(b.minutes)}`);
    else if (b.minutes > UPKEEP_MAX_MINUTES) problems.push(`blocks[${i}].minutes: a block lasts at most ${UPKEEP_MAX_MINUTES} minutes, got ${b.minutes}`);
    else if (CLOCK.test(b.start) && minutesOf(b.start) + b.minutes > 1440) problems.push(`blocks[${i}].minutes: the block must end by midnight (${b.start} + ${b.minutes} minutes)`);
  });
  if (problems.length > 0) return problems;
  for (const day of WEEKDAYS) {
    const ofDay = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.day === day).sort((x, y) => minutesOf(x.b.start) - minutesOf(y.b.start));
    for (let k = 1; k < ofDay.length; k++) {
      const prev = ofDay[k - 1]!;
      const cur = ofDay[k]!;
      if (minutesOf(cur.b.start) < minutesOf(prev.b.start) + prev.b.minutes) problems.push(`blocks[${cur.i}].start: overlaps blocks[${prev.i}] on ${day}`);
    }
  }
  const days = new Set(blocks.map((b) => b.day));
  if (days.size < UPKEEP_MIN_DAYS) problems.push(`blocks: SLA upkeep needs blocks on at least ${UPKEEP_MIN_DAYS} different days a week, got ${days.size}`);
  return problems;
}

/** The upkeep blocks kept in an agent record's `extra` (`upkeepBlocks`), or none when absent or not valid. */
export function upkeepOf(extra: Record<string, unknown> | undefined): UpkeepBlock[] {
  const raw = extra?.[UPKEEP_EXTRA_KEY];
  if (!Array.isArray(raw)) return [];
  const blocks = raw.filter((b): b is UpkeepBlock => typeof b === 'object' && b !== null && typeof (b as UpkeepBlock).day === 'string');
  return upkeepProblems(blocks).length === 0 ? blocks.map((b) => ({ day: b.day, start: b.start, minutes: b.minutes })) : [];
}

/** The agent record's key (in `extra`, written to the workspace file as is) holding the upkeep blocks. */
export const UPKEEP_EXTRA_KEY = 'upkeepBlocks';
