import type { Rule } from './ruleSchema';

/** Every type but Enhancement Request: "paid ... customer cases should receive immediate priority (except for enhancement requests)". */
const NOT_ENHANCEMENT = ['request_for_service', 'admin_task', 'bug'] as const;

/** The label that marks a Request for Service in which the customer reports a problem. */
export const PROBLEM_LABEL = 'problem';

/** The reminder a case linked as "needs config" by hand shows (the source: "you'll need to mark it high priority manually too"). */
export const NEEDS_CONFIG_BY_HAND_REMINDER = 'Linked as "needs config" by hand, so no rule raised it: set its priority to at least P4 High yourself.';

/**
 * The workspace's rules until a lead edits them (`../shared/spec/workflow.md` "Rules (IF/THEN)", as
 * corrected by issue 11): the stronger raises first, so a case that earns P4 shows only that firing.
 * "Paid, or reporting a problem" is two rules. "Reporting a problem" is the Request for Service's
 * P5 meaning (the SOP lists it under that type only): a Request for Service whose customer reports a
 * problem carries the label `problem`. (Keyed on the type Bug, it raised every Bug to P3 Very High.) A raise to
 * at least Pn gives the nearest priority the type offers at or above it (priorityRaise.ts): a Bug
 * raised to at least P4 or P5 becomes P3, an Admin Task P2.
 */
export const DEFAULT_RULES: readonly Rule[] = [
  {
    id: 'priority-organization',
    description: 'Priority organization: priority raised to at least P4 High',
    enabled: true,
    conditions: [{ field: 'priorityOrganization', is: true }],
    actions: [{ action: 'raisePriority', atLeast: 'P4' }],
  },
  {
    id: 'needs-config-link',
    description: 'Created from a "needs config" link: priority raised to at least P4 High',
    enabled: true,
    conditions: [{ field: 'link', kind: 'needs_config', how: 'created' }],
    actions: [{ action: 'raisePriority', atLeast: 'P4' }],
  },
  {
    id: 'needs-config-by-hand',
    description: 'Linked as "needs config" by hand: not raised, the agent is reminded to set the priority',
    enabled: true,
    conditions: [{ field: 'link', kind: 'needs_config', how: 'by_hand' }],
    actions: [{ action: 'remind', text: NEEDS_CONFIG_BY_HAND_REMINDER }],
  },
  {
    id: 'paid-10-licenses',
    description: 'Paid customer with 10 or more licenses (not an enhancement): priority raised to at least P4 High',
    enabled: true,
    conditions: [
      { field: 'plan', in: ['paid'] },
      { field: 'licenses', atLeast: 10 },
      { field: 'type', in: [...NOT_ENHANCEMENT] },
    ],
    actions: [{ action: 'raisePriority', atLeast: 'P4' }],
  },
  {
    id: 'paid',
    description: 'Paid customer (not an enhancement): priority raised to at least P5 Medium',
    enabled: true,
    conditions: [
      { field: 'plan', in: ['paid'] },
      { field: 'type', in: [...NOT_ENHANCEMENT] },
    ],
    actions: [{ action: 'raisePriority', atLeast: 'P5' }],
  },
  {
    id: 'reporting-a-problem',
    description: 'Request for Service reporting a problem (label "problem"): priority raised to at least P5 Medium',
    enabled: true,
    conditions: [
      { field: 'type', in: ['request_for_service'] },
      { field: 'label', has: PROBLEM_LABEL },
    ],
    actions: [{ action: 'raisePriority', atLeast: 'P5' }],
  },
];
