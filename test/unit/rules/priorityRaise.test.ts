import { describe, expect, it } from 'vitest';
import { CASE_TYPES, PRIORITIES, type CaseType, type Priority } from '../../../shared/domain/vocab';
import { PRIORITIES_OFFERED, raisedPriority } from '../../../shared/rules/priorityRaise';

/** A P6 case of each type raised to "at least" each priority: the nearest its type offers at or above it. */
const FROM_P6: Record<CaseType, Record<Priority, Priority>> = {
  request_for_service: { P1: 'P3', P2: 'P3', P3: 'P3', P4: 'P4', P5: 'P5', P6: 'P6' },
  admin_task: { P1: 'P1', P2: 'P2', P3: 'P2', P4: 'P2', P5: 'P2', P6: 'P6' },
  enhancement: { P1: 'P1', P2: 'P2', P3: 'P3', P4: 'P3', P5: 'P3', P6: 'P6' },
  bug: { P1: 'P1', P2: 'P2', P3: 'P3', P4: 'P3', P5: 'P3', P6: 'P6' },
};

describe('raise to at least Pn', () => {
  for (const type of CASE_TYPES) {
    for (const floor of PRIORITIES) {
      it(`a P6 ${type} raised to at least ${floor} gets ${FROM_P6[type][floor]}`, () => {
        expect(raisedPriority(type, 'P6', floor)).toBe(FROM_P6[type][floor]);
      });
    }
  }

  it('picks only priorities the type offers (whenever it raises)', () => {
    for (const type of CASE_TYPES) {
      for (const floor of PRIORITIES) {
        const to = raisedPriority(type, 'P6', floor);
        expect(PRIORITIES_OFFERED[type]).toContain(to);
      }
    }
  });

  it('never lowers: a case at the floor or above keeps its priority, offered or not', () => {
    expect(raisedPriority('bug', 'P2', 'P4')).toBe('P2');
    expect(raisedPriority('bug', 'P4', 'P5')).toBe('P4');
    expect(raisedPriority('request_for_service', 'P2', 'P1')).toBe('P2');
    expect(raisedPriority('request_for_service', 'P3', 'P1')).toBe('P3');
  });

  it('raises a case below the floor that holds a priority its type does not offer', () => {
    expect(raisedPriority('bug', 'P5', 'P4')).toBe('P3');
    expect(raisedPriority('admin_task', 'P4', 'P3')).toBe('P2');
  });
});
