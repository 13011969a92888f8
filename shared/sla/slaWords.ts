import type { SlaClock, SlaState } from '../domain/vocab';
import { formatWait } from '../time/formatWait';
import { DAY, HOUR, MINUTE } from '../time/instant';

/**
 * The time left (or over) on a timer's own clock, as every face says it: the badge, the CLI's queue
 * table and the alert notifications. `formatWait` turns 24 hours into "1 d", which on a business
 * clock would read as one business day (8 hours by default): business time of a day or more stays
 * in hours ("26 h").
 */
export function slaAmount(ms: number, clock: SlaClock): string {
  const abs = Math.abs(ms);
  return clock === 'business' && abs >= DAY ? `${Math.floor(abs / HOUR)} h` : formatWait(abs);
}

/**
 * "1 h 20 min business left", "45 min left" (calendar clock), "35 min business over" (breached, also
 * while a business clock stands still at 0 overnight): one figure, its clock named, as on the badge;
 * `clockName: false` drops "business" for short forms.
 */
export function slaLeftText(
  sla: { state: SlaState; remainingMinutes: number; clock: SlaClock },
  { clockName = true }: { clockName?: boolean } = {},
): string {
  const amount = slaAmount(sla.remainingMinutes * MINUTE, sla.clock);
  const clock = clockName && sla.clock === 'business' ? ' business' : '';
  return `${amount}${clock} ${sla.state === 'breached' || sla.remainingMinutes < 0 ? 'over' : 'left'}`;
}
