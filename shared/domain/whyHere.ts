import { lastSentText } from '../sla/lastSent';
import { formatWait } from '../time/formatWait';
import type { Channel } from './vocab';
import type { Orderable } from './queueOrder';

/**
 * The one line on a queue row saying why the item is where it is (`queue.md` "Order"), in the
 * order function's own terms:
 *   "call · emergency · waiting 3 min", "chat · urgent · waiting 12 min", "chat · waiting 4 min",
 *   "voicemail · breached 35 min ago", "email · due in 1 h 20 min", "email · waiting 2 d" (no timer).
 * Live channels are ordered by urgency then waiting; voicemail and email by deadline then waiting.
 */
export function whyHere(item: Pick<Orderable, 'channel' | 'urgency' | 'priorityOrganization' | 'waitingSince' | 'deadline'>, now: number): string {
  const channel = channelWord(item.channel);
  const waiting = `waiting ${formatWait(Math.max(0, now - item.waitingSince))}`;
  if (item.channel === 'phone' || item.channel === 'chat') {
    const urgency = item.urgency === 'none' ? null : item.urgency;
    return [channel, urgency, item.priorityOrganization ? 'priority org' : null, waiting].filter(Boolean).join(' · ');
  }
  if (item.deadline === null) return `${channel} · ${waiting}`;
  const left = item.deadline - now;
  return left <= 0 ? `${channel} · breached ${formatWait(-left)} ago` : `${channel} · due in ${formatWait(left)}`;
}

/** The channel as the line names it: a phone item is a "call". */
const channelWord = (channel: Channel) => (channel === 'phone' ? 'call' : channel);

/**
 * The line on a row of the Aging view, which is ordered by the last message to the customer
 * (`queue.md` "Views"), so the line says that instead: "email · last sent 14 days ago",
 * "email · last sent today", "email · nothing sent yet" (never answered: those come first).
 */
export function whyHereAging(item: { channel: Channel; lastSentDays: number | null }): string {
  return `${channelWord(item.channel)} · ${item.lastSentDays === null ? 'nothing sent yet' : `last sent ${lastSentText(item.lastSentDays)}`}`;
}
