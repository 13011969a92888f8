import type { SlaInput, SlaSetup, SlaTimelinePoint } from '../../../shared/sla';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla';
import { calendarClock } from '../../../shared/time/businessClock';
import { parseIso } from '../../../shared/time/instant';
import { nineToFive } from './businessNineToFive';

/** Instants written as ISO text in tests; the fake business clock is open 09:00-17:00 UTC daily. */
export const at = parseIso;

export const setup: SlaSetup = {
  policy: DEFAULT_SLA_POLICY,
  hoursPerBusinessDay: 8,
  clocks: { business: nineToFive, calendar: calendarClock },
};

/** An Assigned P4 Bug created Monday 2026-03-02 10:00 UTC with an empty timeline (a Bug's P1/P2 imply emergency/urgent). */
export function caseWith(over: Partial<SlaInput> = {}): SlaInput {
  return {
    type: 'bug',
    status: 'assigned',
    priority: 'P4',
    urgency: 'none',
    createdAt: at('2026-03-02T10:00:00Z'),
    agreedUpdateAt: null,
    timeline: [],
    ...setup,
    ...over,
  };
}

export const reply = (iso: string, by: string | null = 'a1'): SlaTimelinePoint => ({ at: at(iso), kind: 'public_reply', by });
export const inbound = (iso: string): SlaTimelinePoint => ({ at: at(iso), kind: 'inbound', by: null });
export const note = (iso: string): SlaTimelinePoint => ({ at: at(iso), kind: 'internal_note', by: 'a1' });
export const call = (iso: string, by: string | null = 'a1'): SlaTimelinePoint => ({ at: at(iso), kind: 'call', by });
export const noReplyNeeded = (iso: string): SlaTimelinePoint => ({ at: at(iso), kind: 'no_reply_needed', by: 'a1' });
