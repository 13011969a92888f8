import { isOpenStatus, SLA_CLASSES, type CaseStatus, type CaseType, type Priority, type SlaClass, type SlaClock, type SlaState, type Urgency } from '../domain/vocab';
import type { DurationClock } from '../time/businessClock';
import { MINUTE } from '../time/instant';
import { slaClockStart } from './clockStart';
import type { SentPoint } from './lastSent';
import { AGREED_CLOCK, STATUS_GROUP_CLASS, statusGroupOf, targetMs, urgencyInForce, type SlaPolicy, type TargetClass } from './policyRules';

/** The facts of a case the SLA reads (a `CaseRecord` has them all). */
export interface SlaCaseFacts {
  type: CaseType;
  status: CaseStatus;
  priority: Priority;
  /** The urgency set on the case (the one in force also reads the priority: `urgencyInForce`). */
  urgency: Urgency;
  createdAt: number;
  /** The agreed next update recorded on the case (`sla.md` section 2), or null. */
  agreedUpdateAt: number | null;
}

/** One timeline entry; `by === null` on a public reply marks it automated (not a response). */
export interface SlaTimelinePoint extends SentPoint {
  by: string | null;
}

export interface SlaClocks {
  business: DurationClock;
  calendar: DurationClock;
}

/** What is the same for every case of a workspace: the policy and the calendar's clocks. */
export interface SlaSetup {
  policy: SlaPolicy;
  hoursPerBusinessDay: number;
  clocks: SlaClocks;
}

export interface SlaInput extends SlaCaseFacts, SlaSetup {
  timeline: readonly SlaTimelinePoint[];
}

export interface SlaCandidate {
  class: SlaClass;
  clock: SlaClock;
  deadline: number;
  /** The target in milliseconds of `clock`. */
  targetMs: number;
}

/**
 * The timer of a case, independent of "now": a stored instant that only moves when the case's
 * facts, its timeline or the settings change (`sla.md` section 5). The winning class is the
 * candidate with the earliest deadline (ties go to the class listed first in SLA_CLASSES).
 */
export interface SlaPlan extends SlaCandidate {
  clockStart: number;
  /** The instant the state becomes `warning` (target share used, or minutes before the deadline). */
  warningAt: number;
  /** Every matching class, in SLA_CLASSES order. */
  candidates: SlaCandidate[];
}

export interface SlaEvaluation extends SlaPlan {
  /** Time counted on the winning target's own clock from the clock start to now. */
  usedMs: number;
  /** `targetMs - usedMs` on the same clock; negative once breached. */
  remainingMs: number;
  state: SlaState;
}

/**
 * What the SLA reads of a case, reduced to what does not depend on the settings: the case facts and
 * where its clock starts (`slaClockStart`: null while "no reply needed" holds). The projection stores
 * these on each work item, so a change of calendar or policy re-plans every open item from its row
 * without reading a timeline again (`planSlaFacts`).
 */
export interface SlaFacts extends SlaCaseFacts {
  /** The clock start, or null when no timer can run whatever the settings ("no reply needed" in force). */
  start: number | null;
  /** Support has sent a human public message (first_response no longer applies). */
  responded: boolean;
}

/** A case's SLA facts from its record and timeline (settings play no part). */
export function slaFactsOf(c: SlaCaseFacts, timeline: readonly SentPoint[]): SlaFacts {
  const clock = slaClockStart(c.createdAt, timeline);
  return {
    type: c.type,
    status: c.status,
    priority: c.priority,
    urgency: c.urgency,
    createdAt: c.createdAt,
    agreedUpdateAt: c.agreedUpdateAt,
    start: clock?.start ?? null,
    responded: clock?.responded ?? false,
  };
}

/**
 * The SLA timer of a case, or null when no timer runs: resolved, pending closure and closed
 * cases, and cases where "no reply needed" is in force.
 */
export function planSla(input: SlaInput): SlaPlan | null {
  return planSlaFacts(slaFactsOf(input, input.timeline), input);
}

/** `planSla` from stored facts: the settings-dependent half (classes, targets, clocks). */
export function planSlaFacts(facts: SlaFacts, setup: SlaSetup): SlaPlan | null {
  if (!isOpenStatus(facts.status) || facts.start === null) return null;
  const { start, responded } = facts;
  const { policy, hoursPerBusinessDay, clocks } = setup;

  // A promise made after the last message from support is in force; an earlier one was kept.
  const agreed = facts.agreedUpdateAt !== null && facts.agreedUpdateAt > start ? facts.agreedUpdateAt : null;
  // "New after first response": a New case counts in its status group only once support replied.
  const group = facts.status === 'new' && !responded ? null : statusGroupOf(policy, facts.status);
  const urgency = urgencyInForce(policy, facts);
  const matches: Record<TargetClass, boolean> = {
    // "Emergency: 1 hour, then as agreed": once support replied, an agreement replaces the hour.
    emergency: urgency === 'emergency' && !(responded && agreed !== null),
    first_response: !responded,
    urgent: urgency === 'urgent',
    open: false,
    pending_internal: false,
    pending_customer: false,
  };
  if (group !== null) matches[STATUS_GROUP_CLASS[group]] = true;

  const candidates: SlaCandidate[] = [];
  for (const cls of SLA_CLASSES) {
    if (cls === 'agreed') {
      if (agreed !== null) candidates.push({ class: 'agreed', clock: AGREED_CLOCK, deadline: agreed, targetMs: clocks[AGREED_CLOCK].between(start, agreed) });
      continue;
    }
    if (!matches[cls]) continue;
    const target = policy.targets[cls];
    const ms = targetMs(target, hoursPerBusinessDay);
    candidates.push({ class: cls, clock: target.clock, deadline: clocks[target.clock].add(start, ms), targetMs: ms });
  }

  let winner: SlaCandidate | undefined;
  for (const c of candidates) if (winner === undefined || c.deadline < winner.deadline) winner = c;
  if (winner === undefined) return null;

  const winnerClock = clocks[winner.clock];
  const usedForWarning = Math.ceil((winner.targetMs * policy.warning.usedPercent) / 100);
  const warningAt = Math.min(winnerClock.add(start, usedForWarning), winner.deadline - policy.warning.minutesBefore * MINUTE);
  return { ...winner, clockStart: start, warningAt, candidates };
}

/** Used and remaining time and the state of a planned timer at `now` (`sla.md` section 4). */
export function slaAt(plan: SlaPlan, now: number, clocks: SlaClocks): SlaEvaluation {
  const usedMs = clocks[plan.clock].between(plan.clockStart, now);
  // The deadline is the instant the target is used up: from then on the case is past it.
  const state: SlaState = now >= plan.deadline ? 'breached' : now >= plan.warningAt ? 'warning' : 'ok';
  return { ...plan, usedMs, remainingMs: plan.targetMs - usedMs, state };
}

/** `planSla` then `slaAt`: the case's SLA as of `now`, or null when no timer runs. */
export function evaluateSla(input: SlaInput, now: number): SlaEvaluation | null {
  const plan = planSla(input);
  return plan === null ? null : slaAt(plan, now, input.clocks);
}
