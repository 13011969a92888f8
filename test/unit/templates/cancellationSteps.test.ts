import { describe, expect, it } from 'vitest';
import { cancellationSteps } from '../../../shared/templates/cancellationSteps';

const ids = (plan: string | null) => cancellationSteps(plan).map((s) => s.id);

describe('the steps of a cancellation request', () => {
  it('downgrade a paid plan first, and tell the account manager before cancelling', () => {
    expect(ids('paid')).toEqual(['downgrade', 'tell-account-manager', 'cancel']);
    expect(ids(' Paid ')).toEqual(['downgrade', 'tell-account-manager', 'cancel']);
  });

  it('skip the downgrade on a free plan', () => {
    expect(ids('free')).toEqual(['tell-account-manager', 'cancel']);
  });

  it('have the plan checked first when none is recorded', () => {
    expect(ids(null)).toEqual(['check-plan', 'downgrade', 'tell-account-manager', 'cancel']);
    expect(cancellationSteps('')[1]!.text).toBe('If it is a paid plan, downgrade the account first.');
  });
});
