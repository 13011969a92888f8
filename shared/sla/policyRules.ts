import { higherUrgency, type CaseStatus, type CaseType, type Priority, type SlaClass, type SlaClock, type Urgency } from '../domain/vocab';
import { DAY, HOUR, MINUTE } from '../time/instant';

/**
 * The SLA policy (`sla.md` sections 2 and 4): per class a target and its clock, the status groups,
 * and the warning thresholds. Every number and mapping is a setting a lead can change; the
 * defaults are the spec's table. `agreed` has no target of its own: its deadline is the agreed
 * next update recorded on the case, on the calendar clock.
 *
 * What planning a timer needs, without zod (the renderer's first screen derives work items with it);
 * the validation of a lead-edited policy is `policy.ts`.
 */

/** Classes with a target in the policy (every SLA class but `agreed`). */
export const TARGET_CLASSES = ['emergency', 'first_response', 'urgent', 'open', 'pending_internal', 'pending_customer'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number] & SlaClass;

/** The clock of the `agreed` class: a promised time is a wall-clock time. */
export const AGREED_CLOCK: SlaClock = 'calendar';

/**
 * Units a target is written in. `business_days` are the calendar's `hoursPerBusinessDay` business
 * hours (business clock only); `days` are 24 real hours (calendar clock only).
 */
export const SLA_TARGET_UNITS = ['minutes', 'hours', 'business_days', 'days'] as const;
export type SlaTargetUnit = (typeof SLA_TARGET_UNITS)[number];

export interface SlaTarget {
  amount: number;
  unit: SlaTargetUnit;
  clock: SlaClock;
}

/** Status groups of the table: each maps to the class timing cases in it. */
export const STATUS_GROUPS = ['open', 'internal', 'customer'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];
export const STATUS_GROUP_CLASS: Record<StatusGroup, TargetClass> = {
  open: 'open',
  internal: 'pending_internal',
  customer: 'pending_customer',
};

/**
 * The urgency a priority implies, per case type (`sla.md` section 2): a priority is not an urgency by
 * itself. Priorities left out imply none.
 */
export type ImpliedUrgency = Exclude<Urgency, 'none'>;
export type UrgencyByType = Record<CaseType, Partial<Record<Priority, ImpliedUrgency>>>;

export interface SlaPolicy {
  targets: Record<TargetClass, SlaTarget>;
  urgencyByType: UrgencyByType;
  groups: Record<StatusGroup, readonly CaseStatus[]>;
  warning: {
    /** Warning once at least this share of the target is used (percent, 1-100). */
    usedPercent: number;
    /** Warning this many wall-clock minutes (or fewer) before the deadline. */
    minutesBefore: number;
  };
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  targets: {
    emergency: { amount: 60, unit: 'minutes', clock: 'calendar' },
    first_response: { amount: 120, unit: 'minutes', clock: 'business' },
    urgent: { amount: 1, unit: 'business_days', clock: 'business' },
    open: { amount: 3, unit: 'business_days', clock: 'business' },
    pending_internal: { amount: 7, unit: 'days', clock: 'calendar' },
    pending_customer: { amount: 21, unit: 'days', clock: 'calendar' },
  },
  // Bug and Request for Service: P1 is a customer down, P2 a blocker. Admin Task and Enhancement: their
  // P1/P2 are about delivery ("must be completed by next release"), not about a customer waiting.
  urgencyByType: {
    request_for_service: { P1: 'emergency', P2: 'urgent' },
    bug: { P1: 'emergency', P2: 'urgent' },
    admin_task: {},
    enhancement: {},
  },
  groups: {
    // "New after first response": before the first response a New case is timed by first_response.
    open: ['new', 'assigned', 'staging_fail'],
    internal: ['pending_product', 'pending_development', 'pending_release', 'moved_to_staging', 'staging_pass'],
    customer: ['pending_input'],
  },
  warning: { usedPercent: 75, minutesBefore: 15 },
};

/** A target in milliseconds of its own clock. */
export function targetMs(target: SlaTarget, hoursPerBusinessDay: number): number {
  switch (target.unit) {
    case 'minutes':
      return Math.round(target.amount * MINUTE);
    case 'hours':
      return Math.round(target.amount * HOUR);
    case 'business_days':
      return Math.round(target.amount * hoursPerBusinessDay * HOUR);
    case 'days':
      return Math.round(target.amount * DAY);
  }
}

/** The group a status belongs to, or null (done statuses, or a status the lead left out). */
export function statusGroupOf(policy: SlaPolicy, status: CaseStatus): StatusGroup | null {
  for (const group of STATUS_GROUPS) if (policy.groups[group].includes(status)) return group;
  return null;
}

/**
 * The urgency in force (`sla.md` section 2): the higher of the one set on the case (or on a call or
 * chat flagged urgent) and the one its priority implies for its type.
 */
export function urgencyInForce(
  policy: Pick<SlaPolicy, 'urgencyByType'>,
  facts: { type: CaseType; priority: Priority | null; urgency: Urgency },
): Urgency {
  const implied = facts.priority === null ? undefined : policy.urgencyByType[facts.type][facts.priority];
  return higherUrgency(facts.urgency, implied ?? 'none');
}
