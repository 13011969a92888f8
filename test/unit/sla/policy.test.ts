import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY, parseSlaPolicy, targetMs, type SlaPolicy } from '../../../shared/sla';
import { DAY, HOUR } from '../../../shared/time/instant';

/** The default policy with one part replaced, as a settings screen would send it. */
function edited(change: (p: SlaPolicy) => void): unknown {
  const policy = structuredClone(DEFAULT_SLA_POLICY);
  change(policy);
  return policy;
}

function issuesOf(input: unknown): string[] {
  const parsed = parseSlaPolicy(input);
  if (parsed.ok) throw new Error('expected the policy to be refused');
  return parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('the default SLA policy (sla.md section 2 table)', () => {
  it('has the targets and clocks of the table', () => {
    const ms = (cls: keyof typeof DEFAULT_SLA_POLICY.targets) => [targetMs(DEFAULT_SLA_POLICY.targets[cls], 8), DEFAULT_SLA_POLICY.targets[cls].clock];
    expect(ms('emergency')).toEqual([HOUR, 'calendar']);
    expect(ms('first_response')).toEqual([2 * HOUR, 'business']);
    expect(ms('urgent')).toEqual([8 * HOUR, 'business']);
    expect(ms('open')).toEqual([24 * HOUR, 'business']);
    expect(ms('pending_internal')).toEqual([7 * DAY, 'calendar']);
    expect(ms('pending_customer')).toEqual([21 * DAY, 'calendar']);
    expect(targetMs(DEFAULT_SLA_POLICY.targets.urgent, 7.5)).toBe(7.5 * HOUR);
  });

  it('passes its own validation', () => {
    expect(parseSlaPolicy(structuredClone(DEFAULT_SLA_POLICY))).toEqual({ ok: true, policy: DEFAULT_SLA_POLICY });
  });
});

describe('validating a lead-edited policy names what is wrong', () => {
  it('a target that is not above 0', () => {
    expect(issuesOf(edited((p) => (p.targets.urgent.amount = -1)))).toEqual(['targets.urgent.amount: expected a number above 0, got -1']);
  });

  it('an unknown unit or clock', () => {
    expect(issuesOf(edited((p) => Object.assign(p.targets.open, { unit: 'weeks', clock: 'lunar' })))).toEqual([
      'targets.open.unit: expected minutes | hours | business_days | days, got "weeks"',
      'targets.open.clock: expected business | calendar, got "lunar"',
    ]);
  });

  it('business days on the calendar clock, or days on the business clock', () => {
    expect(issuesOf(edited((p) => (p.targets.urgent.clock = 'calendar')))).toEqual([
      'targets.urgent.unit: business_days count on the business clock: set clock to business or use days',
    ]);
    expect(issuesOf(edited((p) => (p.targets.pending_internal.clock = 'business')))).toEqual([
      'targets.pending_internal.unit: days are 24 real hours, on the calendar clock: use business_days for the business clock',
    ]);
  });

  it('a missing class target', () => {
    expect(issuesOf(edited((p) => delete (p.targets as Partial<typeof p.targets>).emergency))).toEqual([
      'targets.emergency: expected a target { amount, unit, clock }, got nothing',
    ]);
  });

  it('a status in two groups, an unknown status, a status that has no timer', () => {
    expect(issuesOf(edited((p) => (p.groups.customer = ['pending_input', 'assigned'])))).toEqual([
      'groups.customer.1: assigned is already in the open group; a status belongs to one group',
    ]);
    expect(issuesOf(edited((p) => (p.groups.open = ['assigned', 'waiting' as never])))).toEqual([
      'groups.open.1: expected a case status, got "waiting"',
    ]);
    expect(issuesOf(edited((p) => (p.groups.internal = ['resolved'])))).toEqual([
      'groups.internal.0: "resolved" has no update timer (resolved, pending_closure and closed are never timed)',
    ]);
  });

  it('warning thresholds out of range', () => {
    expect(issuesOf(edited((p) => (p.warning = { usedPercent: 120, minutesBefore: -5 })))).toEqual([
      'warning.usedPercent: expected a percentage of at most 100',
      'warning.minutesBefore: expected 0 or more minutes',
    ]);
  });

  it('something that is not a policy at all', () => {
    expect(issuesOf('strict')).toEqual([': expected an SLA policy { targets, groups, warning }, got "strict"']);
  });
});
