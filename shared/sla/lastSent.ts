import type { EventKind } from '../domain/vocab';
import { dayFromCivil } from '../time/calendarDays';

/**
 * What counts as a message from support (`sla.md` section 1: "a public reply, a call back, a chat
 * answer"): a public reply written by a person, and a call or chat with an agent on the case (filing
 * or logging a call records it with the agent as `by`). A public reply with `by === null` is automated
 * (an auto-acknowledgement) and is not a response, nor is a call or chat with no agent recorded (a
 * voicemail left, a missed call); internal notes and status changes never count. `by` left out on a
 * public reply means "not known to be automated" and counts.
 */
export interface SentPoint {
  at: number;
  kind: EventKind;
  by?: string | null;
}

export function isSentToCustomer(point: SentPoint): boolean {
  if (point.kind === 'public_reply') return point.by !== null;
  return (point.kind === 'call' || point.kind === 'chat') && point.by !== null && point.by !== undefined;
}

/** The instant of the last human public message, or null when support has sent nothing. */
export function lastSentToCustomer(timeline: readonly SentPoint[]): number | null {
  let last: number | null = null;
  for (const p of timeline) if (isSentToCustomer(p) && (last === null || p.at > last)) last = p.at;
  return last;
}

/**
 * "Last sent to customer (days)": whole calendar days, in `timeZone`, from the day of the last
 * human public message to the day of `now` (sent yesterday 23:50 and now 00:10 is 1 day).
 * Null when support never sent anything.
 */
export function daysSinceLastSent(timeline: readonly SentPoint[], now: number, timeZone: string): number | null {
  const last = lastSentToCustomer(timeline);
  if (last === null) return null;
  return Math.max(0, localDayNumber(now, timeZone) - localDayNumber(last, timeZone));
}

/** "Last sent to customer (days)" as a column says it (the CLI's Aging table): "never", "today", "1 day", "12 days". */
export function lastSentDaysText(days: number | null): string {
  if (days === null) return 'never';
  if (days <= 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** "Last sent to customer" in a sentence: "today", "1 day ago", "3 days ago", "never". */
export function lastSentText(days: number | null): string {
  return days !== null && days > 0 ? `${lastSentDaysText(days)} ago` : lastSentDaysText(days);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)} (expected an IANA name such as America/Chicago)`);
    }
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** Days since 1970-01-01 of the local calendar date of `at` in `timeZone`. */
function localDayNumber(at: number, timeZone: string): number {
  const parts = dateFormat(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return dayFromCivil(part('year'), part('month'), part('day'));
}
