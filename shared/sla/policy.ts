import { z } from 'zod';
import { CASE_STATUSES, DONE_STATUSES, SLA_CLOCKS, type CaseStatus, type SlaClass, type SlaClock } from '../domain/vocab';
import { oneOf, shown } from '../interchange/fields';
import { DAY, HOUR, MINUTE } from '../time/instant';

/**
 * The SLA policy (`sla.md` sections 2 and 4): per class a target and its clock, the status groups,
 * and the warning thresholds. Every number and mapping is a setting a lead can change; the
 * defaults are the spec's table. `agreed` has no target of its own: its deadline is the agreed
 * next update recorded on the case, on the calendar clock.
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

export interface SlaPolicy {
  targets: Record<TargetClass, SlaTarget>;
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

// ---- validation of a lead-edited policy ----

const positive = z
  .number({ error: (issue) => `expected a number, got ${shown(issue.input)}` })
  .refine((n) => Number.isFinite(n) && n > 0, { error: (issue) => `expected a number above 0, got ${shown(issue.input)}` });

const targetSchema = z
  .object(
    {
      amount: positive,
      unit: oneOf(SLA_TARGET_UNITS, SLA_TARGET_UNITS.join(' | ')),
      clock: oneOf(SLA_CLOCKS, 'business | calendar'),
    },
    { error: (issue) => `expected a target { amount, unit, clock }, got ${shown(issue.input)}` },
  )
  .superRefine((t, ctx) => {
    if (t.unit === 'business_days' && t.clock !== 'business') {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'business_days count on the business clock: set clock to business or use days' });
    }
    if (t.unit === 'days' && t.clock !== 'calendar') {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'days are 24 real hours, on the calendar clock: use business_days for the business clock' });
    }
  });

const timedStatus = oneOf(CASE_STATUSES, 'a case status').refine((s) => !DONE_STATUSES.includes(s), {
  error: (issue) => `${shown(issue.input)} has no update timer (resolved, pending_closure and closed are never timed)`,
});

const statusList = z.array(timedStatus, { error: (issue) => `expected a list of statuses, got ${shown(issue.input)}` });

const groupsSchema = z
  .object(
    { open: statusList, internal: statusList, customer: statusList },
    { error: (issue) => `expected status groups { open, internal, customer }, got ${shown(issue.input)}` },
  )
  .superRefine((groups, ctx) => {
    const seen = new Map<CaseStatus, StatusGroup>();
    for (const group of STATUS_GROUPS) {
      groups[group].forEach((status, i) => {
        const first = seen.get(status);
        if (first === undefined) seen.set(status, group);
        else ctx.addIssue({ code: 'custom', path: [group, i], message: `${status} is already in the ${first} group; a status belongs to one group` });
      });
    }
  });

/**
 * A lead-edited policy (settings screen, workspace settings). Errors name the field and what was
 * wrong: `targets.urgent.amount: expected a number above 0, got -1`.
 */
export const slaPolicySchema = z.object(
  {
    targets: z.object(
      Object.fromEntries(TARGET_CLASSES.map((c) => [c, targetSchema])) as Record<TargetClass, typeof targetSchema>,
      { error: (issue) => `expected a target for each of ${TARGET_CLASSES.join(', ')}, got ${shown(issue.input)}` },
    ),
    groups: groupsSchema,
    warning: z.object(
      {
        usedPercent: z
          .number({ error: (issue) => `expected a percentage, got ${shown(issue.input)}` })
          .gt(0, 'expected a percentage above 0')
          .lte(100, 'expected a percentage of at most 100'),
        minutesBefore: z
          .number({ error: (issue) => `expected a number of minutes, got ${shown(issue.input)}` })
          .int('expected a whole number of minutes')
          .nonnegative('expected 0 or more minutes'),
      },
      { error: (issue) => `expected warning { usedPercent, minutesBefore }, got ${shown(issue.input)}` },
    ),
  },
  { error: (issue) => `expected an SLA policy { targets, groups, warning }, got ${shown(issue.input)}` },
);

export type SlaPolicyIssue = { path: string; message: string };

/** Parses a lead-edited policy; on failure, every problem as `path: message`. */
export function parseSlaPolicy(input: unknown): { ok: true; policy: SlaPolicy } | { ok: false; issues: SlaPolicyIssue[] } {
  const parsed = slaPolicySchema.safeParse(input);
  if (parsed.success) return { ok: true, policy: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
