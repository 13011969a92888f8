import type { Sla } from '../../../shared/contract/index';
import { SLA_CLASS_LABELS, SLA_STATE_LABELS, type SlaState } from '../../../shared/domain/vocab';
import { slaAmount } from '../../../shared/sla/slaWords';
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

/**
 * The one figure a timer shows, on its own clock and naming it: "1 h 20 min business left",
 * "35 min business over", "12 min left" and "2 h over" on a calendar clock (every real minute). The
 * queue row's badge shows it and nothing else counts the same lateness again: the row's "why" line
 * says when the deadline is (`whyHere`).
 */
export function slaFigure(sla: Pick<Sla, 'state' | 'remainingMinutes' | 'clock'>): string {
  const amount = slaAmount(sla.remainingMinutes * MINUTE, sla.clock);
  const clock = sla.clock === 'business' ? ' business' : '';
  return `${amount}${clock} ${sla.state === 'breached' || sla.remainingMinutes < 0 ? 'over' : 'left'}`;
}

/** Whether a deadline has passed: it is the instant the target is used up, so from then on. */
export function isPastDue(deadline: string, now: number): boolean {
  return parseIso(deadline) <= now;
}

/** "due" before a deadline, "was due" from it on. */
export function dueWord(deadline: string, now: number): 'due' | 'was due' {
  return isPastDue(deadline, now) ? 'was due' : 'due';
}

/** "due Tue 10:30 · 1 h 20 min business left", "was due Mon 16:00 · 35 min business over"; the deadline in the agent's time zone. */
export function slaDueText(sla: Sla, timeZone: string | undefined, now: number): string {
  return `${dueWord(sla.deadline, now)} ${formatInstant(sla.deadline, timeZone, now)} · ${slaFigure(sla)}`;
}

/** The full text for screen readers and tooltips: "First response target (Due soon): due Tue 10:30 · 1 h 20 min business left". */
export function slaAccessibleText(sla: Sla, timeZone: string | undefined, now: number): string {
  return `${SLA_CLASS_LABELS[sla.class]} target (${SLA_STATE_LABELS[sla.state]}): ${slaDueText(sla, timeZone, now)}`;
}

export { lastSentText } from '../../../shared/sla/lastSent';
