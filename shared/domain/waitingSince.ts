import { lastSentToCustomer, type SentPoint } from '../sla/lastSent';

export { lastSentToCustomer };

/**
 * "Waiting since" of a case in the queue (`queue.md` "Work items", email row): the customer's
 * oldest unanswered message, else the clock start (`sla.md` section 1: the last public message
 * sent to the customer, or the creation time when support has sent nothing yet). What counts as sent
 * (a human public reply) is `shared/sla/lastSent.ts`; the SLA timer's own start, which also
 * honours "no reply needed", is `shared/sla/clockStart.ts`.
 */
export type TimelinePoint = SentPoint;

export function clockStart(createdAt: number, timeline: readonly TimelinePoint[]): number {
  return lastSentToCustomer(timeline) ?? createdAt;
}

export function caseWaitingSince(createdAt: number, timeline: readonly TimelinePoint[]): number {
  const start = clockStart(createdAt, timeline);
  const sent = lastSentToCustomer(timeline);
  let oldestUnanswered: number | null = null;
  for (const e of timeline) {
    if (e.kind !== 'inbound') continue;
    if (sent !== null && e.at <= sent) continue;
    if (oldestUnanswered === null || e.at < oldestUnanswered) oldestUnanswered = e.at;
  }
  return oldestUnanswered ?? start;
}
