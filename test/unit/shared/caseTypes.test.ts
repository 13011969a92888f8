import { describe, expect, it } from 'vitest';
import {
  CASE_TYPE_DEFAULTS,
  defaultNeedBy,
  defaultTeam,
  nextRelease,
  offersEscalation,
  offersPriority,
  type Release,
} from '../../../shared/domain/caseTypes';
import { CASE_TYPES } from '../../../shared/domain/vocab';

const RELEASES: Release[] = [
  { id: 'r1', name: '4.2', date: '2026-03-05' },
  { id: 'r0', name: '4.1', date: '2026-02-20' },
  { id: 'r2', name: '4.3', date: '2026-03-19' },
];

describe('case type defaults (workflow.md "Types, default statuses and priorities")', () => {
  it('creates each type in its status', () => {
    expect(Object.fromEntries(CASE_TYPES.map((t) => [t, CASE_TYPE_DEFAULTS[t].status]))).toEqual({
      request_for_service: 'new',
      admin_task: 'assigned',
      enhancement: 'pending_product',
      bug: 'pending_development',
    });
  });

  it('offers each type its priorities, highest first, each with its own meaning', () => {
    const offered = Object.fromEntries(CASE_TYPES.map((t) => [t, CASE_TYPE_DEFAULTS[t].priorities.map((p) => p.priority)]));
    expect(offered).toEqual({
      request_for_service: ['P3', 'P4', 'P5', 'P6'],
      admin_task: ['P1', 'P2', 'P6'],
      enhancement: ['P1', 'P2', 'P3', 'P6'],
      bug: ['P1', 'P2', 'P3', 'P6'],
    });
    for (const t of CASE_TYPES) for (const p of CASE_TYPE_DEFAULTS[t].priorities) expect(p.meaning, `${t} ${p.priority}`).not.toBe('');
    const p4 = CASE_TYPE_DEFAULTS.request_for_service.priorities.find((p) => p.priority === 'P4')!;
    expect(p4.label).toBe('P4 High');
    expect(p4.meaning).toMatch(/10\+ licenses/);
    // The same P1 means different things per type.
    expect(CASE_TYPE_DEFAULTS.bug.priorities[0]!.meaning).toMatch(/deployment window/);
    expect(CASE_TYPE_DEFAULTS.admin_task.priorities[0]!.meaning).toMatch(/product problem/);
  });

  it('marks P1 and P2 as the priorities that offer the escalation and acknowledgement', () => {
    expect(CASE_TYPE_DEFAULTS.enhancement.priorities.filter((p) => p.escalates).map((p) => p.priority)).toEqual(['P1', 'P2']);
    expect(CASE_TYPE_DEFAULTS.request_for_service.priorities.some((p) => p.escalates)).toBe(false);
    expect(offersEscalation('P2')).toBe(true);
    expect(offersEscalation('P3')).toBe(false);
  });

  it('refuses a priority the type does not offer', () => {
    expect(offersPriority('request_for_service', 'P1')).toBe(false);
    expect(offersPriority('admin_task', 'P3')).toBe(false);
    expect(offersPriority('bug', 'P3')).toBe(true);
  });

  it('assigns each type to its team; a P3 Request for Service is an escalation to the shift leads', () => {
    expect(defaultTeam('request_for_service', 'P5')).toBe('support');
    expect(defaultTeam('request_for_service', 'P3')).toBe('shift-leads');
    expect(defaultTeam('admin_task', 'P6')).toBe('admin-tasks');
    expect(defaultTeam('enhancement', 'P1')).toBe('product');
    expect(defaultTeam('bug', 'P3')).toBe('dev');
    expect(CASE_TYPE_DEFAULTS.request_for_service.assign.map((a) => a.to)).toEqual(['me', 'support', 'shift-leads']);
  });
});

describe('need-by date (sla.md 6)', () => {
  it('is +1 day for a Request for Service and +2 for an Admin Task, across a month end', () => {
    expect(defaultNeedBy('request_for_service', 'P6', '2026-02-28', RELEASES)).toBe('2026-03-01');
    expect(defaultNeedBy('admin_task', 'P2', '2026-02-27', RELEASES)).toBe('2026-03-01');
  });

  it('is the next release for an Enhancement or a Bug at P1/P2, and none below', () => {
    expect(defaultNeedBy('enhancement', 'P1', '2026-02-25', RELEASES)).toBe('2026-03-05');
    expect(defaultNeedBy('bug', 'P2', '2026-03-06', RELEASES)).toBe('2026-03-19');
    expect(defaultNeedBy('bug', 'P3', '2026-02-25', RELEASES)).toBeNull();
    expect(defaultNeedBy('enhancement', 'P6', '2026-02-25', RELEASES)).toBeNull();
  });

  it('is none when no release lies ahead; a release today is still the next one', () => {
    expect(defaultNeedBy('bug', 'P1', '2026-03-20', RELEASES)).toBeNull();
    expect(nextRelease(RELEASES, '2026-03-05')?.name).toBe('4.2');
    expect(nextRelease([], '2026-03-05')).toBeUndefined();
  });
});
