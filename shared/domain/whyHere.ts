import { lastSentText } from '../sla/lastSent';
import { formatWait } from '../time/formatWait';
import { isLiveChannel, type Channel } from './vocab';
import { breachedAt, type Orderable } from './queueOrder';

/**
 * The one line on a queue row saying why the item is where it is (`queue.md` "Order"), in the
 * order function's own terms, as its parts (the row joins them with " · "), the channel first:
 *   "call · emergency · waiting 3 min", "chat · urgent · waiting 12 min", "chat · priority org · waiting 4 min",
 *   "voicemail · breached Mon 16:00", "email · due Tue 14:20 · priority org", "email · waiting 2 d" (no timer).
 * Live channels are ordered by urgency, then priority organizations, then waiting; voicemail and email
 * by breached, priority organizations, deadline, then waiting. A deadline is said as the instant it
 * falls (`at` formats it for the reader, e.g. in the agent's time zone), never as a time left or over:
 * the row's SLA badge says that once, on the target's own clock. (A narrow row leaves the channel to
 * its icon.)
 */
export function whyHereParts(
  item: Pick<Orderable, 'channel' | 'urgency' | 'priorityOrganization' | 'waitingSince' | 'deadline'>,
  now: number,
  at: (instant: number) => string,
): string[] {
  const organization = item.priorityOrganization ? 'priority org' : null;
  const waiting = `waiting ${formatWait(Math.max(0, now - item.waitingSince))}`;
  if (isLiveChannel(item.channel)) {
    const urgency = item.urgency === 'none' ? null : item.urgency;
    return withChannel(item.channel, [urgency, organization, waiting]);
  }
  // The deadline (or the wait) before "priority org": cut short on a narrow row, it is what stays.
  const due = item.deadline === null ? waiting : `${breachedAt(item, now) ? 'breached' : 'due'} ${at(item.deadline)}`;
  return withChannel(item.channel, [due, organization]);
}

/** The channel as the line names it (a phone item is a "call"), then the reasons that apply. */
const withChannel = (channel: Channel, reasons: (string | null)[]): string[] => [
  channel === 'phone' ? 'call' : channel,
  ...reasons.filter((reason): reason is string => reason !== null),
];

/**
 * The line on a row of the Aging view, which is ordered by the last message to the customer
 * (`queue.md` "Views"), so the line says that instead: "email · last sent 14 days ago",
 * "email · last sent today", "email · nothing sent yet" (never answered: those come first). In parts,
 * like `whyHereParts`.
 */
export function whyHereAgingParts(item: { channel: Channel; lastSentDays: number | null }): string[] {
  return withChannel(item.channel, [item.lastSentDays === null ? 'nothing sent yet' : `last sent ${lastSentText(item.lastSentDays)}`]);
}
