import type { EventKind } from './vocab';

/**
 * "Waiting since" of a case in the queue (`queue.md` "Work items", email row): the customer's
 * oldest unanswered message, else the clock start (`sla.md` section 1: the last public message
 * sent to the customer, or the creation time when support has sent nothing yet).
 */
export interface TimelinePoint {
  at: number;
  kind: EventKind;
}

/** Only a public reply is a message to the customer; internal notes never count. */
export function lastSentToCustomer(timeline: readonly TimelinePoint[]): number | null {
  let last: number | null = null;
  for (const e of timeline) if (e.kind === 'public_reply' && (last === null || e.at > last)) last = e.at;
  return last;
}

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
