import { isSentToCustomer, type SentPoint } from './lastSent';

/**
 * Where a case's update timer starts (`sla.md` section 1), read from its timeline:
 * - the last human public message sent to the customer, else the creation time;
 * - an agent's "no reply needed" (recorded on the timeline) stops the clock until the customer
 *   writes again; the customer's first message after it then starts the clock.
 * Null while a "no reply needed" is in force. `responded` says whether support has ever sent a
 * human public message (first_response applies while it has not).
 */
export interface SlaClockStart {
  start: number;
  responded: boolean;
}

export function slaClockStart(createdAt: number, timeline: readonly SentPoint[]): SlaClockStart | null {
  let lastSent: number | null = null;
  let lastStop: number | null = null;
  for (const p of timeline) {
    if (isSentToCustomer(p) && (lastSent === null || p.at > lastSent)) lastSent = p.at;
    if (p.kind === 'no_reply_needed' && (lastStop === null || p.at > lastStop)) lastStop = p.at;
  }
  const responded = lastSent !== null;
  if (lastStop === null || (lastSent !== null && lastSent >= lastStop)) return { start: lastSent ?? createdAt, responded };
  let customerAgain: number | null = null;
  for (const p of timeline) {
    if (p.kind === 'inbound' && p.at > lastStop && (customerAgain === null || p.at < customerAgain)) customerAgain = p.at;
  }
  return customerAgain === null ? null : { start: customerAgain, responded };
}
