import { describe, expect, it } from 'vitest';
import { agentMoves, CASE_TRANSITIONS, checkTransition } from '../../../shared/domain/caseStatus';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/vocab';

/** Every move an agent makes by hand (workflow.md "Statuses", SOP 05), written out. */
const BY_HAND: Record<CaseStatus, CaseStatus[]> = {
  new: ['assigned', 'pending_input', 'pending_product', 'pending_development', 'resolved'],
  assigned: ['pending_input', 'pending_product', 'pending_development', 'resolved'],
  pending_input: ['assigned', 'pending_product', 'pending_development', 'resolved'],
  pending_product: ['assigned', 'pending_input', 'pending_development', 'resolved', 'pending_release'],
  pending_development: ['assigned', 'pending_input', 'pending_product', 'resolved', 'pending_release', 'moved_to_staging'],
  pending_release: ['assigned', 'moved_to_staging', 'resolved'],
  moved_to_staging: ['staging_pass', 'staging_fail'],
  staging_pass: ['pending_release', 'resolved'],
  staging_fail: ['assigned', 'pending_development'],
  resolved: ['assigned'],
  pending_closure: ['closed', 'assigned'],
  closed: [],
};

describe('the case status transition table', () => {
  it.each(CASE_STATUSES)('from %s an agent moves exactly to the listed statuses, and nowhere else', (from) => {
    expect(new Set(agentMoves(from))).toEqual(new Set(BY_HAND[from]));
    for (const to of CASE_STATUSES) {
      expect(checkTransition(from, to).ok, `${from} -> ${to}`).toBe(BY_HAND[from].includes(to));
    }
  });

  it('moves Resolved to Pending Closure only by the resolution email, and says so', () => {
    expect(checkTransition('resolved', 'pending_closure', 'resolution_email')).toEqual({ ok: true });
    const byHand = checkTransition('resolved', 'pending_closure');
    expect(byHand).toEqual({
      ok: false,
      reason: 'Resolved -> Pending Closure is not a move an agent makes by hand: send the resolution email (template "resolution"): that moves it to Pending Closure',
    });
  });

  it('returns Pending Closure and Pending Input cases to Assigned when the customer writes; the timer closes Pending Closure', () => {
    expect(checkTransition('pending_closure', 'assigned', 'customer_message').ok).toBe(true);
    expect(checkTransition('pending_input', 'assigned', 'customer_message').ok).toBe(true);
    expect(checkTransition('pending_closure', 'closed', 'closure').ok).toBe(true);
    expect(checkTransition('assigned', 'closed', 'closure').ok).toBe(false);
    expect(checkTransition('assigned', 'pending_input', 'customer_message').ok).toBe(false);
  });

  it('says what to do instead of a refused move', () => {
    expect(checkTransition('assigned', 'closed')).toMatchObject({ reason: expect.stringContaining("resolve it and send the resolution email; it closes on the customer's confirmation or 7 days later") });
    expect(checkTransition('assigned', 'pending_closure')).toMatchObject({ reason: expect.stringContaining('resolve it first') });
    expect(checkTransition('closed', 'assigned')).toMatchObject({ reason: expect.stringContaining('a closed case stays closed') });
    expect(checkTransition('moved_to_staging', 'resolved')).toMatchObject({
      reason: 'Moved to Staging -> Resolved is not a move an agent makes by hand: from Moved to Staging it can go to Staging Pass, Staging Fail',
    });
    expect(checkTransition('assigned', 'assigned')).toEqual({ ok: false, reason: 'the case is already Assigned' });
  });

  it('lists every status, and no move leaves the vocabulary', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
    for (const moves of Object.values(CASE_TRANSITIONS)) for (const to of Object.keys(moves)) expect(CASE_STATUSES).toContain(to);
  });
});
