import type { Sla } from '../../../shared/contract/index';
import { SLA_CLASS_LABELS, SLA_STATE_LABELS, type SlaState } from '../../../shared/domain/vocab';
import { slaLeftText } from '../../../shared/sla/slaWords';
import { MINUTE, parseIso } from '../../../shared/time/instant';
import { formatInstant } from '../../lib/format';

const STATE_RANK: Record<SlaState, number> = { ok: 0, warning: 1, breached: 2 };

/**
 * The server's timer moved on to `now` (epoch ms) without asking it again:
 * - the deadline and the warning instant (`warningAt`, when the view has it) are stored instants, so
 *   from them on the timer is `breached` / `warning`; a state never moves back;
 * - on a calendar clock the remaining time is the wall-clock time to the deadline;
 * - on a business clock it is the server's figure, but never more than the wall-clock time left
 *   (business time passes at most as fast as real time), and never positive past the deadline.
 * The queue and the case re-read on every change, which brings the exact figures.
 */
export function liveSla(sla: Sla, now: number, warningAt: string | null = null): Sla {
  const wallMs = parseIso(sla.deadline) - now;
  const derived: SlaState = wallMs <= 0 ? 'breached' : warningAt !== null && now >= parseIso(warningAt) ? 'warning' : 'ok';
  const state = STATE_RANK[derived] > STATE_RANK[sla.state] ? derived : sla.state;
  // Whole minutes toward zero, as the core counts them (`+ 0` turns -0 into 0).
  const wallMinutes = Math.trunc(wallMs / MINUTE) + 0;
  const remainingMinutes = sla.clock === 'calendar' ? wallMinutes : Math.min(sla.remainingMinutes, Math.max(wallMinutes, 0));
  return { ...sla, state, remainingMinutes };
}

export { slaLeftText };

/** "due Tue 10:30 · 1 h 20 min business left", the deadline in the agent's time zone. */
export function slaDueText(sla: Sla, timeZone: string | undefined, now: number): string {
  return `due ${formatInstant(sla.deadline, timeZone, now)} · ${slaLeftText(sla)}`;
}

/** The full text for screen readers and tooltips: "First response target (Due soon): due Tue 10:30 · 1 h 20 min business left". */
export function slaAccessibleText(sla: Sla, timeZone: string | undefined, now: number): string {
  return `${SLA_CLASS_LABELS[sla.class]} target (${SLA_STATE_LABELS[sla.state]}): ${slaDueText(sla, timeZone, now)}`;
}

export { lastSentText } from '../../../shared/sla/lastSent';
