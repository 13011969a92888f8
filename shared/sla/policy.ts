import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES, DONE_STATUSES, PRIORITIES, SLA_CLOCKS, type CaseStatus, type CaseType } from '../domain/vocab';
import { oneOf, shown } from '../interchange/fields';
import { DEFAULT_SLA_POLICY, SLA_TARGET_UNITS, STATUS_GROUPS, TARGET_CLASSES, type SlaPolicy, type StatusGroup, type TargetClass } from './policyRules';

/** The SLA policy's rules and defaults (`policyRules.ts`), and the validation of a lead-edited one. */
export * from './policyRules';

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

const impliedUrgency = oneOf(['urgent', 'emergency'] as const, 'urgent | emergency');
const priorityUrgencies = z.partialRecord(oneOf(PRIORITIES, 'P1..P6'), impliedUrgency, {
  error: (issue) => `expected { P1..P6: "urgent" | "emergency" }, got ${shown(issue.input)}`,
});

/** Which priorities imply an urgency, per type; absent (a policy saved before it existed): the defaults. */
const urgencyByTypeSchema = z
  .object(
    Object.fromEntries(CASE_TYPES.map((t) => [t, priorityUrgencies])) as Record<CaseType, typeof priorityUrgencies>,
    { error: (issue) => `expected a priority mapping for each of ${CASE_TYPES.join(', ')}, got ${shown(issue.input)}` },
  )
  .default(DEFAULT_SLA_POLICY.urgencyByType);

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
    urgencyByType: urgencyByTypeSchema,
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
